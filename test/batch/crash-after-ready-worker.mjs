// A worker script that loads, says it is ready, and then dies of an uncaught error before it runs a job.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
setImmediate(() => {
  throw new Error('died after loading');
});
