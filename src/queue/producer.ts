/**
 * createQueueProducer: stream an archive into a BullMQ queue, N articles per job, with idempotent job ids
 * (see keys.ts): enqueuing the same archive again adds nothing, so an interrupted enqueue is simply re-run.
 */
import type { ExtractOptions } from '../extract.js';
import { InputFault } from '../batch/extract-many.js';
import { openQueue, type ConnectionInput } from './connect.js';
import { articleKey, batches, jobIdOf, redisKeys, type QueueItem, type QueueJobData } from './keys.js';
import { extend } from '../extend.js';

export const DEFAULT_QUEUE = 'newsclaims';
export const DEFAULT_BATCH = 50;
export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 2000;

export interface QueueProducerOptions extends ConnectionInput {
  /** Queue name (default 'newsclaims'): one queue per archive. */
  queue?: string;
  /** Articles per job (default 50). */
  batchSize?: number;
  /** Tries per job, the first included (default 3); failed articles are retried with exponential backoff. */
  attempts?: number;
  /** First retry delay in ms, doubling each time (default 2000). */
  backoffMs?: number;
  /** extract() options every worker applies (maxChars, onTooLong, ...). */
  extract?: Pick<ExtractOptions, 'maxChars' | 'onTooLong'>;
}

export interface EnqueueProgress {
  /** Inputs read so far. */
  inputs: number;
  /** Jobs added to the queue. */
  added: number;
  /** Jobs that were already enqueued (a re-run). */
  skipped: number;
}

export interface QueueProducer {
  /**
   * Add every input (article objects or strings, in archive order) in jobs of `batchSize`.
   * Positions count from `startIndex` (default 0): the collector writes results in that order.
   */
  enqueue(
    inputs: Iterable<unknown> | AsyncIterable<unknown>,
    options?: { startIndex?: number; onProgress?: (p: EnqueueProgress) => void },
  ): Promise<EnqueueProgress>;
  /** Job counts by state (waiting, active, delayed, completed, failed). */
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/** A CLI input (an InputFault for a malformed line) or an API input → a job item. */
function toItem(input: unknown, index: number): QueueItem {
  if (input instanceof InputFault) {
    const key = input.id !== undefined ? `id:${input.id}` : `ix:${index}:fault`;
    return { index, key, input: null, fault: { error: input.error, ...(input.id !== undefined ? { id: input.id } : {}) } };
  }
  return { index, key: articleKey(input, index), input };
}

export async function createQueueProducer(options: QueueProducerOptions = {}): Promise<QueueProducer> {
  const name = options.queue ?? DEFAULT_QUEUE;
  const size = options.batchSize ?? DEFAULT_BATCH;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`newsclaims/queue: batchSize must be a whole number >= 1, got ${size}`);
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`newsclaims/queue: attempts must be a whole number >= 1, got ${attempts}`);
  const { queue } = await openQueue(options, name);
  const client = await queue.client;
  const keys = redisKeys(name);
  const jobOptions = {
    attempts,
    backoff: { type: 'exponential' as const, delay: options.backoffMs ?? DEFAULT_BACKOFF_MS },
    // Results live in the workers' sink; a finished job's articles need not stay in Redis. Idempotence
    // does not depend on keeping them (the `enqueued` set does that). Failed jobs stay, for the collector.
    removeOnComplete: true,
    removeOnFail: false,
  };
  const extractOptions = options.extract ? { ...options.extract } : undefined;

  return {
    async enqueue(inputs, opts = {}) {
      let index = opts.startIndex ?? 0;
      const progress: EnqueueProgress = { inputs: 0, added: 0, skipped: 0 };
      async function* items(): AsyncGenerator<QueueItem> {
        for await (const input of inputs as AsyncIterable<unknown>) yield toItem(input, index++);
      }
      for await (const batch of batches(items(), size)) {
        const jobId = jobIdOf(batch.map((i) => i.key));
        progress.inputs += batch.length;
        if (Number(await client.runCommand('sismember', [keys.enqueued, jobId])) === 1) {
          progress.skipped++;
        } else {
          const data: QueueJobData = { items: batch, ...(extractOptions ? { options: extractOptions } : {}) };
          await queue.add('extract', data, extend(jobOptions, { jobId }));
          // Only after the job is in: a crash in between re-adds it on the next run (at worst extracted twice,
          // and the collector keeps one result per input).
          await client
            .multi()
            .runCommand('sadd', [keys.enqueued, jobId])
            .runCommand('rpush', [keys.manifest, `${jobId} ${batch[0]!.index} ${batch.length}`])
            .exec();
          progress.added++;
        }
        opts.onProgress?.({ ...progress });
      }
      return progress;
    },
    async counts() {
      return queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed');
    },
    async close() {
      await queue.close();
    },
  };
}
