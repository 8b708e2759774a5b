/**
 * Eval set "numbers": Microsoft Recognizers-Text English number specs (../shared/eval/recognizers-text-numbers-en.jsonl),
 * read by src/numbers (find → qualify) on a Doc built the way extract() builds it.
 *
 * A case passes when our mentions of the model's type equal the gold results: same spans (start, end) and values;
 * for ranges, the same interval bounds. Our qualifier → interval mapping: exact [v,v]; at_least / more_than: lower
 * bound v; at_most / up_to: upper bound v; range [a,b]. Whether a bound is open or closed is not compared: we keep
 * "more than" (strict) apart from "at least" in the qualifier, but Recognizers-Text writes "between 20 and 30" as
 * [20,30) and the README as [20,30], so only the numbers are compared.
 *
 * In scope (what news prose writes):
 * - NumberModel: digits with separators and decimals, number words, scales, dozens, negatives — but NOT fractions
 *   spelled with ordinals or "over" ("five eighths", "1 over 3"), dotted multi-part numerals (IP addresses,
 *   "1.2.3"), or mixed fraction scales ("one million and a half"): these are arithmetic puzzles, not news figures.
 * - PercentModel: "40%", "40 percent", "40 per cent" — NOT inverted forms ("percent of 10") or bare "percent".
 * - NumberRangeModel: cases whose every gold phrase is a news hedge from lexicon/qualifiers.ts or a "between/from
 *   X and/to Y", "X to Y", "X - Y" range — NOT comparatives of maths text ("larger than twenty and less or equal
 *   than thirty five", "=<30", "2 in 5 or more").
 * - CurrencyModel: amounts with $ £ € or a currency word, plain scales ("$ 247 million", "20 billion francs") —
 *   NOT currency names without amounts ("dollar" alone), split sub-units ("3 dollars 50 cents"), or exotic
 *   symbols outside lexicon/units.ts.
 * Out of scope: ordinal models (ordinals are never claims), ExperimentalMode duplicates, dimensions, temperatures
 * and ages (not claims: ages are rejected on purpose).
 */
import { normalise } from '../../../src/normalise.js';
import { segment } from '../../../src/segment.js';
import { findNumbersInTokens, type NumberMention } from '../../../src/numbers/find.js';
import { qualify } from '../../../src/numbers/qualify.js';
import { QUALIFIERS_BEFORE } from '../../../src/lexicon/qualifiers.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS } from '../../../src/lexicon/units.js';
import { hasShared, readJsonl, sharedPath } from '../../helpers/shared.js';
import type { EvalRow, EvalSet } from '../types.js';

interface Gold { text: string; start: number; end: number; type: string; value: string | null; offsets_ok?: boolean }
interface Case { id: string; text: string; gold: { results: Gold[] }; meta: { file: string; not_supported: string } }

type Model = 'number' | 'percent' | 'range' | 'currency';

const MODEL_OF: Record<string, Model> = {
  'Specs/Number/English/NumberModel.json': 'number',
  'Specs/Number/English/PercentModel.json': 'percent',
  'Specs/Number/English/NumberRangeModel.json': 'range',
  'Specs/NumberWithUnit/English/CurrencyModel.json': 'currency',
};

const ORDINAL_FRACTION = /\b(?:over|halves|firsts?|seconds|thirds|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|\w+ieths?|\w+teenths?|hundredths?|thousandths?)\b|\band a half\b|\band a quarter\b/i;
/**
 * Arithmetic notation and non-English digit grouping: exponents, "1.3e6", slashed and unicode fractions, "1 in 5",
 * "2 out of 5", space-grouped thousands ("1 234 567"), European decimals ("1.111,11"), dotted numerals ("192.168.1.2"),
 * lakh/crore, and identifiers with digits ("SCP-173", which we deliberately read as a name, not a figure).
 */
const MATHS = /\^|\d[eE][-+]?\d|\dx10|\d\/\d|[½⅓⅔¼¾⅕⅙⅛⅜⅝⅞]|\bout of\b|\d in \w|\b\d{1,3} \d{3}\b|\d\.\d{3},\d|\d\.\d+\.\d|\blakh\b|\bcrore\b|[A-Za-z]-\d|\d,\d{1,2}\b(?!,)|trillionths?/;
const HEDGES = Object.keys(QUALIFIERS_BEFORE).filter((k) => QUALIFIERS_BEFORE[k] !== 'approximate' && QUALIFIERS_BEFORE[k] !== 'exact');
const RANGE_SHAPE = new RegExp(`^(?:(?:${HEDGES.join('|')}) \\S+(?: \\S+){0,4}|(?:between|from) .+ (?:and|to) .+|[\\d.,]+ ?(?:to|-|–) ?[\\d.,]+)$`, 'i');
const CURRENCY_OK = (t: string) => {
  const words = t.toLowerCase().split(/\s+/);
  const hasAmount = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million|billion)\b/.test(t);
  const hasUnit = words.some((w) => CURRENCY_WORDS[w] !== undefined) || [...t.toLowerCase()].some((c) => CURRENCY_SYMBOLS[c] !== undefined);
  // Split sub-units ("3 dollars 50 cents", "15 dollars and 50", "17 usd 25", "thirteen dollars forty five") are out of scope.
  const subUnit = /\bcents?\b|\bpence\b|\b(?:dollars?|usd|euros?|pounds?)\s+(?:and\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)/i;
  return hasAmount && hasUnit && !subUnit.test(t) && !/[a-z]{2,}\$/i.test(t);
};

