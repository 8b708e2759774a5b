/**
 * Idempotent job ids and batching: the same archive enqueued twice gives the same job ids, so a re-run
 * adds nothing. Pure functions (no Redis), shared by the producer, the worker and the tests.
 */
import { createHash } from 'node:crypto';

/** One article of a job: its position in the whole input, its key, and the input itself. */
export interface QueueItem {
  /** 0-based position of the input in the archive (the output keeps it, as `newsclaims batch` does). */
  index: number;
  /** What the job id is made of: `id:<article id>`, or `ix:<index>:<hash of the text>` without an id. */
  key: string;
  /** An article object, a string, or a fault (a malformed JSONL line) that becomes an error record in place. */
  input: unknown;
  /** Set when the input is already known to be broken (it is reported, never retried). */
  fault?: { error: string; id?: string };
}

/** What a job carries: a batch of articles and the extraction options. */
export interface QueueJobData {
  items: QueueItem[];
  options?: Record<string, unknown>;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The id an input carries (a string, or a finite number as a string), as extractMany reads it. */
export function idOf(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const id = (input as { id?: unknown }).id;
  if (typeof id === 'string') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}

/** An article's key: its id when it has one, else its position and a hash of its text. */
export function articleKey(input: unknown, index: number): string {
  const id = idOf(input);
  if (id !== undefined) return `id:${id}`;
  const text = typeof input === 'string' ? input : typeof (input as { text?: unknown } | null)?.text === 'string' ? (input as { text: string }).text : JSON.stringify(input ?? null);
  return `ix:${index}:${sha(text ?? '').slice(0, 16)}`;
}

/**
 * A job's id from its articles' keys (order matters). BullMQ ignores an add whose id exists, and the
 * producer remembers every id it has enqueued, so enqueuing the same archive twice adds no job.
 * No ':' (BullMQ forbids it in custom ids) and never all digits.
 */
export function jobIdOf(keys: readonly string[]): string {
  return `nc-${sha(keys.join('\n')).slice(0, 40)}`;
}

/** Group a stream of items into batches of at most `size`. */
export async function* batches<T>(items: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`newsclaims/queue: batch size must be a whole number >= 1, got ${size}`);
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Redis keys newsclaims keeps beside BullMQ's own (`bull:<queue>:*`). */
export function redisKeys(queue: string) {
  const base = `newsclaims:${queue}`;
  return {
    /** SET of job ids ever enqueued (idempotence that survives removeOnComplete). */
    enqueued: `${base}:enqueued`,
    /** LIST of "<jobId> <first index> <count>" in enqueue order: what the collector expects. */
    manifest: `${base}:manifest`,
    /** SET of where workers wrote results: "dir\t<host>\t<path>" or "stream". */
    sinks: `${base}:sinks`,
    /** STREAM of results, one entry per finished job (field `records`: JSONL). */
    stream: `${base}:results`,
  };
}
