/**
 * Fixtures: hand-written, partial gold in human terms (names and quoted text, never ids or
 * offsets), and a check that says in words what differs. Used by our own tests, by
 * `newsclaims check`, and by users' test suites through `newsclaims/testing`.
 */
import { z } from 'zod';
import {
  ActorKind, ClaimCategory, LocationKind, Qualifier, Stance,
  type Actor, type Attribution, type ExtractionResult, type Location, type NumericClaim,
} from '../schema.js';

const pending = {
  pending: z.string().optional().describe('Known miss: the reason. Still checked, but reported apart and never a failure.'),
};
const within = z.string().optional().describe('Words of the sentence (or attribution) it is in, to tell apart repeats of the same text');

export const ExpectedActor = z.object({
  name: z.string().describe("A name, alias or mention as written: 'Taliban', 'TTP'"),
  kind: ActorKind.optional(),
  role: z.string().optional().describe("'spokesman', 'minister'"),
  affiliation: z.string().optional().describe('A name of the actor it belongs to'),
  countryCode: z.string().optional().describe('ISO 3166-1 alpha-2'),
  aliases: z.array(z.string()).optional().describe('Other names that must resolve to this same actor'),
  ...pending,
}).describe('An actor that must be found');

export const ExpectedLocation = z.object({
  name: z.string().describe('A name or mention as written'),
  kind: LocationKind.optional(),
  countryCode: z.string().optional().describe('ISO 3166-1 alpha-2'),
  containedIn: z.string().optional().describe('A name of the location that contains it'),
  ...pending,
}).describe('A location that must be found');

export const ExpectedClaim = z.object({
  text: z.string().describe("The figure as written: 'as many as 58', 'nine'"),
  in: within,
  value: z.number().optional().describe('The value; leave out for a range or vague amount checked by min/max'),
  qualifier: Qualifier.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
  counted: z.string().optional().describe('The counted noun phrase as written'),
  countedActor: z.string().optional().describe('A name of the actor the counted people belong to'),
  event: z.string().optional(),
  category: ClaimCategory.optional(),
  location: z.string().optional().describe('A name of one of its locations'),
  source: z.string().optional().describe('A name of its source actor (or the source as written)'),
  stance: Stance.optional().describe('The stance of the attribution that carries it'),
  repeatOf: z.string().optional().describe('The text (or sentence words) of the earlier claim this one restates'),
  ...pending,
}).describe('A numeric claim that must be found');

export const ExpectedAttribution = z.object({
  cue: z.string().describe("The reporting word or phrase as written: 'said', 'According to'"),
  in: within,
  stance: Stance.optional(),
  source: z.string().optional().describe('A name of its source actor (or the source as written)'),
  direct: z.boolean().optional().describe('True when the content is a direct quote'),
  content: z.string().optional().describe('Words the content must contain'),
  target: z.string().optional().describe('The text (or sentence words) of the claim it answers'),
  parent: z.string().optional().describe('The cue or source of the outer attribution: "reported" in "Reuters reported that officials said"'),
  ...pending,
}).describe('An attribution that must be found');

export const ExpectedContested = z.object({
  values: z.array(z.number()).describe('The differing values, in any order'),
  event: z.string().optional(),
  sources: z.array(z.string()).optional().describe('Names of sources that must be among its sources'),
  kind: z.enum(['contested', 'revision']).optional(),
  ...pending,
}).describe('A contested figure (or revision) that must be found');

export const ExpectedDate = z.object({
  text: z.string().describe("The date as written: 'on Tuesday', 'March 3'"),
  in: within,
  date: z.string().optional().describe('ISO date it resolves to (prefix match: "2024-03-03")'),
  granularity: z.enum(['day', 'week', 'month', 'year']).optional(),
  ...pending,
}).describe('A date mention that must be found');

export const ExpectedAbsent = z.object({
  claim: z.string().optional().describe('No claim whose text is this'),
  actor: z.string().optional().describe('No actor with this name, alias or mention'),
  location: z.string().optional().describe('No location with this name or mention'),
  attribution: z.string().optional().describe('No attribution with this cue'),
  in: within,
  why: z.string().optional().describe('Why it must not be extracted (shown in the report)'),
  ...pending,
}).describe('Text that must NOT be extracted: page furniture, road numbers, ages, clock times...');

