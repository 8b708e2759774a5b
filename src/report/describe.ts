/**
 * What the page says about each record: figures in words ("up to 58"), sources by name, and the
 * field list shown when a highlight is hovered or focused.
 */
import type { Actor, Attribution, ContestedFigure, DateMention, ExtractionResult, Location, NumericClaim } from '../schema.js';
import { excerpt } from './html.js';
import { table } from '../lexicon/table.js';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** "58", "about 1,200", "12–15", "40%", "USD 5,000", "30 km". */
export function figure(c: Pick<NumericClaim, 'value' | 'min' | 'max' | 'qualifier' | 'unit'>): string {
  const n = (v: number) => withUnit(NUMBER.format(v), c.unit);
  switch (c.qualifier) {
    case 'range': return c.min !== undefined && c.max !== undefined ? withUnit(`${NUMBER.format(c.min)}–${NUMBER.format(c.max)}`, c.unit) : n(c.value);
    case 'approximate': return `about ${n(c.value)}`;
    case 'at_least': return `at least ${n(c.value)}`;
    case 'more_than': return `more than ${n(c.value)}`;
    case 'at_most': return `at most ${n(c.value)}`;
    case 'up_to': return `up to ${n(c.value)}`;
    default: return n(c.value);
  }
}

function withUnit(num: string, unit: string | undefined): string {
  if (!unit) return num;
  if (unit === 'percent') return `${num}%`;
  return /^[A-Z]{3}$/.test(unit) ? `${unit} ${num}` : `${num} ${unit}`;
}

/** Stance labels carry a symbol as well as a colour, so they read without colour. */
export const STANCE_SYMBOL: Record<string, string> = table({
  assert: '●', claim: '◆', deny: '✕', acknowledge: '✓', accuse: '!', dispute: '⇄', estimate: '≈', report: '☰',
});

/** Record look-ups by id, and by object for the page's own keys. */
export class Lookup {
  readonly actors = new Map<string, Actor>();
  readonly locations = new Map<string, Location>();
  readonly claims = new Map<string, NumericClaim>();
  readonly attributions = new Map<string, Attribution>();
  readonly keys = new Map<object, string>();
  /** Claim id → the first attribution that lists it, for claims without their own link. */
  private readonly listedIn = new Map<string, Attribution>();
  /** Ids of claims that take part in a contested figure. */
  readonly contestedClaims = new Set<string>();

  constructor(readonly result: ExtractionResult) {
    result.actors.forEach((a, i) => { this.actors.set(a.id, a); this.keys.set(a, `actor-${i}`); });
    result.locations.forEach((l, i) => { this.locations.set(l.id, l); this.keys.set(l, `location-${i}`); });
    result.claims.forEach((c, i) => { this.claims.set(c.id, c); this.keys.set(c, `claim-${i}`); });
    result.attributions.forEach((a, i) => { this.attributions.set(a.id, a); this.keys.set(a, `attribution-${i}`); });
    result.dates.forEach((d, i) => this.keys.set(d, `date-${i}`));
    result.contested.forEach((f, i) => { this.keys.set(f, `contested-${i}`); f.claimIds.forEach((id) => this.contestedClaims.add(id)); });
    for (const a of result.attributions) for (const id of a.claimIds) if (!this.listedIn.has(id)) this.listedIn.set(id, a);
  }

  actorName(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.actors.get(id)?.name ?? id;
  }

  /** The attribution a claim sits in: its own link, or the first attribution that lists it. */
  attributionOf(c: NumericClaim): Attribution | undefined {
    if (c.attributionId) return this.attributions.get(c.attributionId);
    return this.listedIn.get(c.id);
  }

  /** Who says it: the claim's source, its attribution's source, or the attribution's words for it. */
  sourceOf(c: NumericClaim): string | undefined {
    const att = this.attributionOf(c);
    return this.actorName(c.sourceId) ?? this.actorName(att?.sourceId) ?? (att?.sourceText || undefined);
  }

