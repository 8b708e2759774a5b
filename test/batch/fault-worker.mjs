// A stand-in for dist/worker.js that misbehaves on cue, to test the pool's fault handling.
// Text "HANG" loops forever, "CRASH" throws an uncaught error, "EXIT" exits; anything else succeeds.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (job) => {
  const text = typeof job.input === 'string' ? job.input : job.input.text;
  if (text === 'HANG') for (;;);
  if (text === 'CRASH') setImmediate(() => { throw new Error('boom'); });
  else if (text === 'EXIT') process.exit(3);
  else {
    const result = { schemaVersion: '1.0.0', actors: [], locations: [], claims: [], attributions: [], contested: [], dates: [], meta: { chars: text.length } };
    parentPort.postMessage({ seq: job.seq, ok: true, result });
  }
});
parentPort.postMessage({ ready: true });
