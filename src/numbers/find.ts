/**
 * Find number mentions in a sentence's tokens: digits ("1,200", "3.5", "$3m", "£2bn", "40%"), words
 * ("nine", "twenty-three", "a hundred and five", "two dozen"), vague plurals ("dozens", "hundreds of
 * thousands"), with the currency, percent or measure unit attached. It finds spans; parse.ts reads values.
 * Context that decides whether a number is a claim (dates, ages, identifiers) is the recogniser's job.
 */
import type { Doc, Token } from '../doc.js';
import { NEGATIVE_WORDS, PRONOUN_ONE_BEFORE, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_WORDS, FRACTION_WORDS } from '../lexicon/numbers.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, MEASURE_UNITS, NATIONAL_CURRENCIES, ORDINAL_SUFFIXES } from '../lexicon/units.js';
import { parseDigits, parseDigitsWithSuffix, parseNumberWords, scaleOfSuffix, scaleWord } from './parse.js';
import { startsDigit } from '../chars.js';

export type NumberKind = 'cardinal' | 'vague' | 'fraction' | 'percent' | 'money' | 'measure' | 'ordinal';

export interface NumberMention {
  /** Tokens [first, last) of the whole mention, unit and currency included. */
  first: number;
  last: number;
  start: number;
  end: number;
  value: number;
  kind: NumberKind;
  /** ISO currency, 'percent', or a measure unit. */
  unit?: string;
  /** Tokens [numFirst, numLast) of the figure itself, without currency or unit words. */
  numFirst: number;
  numLast: number;
  written: 'digits' | 'words';
}

const WORDISH = new Set(['a', 'and', 'point', 'of', 'few', 'several']);
const isNumberWord = (w: string) => NUMBER_WORDS.has(w);

/** Every word that can start or continue a number, for a one-lookup gate per token. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS), ...Object.keys(VAGUE_WORDS),
  ...Object.keys(FRACTION_WORDS), 'dozens',
]);
/** Could a number mention start at this token? Digits, a number word (or hyphenated one), a currency, a sign. */
function mayStart(t: Token): boolean {
  const c = t.lower.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (NUMBER_WORDS.has(t.lower) || CURRENCY_SYMBOLS[t.lower] !== undefined) return true;
  if (t.lower === 'a' || t.lower === 'several' || t.lower === 'few') return true;
  const dash = t.lower.indexOf('-');
  return dash > 0 && NUMBER_WORDS.has(t.lower.slice(0, dash));
}

const adjacent = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
const isDigitsTok = (t: Token | undefined) => !!t && startsDigit(t.text);

/** Number mentions in tokens [from, to) of the doc, in order, never overlapping. */
/**
 * @example
 * findNumbersInTokens(doc, 0, doc.tokens.length) // "spent $3m on 1,200 homes" →
 * // [{ value: 3_000_000, kind: 'money', unit: 'USD', ... }, { value: 1200, kind: 'cardinal', ... }]
 */
export function findNumbersInTokens(doc: Doc, from: number, to: number): NumberMention[] {
  const toks = doc.tokens;
  const out: NumberMention[] = [];
  let i = from;
  while (i < to) {
    const m = mayStart(toks[i]!) ? readAt(toks, i, to) : null;
    if (m) {
      out.push(m);
      i = m.last;
    } else {
      i++;
    }
  }
  return out;
}

/** Number mentions of one sentence. */
export function findNumbers(doc: Doc, sentenceIndex: number): NumberMention[] {
  const s = doc.sentences[sentenceIndex];
  return s ? findNumbersInTokens(doc, s.firstToken, s.lastToken) : [];
}

