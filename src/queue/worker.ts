/**
 * createQueueWorker: take jobs from the queue, extract each article in a pool of worker threads (the
 * same pool and record shape as extractMany), write the records to the sink, then complete the job.
 *
 * Delivery is at least once: a worker killed mid-job (SIGKILL, power loss) stops renewing the job's lock,
 * BullMQ's stalled-job check puts the job back in the queue, another worker redoes it, and the collector
 * keeps one record per input. SIGINT/SIGTERM (with handleSignals) stop taking jobs and let the ones in
 * flight finish; a second signal, or the grace period running out, puts them back in the queue at once.
 */
import type { Job, Worker } from 'bullmq';
import type { ExtractOptions } from '../extract.js';
import { toLine } from '../cli/batch.js';
import { DEFAULT_TIMEOUT_MS, InputFault, prepare, withHead } from '../batch/extract-many.js';
import { WorkerPool } from '../batch/pool.js';
import { abandon, connection, ready, type ConnectionInput } from './connect.js';
import { DEFAULT_QUEUE } from './producer.js';
import type { QueueItem, QueueJobData } from './keys.js';
import { openSink, workerName, type RedisLike, type SinkChoice } from './sinks.js';
import { extend } from '../extend.js';

export interface QueueWorkerOptions extends ConnectionInput {
  /** Queue name (default 'newsclaims'). */
  queue?: string;
  /** Where results go: `{ dir }` (a JSONL file per worker process) or `{ stream: true }` (a Redis stream). */
  out: SinkChoice;
  /** Worker threads extracting at once (default 1); the worker holds one more job than that in hand. */
  concurrency?: number;
  /** Longest time one article may take, in ms (default 60,000); past it, its thread is replaced. */
  timeoutMs?: number;
  /** How long a job's lock lasts without renewal (ms, default 30,000): a dead worker's jobs return after about this long. */
  lockDurationMs?: number;
  /** How often stalled jobs are looked for (ms, default 30,000). */
  stalledIntervalMs?: number;
  /** How many times a job may stall (its worker dies) before it fails (default 5). */
  maxStalledCount?: number;
  /** Install SIGINT/SIGTERM handlers for a graceful shutdown (default false; the CLI sets it). */
  handleSignals?: boolean;
  /** After a first signal, how long in-flight jobs may take before they are put back (ms, default 30,000). */
  graceMs?: number;
  /** Stop by itself once no job is waiting, delayed or in any worker's hands (checked twice a second). */
  exitWhenDrained?: boolean;
  /** Called after each job (for progress lines). */
  onJob?: (event: { jobId: string; records: number; errors: number; retrying: number; attempt: number; attempts: number }) => void;
}

export interface QueueWorkerStats {
  jobs: number;
  records: number;
  errors: number;
}

export interface QueueWorker {
  /** This worker's name (its result file is `<dir>/<name>.jsonl`). */
  readonly name: string;
  /** Where results go: a file path or the stream's key. */
  readonly where: string;
  stats(): QueueWorkerStats;
  /** Stop: in-flight jobs finish (force: they go back to the queue at once). Resolves when all is closed. */
  close(options?: { force?: boolean }): Promise<void>;
  /** Resolves when the worker has closed (after close() or a signal). */
  readonly closed: Promise<void>;
}

const errorMessage = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

/**
 * One item → its output line, the very text `newsclaims batch` writes at that position (results come
 * from the thread already serialised), and whether a failure is worth another attempt (a timeout or a
 * crashed thread is; a malformed input is not).
 */
async function runItem(pool: WorkerPool, item: QueueItem, options: ExtractOptions): Promise<{ line: string; ok: boolean; error?: string; retryable: boolean }> {
  const p = prepare(item.fault ? new InputFault(item.fault.error, item.fault.id) : item.input);
  const failed = (error: string, retryable: boolean) => ({ line: toLine(withHead(item.index, p.id, { ok: false as const, error }), item.index), ok: false, error, retryable });
  if ('error' in p) return failed(p.error, false);
  try {
    const o = await pool.run(p.input, options);
    if (!o.ok) return failed(o.error, true);
    return { line: toLine(withHead(item.index, p.id, { ok: true as const, json: o.json }), item.index), ok: true, retryable: false };
  } catch (err) {
    return failed(errorMessage(err), true);
  }
}