export function inScope(c: Case, model: Model): boolean {
  const rs = c.gold.results;
  switch (model) {
    case 'number': return !ORDINAL_FRACTION.test(c.text) && !MATHS.test(c.text) && rs.every((r) => r.value !== null && r.value !== 'null');
    case 'percent': return rs.length > 0 && rs.every((r) => r.value !== null && r.value !== 'null') && rs.every((r) => /^[-\w ,.]*\d?[\w ]*(?:%|percent|per cent|percentage|percents)$/i.test(r.text.trim()) && !/^(?:per cent|percents?) of/i.test(r.text));
    case 'range': return rs.length > 0 && rs.every((r) => RANGE_SHAPE.test(r.text.trim().replace(/\s+/g, ' ')) && !/\band\b.*\b(?:less|more|below|above|under|over|smaller|larger|greater|fewer|higher|lower|least|most)\b/i.test(r.text) && !ORDINAL_FRACTION.test(r.text) && !MATHS.test(r.text) && !/\bor equal\b/i.test(r.text));
    case 'currency': return rs.length > 0 && rs.every((r) => r.value !== null && CURRENCY_OK(r.text));
  }
}

interface Pred { start: number; end: number; value: string }

const num = (x: number) => String(Math.round(x * 1e6) / 1e6);

function goldValue(g: Gold, model: Model): string {
  if (g.value === null) return 'null';
  if (model === 'percent') return num(Number(g.value.replace('%', '')));
  if (model === 'range') {
    const m = /^[[(]([^,]*),([^)\]]*)[)\]]$/.exec(g.value);
    if (!m) return g.value;
    const lo = m[1] ? num(Number(m[1])) : '';
    const hi = m[2] ? num(Number(m[2])) : '';
    return `${lo},${hi}`;
  }
  return num(Number(g.value));
}

export function predict(text: string, model: Model): Pred[] {
  const norm = normalise(text);
  const doc = segment(text, norm.text, norm.furniture);
  const out: Pred[] = [];
  for (const s of doc.sentences) {
    const ms = findNumbersInTokens(doc, s.firstToken, s.lastToken);
    if (model === 'number') {
      for (const m of ms) {
        if (m.kind === 'ordinal' || (m.kind === 'measure' && m.numLast - m.numFirst === 1 && /\d\p{L}/u.test(doc.tokens[m.numFirst]!.text))) continue;
        const a = doc.tokens[m.numFirst]!;
        const b = doc.tokens[m.numLast - 1]!;
        out.push({ start: a.start, end: b.end, value: num(m.value) });
      }
    } else if (model === 'percent' || model === 'currency') {
      const want = model === 'percent' ? 'percent' : 'money';
      for (const m of ms as NumberMention[]) if (m.kind === want) out.push({ start: m.start, end: m.end, value: num(m.value) });
    } else {
      for (const q of qualify(doc, ms, s.firstToken, s.lastToken)) {
        if (q.qualifier === 'exact' || q.qualifier === 'approximate') continue;
        const lo = q.min !== undefined ? num(q.min) : '';
        const hi = q.max !== undefined ? num(q.max) : '';
        out.push({ start: q.start, end: q.end, value: `${lo},${hi}` });
      }
    }
  }
  return out;
}

function passes(c: Case, model: Model): boolean {
  const preds = predict(c.text, model);
  const gold = c.gold.results;
  if (preds.length !== gold.length) return false;
  return gold.every((g) =>
    preds.some((p) => p.value === goldValue(g, model) && (g.offsets_ok === false ? c.text.slice(p.start, p.end).toLowerCase() === g.text.toLowerCase() : p.start === g.start && p.end === g.end)),
  );
}

export const numbersSet: EvalSet = {
  name: 'numbers',
  description: 'Recognizers-Text number specs: span + value (+ interval) on in-scope cases',
  run: ({ limit }) => {
    const path = sharedPath('eval', 'recognizers-text-numbers-en.jsonl');
    if (!hasShared) return [];
    const cases = readJsonl<Case>(path).slice(0, limit ?? Infinity);
    const rows: EvalRow[] = [];
    let allN = 0;
    let allOk = 0;
    let everyN = 0;
    let everyOk = 0;
    const verbose = process.env.EVAL_VERBOSE === '1';
    for (const model of ['number', 'percent', 'range', 'currency'] as Model[]) {
      const mine = cases.filter((c) => MODEL_OF[c.meta.file] === model);
      const scoped = mine.filter((c) => inScope(c, model));
      let ok = 0;
      for (const c of scoped) {
        if (passes(c, model)) ok++;
        else if (verbose) console.error(`[${model}] ${JSON.stringify(c.text.slice(0, 120))} gold=${JSON.stringify(c.gold.results.map((g) => [g.text, g.start, goldValue(g, model)]))} got=${JSON.stringify(predict(c.text, model).map((p) => [c.text.slice(p.start, p.end), p.start, p.value]))}`);
      }
      allN += scoped.length;
      allOk += ok;
      everyN += mine.length;
      everyOk += ok + mine.filter((c) => !inScope(c, model) && passes(c, model)).length;
      rows.push({ set: 'numbers', slice: `${model} in-scope (${scoped.length}/${mine.length})`, accuracy: scoped.length ? ok / scoped.length : 0, n: scoped.length });
    }
    rows.push({ set: 'numbers', slice: 'all in-scope', accuracy: allN ? allOk / allN : 0, n: allN, target: '>= 0.90' });
    // For honesty: the same four models with nothing left out.
    rows.push({ set: 'numbers', slice: 'all cases of these models', accuracy: everyN ? everyOk / everyN : 0, n: everyN });
    return rows;
  },
};
