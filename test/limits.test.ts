/** Input limits: maxChars with onTooLong 'truncate' (noted in meta) or 'error' (RangeError). */
import { describe, expect, it } from 'vitest';
import { createExtractor, extract, schemas } from '../src/index.js';
import { DEFAULT_MAX_CHARS } from '../src/extract.js';
import { allSpans, badSpans } from './helpers/spans.js';

const TEXT = 'Officials said at least 12 people were killed in the attack on Monday. "We deny it," a spokesman told Reuters.';

describe('maxChars: truncate (the default)', () => {
  it.each([
    [TEXT, 20, 20],
    [TEXT, 0, 0],
    [TEXT, TEXT.length - 1, TEXT.length - 1],
    ['abcdefghij', 5, 5],
  ])('reads only the first maxChars and says so in meta (%#)', (text, maxChars, chars) => {
    const r = extract(text, { maxChars });
    expect(schemas.ExtractionResult.safeParse(r).success).toBe(true);
    expect(r.meta).toMatchObject({ chars, truncated: true });
    for (const s of allSpans(r)) expect(s.end).toBeLessThanOrEqual(chars);
    expect(badSpans(text, r)).toEqual([]);
  });

  it.each([
    [TEXT, TEXT.length],
    [TEXT, TEXT.length + 1],
    ['', 0],
    ['abc', Infinity],
  ])('leaves input within the limit alone: no truncated flag (%#)', (text, maxChars) => {
    const r = extract(text, { maxChars });
    expect(r.meta?.chars).toBe(text.length);
    expect(r.meta?.truncated).toBeUndefined();
  });

  it('gives the same records for the part it read as for that part alone', () => {
    const cut = TEXT.indexOf('"');
    const { meta: _m1, ...a } = extract(TEXT, { maxChars: cut });
    const { meta: _m2, ...b } = extract(TEXT.slice(0, cut));
    expect(a).toEqual(b);
  });

  it.each([
    ['a\u{1F600}b', 2, 1], // the cut would fall between the two halves of the emoji: step back before it
    ['a\u{1F600}b', 3, 3], // after the pair: fine
    ['a\u{1F600}b', 1, 1],
    ['\u{1F600}\u{1F600}', 3, 2],
    ['\u{1F600}', 1, 0],
    ['ab\uDC00c', 3, 3], // a lone low surrogate is no pair: cut where asked
  ])('never cuts a surrogate pair in half: %j at %i reads %i units', (text, maxChars, chars) => {
    const r = extract(text, { maxChars });
    expect(r.meta).toMatchObject({ chars, truncated: true });
  });

  it('never cuts a pair in half at any cut of a text full of pairs', () => {
    const text = 'Kabul \u{1F1E6}\u{1F1EB} 12 \u{1D400}\u{1D401} killed \u{1F600}.'.repeat(3);
    for (let maxChars = 0; maxChars < text.length; maxChars++) {
      const { chars } = extract(text, { maxChars }).meta!;
      const last = text.charCodeAt(chars - 1);
      expect(chars === 0 || last < 0xd800 || last > 0xdbff, `cut at ${maxChars}`).toBe(true);
      expect(chars).toBeGreaterThanOrEqual(maxChars - 1);
    }
  }, 60_000);

  it('defaults to 5,000,000 characters', () => {
    expect(DEFAULT_MAX_CHARS).toBe(5_000_000);
    const long = 'a'.repeat(DEFAULT_MAX_CHARS + 3);
    expect(extract(long).meta).toMatchObject({ chars: DEFAULT_MAX_CHARS, truncated: true });
    expect(extract(long.slice(0, DEFAULT_MAX_CHARS)).meta?.truncated).toBeUndefined();
  }, 60_000);

  it('truncates an article object the same way and keeps its id', () => {
    const r = extract({ id: 'a-7', text: TEXT }, { maxChars: 10 });
    expect(r.meta).toMatchObject({ id: 'a-7', chars: 10, truncated: true });
  });
});

describe("maxChars: onTooLong 'error'", () => {
  it('throws a RangeError that gives both lengths', () => {
    expect(() => extract(TEXT, { maxChars: 10, onTooLong: 'error' })).toThrow(RangeError);
    expect(() => extract(TEXT, { maxChars: 10, onTooLong: 'error' })).toThrow(new RegExp(`${TEXT.length} characters.*maxChars \\(10\\)`));
  });

  it('does not throw at or under the limit', () => {
    expect(extract(TEXT, { maxChars: TEXT.length, onTooLong: 'error' }).meta?.truncated).toBeUndefined();
    expect(() => extract('', { maxChars: 0, onTooLong: 'error' })).not.toThrow();
  });

  it('applies to article objects and to an extractor default', () => {
    expect(() => extract({ text: TEXT }, { maxChars: 5, onTooLong: 'error' })).toThrow(RangeError);
    const strict = createExtractor({ maxChars: 5, onTooLong: 'error' });
    expect(() => strict.extract(TEXT)).toThrow(RangeError);
    expect(strict.extract(TEXT, { onTooLong: 'truncate' }).meta).toMatchObject({ chars: 5, truncated: true });
    expect(strict.extract('abc').meta?.truncated).toBeUndefined();
  });
});

describe('maxChars: nonsense values are refused, not guessed at', () => {
  it.each([-1, -Infinity, NaN, 2.5])('maxChars %s throws a RangeError', (maxChars) => {
    expect(() => extract(TEXT, { maxChars })).toThrow(RangeError);
    expect(() => extract(TEXT, { maxChars })).toThrow(/maxChars must be/);
  });
});
