/**
 * Qualify number mentions: hedges before ("as many as", "at least", "nearly") and after ("or more"),
 * and two figures joined into a range ("between 20 and 30", "20 to 30", "20-30", "two or three").
 * Interval per qualifier: exact [v,v]; approximate: value only; at_least / more_than: min = v;
 * at_most / up_to: max = v; range: [min, max] with value = min. Vague plurals ("dozens", "thousands") are
 * at_least their documented lower bound. "rose from 12 to 19" is no range: two figures, the second `revises`
 * the first.
 */
import type { Doc } from '../doc.js';
import type { Qualifier } from '../schema.js';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from '../lexicon/qualifiers.js';
import type { NumberMention, NumberKind } from './find.js';

export interface Quantity {
  /** Tokens [first, last): qualifier + figure(s) + unit. */
  first: number;
  last: number;
  start: number;
  end: number;
  value: number;
  min?: number;
  max?: number;
  qualifier: Qualifier;
  kind: NumberKind;
  unit?: string;
  /** The figure itself (the upper end for ranges is `upper`). */
  number: NumberMention;
  upper?: NumberMention;
  /** Token index where the qualifier phrase starts (== number.first when none). */
  qualFirst: number;
  /** "rose from 12 to 19": the figure this one replaces (the 12), from the same sentence. */
  revises?: Quantity;
}

const MAX_QUAL_WORDS = 4;

/** Longest qualifier phrase that ends right before token `at` (within the sentence from `floor`). */
export function qualifierBefore(doc: Doc, at: number, floor: number): { qualifier: Qualifier; first: number; phrase: string } | null {
  for (let n = MAX_QUAL_WORDS; n >= 1; n--) {
    const s = at - n;
    if (s < floor) continue;
    const phrase = doc.tokens.slice(s, at).map((t) => t.lower).join(' ');
    const q = QUALIFIERS_BEFORE[phrase];
    if (q) return { qualifier: q, first: s, phrase };
  }
  return null;
}

/** A qualifier phrase that starts at token `at`: "or more", "plus". */
export function qualifierAfter(doc: Doc, at: number, ceil: number): { qualifier: Qualifier; last: number } | null {
  for (let n = 2; n >= 1; n--) {
    if (at + n > ceil) continue;
    const phrase = doc.tokens.slice(at, at + n).map((t) => t.lower).join(' ');
    const q = QUALIFIERS_AFTER[phrase];
    if (q) return { qualifier: q, last: at + n };
  }
  return null;
}

/** The interval a qualifier gives to a value. */
export function interval(q: Qualifier, v: number): { min?: number; max?: number } {
  switch (q) {
    case 'exact': return { min: v, max: v };
    case 'at_least': case 'more_than': return { min: v };
    case 'at_most': case 'up_to': return { max: v };
    default: return {};
  }
}

/** Verbs of change before "from X to Y": "rose from 12 to 19", "was revised sharply from 40 to 38". */
const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rising', 'rises', 'climbed', 'climbing', 'jumped', 'increased', 'grew', 'grown', 'soared', 'surged',
  'fell', 'fallen', 'falling', 'dropped', 'declined', 'decreased', 'revised', 'raised', 'lowered', 'cut', 'upped',
  'updated', 'corrected', 'changed', 'went', 'gone', 'doubled', 'tripled', 'spiked', 'leapt', 'leaped',
]);
/** Is token `at` ("from") preceded by a change verb, an adverb ("sharply") or an object ("its toll") allowed between? */
function changeBefore(doc: Doc, at: number, floor: number): boolean {
  for (let k = at - 1; k >= Math.max(floor, at - 4); k--) {
    const l = doc.tokens[k]!.lower;
    if (CHANGE_VERBS.has(l)) return true;
    if (!/^\p{L}+$/u.test(l) || l === 'and' || l === 'or' || l === 'between') return false;
  }
  return false;
}

const RANGE_KINDS = new Set<NumberKind>(['cardinal', 'money', 'percent', 'measure', 'vague']);

/** Qualify the mentions of tokens [from, to) (one sentence). */
/**
 * @example
 * qualify(doc, mentions, s.firstToken, s.lastToken) // "between 20 and 30" → [{ qualifier: 'range', min: 20, max: 30, value: 20, ... }]
 */
