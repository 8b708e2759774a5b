import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import type { ClaimDraft, Draft } from '../drafts.js';
import { dropClaimOverlaps } from './claim-overlaps.js';
import { linkRepeats } from './repeats.js';
import { normalise } from '../normalise.js';
import { segment } from '../segment.js';
import { recogniseQuantities } from '../recognisers/quantities.js';

const draftOf = (text: string): Draft => {
  const n = normalise(text);
  const doc = segment(text, n.text, n.furniture);
  return { doc, actors: [], locations: [], claims: recogniseQuantities(doc), attributions: [], contested: [], dates: [] };
};
const claim = (start: number, end: number, extra: Partial<ClaimDraft> = {}): ClaimDraft => ({
  value: 1, qualifier: 'exact', category: 'count', counted: '', locations: [], range: { start, end }, sentence: 0, rule: 'test', ...extra,
});

describe('claim-overlaps', () => {
  it('keeps the claim with an event when two overlap', () => {
    const a = claim(0, 5);
    const b = claim(3, 8, { event: 'killed' });
    const d = { ...draftOf(''), claims: [a, b] };
    dropClaimOverlaps(d);
    expect([a.dropped, b.dropped]).toEqual([true, undefined]);
  });
  it('keeps the longer claim when neither has an event', () => {
    const a = claim(0, 10);
    const b = claim(2, 4);
    const d = { ...draftOf(''), claims: [a, b] };
    dropClaimOverlaps(d);
    expect([a.dropped, b.dropped]).toEqual([undefined, true]);
  });
  it('leaves claims side by side alone', () => {
    const a = claim(0, 3);
    const b = claim(3, 6);
    const d = { ...draftOf(''), claims: [a, b] };
    dropClaimOverlaps(d);
    expect([a.dropped, b.dropped]).toEqual([undefined, undefined]);
  });
  it('drops a claim inside a date span and inside an actor name', () => {
    const d = draftOf('');
    const a = claim(10, 12);
    const b = claim(30, 32);
    const c = claim(50, 52);
    d.claims = [a, b, c];
    d.dates = [{ range: { start: 8, end: 20 }, granularity: 'day', certainty: 'stated', rule: 'test' }];
    d.actors = [{ name: 'Group of 77', kind: 'organization', aliases: [], mentions: [{ start: 25, end: 36 }], rule: 'test' }];
    dropClaimOverlaps(d);
    expect([a.dropped, b.dropped, c.dropped]).toEqual([true, true, undefined]);
  });
});

describe('repeats', () => {
  const linked = (text: string) => {
    const d = draftOf(text);
    linkRepeats(d);
    return d.claims.map((c) => [c.value, c.repeatOf ? c.repeatOf.value : null]);
  };
  it.each([
    ['Pakistan said 23 of its soldiers died.\n\n* Estimate: 23 soldiers killed', [[23, null], [23, 23]]],
    ['The group acknowledged nine casualties.\n\n* Own losses: 9 killed', [[9, null], [9, 9]]],
    ['Strikes killed as many as 58 Pakistani soldiers.\n\n* Claim: 58 Pakistani soldiers killed', [[58, null], [58, 58]]],
  ])('links the restatement: %j', (text, expected) => expect(linked(text)).toEqual(expected));

  it('two places make two incidents, even with the same figure', () => {
    const d = draftOf('Five people were killed in Kabul.\n\nFive people were killed in Herat.');
    const kabul = { name: 'Kabul', kind: 'city' as const, mentions: [], rule: 'test' };
    const herat = { name: 'Herat', kind: 'city' as const, mentions: [], rule: 'test' };
    d.claims[0]!.locations = [kabul];
    d.claims[1]!.locations = [herat];
    linkRepeats(d);
    expect(d.claims[1]!.repeatOf).toBeUndefined();
    d.claims[1]!.locations = [kabul];
    linkRepeats(d);
    expect(d.claims[1]!.repeatOf).toBe(d.claims[0]);
  });

  it.each([
    // a different event family is a different figure
    ['Officials said 12 people were killed.\n\n* 12 people were arrested', [[12, null], [12, null]]],
    // a different counted noun is a different figure
    ['Officials said 12 soldiers were killed.\n\n* 12 civilians killed', [[12, null], [12, null]]],
    // a different value is not a repeat
    ['Officials said 12 soldiers were killed.\n\n* 13 soldiers killed', [[12, null], [13, null]]],
    // two figures in one sentence are not restatements of each other
    ['12 soldiers were killed and 12 soldiers were wounded.', [[12, null], [12, null]]],
  ])('negative neighbour: %j', (text, expected) => expect(linked(text)).toEqual(expected));
});

describe('the reference article, end to end', () => {
  it('links each bullet figure to its first statement', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../fixtures/border-clash.txt', import.meta.url), 'utf8');
    const r = extract(text);
    const byId = new Map(r.claims.map((c) => [c.id, c]));
    const rows = r.claims.map((c) => [c.span.text, c.repeatOfId ? byId.get(c.repeatOfId)!.span.text : null]);
    expect(rows).toEqual([
      ['as many as 58', null], ['23', null], ['nine', null], ['58', 'as many as 58'], ['23', '23'], ['9', 'nine'],
    ]);
    expect(r.claims[0]).toMatchObject({ qualifier: 'up_to', max: 58, counted: 'Pakistani soldiers', event: 'killed', category: 'casualty' });
    expect(r.claims[1]).toMatchObject({ qualifier: 'exact', counted: 'soldiers', event: 'died', category: 'casualty' });
    expect(r.claims[2]).toMatchObject({ value: 9, counted: 'casualties', category: 'casualty' });
  });
});

describe('claim-overlaps: currency conversions', () => {
  it('drops the bracketed conversion after an amount', () => {
    const d = draftOf('The airline made a profit of £75m ($141m) last year.');
    dropClaimOverlaps(d);
    expect(d.claims.map((c) => [c.value, !!c.dropped])).toEqual([[75e6, false], [141e6, true]]);
  });
  it('keeps two amounts joined by words', () => {
    const d = draftOf('Profit rose from £75m to $141m.');
    dropClaimOverlaps(d);
    expect(d.claims.filter((c) => !c.dropped).length).toBeGreaterThan(0);
    expect(d.claims.every((c) => !c.dropped)).toBe(true);
  });
});
