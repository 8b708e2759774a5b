// A stand-in for dist/worker.js that misbehaves on cue, to test the pool's fault handling.
// Text "HANG" loops forever, "CRASH" throws an uncaught error, "EXIT" exits, "GROW" keeps ~64 MB of
// heap alive while it runs (out of memory under a small old-generation cap); anything else succeeds.
// Every result says the old-generation cap of the worker that made it (meta.oldMb).
import { parentPort, resourceLimits } from 'node:worker_threads';

parentPort.on('message', (job) => {
  const text = typeof job.input === 'string' ? job.input : job.input.text;
  if (text === 'HANG') for (;;);
  if (text === 'CRASH') setImmediate(() => { throw new Error('boom'); });
  else if (text === 'EXIT') process.exit(3);
  else {
    const kept = [];
    if (text === 'GROW') for (let i = 0; i < 64; i++) kept.push(new Array(1 << 17).fill(i));
    const meta = { chars: text.length, oldMb: resourceLimits.maxOldGenerationSizeMb, kept: kept.length };
    const result = { schemaVersion: '1.0.0', actors: [], locations: [], claims: [], attributions: [], contested: [], dates: [], meta };
    parentPort.postMessage({ seq: job.seq, ok: true, json: JSON.stringify(result) });
  }
});
parentPort.postMessage({ ready: true });
