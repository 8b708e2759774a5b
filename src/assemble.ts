/**
 * assemble: drafts → public records. Ids are given by position (first mention), so the same
 * input always yields the same ids; references between drafts become ids here.
 */
import type { Doc } from './doc.js';
import { span } from './doc.js';
import { canonical, type Draft, type Range } from './drafts.js';
import {
  SCHEMA_VERSION,
  type Actor, type Attribution, type ContestedFigure, type DateMention, type ExtractionResult,
  type Location, type NumericClaim, type ResultMeta,
} from './schema.js';

const byStart = (a: Range, b: Range) => a.start - b.start || a.end - b.end;
const firstOf = (ms: Range[]) => ms.reduce((m, r) => (byStart(r, m) < 0 ? r : m), ms[0]!);

function uniqueRanges(ms: Range[]): Range[] {
  const seen = new Set<string>();
  return ms
    .filter((m) => {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort(byStart);
}

export function assemble(draft: Draft, meta: ResultMeta): ExtractionResult {
  const { doc } = draft;
  const sp = (r: Range) => span(doc, r.start, r.end);

  const actors = draft.actors.filter((a) => !a.mergedInto && a.mentions.length > 0);
  actors.sort((a, b) => byStart(firstOf(a.mentions), firstOf(b.mentions)));
  const actorId = new Map(actors.map((a, i) => [a, `actor-${i + 1}`]));
  const aid = (a: Draft['actors'][number] | undefined) => (a ? actorId.get(canonical(a)) : undefined);

  const locations = draft.locations.filter((l) => !l.mergedInto && l.mentions.length > 0);
  locations.sort((a, b) => byStart(firstOf(a.mentions), firstOf(b.mentions)));
  const locationId = new Map(locations.map((l, i) => [l, `location-${i + 1}`]));
  const lid = (l: Draft['locations'][number] | undefined) => (l ? locationId.get(canonical(l)) : undefined);

  const claims = draft.claims.filter((c) => !c.dropped).sort((a, b) => byStart(a.range, b.range));
  const claimId = new Map(claims.map((c, i) => [c, `claim-${i + 1}`]));
  const attributions = draft.attributions.filter((a) => !a.dropped).sort((a, b) => byStart(a.range, b.range));
  const attributionId = new Map(attributions.map((a, i) => [a, `attribution-${i + 1}`]));

  const outActors: Actor[] = actors.map((a) => ({
    id: actorId.get(a)!,
    name: a.name,
    kind: a.kind,
    ...(a.role ? { role: a.role } : {}),
    ...(a.affiliation && aid(a.affiliation) && aid(a.affiliation) !== actorId.get(a) ? { affiliationId: aid(a.affiliation)! } : {}),
    ...(a.countryCode ? { countryCode: a.countryCode } : {}),
    aliases: [...new Set(a.aliases)].filter((x) => x !== a.name),
    mentions: uniqueRanges(a.mentions).map(sp),
    rule: a.rule,
  }));

  const outLocations: Location[] = locations.map((l) => ({
    id: locationId.get(l)!,
    name: l.name,
    kind: l.kind,
    ...(l.countryCode ? { countryCode: l.countryCode } : {}),
    ...(l.containedIn && lid(l.containedIn) && lid(l.containedIn) !== locationId.get(l) ? { containedInId: lid(l.containedIn)! } : {}),
    mentions: uniqueRanges(l.mentions).map(sp),
    rule: l.rule,
  }));

  const sentenceSpan = (i: number) => {
    const s = doc.sentences[i]!;
    return span(doc, s.start, s.end);
  };

  const outClaims: NumericClaim[] = claims.map((c) => {
    const att = c.attribution && attributionId.get(c.attribution);
    const src = aid(c.source ?? c.attribution?.source);
    return {
      id: claimId.get(c)!,
      value: c.value,
      ...(c.min !== undefined ? { min: c.min } : {}),
      ...(c.max !== undefined ? { max: c.max } : {}),
      qualifier: c.qualifier,
      ...(c.unit ? { unit: c.unit } : {}),
      category: c.category,
      counted: c.counted,
      ...(c.countedRange ? { countedSpan: sp(c.countedRange) } : {}),
      ...(aid(c.countedActor) ? { countedActorId: aid(c.countedActor)! } : {}),
      ...(c.event ? { event: c.event } : {}),
      locationIds: [...new Set(c.locations.map(lid).filter((x): x is string => !!x))],
      ...(att ? { attributionId: att } : {}),
      ...(src ? { sourceId: src } : {}),
      ...(c.eventDate ? { eventDate: c.eventDate } : {}),
      ...(c.repeatOf && claimId.get(c.repeatOf) ? { repeatOfId: claimId.get(c.repeatOf)! } : {}),
      span: sp(c.range),
      sentence: sentenceSpan(c.sentence),
      rule: c.rule,
    };
  });

  const targetId = (t: unknown) =>
    claimId.get(t as never) ?? attributionId.get(t as never);

  const outAttributions: Attribution[] = attributions.map((a) => ({
    id: attributionId.get(a)!,
    ...(aid(a.source) ? { sourceId: aid(a.source)! } : {}),
    sourceText: a.sourceText,
    ...(a.sourceRange ? { sourceSpan: sp(a.sourceRange) } : {}),
    cue: doc.input.slice(a.cue.start, a.cue.end),
    stance: a.stance,
    direct: a.direct,
    content: sp(a.content),
    span: sp(a.range),
    claimIds: a.claims.filter((c) => claimId.has(c)).map((c) => claimId.get(c)!),
    ...(a.target && targetId(a.target) ? { targetId: targetId(a.target)! } : {}),
    ...(a.parent && attributionId.get(a.parent) ? { parentId: attributionId.get(a.parent)! } : {}),
    ...(a.statedAt ? { statedAt: a.statedAt } : {}),
    rule: a.rule,
  }));

  const outContested: ContestedFigure[] = draft.contested
    .map((x) => ({ x, claims: x.claims.filter((c) => claimId.has(c)) }))
    .filter(({ claims: cs }) => cs.length >= 2)
    .map(({ x, claims: cs }, i) => ({
      id: `contested-${i + 1}`,
      about: x.about,
      claimIds: cs.map((c) => claimId.get(c)!),
      values: cs.map((c) => c.value),
      sourceIds: [...new Set(cs.map((c) => aid(c.source ?? c.attribution?.source)).filter((s): s is string => !!s))],
      kind: x.kind,
      rule: x.rule,
    }));

  const outDates: DateMention[] = [...draft.dates].sort((a, b) => byStart(a.range, b.range)).map((d, i) => ({
    id: `date-${i + 1}`,
    span: sp(d.range),
    ...(d.date ? { date: d.date } : {}),
    granularity: d.granularity,
    certainty: d.certainty,
    rule: d.rule,
  }));

  return {
    schemaVersion: SCHEMA_VERSION,
    actors: outActors,
    locations: outLocations,
    claims: outClaims,
    attributions: outAttributions,
    contested: outContested,
    dates: outDates,
    meta,
  };
}

export type { Doc };