export function qualify(doc: Doc, mentions: NumberMention[], from: number, to: number): Quantity[] {
  const out: Quantity[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    // Ranges: X (to|-|and|or) Y, the joiner a single token between them.
    if (next && RANGE_KINDS.has(m.kind) && RANGE_KINDS.has(next.kind) && next.first === m.last + 1) {
      const joiner = toks[m.last]!.lower;
      const before = toks[m.first - 1]?.lower;
      const isRange =
        (joiner === 'and' && before === 'between') ||
        joiner === 'to' ||
        (joiner === '-' && m.written === 'digits' && next.written === 'digits') ||
        (joiner === 'or' && m.written === 'words' && next.written === 'words' && Math.abs(m.value) < 100);
      const compatible = (m.kind === next.kind || m.kind === 'cardinal') && next.value > m.value && m.kind !== 'vague' && next.kind !== 'vague';
      // "from 200 to 300 in 2008" is fine; "2-1" (a score) and "1995-01" (a date) are not ranges.
      // "1995-2000", "1995-01": years and dates, not ranges of counts.
      const yearish = (x: NumberMention) => x.written === 'digits' && /^\d{4}$/.test(toks[x.numFirst]!.text) && x.value >= 1800 && x.value <= 2100;
      const dateLike = joiner === '-' && yearish(m) && (yearish(next) || /^\d{2}$/.test(toks[next.numFirst]!.text));
      // "rose from 12 to 19", "revised from 40 to 38": a change of one figure, not an interval.
      if (joiner === 'to' && before === 'from' && changeBefore(doc, m.first - 1, from)) {
        const old: Quantity = {
          first: m.first, last: m.last, start: m.start, end: m.end, value: m.value, ...interval('exact', m.value),
          qualifier: 'exact', kind: m.kind, ...(m.unit ?? next.unit ? { unit: (m.unit ?? next.unit)! } : {}), number: m, qualFirst: m.first,
        };
        out.push(old, {
          first: next.first, last: next.last, start: next.start, end: next.end, value: next.value, ...interval('exact', next.value),
          qualifier: 'exact', kind: next.kind, ...(next.unit ? { unit: next.unit } : {}), number: next, qualFirst: next.first, revises: old,
        });
        i++;
        continue;
      }
      if (isRange && compatible && !dateLike) {
        let first = m.first;
        if ((before === 'between' || before === 'from') && m.first - 1 >= from) first = m.first - 1;
        // "$3m to 5m": the unit of either end belongs to both; a scale written only on the upper end applies to both ("3 to 5 million").
        let lo = m.value;
        if (m.kind === 'cardinal' && next.value >= 1000 && m.value < next.value / 100 && /million|billion|thousand|bn|m$/.test(toks[next.numLast - 1]!.lower)) {
          const scale = next.value / Math.abs(Number(toks[next.numFirst]!.text.replace(/,/g, '')) || 1);
          if (Number.isFinite(scale) && scale > 1) lo = m.value * scale;
        }
        const kind = next.kind === 'cardinal' ? m.kind : next.kind;
        const unit = next.unit ?? m.unit;
        out.push({
          first, last: next.last, start: toks[first]!.start, end: next.end, value: lo, min: lo, max: next.value,
          qualifier: 'range', kind, ...(unit ? { unit } : {}), number: m, upper: next, qualFirst: first,
        });
        i++;
        continue;
      }
    }
    const qb = qualifierBefore(doc, m.first, from);
    // A vague plural is [lower bound, ∞): "dozens" is at least two dozen (schema: approximate keeps no bounds).
    let qualifier: Qualifier = m.kind === 'vague' ? 'at_least' : 'exact';
    let first = m.first;
    let last = m.last;
    if (qb) {
      qualifier = qb.qualifier;
      first = qb.first;
      // "rose to 40" names the figure reached: the span is the figure alone.
      if (qb.qualifier === 'exact') first = m.first;
    } else {
      const qa = qualifierAfter(doc, m.last, to);
      if (qa) { qualifier = qa.qualifier; last = qa.last; }
    }
    const iv = m.kind === 'vague' ? { min: m.value } : interval(qualifier, m.value);
    out.push({
      first, last, start: toks[first]!.start, end: toks[last - 1]!.end, value: m.value, ...iv, qualifier,
      kind: m.kind, ...(m.unit ? { unit: m.unit } : {}), number: m, qualFirst: first,
    });
  }
  return out;
}
