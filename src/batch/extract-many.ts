/**
 * extractMany: an ordered stream of BatchRecords, one per input, from a worker pool (or this thread
 * for small inputs). It reads at most a small window ahead of what the consumer has taken, so a
 * 10-million-line archive streams in constant memory.
 */
import { availableParallelism } from 'node:os';
import { extract, type ExtractOptions } from '../extract.js';
import type { Article, BatchRecord, ExtractionResult } from '../schema.js';
import { WorkerPool, type PoolOptions } from './pool.js';

export interface ExtractManyOptions extends ExtractOptions {
  /** Worker threads (default: available parallelism; 0 runs on the calling thread, without timeouts). */
  concurrency?: number;
  /** Longest time one article may take in a worker, in ms (default 60,000); past it the worker is replaced. */
  timeoutMs?: number;
  /** Abort: workers are stopped and the iteration throws the signal's reason. */
  signal?: AbortSignal;
  /** Called after each record is handed out. */
  onProgress?: (progress: BatchProgress) => void;
}

export interface BatchProgress {
  /** Records handed out so far (results + errors). */
  done: number;
  ok: number;
  errors: number;
  /** Characters of article text in the records handed out so far. */
  chars: number;
}

/** An input that is already known to be broken (a malformed JSONL line): it becomes an error record in place. */
export class InputFault {
  constructor(readonly error: string, readonly id?: string) {}
}

/** Internal knobs: a different worker script and memory limits (tests); results as JSON strings (the CLI). */
export interface RunBatchOptions extends ExtractManyOptions {
  workerUrl?: URL;
  json?: boolean;
  pool?: Pick<PoolOptions, 'oldGenerationMb' | 'roomyChars'>;
}

/** With `json: true`, a result arrives already serialised. */
export type JsonRecord = { index: number; id?: string; ok: true; json: string };

/** Below this many inputs (a known-length array), starting threads costs more than it saves. */
const SMALL_BATCH = 8;
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Extract from many articles: results come back in input order, exactly one per input — a result,
 * or an error record `{ index, id, ok: false, error }` for an input that could not be read or processed.
 *
 * @example
 * for await (const r of extractMany(articles, { concurrency: 2 })) {
 *   if (r.ok) console.log(r.id, r.result.claims.length);
 *   else console.error(r.index, r.error);
 * }
 */
export function extractMany(
  inputs: Iterable<string | Article> | AsyncIterable<string | Article>,
  options: ExtractManyOptions = {},
): AsyncIterable<BatchRecord> {
  return runBatch(inputs as Iterable<unknown>, options) as AsyncIterable<BatchRecord>;
}

export type Prepared = { id?: string; input: string | Article; chars: number } | { id?: string; error: string; chars: 0 };

/**
 * Check an input on the main thread and keep only cloneable article fields.
 *
 * No object here (nor a record below) is written as a spread followed by more keys (`{ ...head, ok }`):
 * on Node 20's V8 each such object gets a hidden class of its own, with a descriptor array in the old
 * generation. Per article on the main thread that was ~1 KB of old-generation garbage (bench (d)): ~45 MB
 * before the first full collection of a 200 MB run. test/hidden-classes.test.ts keeps the pattern out.
 */
export function prepare(x: unknown): Prepared {
  if (x instanceof InputFault) return x.id !== undefined ? { id: x.id, error: x.error, chars: 0 } : { error: x.error, chars: 0 };
  if (typeof x === 'string') return { input: x, chars: x.length };
  if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
    const o = x as Record<string, unknown>;
    const id = typeof o.id === 'string' ? o.id : typeof o.id === 'number' && Number.isFinite(o.id) ? String(o.id) : undefined;
    if (typeof o.text !== 'string') {
      const error = `expected a string "text", got ${o.text === undefined ? 'none' : describe(o.text)}`;
      return id !== undefined ? { id, error, chars: 0 } : { error, chars: 0 };
    }
    const article: Article = id !== undefined ? { id, text: o.text } : { text: o.text };
    for (const k of ARTICLE_STRINGS) if (typeof o[k] === 'string') article[k] = o[k];
    if (typeof o.publishedAt === 'string' || o.publishedAt instanceof Date) article.publishedAt = o.publishedAt;
    return id !== undefined ? { id, input: article, chars: o.text.length } : { input: article, chars: o.text.length };
  }
  return { error: `expected a string or an article object with a string "text", got ${describe(x)}`, chars: 0 };
}

const ARTICLE_STRINGS = ['title', 'source', 'url'] as const;

/** A record's keys in their order: index, id when there is one, then the rest. */
export function withHead<T extends object>(index: number, id: string | undefined, rest: T): { index: number; id?: string } & T {
  return Object.assign(id !== undefined ? { index, id } : { index }, rest);
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/**
 * `p`, or the abort, whichever comes first. One listener per wait, removed when it settles. (It was
 * Promise.race against one long-lived "aborted" promise: each race left a reaction on that promise holding
 * its record, so a long `newsclaims batch` run, which always passes a signal, kept every result: its heap
 * grew ~12 KB per article.)
 */
function untilAborted<T>(p: T | PromiseLike<T>, signal: AbortSignal | undefined): T | PromiseLike<T> {
  if (!signal) return p;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(p).then(
      (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
      (e: unknown) => { signal.removeEventListener('abort', onAbort); reject(e); },
    );
  });
}