export const Fixture = z.object({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  article: z.object({
    publishedAt: z.string().optional().describe('Reference date for the article, when the article file has none'),
    id: z.string().optional(),
    title: z.string().optional(),
  }).optional(),
  actors: z.array(ExpectedActor).optional(),
  locations: z.array(ExpectedLocation).optional(),
  claims: z.array(ExpectedClaim).optional(),
  attributions: z.array(ExpectedAttribution).optional(),
  contested: z.object({
    exactly: z.number().int().optional().describe('How many contested figures the result must have'),
    pending: z.string().optional().describe('Known miss of the `exactly` count: the reason'),
    items: z.array(ExpectedContested).optional(),
  }).optional(),
  dates: z.array(ExpectedDate).optional(),
  absent: z.array(ExpectedAbsent).optional(),
}).strict().describe('newsclaims fixture: partial, hand-written gold for one article (NAME.expected.json beside NAME.txt or NAME.json)');
export type Fixture = z.infer<typeof Fixture>;

/** The JSON Schema (draft 2020-12) of a fixture file, for editors (`"$schema"` in NAME.expected.json). */
export function fixtureJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(Fixture, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>),
    title: 'newsclaims fixture',
  };
}

/** A fixture file that does not parse: the message says where and why, in zod's words. */
export class FixtureError extends Error {
  override name = 'FixtureError';
}

/** Parse a fixture object; throws a FixtureError whose message lists each problem. */
export function parseFixture(input: unknown, label = 'fixture'): Fixture {
  const r = Fixture.safeParse(input);
  if (!r.success) throw new FixtureError(`${label} does not match the fixture schema:\n${z.prettifyError(r.error)}`);
  return r.data;
}

export type Section = 'actors' | 'locations' | 'claims' | 'attributions' | 'contested' | 'dates' | 'absent';
export const SECTIONS: readonly Section[] = ['actors', 'locations', 'claims', 'attributions', 'contested', 'dates', 'absent'];

export interface Difference {
  /** missing: not found; wrong: found with a field that differs; unexpected: must be absent but was found. */
  kind: 'missing' | 'wrong' | 'unexpected';
  section: Section;
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

/** One expected entry and how it fared. */
export interface EntryOutcome {
  section: Section;
  what: string;
  /** Position of the entry in its section of the fixture (contested: -1 for `exactly`). */
  index: number;
  /** Found: for 'absent' entries, false means the text was (rightly) not extracted. */
  found: boolean;
  ok: boolean;
  pending?: string;
  differences: Difference[];
}

export interface FixtureReport {
  /** True when every entry not marked pending passes. */
  ok: boolean;
  entries: EntryOutcome[];
  /** Differences of entries not marked pending: these fail the fixture. */
  failures: Difference[];
  /** Differences of pending entries: known misses, reported apart. */
  pending: Difference[];
  /** Entries marked pending that now pass: the mark can go. */
  fixed: EntryOutcome[];
  passed: number;
  total: number;
}

const norm = (s: string) =>
  s.toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|an?) /, '');

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

/** `needle` occurs in `hay` as whole words: "58" is in "as many as 58", not in "580" or "58th". */
export function hasWords(hay: string, needle: string): boolean {
  const h = norm(hay);
  const n = norm(needle);
  if (!n) return false;
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
    if (!isWordChar(h[i - 1]) && !isWordChar(h[i + n.length])) return true;
  }
  return false;
}

function namesOf(r: { name: string; mentions: { text: string }[]; aliases?: string[] }): Set<string> {
  return new Set([r.name, ...(r.aliases ?? []), ...r.mentions.map((m) => m.text)].map(norm));
}

/** A value as a reader sees it: strings quoted, nothing for undefined. */
const show = (v: unknown): string =>
  v === undefined || v === null ? 'nothing' : Array.isArray(v) ? `[${v.map(show).join(', ')}]` : typeof v === 'string' ? `"${v}"` : String(v);

const inPart = (e: { in?: string | undefined }) => (e.in ? ` in "${e.in}"` : '');

