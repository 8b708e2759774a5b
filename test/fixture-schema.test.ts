/** Fixture files parse with the Fixture schema, and the schema's JSON form is what editors get. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Fixture, fixtureJsonSchema, parseFixture } from '../src/testing/fixture.js';
import { findFixtures, loadFixture } from '../src/testing/load.js';
import { ROOT } from './helpers/shared.js';

describe('fixture files', () => {
  for (const f of findFixtures([join(ROOT, 'fixtures')])) {
    it(`${f.name}.expected.json parses with the Fixture schema and has its article`, () => {
      const r = Fixture.safeParse(JSON.parse(readFileSync(f.expectedPath, 'utf8')));
      expect(r.success ? [] : r.error.issues).toEqual([]);
      expect(f.articlePath).toBeDefined();
    });

    it(`${f.name}: every quoted text, name and "in" occurs in the article`, () => {
      const { article, fixture } = loadFixture(f);
      const text = article.text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u2010-\u2015]/g, '-');
      const quoted = [
        ...(fixture.actors ?? []).flatMap((e) => [e.name, ...(e.aliases ?? [])]),
        ...(fixture.locations ?? []).map((e) => e.name),
        ...(fixture.claims ?? []).flatMap((e) => [e.text, e.in, e.repeatOf]),
        ...(fixture.attributions ?? []).flatMap((e) => [e.cue, e.in, e.content, e.target]),
        ...(fixture.dates ?? []).flatMap((e) => [e.text, e.in]),
        ...(fixture.absent ?? []).flatMap((e) => [e.claim, e.actor, e.location, e.attribution, e.in]),
      ].filter((q): q is string => q !== undefined);
      expect(quoted.filter((q) => !text.includes(q.toLowerCase()))).toEqual([]);
    });
  }
});

describe('Fixture schema', () => {
  it.each([
    ['a misspelt section', { claim: [] }],
    ['a claim whose value is a word', { claims: [{ text: 'nine', value: 'nine' }] }],
    ['an unknown stance', { attributions: [{ cue: 'said', stance: 'shouted' }] }],
    ['an unknown actor kind', { actors: [{ name: 'UN', kind: 'agency' }] }],
    ['contested values that are not numbers', { contested: { items: [{ values: ['58', '23'] }] } }],
  ])('rejects %s with a message that names the place', (_, input) => {
    expect(() => parseFixture(input, 'x.expected.json')).toThrow(/x\.expected\.json does not match the fixture schema/);
  });

  it.each([
    ['an empty fixture', {}],
    ['a pending claim', { claims: [{ text: 'dozens', value: 24, pending: 'vague amounts not read yet' }] }],
    ['absent text with a reason', { absent: [{ claim: '58', in: 'Route 58', why: 'a road number' }] }],
    ['a nested attribution', { attributions: [{ cue: 'said', source: 'officials', parent: 'reported' }] }],
  ])('accepts %s', (_, input) => {
    expect(Fixture.safeParse(input).success).toBe(true);
  });

  it('publishes a JSON Schema with every section and the pending mark described', () => {
    const js = fixtureJsonSchema() as { properties: Record<string, unknown>; additionalProperties?: boolean };
    expect(Object.keys(js.properties)).toEqual(
      expect.arrayContaining(['actors', 'locations', 'claims', 'attributions', 'contested', 'dates', 'absent']),
    );
    expect(js.additionalProperties).toBe(false);
    expect(JSON.stringify(js)).toContain('Known miss');
  });
});
