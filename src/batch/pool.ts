/**
 * A pool of worker threads, one job in flight per worker so a timeout or a crash is charged to exactly
 * one article. A worker that hangs past the timeout is terminated and replaced; one that crashes is
 * replaced; its job resolves to an error and the pool carries on. run() never rejects for a bad article,
 * only when the worker script itself cannot start (a broken install) or the pool was closed.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractOptions } from '../extract.js';
import type { Article } from '../schema.js';
import type { Job, JobReply } from './protocol.js';

export type JobOutcome = { ok: true; result: Extract<JobReply, { ok: true }>['result'] } | { ok: false; error: string };

export interface PoolOptions {
  size: number;
  /** Longest time one article may take in a worker before the worker is replaced (ms). */
  timeoutMs: number;
  /** The worker script; default: the built worker beside this module. */
  workerUrl?: URL;
}

interface Pending {
  job: Job;
  resolve: (o: JobOutcome) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current?: Pending;
  timer?: NodeJS.Timeout;
}

/** Where the worker script lives: beside this module in dist/, or run from source through tsx (tests). */
function workerSpec(custom?: URL): { target: string | URL; evalCode: boolean } {
  if (custom) return { target: custom, evalCode: false };
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { target: new URL(here.endsWith('.cjs') ? './worker.cjs' : './worker.js', here), evalCode: false };
  // Source checkout (vitest, tsx): register tsx's loader inside the worker, then load worker.ts.
  const tsxDir = dirname(createRequire(here).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./worker.ts', here).href;
  return {
    target: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`,
    evalCode: true,
  };
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private readonly spec: { target: string | URL; evalCode: boolean };
  private seq = 0;
  private fatal: Error | undefined;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.spec = workerSpec(options.workerUrl);
    for (let i = 0; i < Math.max(1, options.size); i++) this.spawn();
  }

  /** Extract one article in a worker. Resolves to its result or its error; rejects only if the pool is broken. */
  run(input: string | Article, options: ExtractOptions): Promise<JobOutcome> {
    if (this.fatal) return Promise.reject(this.fatal);
    if (this.closed) return Promise.reject(new Error('newsclaims: the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { seq: this.seq++, input, options }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.slots];
    this.slots.clear();
    for (const p of this.queue.splice(0)) p.reject(new Error('newsclaims: the worker pool was closed'));
    await Promise.all(all.map((s) => this.retire(s, 'the worker pool was closed')));
  }

  private spawn(): void {
    const worker = new Worker(this.spec.target, { eval: this.spec.evalCode });
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    worker.on('message', (msg: JobReply | { ready: true }) => {
      if ('ready' in msg) {
        slot.ready = true;
        if (slot.current) this.startTimer(slot); // loading compromise is not the article's time
        return;
      }
      const p = slot.current;
      if (!p || p.job.seq !== msg.seq) return;
      clearTimeout(slot.timer);
      slot.current = undefined;
      p.resolve(msg.ok ? { ok: true, result: msg.result } : { ok: false, error: msg.error });
      this.dispatch();
    });
    worker.on('error', (err) => this.lost(slot, `worker crashed: ${err.message}`, err));
    worker.on('exit', (code) => this.lost(slot, `worker exited with code ${code}`));
  }

  /** A worker died (an uncaught error, an exit, out of memory): fail its job, replace it. */
  private lost(slot: Slot, why: string, err?: Error): void {
    if (!this.slots.delete(slot)) return; // already handled (error is followed by exit), or retired
    clearTimeout(slot.timer);
    const p = slot.current;
    slot.current = undefined;
    if (!slot.ready && !this.closed) {
      // It died while loading: every replacement would too. Fail loudly instead of looping.
      this.fatal = new Error(`newsclaims: the batch worker could not start: ${err?.message ?? why}`);
      p?.reject(this.fatal);
      for (const q of this.queue.splice(0)) q.reject(this.fatal);
      void this.close();
      return;
    }
    p?.resolve({ ok: false, error: why });
    if (!this.closed) {
      this.spawn();
      this.dispatch();
    }
  }

  private async retire(slot: Slot, why: string): Promise<void> {
    clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {}); // a late error from a dying worker must not become unhandled
    slot.current?.resolve({ ok: false, error: why });
    slot.current = undefined;
    await slot.worker.terminate();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.current) continue;
      const p = this.queue.shift()!;
      slot.current = p;
      try {
        slot.worker.postMessage(p.job);
      } catch (err) {
        // Not cloneable (a function in the article object): that input's fault, not the worker's.
        slot.current = undefined;
        p.resolve({ ok: false, error: `cannot send the input to a worker: ${(err as Error).message}` });
        continue;
      }
      if (slot.ready) this.startTimer(slot);
    }
  }

  private startTimer(slot: Slot): void {
    slot.timer = setTimeout(() => this.timedOut(slot), this.options.timeoutMs);
  }

  private timedOut(slot: Slot): void {
    if (!this.slots.delete(slot)) return;
    const p = slot.current;
    slot.current = undefined;
    void this.retire(slot, '');
    p?.resolve({ ok: false, error: `timed out after ${this.options.timeoutMs} ms (worker replaced)` });
    if (!this.closed) {
      this.spawn();
      this.dispatch();
    }
  }
}