/** How an expected entry is named in reports: `claim "58" in "Taliban claim"`. */
export function describeEntry(section: Section, e: Record<string, unknown>): string {
  const within = e.in ? ` in "${String(e.in)}"` : '';
  switch (section) {
    case 'actors': return `actor "${String(e.name)}"`;
    case 'locations': return `location "${String(e.name)}"`;
    case 'claims': return `claim "${String(e.text)}"${within}`;
    case 'attributions': return `attribution "${String(e.cue)}"${within}`;
    case 'contested': return `contested figure ${(e.values as number[]).join(' vs ')}`;
    case 'dates': return `date "${String(e.text)}"${within}`;
    default:
      return e.claim !== undefined ? `claim "${String(e.claim)}"${within}`
        : e.actor !== undefined ? `actor "${String(e.actor)}"`
        : e.location !== undefined ? `location "${String(e.location)}"`
        : `attribution "${String(e.attribution)}"${within}`;
  }
}

type Check = { field: string; expected: unknown; got: unknown };

/**
 * Compare one extraction with a fixture; the report lists every entry, what failed and what is a
 * known (pending) miss. `ok` is false only for entries not marked pending.
 *
 * @example
 * const report = checkFixture(extract(text), fixture);
 * if (!report.ok) console.error(formatReport(report, 'my-article'));
 */
