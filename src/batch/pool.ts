/**
 * A pool of worker threads. Each worker gets up to DEPTH jobs at once (profile: with one, workers sat
 * idle half the time waiting for the next message) and runs them in order, so the first unanswered job
 * is the one running: a timeout or a crash is charged to exactly that article and the rest are re-queued.
 * A worker that hangs past the timeout is terminated and replaced; one that crashes is replaced; its job
 * resolves to an error and the pool carries on. run() never rejects for a bad article, only when the
 * worker script itself cannot start (a broken install) or the pool was closed.
 *
 * Memory: each worker's old generation is capped (WORKER_OLD_MB), which keeps a long run's RSS flat. An
 * article too big for that cap (over ROOMY_CHARS, or one whose worker ran out of memory) runs alone in a
 * "roomy" worker without the cap, started for it and stopped once no such article is waiting.
 *
 * Profile (bench (c), per-thread CPU from /proc, steady state): the main thread is busy 0.2–0.3 ms per
 * article (mostly parsing the result, which crosses as JSON text; the CLI writes the text as is), 3–5% of
 * one core, so batching messages or parsing input lines in the workers would save little. What keeps 2
 * workers on 2 cores from 2× one worker is V8's own background threads (concurrent GC, TurboFan): 20–35%
 * of a worker's CPU, which runs free on the idle core when there is one worker and competes when there
 * are two.
 *
 * Round 4 (issue #6): those background threads were mostly two things, both ours to fix. (1) TurboFan
 * recompiling after deopts: with --trace-opt, ~2.9 ms of compiling per article over a worker's first 500
 * articles, ~1.1–1.6 ms after 1,000, ~0.2 ms after 3,000 (a long archive job's steady state; the bench
 * now warms up 2,500 articles per worker). (2) Full collections: module WeakMaps keyed by the document
 * kept every article's tag sets alive through two scavenges, so ~57 KB per article was promoted and a
 * worker ran mark-compact every ~90 articles (fixed: doc.ts DocMemo). What is left (bench (c), 2,500
 * warm-up articles): a worker thread ~3.2 ms per article, background ~0.6–0.7 ms, main ~0.2 ms, so
 * c2/c1 ≈ 2 × 3.2 / 4.3 ≈ 1.5. `node --single-threaded-gc` moves the collector onto the worker threads:
 * c2 rises (455–465 against 365–400 articles/s) but 1 worker slows as much, so it is not a fix.
 *
 * Round 5: how the background time split, read by turning each part off in turn (`--no-concurrent-
 * recompilation`, `--no-concurrent-marking`, `--no-parallel-scavenge`; extract() in one thread, articles
 * 2,500–4,000): of ~0.5 ms per article, TurboFan ~0.3, marking ~0.15, the rest scavenging and sweeping.
 * Fixed at the source: drafts now have one shape per kind (drafts.ts: `--trace-deopt` counted 82 → 27
 * deopts over articles 1,500–4,000), a 4 MB nursery keeps an article's tokens from being promoted (see
 * WORKER_YOUNG_MB), and extractMany parses a result only when it is handed out and keeps its read-ahead
 * window in a ring, not a Map (extract-many.ts). Bench (c) after: worker ~2.2–2.5 ms per article,
 * background ~0.15–0.3, main ~0.15, c2/c1 1.70–1.87 over three full bench runs.
 *
 * Round 6: V8's allocation-site pretenuring. `--no-allocation-site-pretenuring` made a worker ~15% faster
 * and halved the background time, and `--trace-pretenuring` showed why: 44 allocation sites tenured in
 * a worker (a mid-article scavenge finds nearly all of an article's tokens and drafts alive, and the
 * nursery is always at its largest), so every later article's tokens and drafts were allocated in the old
 * generation and left there as garbage. Tokens and drafts are now made by `new` (segment.ts, drafts.ts):
 * full collections per worker over 4,400 articles 37 → 5; bench (c) background 0.23–0.38 → 0.09–0.19 ms
 * per article, one worker 379–420 → 489 articles/s. The main thread had the same kind of old-generation
 * growth from spread-first literals (see extend.ts and extract-many.ts's prepare).
 *
 * Round 7, what did not pay (both measured with pools taking turns, so the VM's drift fell on both):
 * replies held back two at a time (taken with receiveMessageOnPort, a shared Int32Array saying which job
 * runs, for the timeout) left 2 workers where they were (771 against 778 articles/s) and the main thread's
 * CPU per article too: its cost is JSON.parse of the result (~41 µs per corpus article, the price of handing
 * the caller objects) more than the messages. A 16 MB young generation halves the scavenges (a worker
 * scavenges every ~5 articles, 0.15 ms per article in all) and made 2 workers 3.5–4.3% faster, but peak
 * RSS in bench (d) rose to 279 MB against the 300 MB budget. For scale: extract() looping in 2 bare workers,
 * no pool, no messages, runs 1.65–1.95× one such worker on this VM from run to run.
 * What did pay: finding that 2 workers were still compiling. Past 2,500 articles per worker, each of two
 * workers still ran ~2.6× the TurboFan compiles of a lone worker (--trace-opt), and V8's background CPU
 * per article was twice a lone worker's; past 6,000 both settle (bench (c): 0.08–0.09 against 0.06 ms),
 * and c2/c1 rose from 1.60–1.66 to 1.73–1.81. The bench now warms up 6,000 articles per worker (and
 * runs node with --no-memory-reducer: see test/bench/run.ts).
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractOptions } from '../extract.js';
import type { Article } from '../schema.js';
import type { Job, JobOutcome, JobReply } from './protocol.js';

export interface PoolOptions {
  size: number;
  /** Longest time one article may take in a worker before the worker is replaced (ms). */
  timeoutMs: number;
  /** The worker script; default: the built worker beside this module. */
  workerUrl?: URL;
  /** Old-generation cap of an ordinary worker, MB (default WORKER_OLD_MB; tests make it small). */
  oldGenerationMb?: number;
  /** Articles longer than this (characters) go straight to a roomy worker (default ROOMY_CHARS). */
  roomyChars?: number;
}

