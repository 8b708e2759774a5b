/**
 * The worker entry (dist/worker.js and dist/worker.cjs): runs extract() on each job it is sent.
 * extract() errors become error replies; anything worse (a crash, a hang) is the pool's business.
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract.js';
import { loadTagger } from '../read.js';
import type { Job, JobReply } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('newsclaims: the batch worker must run in a worker thread');

port.on('message', (job: Job) => {
  let reply: JobReply;
  try {
    const result = extract(job.input, job.options);
    reply = { seq: job.seq, ok: true, json: JSON.stringify(result) };
  } catch (err) {
    reply = { seq: job.seq, ok: false, error: errorMessage(err) };
  }
  port.postMessage(reply);
});

function errorMessage(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

// Loaded (the tagger's tables, unpacked on first use, so unpack them here): the pool counts a crash
// before this as "the worker cannot start".
loadTagger();
port.postMessage({ ready: true });
