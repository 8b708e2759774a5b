/**
 * Interpret a run of number words or digits (lower case, one entry per token, hyphenated words already split)
 * → its value and how many entries it used. Finding the run is find.ts's job; this only reads it.
 */
import { FRACTION_WORDS, SCALE_SUFFIXES, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_WORDS } from '../lexicon/numbers.js';

export interface Parsed {
  value: number;
  /** Entries of the run that belong to the number. */
  used: number;
  /** A vague plural ("dozens", "hundreds of thousands"): value is the documented lower bound. */
  vague?: boolean;
  /** A fraction word ("half", "two thirds"), not a count. */
  fraction?: boolean;
}

const DIGITS_RE = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?$/;

/**
 * "1,200" → 1200; "3.5" → 3.5; "12,34,567.89" → 1234567.89; null when it is not a plain numeral.
 * @example
 * parseDigits('1,200') // 1200
 * parseDigits('58th')  // null
 */
export function parseDigits(s: string): number | null {
  if (!DIGITS_RE.test(s)) return null;
  const v = Number(s.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

/** "3m" → 3,000,000; "2bn" → 2e9; null for "4th", "1990s", "4G". */
export function parseDigitsWithSuffix(s: string): { value: number; suffix: string } | null {
  const m = /^([\d.,]+?)([a-z]+)$/.exec(s);
  if (!m) return null;
  const v = parseDigits(m[1]!);
  if (v === null) return null;
  return { value: v, suffix: m[2]! };
}

export function scaleOfSuffix(suffix: string): number | undefined {
  return SCALE_SUFFIXES[suffix];
}

type Last = 'none' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' | 'dozen';

/**
 * Read number words from the start of `words`: "a hundred and five" → 105, "two dozen" → 24,
 * "twenty three" → 23, "one million" → 1e6, "dozens" → 24 (vague), "hundreds of thousands" → 200,000 (vague).
 * Returns null when the first word does not start a number.
 *
 * @example
 * parseNumberWords(['a', 'hundred', 'and', 'five', 'soldiers']) // { value: 105, used: 4 }
 * parseNumberWords(['dozens', 'of', 'people'])                  // { value: 24, used: 1, vague: true }
 */
export function parseNumberWords(words: readonly string[]): Parsed | null {
  const w0 = words[0];
  if (w0 === undefined) return null;
  // Vague plurals: "dozens", "hundreds of thousands", "tens of thousands".
  if (VAGUE_WORDS[w0] !== undefined) {
    const base = VAGUE_WORDS[w0]!;
    const next = words[1];
    const after = words[2];
    if (next === 'of' && after !== undefined && VAGUE_WORDS[after] !== undefined && after !== 'tens' && after !== 'scores' && after !== 'dozens') {
      const unit = SCALE_WORDS[after.slice(0, -1)] ?? 1;
      return { value: base * unit, used: 3, vague: true };
    }
    // "scores" and "tens" are numbers only before "of" ("scores of people"; not "test scores").
    if ((w0 === 'scores' || w0 === 'tens') && next !== 'of') return null;
    return { value: base, used: 1, vague: true };
  }
  // "several hundred", "a few thousand": vague, lower bound twice (few) or three times (several) the scale.
  if (w0 === 'several' || w0 === 'few' || (w0 === 'a' && words[1] === 'few')) {
    const k = w0 === 'a' ? 2 : 1;
    const scale = SCALE_WORDS[words[k] ?? ''];
    if (scale === undefined) return null;
    return { value: (w0 === 'several' ? 3 : 2) * scale, used: k + 1, vague: true };
  }
  // Fractions of a scale: "half a dozen", "half a million", "a quarter million", "half million".
  {
    let k = 0;
    if (w0 === 'a' && (words[1] === 'half' || words[1] === 'quarter')) k = 1;
    const f = words[k] === 'half' ? 0.5 : words[k] === 'quarter' ? 0.25 : undefined;
    if (f !== undefined) {
      const skipA = words[k + 1] === 'a' ? 1 : 0;
      const sc = SCALE_WORDS[words[k + 1 + skipA] ?? ''];
      if (sc !== undefined && (skipA === 0 || words[k] === 'half')) return { value: f * sc, used: k + 2 + skipA };
    }
  }
  // "three quarters", "two thirds" (+ a scale: "three quarters billion").
  if (UNIT_WORDS[w0] !== undefined && UNIT_WORDS[w0]! >= 1 && UNIT_WORDS[w0]! < 10 && /^(?:quarters|thirds|fifths|halves)$/.test(words[1] ?? '')) {
    const v = UNIT_WORDS[w0]! * FRACTION_WORDS[words[1]!]!;
    const sc = SCALE_WORDS[words[2] ?? ''];
    if (sc !== undefined && sc >= 1000) return { value: v * sc, used: 3 };
    return { value: v, used: 2, fraction: true };
  }
  // Fractions alone: "half", "a quarter", "two thirds", "three quarters".
  if (FRACTION_WORDS[w0] !== undefined && w0 !== 'third' && w0 !== 'fifth' && w0 !== 'quarter') {
    return { value: FRACTION_WORDS[w0]!, used: 1, fraction: true };
  }
  if (w0 === 'a' && (words[1] === 'half' || words[1] === 'quarter' || words[1] === 'third')) {
    return { value: FRACTION_WORDS[words[1]]!, used: 2, fraction: true };
  }

  let total = 0;
  let current = 0;
  let last: Last = 'none';
  let used = 0;
  let lastScale = Infinity;
  let usedAtLastGood = 0;
  let valueAtLastGood = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const unit = UNIT_WORDS[w];
    const tens = TENS_WORDS[w];
    const scale = SCALE_WORDS[w];
    if (w === 'a' && last === 'none') {
      // "a hundred", "a dozen", "a million": only as the very first word before a scale.
      if (SCALE_WORDS[words[i + 1] ?? ''] === undefined) return null;
      current = 1;
      last = 'a';
    } else if (unit !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'a' || last === 'dozen') break;
      if (last === 'tens' && (unit === 0 || unit >= 10)) break;
      current += unit;
      last = unit >= 10 ? 'teen' : 'unit';
    } else if (tens !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'tens' || last === 'a' || last === 'dozen') break;
      current += tens;
      last = 'tens';
    } else if (w === 'hundred' && last === 'none' && SCALE_WORDS[words[i + 1] ?? ''] !== undefined && SCALE_WORDS[words[i + 1]!]! > 100) {
      // "hundred thousand dollars": a bare hundred before a larger scale.
      current = 100;
      last = 'hundred';
    } else if (w === 'hundred') {
      if (last === 'none' || last === 'hundred' || last === 'and' || last === 'dozen') break;
      if (current % 100 !== 0 || current === 0) current = (current || 1) * 100;
      else break;
      last = 'hundred';
    } else if (w === 'dozen' || w === 'dozens') {
      if (last === 'none' || last === 'and' || last === 'hundred' || last === 'dozen') break;
      // "three hundred and two dozen" = 300 + 24: a dozen multiplies only the words just before it.
      const small = current % 100;
      current = small ? current - small + small * 12 : (current || 1) * 12;
      last = 'dozen';
    } else if (scale !== undefined) {
      if (last === 'none' || last === 'and' || scale >= lastScale) break;
      total += (current || 1) * scale;
      current = 0;
      lastScale = scale;
      last = 'scale';
    } else if (w === 'and' && (last === 'unit' || last === 'teen' || last === 'tens' || last === 'hundred' || last === 'scale') && FRACTION_WORDS[words[i + 2] ?? ''] !== undefined && (words[i + 1] === 'a' || UNIT_WORDS[words[i + 1] ?? ''] !== undefined)) {
      // "two and a half", "two million and one half", "five billion and three quarters"
      const n = words[i + 1] === 'a' ? 1 : UNIT_WORDS[words[i + 1]!]!;
      const f = n * FRACTION_WORDS[words[i + 2]!]!;
      const nextScale = SCALE_WORDS[words[i + 3] ?? ''];
      // "one billion and three quarters million": the fraction is of the scale that follows it.
      if (last === 'scale' && nextScale !== undefined && nextScale < lastScale) { total += f * nextScale; i += 1; }
      else if (last === 'scale') total += f * lastScale;
      else current += f;
      i += 2;
      last = 'teen';
    } else if (w === 'and') {
      // "a hundred and five", "two thousand and two hundred": only after a hundred or a scale, before a number word.
      const nx = words[i + 1] ?? '';
      if (!(last === 'hundred' || last === 'scale')) break;
      if (UNIT_WORDS[nx] === undefined && TENS_WORDS[nx] === undefined) break;
      last = 'and';
      continue;
    } else if (w === 'point' && (last === 'unit' || last === 'tens' || last === 'teen' || last === 'hundred' || last === 'scale')) {
      // "nine point nought four" → 9.04
      let digits = '';
      let k = i + 1;
      while (k < words.length && UNIT_WORDS[words[k]!] !== undefined && UNIT_WORDS[words[k]!]! < 10) digits += String(UNIT_WORDS[words[k++]!]);
      if (!digits) break;
      current += Number(`0.${digits}`);
      used = k;
      usedAtLastGood = used;
      valueAtLastGood = total + current;
      i = k - 1;
      last = 'teen';
      continue;
    } else {
      break;
    }
    used = i + 1;
    if (last !== 'a') {
      usedAtLastGood = used;
      valueAtLastGood = total + current;
    }
  }
  if (usedAtLastGood === 0) return null;
  return { value: valueAtLastGood, used: usedAtLastGood };
}

/** Apply a scale word or suffix that follows digits: "1.5 million", "3 bn". */
export function scaleWord(w: string): number | undefined {
  if (w === 'dozen' || w === 'dozens') return 12;
  if (w === 'hundred') return 100;
  return SCALE_SUFFIXES[w] ?? SCALE_WORDS[w];
}