function readAt(toks: Token[], i: number, to: number): NumberMention | null {
  const t = toks[i]!;
  // Currency before the figure: "$3m", "£ 2bn", "US$5", "Rs 100".
  let currency: string | undefined;
  let first = i;
  let k = i;
  const sym = CURRENCY_SYMBOLS[t.lower];
  if (sym !== undefined && k + 1 < to && (isDigitsTok(toks[k + 1]) || isNumberWord(toks[k + 1]!.lower))) {
    // A three-letter code must stand apart ("USD 5"), a symbol may touch ("$5").
    if (/^[a-z]/.test(t.lower) && !/\$$/.test(t.lower) && t.text !== t.text.toUpperCase() && t.lower !== 'rs') return null;
    currency = sym;
    const prev = toks[i - 1];
    // "US$", "HK$": letters glued to the symbol.
    if (t.text === '$' && prev && adjacent(prev, t) && i - 1 >= 0 && CURRENCY_SYMBOLS[`${prev.lower}$`]) {
      currency = CURRENCY_SYMBOLS[`${prev.lower}$`];
      first = i - 1;
    } else if (t.text === '$' && prev && DOLLAR_PREFIXES[prev.lower] && t.start - prev.end <= 1 && /^\p{L}+$/u.test(prev.text) && (adjacent(prev, t) || (prev.lower !== 'a' && prev.lower !== 's'))) {
      currency = DOLLAR_PREFIXES[prev.lower];
      first = i - 1;
    }
    k = i + 1;
    // "Rs. 100"
    if (toks[k]?.text === '.' && k + 1 < to) k++;
  }
  const nt = toks[k];
  if (!nt) return null;

  let value: number;
  let numFirst = k;
  let numLast: number;
  let kind: NumberKind = 'cardinal';
  let unit: string | undefined = currency;
  let written: 'digits' | 'words' = 'digits';

  if (startsDigit(nt.text)) {
    const prevTok = toks[k - 1];
    // "G7", "F16", "COVID19": letters glued before digits make an identifier.
    if (prevTok && adjacent(prevTok, nt) && /\p{L}$/u.test(prevTok.text) && !currency) return null;
    let v = parseDigits(nt.text);
    let suffixScaled = false;
    if (v === null) {
      const ws = parseDigitsWithSuffix(nt.lower);
      if (!ws) return null;
      if (ORDINAL_SUFFIXES.has(ws.suffix)) {
        return { first: k, last: k + 1, start: nt.start, end: nt.end, value: ws.value, kind: 'ordinal', numFirst: k, numLast: k + 1, written };
      }
      const sc = scaleOfSuffix(ws.suffix);
      if (sc !== undefined) {
        v = ws.value * sc;
        suffixScaled = true;
      } else if (MEASURE_UNITS[ws.suffix] !== undefined && !currency) {
        return { first: k, last: k + 1, start: nt.start, end: nt.end, value: ws.value, kind: 'measure', unit: MEASURE_UNITS[ws.suffix]!, numFirst: k, numLast: k + 1, written };
      } else {
        return null; // "1990s", "4G", "3D"
      }
    }
    value = v;
    numLast = k + 1;
    // ".08": a point glued before digits, with no digits before it.
    const dot = toks[k - 1];
    if (!currency && dot && dot.text === '.' && adjacent(dot, nt) && !(isDigitsTok(toks[k - 2]) && adjacent(toks[k - 2], dot)) && /^\d+$/.test(nt.text)) {
      value = Number(`0.${nt.text}`);
      numFirst = k - 1;
    }
    // "-1", "minus 5": a sign that does not join a range ("10-20").
    const sign = toks[numFirst - 1];
    if (!currency && sign && sign.text === '-' && adjacent(sign, toks[numFirst]) && !(toks[numFirst - 2] && adjacent(toks[numFirst - 2], sign)) && !isDigitsTok(toks[numFirst - 2])) {
      value = -value;
      numFirst--;
    } else if (!currency && sign && NEGATIVE_WORDS.has(sign.lower)) {
      value = -value;
      numFirst--;
    }
    // "1.5 million", "3 bn", "two dozen" after digits.
    const nx = toks[numLast];
    if (!suffixScaled && nx && numLast < to) {
      const sc = nx.lower === 'm' || nx.lower === 'b' ? (currency ? scaleWord(nx.lower) : undefined) : scaleWord(nx.lower);
      if (sc !== undefined) {
        value *= sc;
        numLast++;
        // "4 thousand 3 hundred and 21", "3 hundred and one": smaller groups after a scale.
        let lastSc = sc;
        for (let guard = 0; guard < 4 && numLast + 1 < to; guard++) {
          const a = toks[numLast]!;
          const b = toks[numLast + 1]!;
          const bs = SCALE_WORDS[b.lower];
          if (/^\d{1,3}$/.test(a.text) && bs !== undefined && bs < lastSc) { value += Number(a.text) * bs; numLast += 2; lastSc = bs; continue; }
          const small = /^\d{1,2}$/.test(b.text) ? Number(b.text) : (UNIT_WORDS[b.lower] ?? TENS_WORDS[b.lower]);
          const after = toks[numLast + 2];
          const newNumber = !!after && numLast + 2 < to && SCALE_WORDS[after.lower] !== undefined;
          if (a.lower === 'and' && lastSc >= 100 && small !== undefined && small > 0 && small < 100 && !newNumber) { value += small; numLast += 2; }
          break;
        }
      }
    }
  } else {
    // Word numbers: gather a run of number-ish tokens, splitting "twenty-three" into its parts.
    const words: string[] = [];
    const tokenOfWord: number[] = [];
    let j = k;
    while (j < to && j < k + 14) {
      const parts = toks[j]!.lower.split('-');
      const ok = parts.every((p) => isNumberWord(p) || (WORDISH.has(p) && parts.length === 1));
      if (!ok) break;
      for (const p of parts) { words.push(p); tokenOfWord.push(j); }
      j++;
    }
    if (!words.length) return null;
    let sign = 1;
    if (NEGATIVE_WORDS.has(toks[k - 1]?.lower ?? '') && !currency) { sign = -1; numFirst = k - 1; }
    const p = parseNumberWords(words);
    if (!p) return null;
    // "the one you mentioned", "which one": a pronoun, not a number.
    if (words[0] === 'one' && p.used === 1 && PRONOUN_ONE_BEFORE.has(toks[k - 1]?.lower ?? '')) return null;
    // Back off to a whole token when the parse ends inside a hyphenated one.
    const used = p.used;
    const lastTok = tokenOfWord[used - 1]!;
    if (used < words.length && tokenOfWord[used] === lastTok) return null;
    value = sign * p.value;
    numLast = lastTok + 1;
    written = 'words';
    if (p.vague) kind = 'vague';
    if (p.fraction) kind = 'fraction';
  }

  let last = numLast;
  // After the figure: percent, currency words, measure units.
  const a = toks[last];
  if (a && last < to) {
    if (a.text === '%' || a.lower === 'percent' || a.lower === 'pct' || a.lower === 'percentage' || a.lower === 'percents') {
      kind = 'percent';
      unit = 'percent';
      last++;
    } else if (a.lower === 'per' && toks[last + 1]?.lower === 'cent' && last + 1 < to) {
      kind = 'percent';
      unit = 'percent';
      last += 2;
    } else if (!currency && a.lower === 'pounds' && toks[last + 1]?.lower === 'of' && last + 1 < to) {
      // "4,000 pounds of ammonium nitrate": weight, not sterling
      kind = 'measure';
      unit = 'lb';
      last++;
    } else if (!currency && CURRENCY_WORDS[a.lower] !== undefined) {
      // "20 billion francs", "75 USD million"
      kind = 'money';
      unit = CURRENCY_WORDS[a.lower];
      last++;
      const sc = toks[last] && last < to ? SCALE_WORDS[toks[last]!.lower] : undefined;
      if (sc !== undefined && sc >= 1000) { value *= sc; last++; }
    } else if (!currency && last + 1 < to && NATIONAL_CURRENCIES[`${a.lower} ${toks[last + 1]!.lower.replace(/s$/, '')}`]) {
      // "125 million australian dollars", "10 turkish lira"
      kind = 'money';
      unit = NATIONAL_CURRENCIES[`${a.lower} ${toks[last + 1]!.lower.replace(/s$/, '')}`];
      last += 2;
    } else if (!currency && /^[$€£¥₹]$/.test(a.text)) {
      // "10 $", "10 €": the symbol after the figure
      kind = 'money';
      unit = CURRENCY_SYMBOLS[a.text];
      last++;
    } else if (!currency && (a.lower === 'us' || a.lower === 'u.s') && CURRENCY_WORDS[toks[last + 1]?.lower ?? ''] && last + 1 < to) {
      kind = 'money';
      unit = CURRENCY_WORDS[toks[last + 1]!.lower];
      last += 2;
    } else if (!currency && kind === 'cardinal' && MEASURE_UNITS[a.lower] !== undefined && a.lower !== 'm' && a.lower !== 'pounds' && (a.text.length > 1 || a.text === a.lower)) {
      kind = 'measure';
      unit = MEASURE_UNITS[a.lower];
      last++;
    }
  }
  if (currency) kind = 'money';
  const firstTok = Math.min(first, numFirst);
  return {
    first: firstTok, last, start: toks[firstTok]!.start, end: toks[last - 1]!.end, value, kind,
    ...(unit ? { unit } : {}), numFirst, numLast, written,
  };
}
