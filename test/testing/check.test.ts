/**
 * The fixture check, the toMatchFixture matcher and `newsclaims check`, on a hand-built result
 * (so they are tested apart from the recognisers) and on a temp copy of a real fixture.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../src/index.js';
import { SCHEMA_VERSION, schemas } from '../../src/index.js';
import { runCheck } from '../../src/cli/check.js';
import { checkFixture, formatReport, hasWords, type Fixture } from '../../src/testing/fixture.js';
import { fixtureMatchers } from '../../src/testing/index.js';
import { ROOT } from '../helpers/shared.js';

expect.extend(fixtureMatchers);
declare module 'vitest' {
  interface Assertion<T = any> { toMatchFixture(fixture: unknown, name?: string): T }
}

const TEXT = 'Police said at least 12 people were killed in Dera on Monday. Route 58 was closed. Officials later said 12 had died.';
const span = (text: string, from = 0) => {
  const start = TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`not in TEXT: ${text}`);
  return { start, end: start + text.length, text };
};
const s1 = span('Police said at least 12 people were killed in Dera on Monday.');
const s3 = span('Officials later said 12 had died.');

/** What a good extraction of TEXT looks like, written by hand. */
function built(): ExtractionResult {
  return {
    schemaVersion: SCHEMA_VERSION,
    actors: [
      { id: 'a1', name: 'Police', kind: 'organization', aliases: [], mentions: [span('Police')], rule: 'test' },
      { id: 'a2', name: 'Officials', kind: 'government', aliases: [], mentions: [span('Officials')], rule: 'test' },
    ],
    locations: [{ id: 'l1', name: 'Dera', kind: 'city', countryCode: 'PK', mentions: [span('Dera')], rule: 'test' }],
    claims: [
      {
        id: 'c1', value: 12, min: 12, qualifier: 'at_least', category: 'casualty', counted: 'people', event: 'killed',
        locationIds: ['l1'], attributionId: 't1', sourceId: 'a1', span: span('at least 12'), sentence: s1, rule: 'test',
      },
      {
        id: 'c2', value: 12, qualifier: 'exact', category: 'casualty', counted: 'people', event: 'died',
        locationIds: [], attributionId: 't2', sourceId: 'a2', repeatOfId: 'c1', span: span('12', s3.start), sentence: s3, rule: 'test',
      },
    ],
    attributions: [
      {
        id: 't1', sourceId: 'a1', sourceText: 'Police', cue: 'said', stance: 'assert', direct: false,
        content: span('at least 12 people were killed in Dera on Monday'), span: span('Police said'), claimIds: ['c1'], rule: 'test',
      },
      {
        id: 't2', sourceId: 'a2', sourceText: 'Officials', cue: 'said', stance: 'assert', direct: false,
        content: span('12 had died'), span: span('Officials later said'), claimIds: ['c2'], rule: 'test',
      },
    ],
    contested: [],
    dates: [{ id: 'd1', span: span('Monday'), date: '2024-05-06', granularity: 'day', certainty: 'inferred', rule: 'test' }],
  };
}

const GOLD: Fixture = {
  actors: [{ name: 'Police', kind: 'organization' }],
  locations: [{ name: 'Dera', kind: 'city', countryCode: 'PK' }],
  claims: [
    { text: 'at least 12', value: 12, qualifier: 'at_least', min: 12, counted: 'people', event: 'killed', location: 'Dera', source: 'Police' },
    { text: '12', in: 'Officials later said', value: 12, event: 'died', source: 'Officials', repeatOf: 'at least 12' },
  ],
  attributions: [{ cue: 'said', in: 'Officials', source: 'Officials', content: 'had died', stance: 'assert' }],
  contested: { exactly: 0 },
  dates: [{ text: 'Monday', date: '2024-05-06', granularity: 'day' }],
  absent: [{ claim: '58', in: 'Route 58', why: 'a road number' }],
};

