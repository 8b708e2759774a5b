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

/** Follow merges to the surviving draft. */
export function canonical<T extends { mergedInto?: T }>(d: T): T {
  let x = d;
  while (x.mergedInto) x = x.mergedInto;
  return x;
}