export async function createQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const queueName = options.queue ?? DEFAULT_QUEUE;
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`newsclaims/queue: concurrency must be a whole number >= 1, got ${concurrency}`);
  const { bullmq, conn } = await connection(options);
  const name = workerName();
  const stats: QueueWorkerStats = { jobs: 0, records: 0, errors: 0 };
  const pool = new WorkerPool({ size: concurrency, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });

  // The sink registers itself in Redis, so it needs a connection before the worker starts taking jobs.
  const probe = new bullmq.Queue(queueName, { connection: conn });
  let sink: Awaited<ReturnType<typeof openSink>>;
  try {
    await ready(probe, conn);
    sink = await openSink(options.out, queueName, (await probe.client) as RedisLike, name);
  } catch (err) {
    await abandon(probe);
    await pool.close();
    throw err;
  }

  const processor = async (job: Job<QueueJobData>, token?: string, signal?: AbortSignal): Promise<{ records: number }> => {
    const data = job.data;
    const extractOptions = (data.options ?? {}) as ExtractOptions;
    const work = Promise.all(data.items.map((item) => runItem(pool, item, extractOptions)));
    let outcomes: Array<{ line: string; ok: boolean; error?: string; retryable: boolean }>;
    if (signal) {
      const aborted = new Promise<'aborted'>((resolve) => {
        if (signal.aborted) resolve('aborted');
        signal.addEventListener('abort', () => resolve('aborted'), { once: true });
      });
      const first = await Promise.race([work, aborted]);
      if (first === 'aborted') {
        // Shutting down now: hand the job back untouched (no attempt is spent).
        await job.moveToWait(token);
        throw new bullmq.WaitingError();
      }
      outcomes = first;
    } else {
      outcomes = await work;
    }
    const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const final: string[] = [];
    const retry: QueueItem[] = [];
    let errors = 0;
    outcomes.forEach((o, i) => {
      if (o.retryable && !last) retry.push(data.items[i]!);
      else {
        final.push(o.line);
        if (!o.ok) errors++;
      }
    });
    await sink.write(final, job.id!);
    stats.records += final.length;
    stats.errors += errors;
    options.onJob?.({ jobId: job.id!, records: final.length, errors, retrying: retry.length, attempt: job.attemptsMade + 1, attempts: job.opts.attempts ?? 1 });
    if (retry.length > 0) {
      // The good records are safe in the sink; the next attempt (after the backoff) redoes only the failures.
      await job.updateData(extend(data, { items: retry }));
      const firstError = outcomes.find((o) => o.retryable)!.error;
      throw new Error(`${retry.length} of ${data.items.length} articles failed (first: ${firstError}); retrying`);
    }
    stats.jobs++;
    return { records: final.length };
  };

  const worker: Worker<QueueJobData> = new bullmq.Worker<QueueJobData>(queueName, processor, {
    connection: conn,
    concurrency: concurrency + 1,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    maxStalledCount: options.maxStalledCount ?? 5,
    autorun: false,
  });
  worker.on('error', () => {}); // connection hiccups: ioredis reconnects; a listener keeps them from crashing the process
  try {
    await ready(worker, conn);
  } catch (err) {
    await abandon(worker);
    await abandon(probe);
    await sink.close();
    await pool.close();
    throw err;
  }
  void worker.run();

  let closing: Promise<void> | undefined;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => (resolveClosed = r));
  const graceMs = options.graceMs ?? 30_000;

  const shutdown = (force: boolean): Promise<void> => {
    if (force) worker.cancelAllJobs('newsclaims: shutting down');
    closing ??= (async () => {
      const timer = setTimeout(() => worker.cancelAllJobs('newsclaims: grace period over'), graceMs);
      timer.unref();
      try {
        await worker.close();
      } finally {
        clearTimeout(timer);
        await probe.close().catch(() => {});
        await sink.close().catch(() => {});
        await pool.close();
        removeSignals();
        resolveClosed();
      }
    })();
    return closing;
  };

  if (options.exitWhenDrained) {
    const check = setInterval(() => {
      probe
        .getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused')
        .then((c) => {
          if (Object.values(c).every((n) => n === 0)) void shutdown(false);
        })
        .catch(() => {});
    }, 500);
    void closed.then(() => clearInterval(check));
  }

  let signals = 0;
  const onSignal = () => {
    signals++;
    void shutdown(signals > 1);
  };
  const removeSignals = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  if (options.handleSignals) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }

  return {
    name,
    where: sink.where,
    stats: () => ({ ...stats }),
    close: (o = {}) => shutdown(o.force ?? false),
    closed,
  };
}