interface Pending {
  job: Job;
  resolve: (o: JobOutcome) => void;
  reject: (e: Error) => void;
  /** Runs in a roomy worker (no heap cap): too big for an ordinary one, or it ran one out of memory. */
  roomy: boolean;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  roomy: boolean;
  /** Sent, not yet answered, in the order the worker runs them; [0] is running. */
  inflight: Pending[];
  timer?: NodeJS.Timeout;
  /** An uncaught error the worker reported; acted on at its exit (see spawn). */
  error?: Error;
}

/** Jobs sent to a worker ahead of its answers. */
const DEPTH = 2;

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

/**
 * A worker's young generation, MB. V8 splits it into two semi-spaces and a young large-object space and
 * rounds the semi-space up to a power of two: 6 MB gives 2 MB semi-spaces, 8–12 MB give 4 MB (read back
 * with v8.getHeapSpaceStatistics() in a worker). Round 5 (issue #6): with 2 MB, a long article's own
 * objects (its tokens first) were often still alive at their second scavenge and were promoted (a sampling
 * heap profile of what survived scavenges: 73 KB per article, half of it segment.ts's tokens); the worker then
 * ran a full collection every ~150 articles, and its concurrent marking was a third of V8's background
 * work. With 4 MB: bench (c) background CPU 0.45 → 0.22–0.30 ms per article, c2/c1 1.56 → 1.72–1.82 in
 * back-to-back runs of one build; 8 MB semi-spaces (16) were no faster and cost ~20 MB more RSS in (d).
 */
const WORKER_YOUNG_MB = 8;
/**
 * An ordinary worker's old generation, MB. Not a memory budget so much as a lever on V8's heap growth:
 * uncapped, a worker's heap grew to ~100 MB between full collections around ~24 MB of live data; with a
 * cap of at most 256 MB, V8 grows the heap by a smaller factor, and each worker stays under ~50 MB
 * committed (bench (d), 6 MB archive: peak RSS 356 → 260 MB, same speed, more but shorter full GCs).
 */
