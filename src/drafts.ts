/**
 * Drafts: the records as recognisers and resolvers build them, linked by object reference.
 * `assemble` numbers them by position and turns references into ids. Not public.
 */
import type { ActorKind, ClaimCategory, LocationKind, Qualifier, Stance } from './schema.js';
import type { Doc } from './doc.js';

export interface Range { start: number; end: number }

export interface ActorDraft {
  name: string;
  kind: ActorKind;
  role?: string;
  affiliation?: ActorDraft;
  countryCode?: string;
  aliases: string[];
  mentions: Range[];
  rule: string;
  /** Set by a resolver when this draft was merged into another; assemble drops it. */
  mergedInto?: ActorDraft;
}

export interface LocationDraft {
  name: string;
  kind: LocationKind;
  countryCode?: string;
  containedIn?: LocationDraft;
  mentions: Range[];
  rule: string;
  mergedInto?: LocationDraft;
}

export interface ClaimDraft {
  value: number;
  min?: number;
  max?: number;
  qualifier: Qualifier;
  unit?: string;
  category: ClaimCategory;
  counted: string;
  countedRange?: Range;
  /** The owner as written: a possessive ("its", "Pakistan's") or demonym ("Pakistani") token; coref links it. */
  countedOwner?: Range;
  countedActor?: ActorDraft;
  event?: string;
  locations: LocationDraft[];
  attribution?: AttributionDraft;
  source?: ActorDraft;
  eventDate?: string;
  repeatOf?: ClaimDraft;
  range: Range;
  sentence: number;
  rule: string;
  /** Set by a resolver to drop the draft (overlap, not a claim after all). */
  dropped?: boolean;
}

export interface AttributionDraft {
  source?: ActorDraft;
  sourceRange?: Range;
  sourceText: string;
  cue: Range;
  stance: Stance;
  direct: boolean;
  content: Range;
  range: Range;
  claims: ClaimDraft[];
  target?: ClaimDraft | AttributionDraft;
  parent?: AttributionDraft;
  statedAt?: string;
  sentence: number;
  rule: string;
  dropped?: boolean;
}

export interface ContestedDraft {
  about: string;
  claims: ClaimDraft[];
  kind: 'contested' | 'revision';
  rule: string;
}

export interface DateDraft {
  range: Range;
  date?: string;
  granularity: 'day' | 'week' | 'month' | 'year';
  certainty: 'stated' | 'inferred' | 'unresolved';
  rule: string;
}

/** Everything known about one article while the pipeline runs. */
export interface Draft {
  doc: Doc;
  actors: ActorDraft[];
  locations: LocationDraft[];
  claims: ClaimDraft[];
  attributions: AttributionDraft[];
  contested: ContestedDraft[];
  dates: DateDraft[];
}

/*
 * Draft constructors. Every draft of a kind is built with all its fields, the optional ones undefined, in
 * one order, so all drafts of a kind share one hidden class and a resolver's later write (`affiliation`,
 * `attribution`, `dropped`) changes no shape. Profile (issue #6, `--trace-deopt` past a worker's first 1,500
 * articles): drafts made from conditional spreads came in dozens of shapes, and each rare new shape
 * deoptimised the large functions reading them (assemble, anchorDates, continueQuotes, linkRepeats) and
 * had TurboFan compile them again, 20–40 ms a time — most of the compiling a warm worker still did.
 */

export function actorDraft(a: ActorDraft): ActorDraft {
  return {
    name: a.name, kind: a.kind, role: a.role, affiliation: a.affiliation, countryCode: a.countryCode,
    aliases: a.aliases, mentions: a.mentions, rule: a.rule, mergedInto: a.mergedInto,
  };
}

export function locationDraft(l: LocationDraft): LocationDraft {
  return {
    name: l.name, kind: l.kind, countryCode: l.countryCode, containedIn: l.containedIn, mentions: l.mentions,
    rule: l.rule, mergedInto: l.mergedInto,
  };
}

export function claimDraft(c: ClaimDraft): ClaimDraft {
  return {
    value: c.value, min: c.min, max: c.max, qualifier: c.qualifier, unit: c.unit, category: c.category,
    counted: c.counted, countedRange: c.countedRange, countedOwner: c.countedOwner, countedActor: c.countedActor,
    event: c.event, locations: c.locations, attribution: c.attribution, source: c.source, eventDate: c.eventDate,
    repeatOf: c.repeatOf, range: c.range, sentence: c.sentence, rule: c.rule, dropped: c.dropped,
  };
}

export function attributionDraft(a: AttributionDraft): AttributionDraft {
  return {
    source: a.source, sourceRange: a.sourceRange, sourceText: a.sourceText, cue: a.cue, stance: a.stance,
    direct: a.direct, content: a.content, range: a.range, claims: a.claims, target: a.target, parent: a.parent,
    statedAt: a.statedAt, sentence: a.sentence, rule: a.rule, dropped: a.dropped,
  };
}

/** Follow merges to the surviving draft. */
export function canonical<T extends { mergedInto?: T }>(d: T): T {
  let x = d;
  while (x.mergedInto) x = x.mergedInto;
  return x;
}
