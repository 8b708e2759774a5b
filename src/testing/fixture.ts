/**
 * Fixtures: hand-written, partial gold in human terms (names and quoted text, never ids or
 * offsets), and a check that says in words what differs. Used by our own tests, by
 * `newsclaims check`, and by users' test suites through `newsclaims/testing`.
 */
import { z } from 'zod';
import type { ExtractionResult, NumericClaim, Actor, Attribution } from '../schema.js';

const pending = { pending: z.string().optional().describe('Known miss: the reason. Checked, but reported apart.') };

export const ExpectedActor = z.object({
  name: z.string().describe("A name, alias or mention as written: 'Taliban', 'TTP'"),
  kind: z.string().optional(),
  role: z.string().optional(),
  affiliation: z.string().optional(),
  countryCode: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  ...pending,
});
export const ExpectedLocation = z.object({
  name: z.string(),
  kind: z.string().optional(),
  countryCode: z.string().optional(),
  containedIn: z.string().optional(),
  ...pending,
});
export const ExpectedClaim = z.object({
  text: z.string().describe("The figure as written: 'as many as 58', 'nine'"),
  in: z.string().optional().describe('Words of its sentence, to tell apart repeats of the same figure'),
  value: z.number(),
  qualifier: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  counted: z.string().optional(),
  countedActor: z.string().optional(),
  event: z.string().optional(),
  category: z.string().optional(),
  source: z.string().optional(),
  stance: z.string().optional(),
  repeatOf: z.string().optional().describe('The text of the earlier claim this one restates'),
  ...pending,
});
export const ExpectedAttribution = z.object({
  cue: z.string(),
  in: z.string().optional(),
  stance: z.string().optional(),
  source: z.string().optional(),
  direct: z.boolean().optional(),
  content: z.string().optional().describe('Words the content must contain'),
  target: z.string().optional().describe('The text of the claim it answers'),
  ...pending,
});
export const ExpectedContested = z.object({
  values: z.array(z.number()),
  event: z.string().optional(),
  sources: z.array(z.string()).optional(),
  kind: z.enum(['contested', 'revision']).optional(),
  ...pending,
});
export const ExpectedAbsent = z.object({
  claim: z.string().optional().describe('No claim whose span text is this'),
  actor: z.string().optional().describe('No actor with this name, alias or mention'),
  location: z.string().optional(),
  in: z.string().optional(),
});

export const Fixture = z.object({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  article: z.object({ publishedAt: z.string().optional(), id: z.string().optional() }).optional(),
  actors: z.array(ExpectedActor).optional(),
  locations: z.array(ExpectedLocation).optional(),
  claims: z.array(ExpectedClaim).optional(),
  attributions: z.array(ExpectedAttribution).optional(),
  contested: z.object({ exactly: z.number().int().optional(), items: z.array(ExpectedContested).optional() }).optional(),
  absent: z.array(ExpectedAbsent).optional(),
});
export type Fixture = z.infer<typeof Fixture>;

export interface Difference {
  /** 'missing' | 'wrong' | 'unexpected' */
  kind: 'missing' | 'wrong' | 'unexpected';
  section: 'actors' | 'locations' | 'claims' | 'attributions' | 'contested' | 'absent';
  /** Which expected entry, in words: `claim "as many as 58"`. */
  what: string;
  /** For 'wrong': the field, what was expected and what came out. */
  field?: string;
  expected?: unknown;
  got?: unknown;
  /** Set when the entry is marked pending: a known miss. */
  pending?: string;
  message: string;
}

const norm = (s: string) =>
  s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u2010-\u2015]/g, '-').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

function namesOf(r: { name: string; mentions: { text: string }[]; aliases?: string[] }): Set<string> {
  return new Set([r.name, ...(r.aliases ?? []), ...r.mentions.map((m) => m.text)].map(norm));
}

/** The attribution's span and content: enough context to tell two "said" apart. */
const contextOf = (a: Attribution) => `${a.span.text} ${a.content.text}`;