describe('checkFixture', () => {
  it('the hand-built result is a valid extraction result', () => {
    expect(schemas.ExtractionResult.safeParse(built()).success).toBe(true);
  });

  it('passes when every entry matches', () => {
    const r = checkFixture(built(), GOLD);
    expect(r.failures.map((d) => d.message)).toEqual([]);
    expect(r).toMatchObject({ ok: true, passed: r.total });
    expect(r.total).toBe(8);
  });

  it('says which field is wrong, expected against got', () => {
    const gold = structuredClone(GOLD);
    gold.claims![0]!.value = 13;
    gold.claims![0]!.event = 'injured';
    const r = checkFixture(built(), gold);
    expect(r.ok).toBe(false);
    expect(r.failures.map((d) => d.message)).toEqual([
      'claim "at least 12": value expected 13, got 12',
      'claim "at least 12": event expected "injured", got "killed"',
    ]);
    expect(formatReport(r, 'dera')).toContain('wrong:\n    - claim "at least 12"\n        value: expected 13, got 12\n        event: expected "injured", got "killed"');
  });

  it('reports missing entries and text that must be absent', () => {
    const gold: Fixture = { claims: [{ text: 'dozens', value: 24 }], absent: [{ claim: 'at least 12', why: 'a test of absence' }] };
    const r = checkFixture(built(), gold);
    expect(r.failures.map((d) => [d.kind, d.message])).toEqual([
      ['missing', 'claim "dozens" is missing'],
      ['unexpected', 'claim "at least 12" (a test of absence) must not be extracted, but was (value 12, rule test)'],
    ]);
    const text = formatReport(r, 'dera');
    expect(text).toMatch(/^✗ dera: 0\/2 entries pass/);
    expect(text).toContain('  missing:\n    - claim "dozens" is missing');
    expect(text).toContain('  must be absent, but found:');
  });

  it('lists pending misses apart and does not fail on them', () => {
    const gold: Fixture = { claims: [{ text: 'dozens', value: 24, pending: 'vague amounts' }, { text: 'at least 12', value: 12, pending: 'was a miss' }] };
    const r = checkFixture(built(), gold);
    expect(r.ok).toBe(true);
    expect(r.pending.map((d) => d.message)).toEqual(['claim "dozens" is missing']);
    expect(r.fixed.map((e) => e.what)).toEqual(['claim "at least 12"']);
    const text = formatReport(r, 'dera');
    expect(text).toContain('pending (known misses, not failures):\n    - claim "dozens" is missing [vague amounts]');
    expect(text).toContain('pending but now passing (remove the mark):\n    - claim "at least 12" [was a miss]');
  });

  it('of two claims with the same text, checks the one that fits best', () => {
    const gold: Fixture = { claims: [{ text: '12', value: 12, event: 'died' }] };
    const result = built();
    result.claims[0]!.span = span('12');
    expect(checkFixture(result, gold).ok).toBe(true);
  });

  it('matches names whatever their case, curly apostrophes and a leading "the"', () => {
    const result = built();
    result.actors[0]!.name = 'The Police’s unit';
    expect(checkFixture(result, { actors: [{ name: "POLICE'S UNIT" }] }).ok).toBe(true);
  });

  it('throws on a fixture that does not parse, naming the problem', () => {
    expect(() => checkFixture(built(), { claims: [{ text: 'x', value: 'x' }] })).toThrow(/does not match the fixture schema[\s\S]*value/);
  });
});

describe('toMatchFixture', () => {
  it('passes and fails through expect.extend, with the report as message', () => {
    expect(built()).toMatchFixture(GOLD);
    const gold = structuredClone(GOLD);
    gold.actors![0]!.kind = 'military';
    expect(built()).not.toMatchFixture(gold);
    expect(() => expect(built()).toMatchFixture(gold, 'dera')).toThrow(/actor "Police"\n\s+kind: expected "military", got "organization"/);
  });
});