export function checkFixture(result: ExtractionResult, fixtureInput: Fixture | unknown): FixtureReport {
  const fixture = parseFixture(fixtureInput);
  const actorById = new Map(result.actors.map((a) => [a.id, a]));
  const locationById = new Map(result.locations.map((l) => [l.id, l]));
  const claimById = new Map(result.claims.map((c) => [c.id, c]));
  const attById = new Map(result.attributions.map((a) => [a.id, a]));

  const findActor = (name: string): Actor | undefined => result.actors.find((a) => namesOf(a).has(norm(name)));
  const findLocation = (name: string): Location | undefined => result.locations.find((l) => namesOf(l).has(norm(name)));
  const actorIs = (id: string | undefined, name: string) => {
    const a = id ? actorById.get(id) : undefined;
    return !!a && namesOf(a).has(norm(name));
  };
  /** For a missing name: a record whose name holds it or is held by it ("military" for "Pakistan's military"). */
  const nearest = (kind: string, records: { name: string; mentions: { text: string }[]; aliases?: string[] }[], name: string) => {
    const r = records.find((x) => [...namesOf(x)].some((n) => hasWords(n, name) || hasWords(name, n)));
    return r ? `nearest: ${kind} "${r.name}"` : undefined;
  };
  const actorName = (id: string | undefined) => (id ? actorById.get(id)?.name : undefined);
  /** The claim's text or words of its sentence. */
  const claimIs = (c: NumericClaim | undefined, words: string) =>
    !!c && (norm(c.span.text) === norm(words) || norm(c.sentence.text).includes(norm(words)));
  const same = (expected: unknown, got: unknown) =>
    typeof expected === 'string' && typeof got === 'string' ? norm(expected) === norm(got) : expected === got;
  const field = (out: Check[], name: string, expected: unknown, got: unknown) => {
    if (expected !== undefined && !same(expected, got)) out.push({ field: name, expected, got });
  };

  /** Of several candidates, the one with fewest differing fields (a repeat figure must not hide the right one). */
  function best<T>(candidates: T[], checks: (x: T) => Check[]): { found?: T; wrong: Check[] } {
    let found: T | undefined;
    let wrong: Check[] = [];
    for (const c of candidates) {
      const w = checks(c);
      if (found === undefined || w.length < wrong.length) { found = c; wrong = w; }
      if (w.length === 0) break;
    }
    return found === undefined ? { wrong: [] } : { found, wrong };
  }

  const entries: EntryOutcome[] = [];
  /** `note`: for absent entries, what was found; for missing ones, the nearest thing that was. */
  const record = (section: Section, index: number, what: string, pend: string | undefined, found: boolean, wrong: Check[], note?: string) => {
    const base = { section, what, ...(pend ? { pending: pend } : {}) };
    const differences: Difference[] = [];
    if (section === 'absent') {
      if (found) differences.push({ ...base, kind: 'unexpected', message: `${what} must not be extracted, but was${note ? ` (${note})` : ''}` });
    } else if (!found) {
      differences.push({ ...base, kind: 'missing', message: `${what} is missing${note ? ` (${note})` : ''}` });
    } else {
      for (const w of wrong) {
        differences.push({ ...base, kind: 'wrong', ...w, message: `${what}: ${w.field} expected ${show(w.expected)}, got ${show(w.got)}` });
      }
    }
    entries.push({ section, what, index, found, ok: differences.length === 0, ...(pend ? { pending: pend } : {}), differences });
  };

  (fixture.actors ?? []).forEach((e, i) => {
    const a = findActor(e.name);
    const wrong: Check[] = [];
    if (a) {
      field(wrong, 'kind', e.kind, a.kind);
      field(wrong, 'role', e.role, a.role);
      field(wrong, 'countryCode', e.countryCode, a.countryCode);
      if (e.affiliation && !actorIs(a.affiliationId, e.affiliation)) wrong.push({ field: 'affiliation', expected: e.affiliation, got: actorName(a.affiliationId) });
      for (const alias of e.aliases ?? []) {
        if (!namesOf(a).has(norm(alias))) wrong.push({ field: 'aliases', expected: alias, got: a.aliases });
      }
    }
    record('actors', i, describeEntry('actors', e), e.pending, !!a, wrong, a ? undefined : nearest('actor', result.actors, e.name));
  });

  (fixture.locations ?? []).forEach((e, i) => {
    const l = findLocation(e.name);
    const wrong: Check[] = [];
    if (l) {
      field(wrong, 'kind', e.kind, l.kind);
      field(wrong, 'countryCode', e.countryCode, l.countryCode);
      if (e.containedIn) {
        const parent = l.containedInId ? locationById.get(l.containedInId) : undefined;
        if (!parent || !namesOf(parent).has(norm(e.containedIn))) wrong.push({ field: 'containedIn', expected: e.containedIn, got: parent?.name });
      }
    }
    record('locations', i, describeEntry('locations', e), e.pending, !!l, wrong, l ? undefined : nearest('location', result.locations, e.name));
  });

  (fixture.claims ?? []).forEach((e, i) => {
    const inSentence = (c: NumericClaim) => !e.in || norm(c.sentence.text).includes(norm(e.in));
    const exact = result.claims.filter((c) => norm(c.span.text) === norm(e.text) && inSentence(c));
    // Not found as written: a claim whose span holds the text, or is held by it, is the same figure cut differently.
    const candidates = exact.length ? exact
      : result.claims.filter((c) => inSentence(c) && (hasWords(c.span.text, e.text) || hasWords(e.text, c.span.text)));
    const { found, wrong } = best(candidates, (c) => {
      const w: Check[] = [];
      if (!exact.length) w.push({ field: 'text', expected: e.text, got: c.span.text });
      field(w, 'value', e.value, c.value);
      field(w, 'qualifier', e.qualifier, c.qualifier);
      field(w, 'min', e.min, c.min);
      field(w, 'max', e.max, c.max);
      field(w, 'unit', e.unit, c.unit);
      field(w, 'counted', e.counted, c.counted);
      field(w, 'event', e.event, c.event);
      field(w, 'category', e.category, c.category);
      if (e.countedActor && !actorIs(c.countedActorId, e.countedActor)) w.push({ field: 'countedActor', expected: e.countedActor, got: actorName(c.countedActorId) });
      if (e.location) {
        const locs = c.locationIds.map((id) => locationById.get(id)).filter((l): l is Location => !!l);
        if (!locs.some((l) => namesOf(l).has(norm(e.location!)))) w.push({ field: 'location', expected: e.location, got: locs.map((l) => l.name) });
      }
      const att = c.attributionId ? attById.get(c.attributionId) : undefined;
      if (e.source && !actorIs(c.sourceId, e.source) && !(att && !att.sourceId && norm(att.sourceText) === norm(e.source))) {
        w.push({ field: 'source', expected: e.source, got: actorName(c.sourceId) ?? att?.sourceText });
      }
      if (e.stance) field(w, 'stance', e.stance, att?.stance);
      if (e.repeatOf) {
        const first = c.repeatOfId ? claimById.get(c.repeatOfId) : undefined;
        if (!claimIs(first, e.repeatOf)) w.push({ field: 'repeatOf', expected: e.repeatOf, got: first?.span.text });
      }
      return w;
    });
    record('claims', i, describeEntry('claims', e), e.pending, !!found, wrong);
  });

  (fixture.attributions ?? []).forEach((e, i) => {
    const inContext = (a: Attribution) => !e.in || norm(`${a.span.text} ${a.content.text} ${a.sourceText}`).includes(norm(e.in));
    const exact = result.attributions.filter((a) => norm(a.cue) === norm(e.cue) && inContext(a));
    // "put the toll at" found as "put": the same attribution with its cue cut differently.
    const candidates = exact.length ? exact
      : result.attributions.filter((a) => inContext(a) && (hasWords(a.cue, e.cue) || hasWords(e.cue, a.cue)));
    const { found, wrong } = best(candidates, (a: Attribution) => {
      const w: Check[] = [];
      if (!exact.length) w.push({ field: 'cue', expected: e.cue, got: a.cue });
      field(w, 'stance', e.stance, a.stance);
      field(w, 'direct', e.direct, a.direct);
      if (e.source && !actorIs(a.sourceId, e.source) && norm(a.sourceText) !== norm(e.source)) {
        w.push({ field: 'source', expected: e.source, got: actorName(a.sourceId) ?? a.sourceText });
      }
      if (e.content && !norm(a.content.text).includes(norm(e.content))) w.push({ field: 'content', expected: e.content, got: a.content.text });
      if (e.target) {
        const t = a.targetId ? claimById.get(a.targetId) : undefined;
        if (!claimIs(t, e.target)) w.push({ field: 'target', expected: e.target, got: t?.span.text });
      }
      if (e.parent) {
        const p = a.parentId ? attById.get(a.parentId) : undefined;
        const ok = p && (norm(p.cue) === norm(e.parent) || norm(p.sourceText) === norm(e.parent) || actorIs(p.sourceId, e.parent));
        if (!ok) w.push({ field: 'parent', expected: e.parent, got: p ? `${p.sourceText} ${p.cue}` : undefined });
      }
      return w;
    });
    record('attributions', i, describeEntry('attributions', e), e.pending, !!found, wrong);
  });

  if (fixture.contested) {
    const { exactly, items = [] } = fixture.contested;
    if (exactly !== undefined) {
      const wrong = result.contested.length === exactly ? [] : [{ field: 'count', expected: exactly, got: result.contested.length }];
      record('contested', -1, 'number of contested figures', fixture.contested.pending, true, wrong);
    }
    items.forEach((e, i) => {
      const want = [...new Set(e.values)].sort((x, y) => x - y).join(',');
      const x = result.contested.find((cf) => [...new Set(cf.values)].sort((p, q) => p - q).join(',') === want);
      const wrong: Check[] = [];
      if (x) {
        field(wrong, 'kind', e.kind, x.kind);
        for (const s of e.sources ?? []) {
          if (!x.sourceIds.some((id) => actorIs(id, s))) wrong.push({ field: 'sources', expected: s, got: x.sourceIds.map(actorName) });
        }
        if (e.event) {
          const events = x.claimIds.map((id) => claimById.get(id)?.event);
          if (!events.some((ev) => ev && norm(ev) === norm(e.event!)) && !norm(x.about).includes(norm(e.event))) {
            wrong.push({ field: 'event', expected: e.event, got: x.about });
          }
        }
      }
      record('contested', i, describeEntry('contested', e), e.pending, !!x, wrong);
    });
  }

  (fixture.dates ?? []).forEach((e, i) => {
    const d = result.dates.find((x) => norm(x.span.text) === norm(e.text) && (!e.in || norm(sentenceAround(result, x.span.start)).includes(norm(e.in))))
      ?? result.dates.find((x) => norm(x.span.text) === norm(e.text));
    const wrong: Check[] = [];
    if (d) {
      if (e.date && !(d.date ?? '').startsWith(e.date)) wrong.push({ field: 'date', expected: e.date, got: d.date });
      field(wrong, 'granularity', e.granularity, d.granularity);
    }
    record('dates', i, describeEntry('dates', e), e.pending, !!d, wrong);
  });

  (fixture.absent ?? []).forEach((e, i) => {
    let found: string | undefined;
    if (e.claim !== undefined) {
      // Any claim holding the text counts: "Route 58" extracted whole is the same fault as "58".
      const c = result.claims.find((x) => hasWords(x.span.text, e.claim!) && (!e.in || norm(x.sentence.text).includes(norm(e.in))));
      if (c) found = `${norm(c.span.text) === norm(e.claim) ? '' : `as "${c.span.text}", `}value ${c.value}, rule ${c.rule}`;
    } else if (e.actor !== undefined) {
      const a = findActor(e.actor);
      if (a) found = `as actor "${a.name}", rule ${a.rule}`;
    } else if (e.location !== undefined) {
      const l = findLocation(e.location);
      if (l) found = `as location "${l.name}", rule ${l.rule}`;
    } else if (e.attribution !== undefined) {
      const a = result.attributions.find((x) => norm(x.cue) === norm(e.attribution!) && (!e.in || norm(`${x.span.text} ${x.content.text}`).includes(norm(e.in))));
      if (a) found = `rule ${a.rule}`;
    }
    const what = describeEntry('absent', e) + (e.why ? ` (${e.why})` : '');
    record('absent', i, what, e.pending, found !== undefined, [], found);
  });

  const failures = entries.filter((x) => !x.pending).flatMap((x) => x.differences);
  const pend = entries.filter((x) => x.pending).flatMap((x) => x.differences);
  return {
    ok: failures.length === 0,
    entries,
    failures,
    pending: pend,
    fixed: entries.filter((x) => x.pending && x.ok),
    passed: entries.filter((x) => x.ok).length,
    total: entries.length,
  };
}

