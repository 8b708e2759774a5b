import { describe, expect, it } from 'vitest';
import { hasLetter, startsDigit, startsLetter, startsLower, startsUpper } from './chars.js';

// Each against the regular expression it stands for, on ASCII, other scripts, astral characters and edge cases.
const WORDS = ['said', 'Said', 'SAID', 'état', 'État', 'Ωmega', 'ωmega', '58', '58th', '', ' ', '-', "'s", '(AP)', 'ß', 'İstanbul',
  '\u{1D400}bold', '\u{10428}', '\u{10400}', 'مرحبا', '中国', '3 Min Read', '\uD800', '_x', '@home', '[x', '`x', '{x'];

describe('chars: first-character tests without a RegExp per call', () => {
  it.each([
    ['startsLower', startsLower, /^\p{Ll}/u],
    ['startsUpper', startsUpper, /^\p{Lu}/u],
    ['startsLetter', startsLetter, /^\p{L}/u],
    ['hasLetter', hasLetter, /\p{L}/u],
    ['startsDigit', startsDigit, /^\d/],
  ] as const)('%s agrees with its regular expression', (_name, f, re) => {
    for (const w of WORDS) expect(f(w), JSON.stringify(w)).toBe(re.test(w));
  });
  it('reads a letter after leading punctuation and digits', () => {
    expect(hasLetter('(58-a)')).toBe(true);
    expect(hasLetter('58 - 23')).toBe(false);
    expect(hasLetter('-- é')).toBe(true);
  });
});