describe('newsclaims check', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'newsclaims-check-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const capture = (paths: string[], opts: { json?: boolean; real?: boolean } = {}) => {
    let out = '';
    const code = runCheck(paths, { json: !!opts.json, write: (s) => { out += s; }, ...(opts.real ? {} : { run: () => built() }) });
    return { code, out };
  };

  it('passes on a good fixture, and breaking one expected value fails it with a readable message', () => {
    const dir = join(tmp, 'dera');
    mkdirSync(dir);
    writeFileSync(join(dir, 'dera.txt'), TEXT);
    writeFileSync(join(dir, 'dera.expected.json'), JSON.stringify(GOLD, null, 2));
    const good = capture([dir]);
    expect(good.code).toBe(0);
    expect(good.out).toContain('✓ dera: 8/8 entries pass');
    expect(good.out).toContain('1/1 fixtures pass');

    const broken = structuredClone(GOLD);
    broken.claims![0]!.value = 13;
    writeFileSync(join(dir, 'dera.expected.json'), JSON.stringify(broken, null, 2));
    const bad = capture([dir]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('✗ dera: 7/8 entries pass');
    expect(bad.out).toContain('value: expected 13, got 12');
    expect(bad.out).toContain('0/1 fixtures pass; failing: dera');

    const json = JSON.parse(capture([join(dir, 'dera.txt')], { json: true }).out) as { ok: boolean; fixtures: { failures: { field: string; expected: number; got: number }[] }[] };
    expect(json.ok).toBe(false);
    expect(json.fixtures[0]!.failures).toEqual([expect.objectContaining({ field: 'value', expected: 13, got: 12 })]);
  });

  it('on a temp copy of the reference fixture, a broken expected value fails and names the entry', () => {
    const dir = join(tmp, 'ref');
    cpSync(join(ROOT, 'fixtures', 'border-clash.txt'), join(dir, 'border-clash.txt'));
    const gold = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'border-clash.expected.json'), 'utf8')) as Fixture;
    const claim = gold.claims!.find((c) => c.text === 'as many as 58')!;
    claim.value = 59;
    writeFileSync(join(dir, 'border-clash.expected.json'), JSON.stringify(gold));
    const { code, out } = capture([dir], { real: true });
    expect(code).toBe(1);
    // Either the claim is found with the wrong value, or (before the recognisers land) not at all.
    expect(out).toMatch(/claim "as many as 58"(\n\s+value: expected 59, got 58| is missing)/);
  });

  it('reports a fixture file that does not parse as a failure, with zod\'s words', () => {
    const dir = join(tmp, 'bad');
    cpSync(join(ROOT, 'fixtures', 'border-clash.txt'), join(dir, 'x.txt'));
    writeFileSync(join(dir, 'x.expected.json'), JSON.stringify({ claims: [{ text: 'nine', value: 'nine' }] }));
    const { code, out } = capture([dir]);
    expect(code).toBe(1);
    expect(out).toContain('✗ x: cannot be checked');
    expect(out).toMatch(/claims\[0\]\.value/);
  });

  it('reads a .json article and takes publishedAt from the fixture when the article has none', () => {
    const dir = join(tmp, 'jsonart');
    mkdirSync(dir);
    writeFileSync(join(dir, 'y.json'), JSON.stringify({ id: 'y1', text: TEXT }));
    writeFileSync(join(dir, 'y.expected.json'), JSON.stringify({ article: { publishedAt: '2024-05-07' }, actors: [{ name: 'Police' }] }));
    let seen: unknown;
    const code = runCheck([join(dir, 'y.expected.json')], { write: () => {}, run: (a) => { seen = a; return built(); } });
    expect(code).toBe(0);
    expect(seen).toEqual({ id: 'y1', text: TEXT, publishedAt: '2024-05-07' });
  });
});

describe('checkFixture, when text is cut differently', () => {
  it('finds a claim whose span holds the expected text and says the text differs', () => {
    const result = built();
    result.claims[0]!.span = span('at least 12 people');
    const r = checkFixture(result, { claims: [{ text: 'at least 12', value: 12 }] });
    expect(r.failures.map((d) => d.message)).toEqual(['claim "at least 12": text expected "at least 12", got "at least 12 people"']);
  });

  it('counts an absent text as found when a claim holds it as whole words, not inside another number', () => {
    const result = built();
    result.claims[1]!.span = span('Route 58');
    result.claims[1]!.sentence = span('Route 58 was closed.');
    expect(checkFixture(result, { absent: [{ claim: '58', in: 'Route 58' }] }).failures.map((d) => d.message))
      .toEqual(['claim "58" in "Route 58" must not be extracted, but was (as "Route 58", value 12, rule test)']);
    expect(checkFixture(result, { absent: [{ claim: '5' }, { claim: 'Route' }] }).failures.map((d) => d.message))
      .toEqual(['claim "Route" must not be extracted, but was (as "Route 58", value 12, rule test)']);
  });

  it('names the nearest actor when one is missing', () => {
    const r = checkFixture(built(), { actors: [{ name: 'Dera Police' }] });
    expect(r.failures.map((d) => d.message)).toEqual(['actor "Dera Police" is missing (nearest: actor "Police")']);
  });
});

describe('hasWords', () => {
  it.each([
    ['as many as 58', '58', true],
    ['580 soldiers', '58', false],
    ['the 58th brigade', '58', false],
    ['$1 a week', '1', true],
    ['Pakistan’s military', "pakistan's", true],
    ['Route 58', '', false],
  ])('%s holds %s: %s', (hay, needle, want) => {
    expect(hasWords(hay, needle)).toBe(want);
  });
});