/** Dates carry no sentence: the claim or attribution sentence around an offset, else nothing. */
function sentenceAround(result: ExtractionResult, at: number): string {
  const c = result.claims.find((x) => x.sentence.start <= at && at < x.sentence.end);
  return c?.sentence.text ?? '';
}

/** Every difference (pending ones included, each carrying its reason); an empty list means it passes. */
export function checkResult(result: ExtractionResult, fixture: Fixture | unknown): Difference[] {
  return checkFixture(result, fixture).entries.flatMap((e) => e.differences);
}

/**
 * The report in words, one line per problem, grouped: missing, wrong (field by field), must be
 * absent but found; then pending known misses and pending entries that now pass.
 */
export function formatReport(report: FixtureReport, name = 'fixture'): string {
  const head = `${report.ok ? '✓' : '✗'} ${name}: ${report.passed}/${report.total} entries pass`
    + (report.pending.length ? `, ${new Set(report.pending.map((d) => d.what)).size} pending` : '');
  const lines = [head];
  const group = (title: string, ds: Difference[]) => {
    if (!ds.length) return;
    lines.push(`  ${title}:`);
    for (const d of ds) lines.push(`    - ${d.message}`);
  };
  group('missing', report.failures.filter((d) => d.kind === 'missing'));
  const wrong = report.failures.filter((d) => d.kind === 'wrong');
  if (wrong.length) {
    lines.push('  wrong:');
    const byWhat = new Map<string, Difference[]>();
    for (const d of wrong) byWhat.set(d.what, [...(byWhat.get(d.what) ?? []), d]);
    for (const [what, ds] of byWhat) {
      lines.push(`    - ${what}`);
      for (const d of ds) lines.push(`        ${d.field}: expected ${show(d.expected)}, got ${show(d.got)}`);
    }
  }
  group('must be absent, but found', report.failures.filter((d) => d.kind === 'unexpected'));
  if (report.pending.length) {
    lines.push('  pending (known misses, not failures):');
    for (const d of report.pending) lines.push(`    - ${d.message} [${d.pending}]`);
  }
  if (report.fixed.length) {
    lines.push('  pending but now passing (remove the mark):');
    for (const e of report.fixed) lines.push(`    - ${e.what} [${e.pending}]`);
  }
  return lines.join('\n');
}