/** Compare one extraction with a fixture's expectations; an empty list means it passes. */
export function checkResult(result: ExtractionResult, fixture: Fixture): Difference[] {
  const diffs: Difference[] = [];
  const actorById = new Map(result.actors.map((a) => [a.id, a]));
  const claimById = new Map(result.claims.map((c) => [c.id, c]));
  const attById = new Map(result.attributions.map((a) => [a.id, a]));
  const findActor = (name: string): Actor | undefined => result.actors.find((a) => namesOf(a).has(norm(name)));
  const actorIs = (id: string | undefined, name: string) => {
    const a = id ? actorById.get(id) : undefined;
    return !!a && namesOf(a).has(norm(name));
  };
  const actorName = (id: string | undefined) => (id ? actorById.get(id)?.name : undefined);

  const push = (d: Omit<Difference, 'message'> & { message?: string }, pend?: string) => {
    const message =
      d.message ??
      (d.kind === 'wrong'
        ? `${d.what}: ${d.field} expected ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.got)}`
        : `${d.what}: ${d.kind}`);
    diffs.push({ ...d, ...(pend ? { pending: pend } : {}), message });
  };
  const compare = (section: Difference['section'], what: string, field: string, expected: unknown, got: unknown, pend?: string) => {
    if (expected === undefined) return;
    const same = typeof expected === 'string' && typeof got === 'string' ? norm(expected) === norm(got) : expected === got;
    if (!same) push({ kind: 'wrong', section, what, field, expected, got }, pend);
  };

  for (const e of fixture.actors ?? []) {
    const what = `actor "${e.name}"`;
    const a = findActor(e.name);
    if (!a) { push({ kind: 'missing', section: 'actors', what }, e.pending); continue; }
    compare('actors', what, 'kind', e.kind, a.kind, e.pending);
    compare('actors', what, 'role', e.role, a.role, e.pending);
    compare('actors', what, 'countryCode', e.countryCode, a.countryCode, e.pending);
    if (e.affiliation && !actorIs(a.affiliationId, e.affiliation)) {
      push({ kind: 'wrong', section: 'actors', what, field: 'affiliation', expected: e.affiliation, got: actorName(a.affiliationId) }, e.pending);
    }
    for (const alias of e.aliases ?? []) {
      if (!namesOf(a).has(norm(alias))) push({ kind: 'wrong', section: 'actors', what, field: 'aliases', expected: alias, got: a.aliases }, e.pending);
    }
  }

  for (const e of fixture.locations ?? []) {
    const what = `location "${e.name}"`;
    const l = result.locations.find((x) => namesOf(x).has(norm(e.name)));
    if (!l) { push({ kind: 'missing', section: 'locations', what }, e.pending); continue; }
    compare('locations', what, 'kind', e.kind, l.kind, e.pending);
    compare('locations', what, 'countryCode', e.countryCode, l.countryCode, e.pending);
    if (e.containedIn) {
      const parent = result.locations.find((x) => x.id === l.containedInId);
      if (!parent || !namesOf(parent).has(norm(e.containedIn))) {
        push({ kind: 'wrong', section: 'locations', what, field: 'containedIn', expected: e.containedIn, got: parent?.name }, e.pending);
      }
    }
  }

  const findClaim = (text: string, within?: string): NumericClaim | undefined =>
    result.claims.find((c) => norm(c.span.text) === norm(text) && (!within || norm(c.sentence.text).includes(norm(within))));
  for (const e of fixture.claims ?? []) {
    const what = `claim "${e.text}"${e.in ? ` in "${e.in}"` : ''}`;
    const c = findClaim(e.text, e.in);
    if (!c) { push({ kind: 'missing', section: 'claims', what }, e.pending); continue; }
    compare('claims', what, 'value', e.value, c.value, e.pending);
    compare('claims', what, 'qualifier', e.qualifier, c.qualifier, e.pending);
    compare('claims', what, 'min', e.min, c.min, e.pending);
    compare('claims', what, 'max', e.max, c.max, e.pending);
    compare('claims', what, 'counted', e.counted, c.counted, e.pending);
    compare('claims', what, 'event', e.event, c.event, e.pending);
    compare('claims', what, 'category', e.category, c.category, e.pending);
    if (e.countedActor && !actorIs(c.countedActorId, e.countedActor)) {
      push({ kind: 'wrong', section: 'claims', what, field: 'countedActor', expected: e.countedActor, got: actorName(c.countedActorId) }, e.pending);
    }
    if (e.source && !actorIs(c.sourceId, e.source)) {
      push({ kind: 'wrong', section: 'claims', what, field: 'source', expected: e.source, got: actorName(c.sourceId) }, e.pending);
    }
    if (e.stance) {
      const att = c.attributionId ? attById.get(c.attributionId) : undefined;
      compare('claims', what, 'stance', e.stance, att?.stance, e.pending);
    }
    if (e.repeatOf) {
      const first = c.repeatOfId ? claimById.get(c.repeatOfId) : undefined;
      const ok = first && (norm(first.span.text) === norm(e.repeatOf) || norm(first.sentence.text).includes(norm(e.repeatOf)));
      if (!ok) push({ kind: 'wrong', section: 'claims', what, field: 'repeatOf', expected: e.repeatOf, got: first?.span.text }, e.pending);
    }
  }

  for (const e of fixture.attributions ?? []) {
    const what = `attribution "${e.cue}"${e.in ? ` in "${e.in}"` : ''}`;
    const candidates = result.attributions.filter(
      (a) => norm(a.cue) === norm(e.cue) && (!e.in || norm(contextOf(a)).includes(norm(e.in))),
    );
    const a = candidates[0];
    if (!a) { push({ kind: 'missing', section: 'attributions', what }, e.pending); continue; }
    compare('attributions', what, 'stance', e.stance, a.stance, e.pending);
    compare('attributions', what, 'direct', e.direct, a.direct, e.pending);
    if (e.source && !actorIs(a.sourceId, e.source)) {
      push({ kind: 'wrong', section: 'attributions', what, field: 'source', expected: e.source, got: actorName(a.sourceId) ?? a.sourceText }, e.pending);
    }
    if (e.content && !norm(a.content.text).includes(norm(e.content))) {
      push({ kind: 'wrong', section: 'attributions', what, field: 'content', expected: e.content, got: a.content.text }, e.pending);
    }
    if (e.target) {
      const t = a.targetId ? claimById.get(a.targetId) : undefined;
      const ok = t && (norm(t.span.text) === norm(e.target) || norm(t.sentence.text).includes(norm(e.target)));
      if (!ok) push({ kind: 'wrong', section: 'attributions', what, field: 'target', expected: e.target, got: t?.span.text ?? a.targetId }, e.pending);
    }
  }

  if (fixture.contested) {
    const { exactly, items = [] } = fixture.contested;
    if (exactly !== undefined && result.contested.length !== exactly) {
      push({ kind: 'wrong', section: 'contested', what: 'contested figures', field: 'count', expected: exactly, got: result.contested.length });
    }
    for (const e of items) {
      const what = `contested figure ${e.values.join(' vs ')}`;
      const want = [...e.values].sort((x, y) => x - y).join(',');
      const x = result.contested.find((cf) => [...new Set(cf.values)].sort((p, q) => p - q).join(',') === want);
      if (!x) { push({ kind: 'missing', section: 'contested', what }, e.pending); continue; }
      compare('contested', what, 'kind', e.kind, x.kind, e.pending);
      for (const s of e.sources ?? []) {
        if (!x.sourceIds.some((id) => actorIs(id, s))) {
          push({ kind: 'wrong', section: 'contested', what, field: 'sources', expected: s, got: x.sourceIds.map(actorName) }, e.pending);
        }
      }
      if (e.event) {
        const events = x.claimIds.map((id) => claimById.get(id)?.event);
        if (!events.some((ev) => ev && norm(ev) === norm(e.event!)) && !norm(x.about).includes(norm(e.event))) {
          push({ kind: 'wrong', section: 'contested', what, field: 'event', expected: e.event, got: x.about }, e.pending);
        }
      }
    }
  }

  for (const e of fixture.absent ?? []) {
    if (e.claim) {
      const found = result.claims.find((c) => norm(c.span.text) === norm(e.claim!) && (!e.in || norm(c.sentence.text).includes(norm(e.in))));
      if (found) push({ kind: 'unexpected', section: 'absent', what: `claim "${e.claim}"${e.in ? ` in "${e.in}"` : ''}`, message: `claim "${e.claim}" must not be extracted, but was (${found.rule})` });
    }
    if (e.actor && findActor(e.actor)) push({ kind: 'unexpected', section: 'absent', what: `actor "${e.actor}"`, message: `actor "${e.actor}" must not be extracted, but was` });
    if (e.location && result.locations.some((l) => namesOf(l).has(norm(e.location!)))) {
      push({ kind: 'unexpected', section: 'absent', what: `location "${e.location}"`, message: `location "${e.location}" must not be extracted, but was` });
    }
  }

  return diffs;
}
