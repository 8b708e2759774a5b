/**
 * newsclaims — turn English news text into structured, checkable claims.
 * The public surface is small on purpose and pinned by test/api.test.ts.
 */
export { extract, createExtractor } from './extract.js';
export type { ExtractOptions, Extractor } from './extract.js';
export { extractMany } from './batch/extract-many.js';
export type { ExtractManyOptions, BatchProgress } from './batch/extract-many.js';
export { SCHEMA_VERSION, jsonSchema } from './schema.js';
export { renderReport } from './report/index.js';
export type { ReportOptions } from './report/index.js';
/** The zod schemas of every record: `schemas.ExtractionResult.parse(x)`. */
export * as schemas from './schema.js';
export type {
  Span, Actor, ActorKind, Location, LocationKind, NumericClaim, Qualifier, ClaimCategory,
  Attribution, Stance, ContestedFigure, DateMention, ExtractionResult, ResultMeta, Article, BatchRecord,
} from './schema.js';
