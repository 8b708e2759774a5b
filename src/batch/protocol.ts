/** Messages between the pool (main thread) and a worker. */
import type { ExtractOptions } from '../extract.js';
import type { Article, ExtractionResult } from '../schema.js';

export interface Job {
  seq: number;
  input: string | Article;
  options: ExtractOptions;
  /** Reply with the result as a JSON string: the CLI writes it as is (no clone + re-stringify on the main thread). */
  json?: boolean;
}

export type JobReply =
  | { seq: number; ok: true; result: ExtractionResult }
  | { seq: number; ok: true; json: string }
  | { seq: number; ok: false; error: string };

/** A reply without its sequence number. */
export type JobOutcome =
  | { ok: true; result: ExtractionResult }
  | { ok: true; json: string }
  | { ok: false; error: string };