export const WORKER_OLD_MB = 256;
/** Longer articles skip the capped workers (they would need more than WORKER_OLD_MB of heap). */
export const ROOMY_CHARS = 1_000_000;
const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  /** Waiting for the roomy worker (at most one runs at a time). */
  private readonly roomyQueue: Pending[] = [];
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
    const chars = typeof input === 'string' ? input.length : input.text.length;
    const roomy = chars > (this.options.roomyChars ?? ROOMY_CHARS);
    return new Promise((resolve, reject) => {
      (roomy ? this.roomyQueue : this.queue).push({ job: { seq: this.seq++, input, options }, resolve, reject, roomy });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.slots];
    this.slots.clear();
    for (const p of [...this.queue.splice(0), ...this.roomyQueue.splice(0)]) p.reject(new Error('newsclaims: the worker pool was closed'));
    await Promise.all(all.map((s) => this.retire(s, 'the worker pool was closed')));
  }

  private spawn(roomy = false): Slot {
    // A small young generation: extract() makes mostly short-lived garbage, and V8's default (up to
    // 3 × 16 MB semi-spaces per isolate) let each worker's RSS sit ~30 MB higher for no speed gain (bench (d)).
    // The old generation: capped in an ordinary worker (see WORKER_OLD_MB), not in a roomy one (one 5 MB
    // article can need ~450 MB of heap).
    const resourceLimits = roomy
      ? { maxYoungGenerationSizeMb: WORKER_YOUNG_MB }
      : { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: this.options.oldGenerationMb ?? WORKER_OLD_MB };
    const worker = new Worker(this.spec.target, { eval: this.spec.evalCode, resourceLimits });
    const slot: Slot = { worker, ready: false, roomy, inflight: [] };
    this.slots.add(slot);
    // An idle worker does not keep the process alive (an abandoned iteration must not hang the program).
    worker.unref();
    worker.on('message', (msg: JobReply | { ready: true }) => {
      if ('ready' in msg) {
        slot.ready = true;
        this.startTimer(slot); // loading compromise is not the article's time
        return;
      }
      const p = slot.inflight[0];
      if (!p || p.job.seq !== msg.seq) return;
      clearTimeout(slot.timer);
      slot.inflight.shift();
      const { seq: _, ...outcome } = msg;
      p.resolve(outcome);
      if (slot.inflight.length === 0) worker.unref();
      this.startTimer(slot);
      this.dispatch();
    });
    // An uncaught error comes over Node's internal port, so it can overtake messages the worker posted
    // before it (its 'ready', answers to earlier jobs). 'exit' follows every 'error' and comes after Node
    // has drained those messages: the error is kept and acted on there, so an article that ran before the
    // crash keeps its result and a worker that did load is not taken for one that could not.
    worker.on('error', (err) => {
      slot.error ??= err;
    });
    worker.on('exit', (code) => {
      const err = slot.error;
      if (!err) return this.lost(slot, `worker exited with code ${code}`);
      const oom = (err as NodeJS.ErrnoException).code === OUT_OF_MEMORY;
      this.lost(slot, oom ? `out of memory in a worker: ${err.message}` : `worker crashed: ${err.message}`, err);
    });
    return slot;
  }

  /** A worker died (an uncaught error, an exit, out of memory): fail its job, replace it. */
  private lost(slot: Slot, why: string, err?: Error): void {
    if (!this.slots.delete(slot)) return; // already handled (error is followed by exit), or retired
    clearTimeout(slot.timer);
    const [p, ...rest] = slot.inflight.splice(0);
    if (!slot.ready && !this.closed) {
      // It died while loading: every replacement would too. Fail loudly instead of looping.
      this.fatal = new Error(`newsclaims: the batch worker could not start: ${err?.message ?? why}`);
      p?.reject(this.fatal);
      for (const q of [...rest, ...this.queue.splice(0), ...this.roomyQueue.splice(0)]) q.reject(this.fatal);
      void this.close();
      return;
    }
    if (p && !p.roomy && (err as NodeJS.ErrnoException | undefined)?.code === OUT_OF_MEMORY) {
      // Too big for a capped heap: once more, alone, in a worker without the cap.
      p.roomy = true;
      this.roomyQueue.push(p);
    } else {
      p?.resolve({ ok: false, error: why });
    }
    this.requeue(slot, rest);
    if (!this.closed) {
      if (!slot.roomy) this.spawn();
      this.dispatch();
    }
  }

  /** Jobs a lost worker had not started yet: innocent, back to the front of their queue. */
  private requeue(slot: Slot, rest: Pending[]): void {
    (slot.roomy ? this.roomyQueue : this.queue).unshift(...rest);
  }

  private async retire(slot: Slot, why: string): Promise<void> {
    clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {}); // a late error from a dying worker must not become unhandled
    for (const p of slot.inflight.splice(0)) p.resolve({ ok: false, error: why });
    await slot.worker.terminate();
  }

  private dispatch(): void {
    if (this.closed || this.fatal) return;
    // The roomy worker runs one job at a time: started when one waits, stopped when none does (its heap
    // may have grown to hundreds of MB).
    let roomy: Slot | undefined;
    for (const slot of this.slots) if (slot.roomy) roomy = slot;
    if (this.roomyQueue.length > 0) {
      roomy ??= this.spawn(true);
      if (roomy.inflight.length === 0) this.send(roomy, this.roomyQueue.shift()!);
    } else if (roomy && roomy.inflight.length === 0) {
      this.slots.delete(roomy);
      void this.retire(roomy, '');
    }
    // Fill every ordinary worker to one job first, then to DEPTH, so a short queue is spread out.
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (slot.roomy || slot.inflight.length >= depth) continue;
        this.send(slot, this.queue.shift()!);
      }
    }
  }

  private send(slot: Slot, p: Pending): void {
    try {
      slot.worker.postMessage(p.job);
    } catch (err) {
      // Not cloneable (a function in the article object): that input's fault, not the worker's.
      p.resolve({ ok: false, error: `cannot send the input to a worker: ${(err as Error).message}` });
      return;
    }
    slot.inflight.push(p);
    if (slot.inflight.length === 1) {
      slot.worker.ref();
      this.startTimer(slot);
    }
  }

  /** Time the running job (inflight[0]) once the worker has loaded. */
  private startTimer(slot: Slot): void {
    clearTimeout(slot.timer);
    if (!slot.ready || slot.inflight.length === 0) return;
    slot.timer = setTimeout(() => this.timedOut(slot), this.options.timeoutMs);
  }

  private timedOut(slot: Slot): void {
    if (!this.slots.delete(slot)) return;
    const [p, ...rest] = slot.inflight.splice(0);
    void this.retire(slot, '');
    p?.resolve({ ok: false, error: `timed out after ${this.options.timeoutMs} ms (worker replaced)` });
    this.requeue(slot, rest);
    if (!this.closed) {
      if (!slot.roomy) this.spawn();
      this.dispatch();
    }
  }
}
