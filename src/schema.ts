/**
 * The public contract: every record newsclaims returns, as zod v4 schemas.
 * Types share the schema's name (`Actor` is both), following zod's own habit.
 * Bump SCHEMA_VERSION on any change that alters what a consumer can rely on.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0.0';

/** End-exclusive UTF-16 offsets into the ORIGINAL input; `text === input.slice(start, end)`. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;

export const ActorKind = z.enum([
  'person', 'organization', 'government', 'military', 'armed_group', 'media', 'group', 'other',
]);
export type ActorKind = z.infer<typeof ActorKind>;

export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  kind: ActorKind,
  role: z.string().optional(),
  affiliationId: z.string().optional(),
  /** Country the actor belongs to or stands for (ISO 3166-1 alpha-2), where known. */
  countryCode: z.string().length(2).optional(),
  aliases: z.array(z.string()),
  mentions: z.array(Span),
  rule: z.string(),
});
export type Actor = z.infer<typeof Actor>;

export const LocationKind = z.enum([
  'country', 'region', 'province', 'city', 'district', 'border', 'crossing', 'facility', 'other',
]);
export type LocationKind = z.infer<typeof LocationKind>;

export const Location = z.object({
  id: z.string(),
  name: z.string(),
  kind: LocationKind,
  countryCode: z.string().length(2).optional(),
  containedInId: z.string().optional(),
  mentions: z.array(Span),
  rule: z.string(),
});
export type Location = z.infer<typeof Location>;

/**
 * How a figure is hedged, and the interval it implies:
 * exact [v,v]; approximate (about, nearly) keeps only value; at_least [v,∞); more_than (v,∞);
 * at_most / up_to (−∞,v] ("as many as 58" is at most 58); range [min,max].
 */
export const Qualifier = z.enum(['exact', 'approximate', 'at_least', 'more_than', 'at_most', 'up_to', 'range']);
export type Qualifier = z.infer<typeof Qualifier>;

export const ClaimCategory = z.enum(['casualty', 'detention', 'displacement', 'count', 'money', 'percent', 'measure']);
export type ClaimCategory = z.infer<typeof ClaimCategory>;

export const NumericClaim = z.object({
  id: z.string(),
  value: z.number(),
  min: z.number().optional(),
  max: z.number().optional(),
  qualifier: Qualifier,
  unit: z.string().optional(),
  category: ClaimCategory,
  /** The counted noun phrase as written, e.g. "Pakistani soldiers". */
  counted: z.string(),
  countedSpan: Span.optional(),
  countedActorId: z.string().optional(),
  event: z.string().optional(),
  locationIds: z.array(z.string()),
  attributionId: z.string().optional(),
  sourceId: z.string().optional(),
  eventDate: z.string().optional(),
  repeatOfId: z.string().optional(),
  span: Span,
  sentence: Span,
  rule: z.string(),
});
export type NumericClaim = z.infer<typeof NumericClaim>;

export const Stance = z.enum(['assert', 'claim', 'deny', 'acknowledge', 'accuse', 'dispute', 'estimate', 'report']);
export type Stance = z.infer<typeof Stance>;

export const Attribution = z.object({
  id: z.string(),
  sourceId: z.string().optional(),
  sourceText: z.string(),
  sourceSpan: Span.optional(),
  /** The reporting word or phrase as written: "claimed", "according to". */
  cue: z.string(),
  stance: Stance,
  direct: z.boolean(),
  content: Span,
  span: Span,
  claimIds: z.array(z.string()),
  targetId: z.string().optional(),
  parentId: z.string().optional(),
  statedAt: z.string().optional(),
  rule: z.string(),
});
export type Attribution = z.infer<typeof Attribution>;

export const ContestedFigure = z.object({
  id: z.string(),
  /** What is counted and the event, e.g. "Pakistani soldiers killed". */
  about: z.string(),
  claimIds: z.array(z.string()),
  values: z.array(z.number()),
  sourceIds: z.array(z.string()),
  kind: z.enum(['contested', 'revision']),
  rule: z.string(),
});
export type ContestedFigure = z.infer<typeof ContestedFigure>;

export const DateMention = z.object({
  id: z.string(),
  span: Span,
  date: z.string().optional(),
  granularity: z.enum(['day', 'week', 'month', 'year']),
  certainty: z.enum(['stated', 'inferred', 'unresolved']),
  rule: z.string(),
});
export type DateMention = z.infer<typeof DateMention>;

export const ResultMeta = z.object({
  id: z.string().optional(),
  /** Characters of input that were read (less than the input's length when it was truncated). */
  chars: z.number().int().nonnegative(),
  truncated: z.boolean().optional(),
  publishedAt: z.string().optional(),
  warnings: z.array(z.string()).optional(),
});
export type ResultMeta = z.infer<typeof ResultMeta>;

export const ExtractionResult = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  actors: z.array(Actor),
  locations: z.array(Location),
  claims: z.array(NumericClaim),
  attributions: z.array(Attribution),
  contested: z.array(ContestedFigure),
  dates: z.array(DateMention),
  meta: ResultMeta.optional(),
});
export type ExtractionResult = z.infer<typeof ExtractionResult>;

export const Article = z.object({
  id: z.string().optional(),
  title: z.string().optional(),
  text: z.string(),
  publishedAt: z.union([z.string(), z.date()]).optional(),
  source: z.string().optional(),
  url: z.string().optional(),
});
export type Article = z.infer<typeof Article>;

/** One output of extractMany / `newsclaims batch`: the result for input number `index`, or why it has none. */
export const BatchRecord = z.discriminatedUnion('ok', [
  z.object({ index: z.number().int().nonnegative(), id: z.string().optional(), ok: z.literal(true), result: ExtractionResult }),
  z.object({ index: z.number().int().nonnegative(), id: z.string().optional(), ok: z.literal(false), error: z.string() }),
]);
export type BatchRecord = z.infer<typeof BatchRecord>;

/** The JSON Schema (draft 2020-12) of ExtractionResult, from zod's own conversion. */
export function jsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ExtractionResult, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
