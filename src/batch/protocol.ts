/** Messages between the pool (main thread) and a worker: one job in flight per worker. */
import type { ExtractOptions } from '../extract.js';
import type { Article, ExtractionResult } from '../schema.js';

export interface Job {
  seq: number;
  input: string | Article;
  options: ExtractOptions;
}

export type JobReply =
  | { seq: number; ok: true; result: ExtractionResult }
  | { seq: number; ok: false; error: string };
