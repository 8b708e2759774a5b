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
 *
 * They are class instances, and their lists are copied with `list`, because a draft lives as long as its
 * article. V8 gives each object or array literal an allocation site, and once nearly all of a site's
 * objects outlive a scavenge it allocates the site's later objects straight in the old generation
 * ("pretenuring"). In a worker, whose nursery is small and always at its largest (pool.ts), a scavenge in
 * the middle of an article did that to the draft literals, and every later article's drafts became
 * old-generation garbage for the full collector. Objects made by `new`, and rest-parameter arrays, have no
 * allocation site. (segment.ts's tokens, the biggest case, are made the same way.)
 */

/** A new array of `items` that V8 cannot pretenure (a rest parameter): for lists that live as long as an article. */
export const list = <T>(...items: T[]): T[] => items;

class ActorObject implements ActorDraft {
  name: string; kind: ActorKind; role: string | undefined; affiliation: ActorDraft | undefined;
  countryCode: string | undefined; aliases: string[]; mentions: Range[]; rule: string; mergedInto: ActorDraft | undefined;
  constructor(a: ActorDraft) {
    this.name = a.name; this.kind = a.kind; this.role = a.role; this.affiliation = a.affiliation;
    this.countryCode = a.countryCode; this.aliases = list(...a.aliases); this.mentions = list(...a.mentions);
    this.rule = a.rule; this.mergedInto = a.mergedInto;
  }
}

class LocationObject implements LocationDraft {
  name: string; kind: LocationKind; countryCode: string | undefined; containedIn: LocationDraft | undefined;
  mentions: Range[]; rule: string; mergedInto: LocationDraft | undefined;
  constructor(l: LocationDraft) {
    this.name = l.name; this.kind = l.kind; this.countryCode = l.countryCode; this.containedIn = l.containedIn;
    this.mentions = list(...l.mentions); this.rule = l.rule; this.mergedInto = l.mergedInto;
  }
}

class ClaimObject implements ClaimDraft {
  value: number; min: number | undefined; max: number | undefined; qualifier: Qualifier; unit: string | undefined;
  category: ClaimCategory; counted: string; countedRange: Range | undefined; countedOwner: Range | undefined;
  countedActor: ActorDraft | undefined; event: string | undefined; locations: LocationDraft[];
  attribution: AttributionDraft | undefined; source: ActorDraft | undefined; eventDate: string | undefined;
  repeatOf: ClaimDraft | undefined; range: Range; sentence: number; rule: string; dropped: boolean | undefined;
  constructor(c: ClaimDraft) {
    this.value = c.value; this.min = c.min; this.max = c.max; this.qualifier = c.qualifier; this.unit = c.unit;
    this.category = c.category; this.counted = c.counted; this.countedRange = c.countedRange;
    this.countedOwner = c.countedOwner; this.countedActor = c.countedActor; this.event = c.event;
    this.locations = list(...c.locations); this.attribution = c.attribution; this.source = c.source;
    this.eventDate = c.eventDate; this.repeatOf = c.repeatOf; this.range = c.range; this.sentence = c.sentence;
    this.rule = c.rule; this.dropped = c.dropped;
  }
}

class AttributionObject implements AttributionDraft {
  source: ActorDraft | undefined; sourceRange: Range | undefined; sourceText: string; cue: Range; stance: Stance;
  direct: boolean; content: Range; range: Range; claims: ClaimDraft[]; target: ClaimDraft | AttributionDraft | undefined;
  parent: AttributionDraft | undefined; statedAt: string | undefined; sentence: number; rule: string;
  dropped: boolean | undefined;
  constructor(a: AttributionDraft) {
    this.source = a.source; this.sourceRange = a.sourceRange; this.sourceText = a.sourceText; this.cue = a.cue;
    this.stance = a.stance; this.direct = a.direct; this.content = a.content; this.range = a.range;
    this.claims = list(...a.claims); this.target = a.target; this.parent = a.parent; this.statedAt = a.statedAt;
    this.sentence = a.sentence; this.rule = a.rule; this.dropped = a.dropped;
  }
}

export const actorDraft = (a: ActorDraft): ActorDraft => new ActorObject(a);
export const locationDraft = (l: LocationDraft): LocationDraft => new LocationObject(l);
export const claimDraft = (c: ClaimDraft): ClaimDraft => new ClaimObject(c);
export const attributionDraft = (a: AttributionDraft): AttributionDraft => new AttributionObject(a);

/** Follow merges to the surviving draft. */
export function canonical<T extends { mergedInto?: T }>(d: T): T {
  let x = d;
  while (x.mergedInto) x = x.mergedInto;
  return x;
}