  attributionSource(a: Attribution): string {
    return this.actorName(a.sourceId) ?? (a.sourceText || 'unnamed source');
  }

  /** A short name for any claim or attribution, for "answers …" and "inside …". */
  refName(id: string | undefined): string | undefined {
    if (id === undefined) return undefined;
    const c = this.claims.get(id);
    if (c) return `${figure(c)} ${c.counted}`.trim();
    const a = this.attributions.get(id);
    if (a) return `${this.attributionSource(a)} ${a.cue}`;
    return id;
  }
}

export type Field = [label: string, value: string | undefined];

export function claimFields(c: NumericClaim, lk: Lookup): Field[] {
  const att = lk.attributionOf(c);
  return [
    ['Figure', figure(c)],
    ['Value', NUMBER.format(c.value)],
    ['Qualifier', c.qualifier],
    ['Range', c.min !== undefined || c.max !== undefined ? `${c.min ?? '−∞'} … ${c.max ?? '∞'}` : undefined],
    ['Unit', c.unit],
    ['Category', c.category],
    ['Counted', c.counted || undefined],
    ['Whose', lk.actorName(c.countedActorId)],
    ['Event', c.event],
    ['Source', lk.sourceOf(c) ?? 'unattributed'],
    ['Stance', att ? `${att.stance} (“${att.cue}”)` : undefined],
    ['Where', c.locationIds.map((id) => lk.locations.get(id)?.name ?? id).join(', ') || undefined],
    ['Event date', c.eventDate],
    ['Repeats', lk.refName(c.repeatOfId)],
    ['Rule', c.rule],
    ['Id', c.id],
  ];
}

export function attributionFields(a: Attribution, lk: Lookup): Field[] {
  return [
    ['Source', lk.attributionSource(a)],
    ['Cue', a.cue],
    ['Stance', a.stance],
    ['Quoted', a.direct ? 'yes, direct quote' : 'no, reported speech'],
    ['Content', excerpt(a.content.text, 200) || undefined],
    ['Figures', a.claimIds.map((id) => lk.refName(id)).join('; ') || undefined],
    ['Answers', lk.refName(a.targetId)],
    ['Inside', lk.refName(a.parentId)],
    ['Stated', a.statedAt],
    ['Rule', a.rule],
    ['Id', a.id],
  ];
}

export function actorFields(a: Actor, lk: Lookup): Field[] {
  return [
    ['Name', a.name],
    ['Kind', a.kind.replace('_', ' ')],
    ['Role', a.role],
    ['Affiliation', lk.actorName(a.affiliationId)],
    ['Country', a.countryCode],
    ['Aliases', a.aliases.join(', ') || undefined],
    ['Mentions', String(a.mentions.length)],
    ['Rule', a.rule],
    ['Id', a.id],
  ];
}

export function locationFields(l: Location, lk: Lookup): Field[] {
  return [
    ['Name', l.name],
    ['Kind', l.kind],
    ['Country', l.countryCode],
    ['In', l.containedInId ? lk.locations.get(l.containedInId)?.name ?? l.containedInId : undefined],
    ['Mentions', String(l.mentions.length)],
    ['Rule', l.rule],
    ['Id', l.id],
  ];
}

export function dateFields(d: DateMention): Field[] {
  return [
    ['Text', d.span.text],
    ['Date', d.date],
    ['Granularity', d.granularity],
    ['Certainty', d.certainty],
    ['Rule', d.rule],
    ['Id', d.id],
  ];
}

export function contestedFields(f: ContestedFigure, lk: Lookup): Field[] {
  return [
    ['About', f.about],
    ['Kind', f.kind],
    ['Values', f.values.map((v) => NUMBER.format(v)).join(' vs ')],
    ['Sources', f.sourceIds.map((id) => lk.actorName(id)).join(', ') || undefined],
    ['Claims', f.claimIds.join(', ')],
    ['Rule', f.rule],
    ['Id', f.id],
  ];
}
