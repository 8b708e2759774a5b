/**
 * The pipeline, top to bottom:
 * normalise → segment → recognise → resolve → compare → assemble → validate.
 */
import { normalise } from './normalise.js';
import { segment } from './segment.js';
import { recogniseActors } from './recognisers/actors.js';
import { recogniseLocations } from './recognisers/locations.js';
import { recogniseQuantities } from './recognisers/quantities.js';
import { recogniseAttributions } from './recognisers/attributions.js';
import { recogniseDates } from './recognisers/dates.js';
import { resolve } from './resolvers/index.js';
import { assemble } from './assemble.js';
import { datelineDate } from './dateline.js';
import type { Draft } from './drafts.js';
import { ExtractionResult, type Article, type ResultMeta } from './schema.js';
import { z } from 'zod';

export interface ExtractOptions {
  /** Reference date for relative dates ("yesterday"); overrides Article.publishedAt. */
  publishedAt?: string | Date;
  /** Longest input read, in UTF-16 units (default 5,000,000). */
  maxChars?: number;
  /** What to do with longer input: read only the first maxChars ('truncate', default) or throw a RangeError ('error'). */
  onTooLong?: 'truncate' | 'error';
  /** Check the result against the schema before returning it (default true). */
  validate?: boolean;
}

export const DEFAULT_MAX_CHARS = 5_000_000;

function toArticle(input: unknown): Article {
  if (typeof input === 'string') return { text: input };
  if (input !== null && typeof input === 'object' && typeof (input as { text?: unknown }).text === 'string') {
    return input as Article;
  }
  throw new TypeError(
    `newsclaims: extract() expects a string or an article object with a string "text", got ${describe(input)}`,
  );
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'object') return 'an object without a string "text"';
  return typeof x;
}

function isoDate(d: string | Date | undefined): string | undefined {
  if (d === undefined) return undefined;
  const t = d instanceof Date ? d : new Date(d);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

/**
 * Extract actors, locations, numeric claims, attributions and contested figures from English news text.
 *
 * @example
 * const result = extract('Officials said at least 12 people were killed.');
 * result.claims[0].min; // 12
 */
export function extract(input: string | Article, options: ExtractOptions = {}): ExtractionResult {
  const article = toArticle(input);
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (!(maxChars >= 0) || (maxChars !== Infinity && !Number.isInteger(maxChars))) {
    throw new RangeError(`newsclaims: maxChars must be a whole number of characters, 0 or more (or Infinity), got ${maxChars}`);
  }
  let text = article.text;
  let truncated = false;
  if (text.length > maxChars) {
    if (options.onTooLong === 'error') {
      throw new RangeError(`newsclaims: input has ${text.length} characters, more than maxChars (${maxChars})`);
    }
    // Never cut a surrogate pair in half.
    let cut = maxChars;
    if (cut > 0 && /[\uD800-\uDBFF]/.test(text[cut - 1]!)) cut--;
    text = text.slice(0, cut);
    truncated = true;
  }
  const publishedAt = isoDate(options.publishedAt ?? article.publishedAt);

  const norm = normalise(text);
  const doc = segment(text, norm.text, norm.furniture);
  if (publishedAt) doc.publishedAt = publishedAt;
  // A wire dateline ("SAN SALVADOR, 3 JAN 90 --") is the reference when the caller gave none.
  else {
    const fromDateline = datelineDate(doc);
    if (fromDateline) doc.publishedAt = fromDateline;
  }

  const draft: Draft = {
    doc,
    actors: recogniseActors(doc),
    locations: recogniseLocations(doc),
    claims: recogniseQuantities(doc),
    attributions: recogniseAttributions(doc),
    contested: [],
    dates: recogniseDates(doc),
  };
  resolve(draft);

  // Keys added to a literal, not spread into one (see extend.ts); their order is the output's.
  const meta: ResultMeta = article.id !== undefined ? { id: String(article.id), chars: text.length } : { chars: text.length };
  if (truncated) meta.truncated = true;
  if (doc.publishedAt) meta.publishedAt = doc.publishedAt;
  const result = assemble(draft, meta);
  if (options.validate === false) return result;
  const checked = ExtractionResult.safeParse(result);
  if (!checked.success) {
    // Our bug, never the caller's: say exactly which record broke the contract.
    throw new Error(`newsclaims: internal error, result does not match the schema:\n${z.prettifyError(checked.error)}`);
  }
  return result;
}

export interface Extractor {
  extract(input: string | Article, options?: ExtractOptions): ExtractionResult;
}

/**
 * An extractor with fixed default options.
 *
 * @example
 * const ex = createExtractor({ maxChars: 100_000 });
 * ex.extract(text).claims;
 */
export function createExtractor(defaults: ExtractOptions = {}): Extractor {
  // Object.assign onto a fresh literal, not a spread-first literal: see extend.ts.
  return { extract: (input, options) => extract(input, Object.assign({}, defaults, options)) };
}
