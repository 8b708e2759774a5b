import { table } from './table.js';
/**
 * Number words: the same tables give the match and the value (lower case).
 * Ordinals ("first", "58th") are deliberately absent: they rank, they do not count.
 */

/** zero … nineteen. */
export const UNIT_WORDS: Readonly<Record<string, number>> = table({
  zero: 0, nought: 0, naught: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});

/** twenty … ninety. */
export const TENS_WORDS: Readonly<Record<string, number>> = table({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Multipliers that close a group: "three hundred", "1.5 million", "two dozen". */
export const SCALE_WORDS: Readonly<Record<string, number>> = table({
  dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
  trillion: 1_000_000_000_000, lakh: 100_000, crore: 10_000_000,
});

/** Scale suffixes written onto digits or after them: "$3m", "£2bn", "5k", "1.2 mln". */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = table({
  k: 1_000, thousand: 1_000, m: 1_000_000, mn: 1_000_000, mln: 1_000_000, mil: 1_000_000, million: 1_000_000,
  b: 1_000_000_000, bn: 1_000_000_000, bln: 1_000_000_000, billion: 1_000_000_000, tn: 1_000_000_000_000, tln: 1_000_000_000_000,
  trillion: 1_000_000_000_000,
});

/**
 * Vague plural amounts → documented lower bound (twice the unit: "dozens" is at least two dozen).
 * "tens of thousands" multiplies: 20 × 1,000 = 20,000.
 */
export const VAGUE_WORDS: Readonly<Record<string, number>> = table({
  dozens: 24, scores: 40, hundreds: 200, thousands: 2_000, millions: 2_000_000, billions: 2_000_000_000,
  tens: 20,
});

/** Fractions usable as numbers or multipliers: "half", "a quarter", "three quarters", "two thirds". */
export const FRACTION_WORDS: Readonly<Record<string, number>> = table({
  half: 0.5, halves: 0.5, third: 1 / 3, thirds: 1 / 3, quarter: 0.25, quarters: 0.25, fifth: 0.2, fifths: 0.2,
});

/** Words for percent after a number: "40 percent", "40 per cent", "40%". */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'per cent', 'percentage', 'percents', 'pct', '%']);

/** Sign words before a number. */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['minus', 'negative']);

/** Determiners before "one" that make it a pronoun, not a number: "the one you mentioned", "which one". */
export const PRONOUN_ONE_BEFORE: ReadonlySet<string> = new Set([
  'the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'some', 'another', 'little', 'only', 'someone',
]);