/**
 * A worker's result, parsed only now that it is the caller's turn. Results are JSON data by their schema:
 * the same records as extract(), key for key (test/batch/extract-many.test.ts). Profile (main thread,
 * bench (d), a sampling heap profile of what survived scavenges): the structured clone's deserializer
 * put ~17 KB per article in the old generation, and JSON.parse as the result arrived ~12 KB (82% of all
 * the main thread promoted). Most of that was the window's Map keeping records alive (see `pending`), but
 * a record that waits for the ones before it is cheapest to keep as one flat string.
 */
function handOut(record: BatchRecord | JsonRecord): BatchRecord {
  if (!('json' in record)) return record;
  return withHead(record.index, record.id, { ok: true as const, result: JSON.parse(record.json) as ExtractionResult });
}

/** extractMany with internal options; accepts InputFault items. */
export async function* runBatch(
  inputs: Iterable<unknown> | AsyncIterable<unknown>,
  options: RunBatchOptions = {},
): AsyncGenerator<BatchRecord | JsonRecord> {
  const { concurrency, timeoutMs, signal, onProgress, workerUrl, json, pool: poolOptions, ...extractOptions } = options;
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 0)) {
    throw new RangeError(`newsclaims: concurrency must be a whole number >= 0, got ${concurrency}`);
  }
  const iterable = inputs !== null && typeof inputs === 'object' && (Symbol.asyncIterator in inputs || Symbol.iterator in inputs);
  if (!iterable) {
    throw new TypeError('newsclaims: extractMany() expects an iterable or async iterable of articles (strings or {text} objects)');
  }
  const small = Array.isArray(inputs) && inputs.length < SMALL_BATCH;
  const size = concurrency ?? (small ? 0 : Math.min(availableParallelism(), Array.isArray(inputs) ? inputs.length : Infinity));
  signal?.throwIfAborted();

  const pool = size > 0 ? new WorkerPool({ size, timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS, ...(workerUrl ? { workerUrl } : {}), ...poolOptions }) : undefined;
  const isAsync = Symbol.asyncIterator in (inputs as object);
  const iterator = isAsync
    ? (inputs as AsyncIterable<unknown>)[Symbol.asyncIterator]()
    : (inputs as Iterable<unknown>)[Symbol.iterator]();
  // An async source's next() not answered yet: kept across records (see below).
  let step: Promise<IteratorResult<unknown>> | undefined;
  // Read-ahead window: enough to keep every worker busy while the head of the line finishes.
  const window = pool ? size * 4 : 1;
  // Records read and not yet handed out, in a ring: record i in slot i % window (at most `window` at once).
  // Not a Map: each rehash of a Map's table leaves the old table pointing at the new one, and once an old
  // table was promoted, that garbage kept every later table and the records in it alive through
  // scavenges (bench (d), --trace-gc-nvp on the main thread: 2–9 MB survived each scavenge and nearly all
  // of it was promoted at the next; with the ring, ~0.2 MB, and ~5 KB in a loop of only the pool and ring).
  const pending: (Promise<BatchRecord | JsonRecord> | undefined)[] = new Array(window).fill(undefined);
  const chars: number[] = new Array(window).fill(0);
  const progress: BatchProgress = { done: 0, ok: 0, errors: 0, chars: 0 };


  const start = (x: unknown, index: number): Promise<BatchRecord | JsonRecord> => {
    const p = prepare(x);
    chars[index % window] = p.chars;
    const id = p.id;
    if ('error' in p) return Promise.resolve(withHead(index, id, { ok: false as const, error: p.error }));
    if (!pool) {
      try {
        const result = extract(p.input, extractOptions);
        return Promise.resolve(json ? withHead(index, id, { ok: true as const, json: JSON.stringify(result) }) : withHead(index, id, { ok: true as const, result }));
      } catch (err) {
        return Promise.resolve(withHead(index, id, { ok: false as const, error: errorMessage(err) }));
      }
    }
    // Results cross from the worker as JSON text (protocol.ts) and wait their turn as text; see handOut.
    return pool.run(p.input, extractOptions).then((o): BatchRecord | JsonRecord => withHead(index, id, o));
  };

  let read = 0;
  let next = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && read - next < window) {
        if (signal?.aborted) throw abortReason(signal);
        let item: IteratorResult<unknown>;
        if (!isAsync) item = (iterator as Iterator<unknown>).next();
        else {
          step ??= (iterator as AsyncIterator<unknown>).next();
          // A slow source (a pipe, a queue) must not hold back records that are done: with one in flight,
          // wait for whichever comes first, the next input or the head record, and hand out the head when
          // it wins (the source's answer is kept for the next round).
          if (next < read) {
            const head = pending[next % window]!;
            const headFirst = await untilAborted(Promise.race([step.then(() => false), head.then(() => true, () => true)]), signal);
            if (headFirst) break;
          }
          item = await untilAborted(step, signal);
          step = undefined;
        }
        if (item.done) {
          exhausted = true;
          break;
        }
        const job = start(item.value, read);
        job.catch(() => {}); // a broken pool rejects every job at once; the head's rejection is thrown below
        pending[read % window] = job;
        read++;
      }
      if (next === read) return;
      const head = pending[next % window]!;
      const record = await untilAborted(head, signal);
      pending[next % window] = undefined;
      progress.done++;
      progress.chars += chars[next % window]!;
      if (record.ok) progress.ok++;
      else progress.errors++;
      next++;
      onProgress?.({ ...progress });
      yield json ? record : handOut(record);
    }
  } finally {
    if (pool) await pool.close();
    // Close the source; not awaited, since an async source may be stuck in a next() that never settles.
    if (!exhausted) Promise.resolve(iterator.return?.()).catch(() => {});
  }
}
