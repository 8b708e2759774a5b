/** Messages between the pool (main thread) and a worker. */
import type { ExtractOptions } from '../extract.js';
import type { Article } from '../schema.js';

export interface Job {
  seq: number;
  input: string | Article;
  options: ExtractOptions;
}

/**
 * A result crosses as JSON text: the CLI and the queue write it as is, and extractMany parses it, which is
 * faster than the structured clone of the object (70–82 against 85–113 µs per corpus result) and leaves
 * young garbage on the main thread (the clone's deserializer allocated in the old generation).
 */
export type JobReply = { seq: number; ok: true; json: string } | { seq: number; ok: false; error: string };

/** A reply without its sequence number. */
export type JobOutcome = { ok: true; json: string } | { ok: false; error: string };
