import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise.js';
import { segment } from '../segment.js';
import { findNumbersInTokens } from './find.js';
import { parseDigits, parseNumberWords } from './parse.js';
import { qualify } from './qualify.js';

const docOf = (text: string) => {
  const n = normalise(text);
  return segment(text, n.text, n.furniture);
};
/** [text of the mention, value, kind, unit?] for every mention in the text. */
const mentions = (text: string) => {
  const doc = docOf(text);
  return findNumbersInTokens(doc, 0, doc.tokens.length).map((m) => [text.slice(m.start, m.end), m.value, m.kind, ...(m.unit ? [m.unit] : [])]);
};
const quantities = (text: string) => {
  const doc = docOf(text);
  return doc.sentences.flatMap((s) =>
    qualify(doc, findNumbersInTokens(doc, s.firstToken, s.lastToken), s.firstToken, s.lastToken).map((q) => ({
      text: text.slice(q.start, q.end), value: q.value, qualifier: q.qualifier, min: q.min, max: q.max,
    })),
  );
};

describe('parseDigits', () => {
  it.each([
    ['1,200', 1200], ['3.5', 3.5], ['1,674,200.5', 1674200.5], ['12,34,567.89', 1234567.89], ['58', 58],
  ])('reads %s as %d', (s, v) => expect(parseDigits(s)).toBe(v));
  it.each([['1,20'], ['1.2.3'], ['58th'], ['12a']])('rejects %s', (s) => expect(parseDigits(s)).toBeNull());
});

describe('parseNumberWords', () => {
  it.each([
    [['nine'], 9, 1], [['twenty', 'three'], 23, 2], [['a', 'hundred', 'and', 'five'], 105, 4],
    [['a', 'dozen'], 12, 2], [['two', 'dozen'], 24, 2], [['one', 'million'], 1e6, 2],
    [['two', 'thousand', 'and', 'two', 'hundred'], 2200, 5], [['half', 'a', 'dozen'], 6, 3],
    [['three', 'quarters'], 0.75, 2], [['two', 'and', 'a', 'half', 'million'], 2.5e6, 5],
    [['nine', 'point', 'nought', 'four'], 9.04, 4],
    [['three', 'hundred', 'and', 'two', 'dozen'], 324, 5],
    [['one', 'billion', 'and', 'three', 'quarters', 'million'], 1_000_750_000, 6],
  ])('reads %j as %d using %d words', (words, v, used) => {
    const p = parseNumberWords(words);
    expect(p?.value).toBeCloseTo(v, 6);
    expect(p?.used).toBe(used);
  });
  it.each([
    [['dozens'], 24], [['hundreds', 'of', 'thousands'], 200_000], [['tens', 'of', 'thousands'], 20_000], [['thousands'], 2000],
    [['several', 'hundred'], 300],
  ])('reads vague %j as lower bound %d', (words, v) => {
    const p = parseNumberWords(words);
    expect(p).toMatchObject({ value: v, vague: true });
  });
  it.each([[['a', 'man']], [['scores']], [['tens']], [['and', 'five']], [['several', 'people']]])('does not read %j', (words) => {
    expect(parseNumberWords(words)).toBeNull();
  });
  it('stops before a second unit: "five six" is two numbers', () => expect(parseNumberWords(['five', 'six'])?.used).toBe(1));
});

describe('findNumbers', () => {
  it.each([
    ['Officials said 1,200 people fled.', [['1,200', 1200, 'cardinal']]],
    ['The fund lost $3m last year.', [['$3m', 3e6, 'money', 'USD']]],
    ['A £2bn deal.', [['£2bn', 2e9, 'money', 'GBP']]],
    ['It costs $ 1.5 million.', [['$ 1.5 million', 1.5e6, 'money', 'USD']]],
    ['Some 20 billion francs were spent.', [['20 billion francs', 2e10, 'money', 'CHF']]],
    ['Turnout rose 40 percent.', [['40 percent', 40, 'percent', 'percent']]],
    ['Turnout rose 40 per cent.', [['40 per cent', 40, 'percent', 'percent']]],
    ['Turnout rose 40%.', [['40%', 40, 'percent', 'percent']]],
    ['The road is 29 km long.', [['29 km', 29, 'measure', 'km']]],
    ['twenty-three soldiers', [['twenty-three', 23, 'cardinal']]],
    ['TWENTY-THREE SOLDIERS', [['TWENTY-THREE', 23, 'cardinal']]],
    ['dozens of protesters', [['dozens', 24, 'vague']]],
    ['hundreds of thousands of people', [['hundreds of thousands', 200_000, 'vague']]],
    ['a dozen homes', [['a dozen', 12, 'cardinal']]],
    ['US$5 aid', [['US$5', 5, 'money', 'USD']]],
    ['4 thousand 3 hundred and 21 votes', [['4 thousand 3 hundred and 21', 4321, 'cardinal']]],
    ['10 $ and 10 €', [['10 $', 10, 'money', 'USD'], ['10 €', 10, 'money', 'EUR']]],
    ['125 million australian dollars', [['125 million australian dollars', 125e6, 'money', 'AUD']]],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  it.each([
    ['the 58th brigade', [['58th', 58, 'ordinal']]],
    ['a G7 summit', []],
    ['the 1990s', []],
    ['the one you mentioned', []],
    ['a man was seen', []],
    ['test scores fell', []],
    // two numbers, not one: a scale after "and" starts a new figure
    ['3 hundred and 2 hundred', [['3 hundred', 300, 'cardinal'], ['2 hundred', 200, 'cardinal']]],
  ])('negative neighbour: %s', (text, expected) => expect(mentions(text)).toEqual(expected));
});

describe('qualify', () => {
  it.each([
    ['killing as many as 58 soldiers', { text: 'as many as 58', qualifier: 'up_to', max: 58 }],
    ['at least 12 people', { text: 'at least 12', qualifier: 'at_least', min: 12 }],
    ['no fewer than 12 people', { text: 'no fewer than 12', qualifier: 'at_least', min: 12 }],
    ['more than 30 people', { text: 'more than 30', qualifier: 'more_than', min: 30 }],
    ['upwards of 30 people', { text: 'upwards of 30', qualifier: 'more_than', min: 30 }],
    ['nearly 40 people', { text: 'nearly 40', qualifier: 'approximate', min: undefined, max: undefined }],
    ['an estimated 40 people', { text: 'an estimated 40', qualifier: 'approximate' }],
    ['between 20 and 30 people', { text: 'between 20 and 30', qualifier: 'range', min: 20, max: 30 }],
    ['20 to 30 people', { text: '20 to 30', qualifier: 'range', min: 20, max: 30 }],
    ['20-30 people', { text: '20-30', qualifier: 'range', min: 20, max: 30 }],
    ['two or three people', { text: 'two or three', qualifier: 'range', min: 2, max: 3 }],
    ['the toll rose to 40', { text: '40', qualifier: 'exact', min: 40, max: 40 }],
    ['58 or more soldiers', { text: '58 or more', qualifier: 'at_least', min: 58 }],
    ['23 soldiers', { text: '23', qualifier: 'exact', min: 23, max: 23 }],
  ])('%s', (text, expected) => expect(quantities(text)[0]).toMatchObject(expected));

  it.each([
    ['a 2-1 win', 2],
    ['from 1995-2000', 2],
    ['in 1995-01', 2],
  ])('negative neighbour, not a range: %s', (text, n) => {
    expect(quantities(text).filter((q) => q.qualifier === 'range')).toEqual([]);
    expect(quantities(text).length).toBe(n);
  });
});
