/**
 * Eval set "muc4": MUC-4 DEV (../shared/eval/muc4-dev.jsonl), 1,300 ALL-CAPS FBIS reports.
 *
 * Per document, the gold is the set of (count, effect) pairs from every template's `casualties`: effect DEATH
 * or INJURY, count a number ("6"), a range ("6-8"), at least ("6-"), at most ("-139") or about ("~10").
 * Ours: the (value interval, effect) pairs of our casualty claims, effect DEATH for killed/died/dead, INJURY for
 * injured/wounded; "casualties" counts as either. A pair matches when the effect agrees and the figure agrees
 * (our value or one of our bounds equals a bound of the gold count, or lies inside a gold range).
 *
 * Rows: recall over all numeric gold pairs, recall over the pairs whose count is written in the text as a
 * figure (digits or words — the key gives "1" to every named victim, which no numeric claim can carry), and
 * precision (bounded: the key keeps only terrorist incidents, so many true casualty figures are "wrong").
 */
import { extract } from '../../../src/index.js';
import { hasShared, readJsonl, sharedPath } from '../../helpers/shared.js';
import { prf, type EvalRow, type EvalSet } from '../types.js';
import { UNIT_WORDS, TENS_WORDS } from '../../../src/lexicon/numbers.js';

interface Casualty { ref: string[]; number: string[]; effects: string[] }
interface Doc { id: string; text: string; gold: { templates: { casualties?: Casualty[] }[] } }
type Effect = 'DEATH' | 'INJURY';
interface GoldPair { lo?: number; hi?: number; effect: Effect; stated: boolean }
interface Pair { value: number; min?: number; max?: number; effects: Effect[] }

const DEATH = new Set(['killed', 'died']);
const INJURY = new Set(['injured', 'wounded']);

function parseCount(s: string): { lo?: number; hi?: number } | null {
  const t = s.trim().replace(/^~/, '');
  let m = /^(\d+)-(\d+)$/.exec(t);
  if (m) return { lo: Number(m[1]), hi: Number(m[2]) };
  m = /^(\d+)-$/.exec(t);
  if (m) return { lo: Number(m[1]) };
  m = /^-(\d+)$/.exec(t);
  if (m) return { hi: Number(m[1]) };
  m = /^(\d+)$/.exec(t);
  if (m) return { lo: Number(m[1]), hi: Number(m[1]) };
  return null;
}

const WORD_OF = new Map<number, string>([...Object.entries(UNIT_WORDS), ...Object.entries(TENS_WORDS)].map(([w, v]) => [v, w]));

/** Is a figure with this value written in the text (digits, or a number word for small values)? */
function stated(text: string, n: number): boolean {
  // 1 is the key's count for every named victim, and the digit 1 is everywhere in dates and list numbers.
  if (n === 1) return false;
  const digits = new RegExp(`(?<![\\d.,])${n.toLocaleString('en-US').replace(/,/g, ',?')}(?![\\d])`);
  if (digits.test(text)) return true;
  const w = WORD_OF.get(n);
  return !!w && n !== 1 && new RegExp(`\\b${w}\\b`, 'i').test(text);
}

function goldPairs(d: Doc): GoldPair[] {
  const out: GoldPair[] = [];
  const seen = new Set<string>();
  for (const t of d.gold.templates) {
    for (const c of t.casualties ?? []) {
      for (const e of c.effects) {
        const effect = e.startsWith('DEATH') ? 'DEATH' : e === 'INJURY' ? 'INJURY' : null;
        if (!effect) continue;
        // Alternatives for one victim group ("-80", "47-") are one pair: any alternative may match.
        const counts = c.number.map(parseCount).filter((x): x is { lo?: number; hi?: number } => !!x);
        if (!counts.length) continue;
        const key = `${effect}:${c.number.join('|')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const alt = counts[0]!;
        const st = counts.some((x) => [x.lo, x.hi].some((v) => v !== undefined && stated(d.text, v)));
        out.push({ ...alt, effect, stated: st, ...{ alts: counts } } as GoldPair);
      }
    }
  }
  return out;
}

function matches(p: Pair, g: GoldPair & { alts?: { lo?: number; hi?: number }[] }): boolean {
  if (!p.effects.includes(g.effect)) return false;
  const ours = [p.value, p.min, p.max].filter((v): v is number => v !== undefined);
  return (g.alts ?? [g]).some((a) =>
    ours.some((v) => v === a.lo || v === a.hi || (a.lo !== undefined && a.hi !== undefined && v >= a.lo && v <= a.hi)),
  );
}

export function ourPairs(text: string): Pair[] {
  const r = extract(text);
  const out: Pair[] = [];
  for (const c of r.claims) {
    if (c.category !== 'casualty' || c.repeatOfId) continue;
    const effects: Effect[] = [];
    if (c.event && DEATH.has(c.event)) effects.push('DEATH');
    if (c.event && INJURY.has(c.event)) effects.push('INJURY');
    if (c.event === 'casualties') effects.push('DEATH', 'INJURY');
    if (!effects.length) continue;
    out.push({ value: c.value, ...(c.min !== undefined ? { min: c.min } : {}), ...(c.max !== undefined ? { max: c.max } : {}), effects });
  }
  return out;
}

export const muc4Set: EvalSet = {
  name: 'muc4',
  description: 'MUC-4 DEV casualty (count, effect) pairs per document',
  run: ({ limit }) => {
    if (!hasShared) return [];
    const docs = readJsonl<Doc>(sharedPath('eval', 'muc4-dev.jsonl')).slice(0, limit ?? Infinity);
    let tpAll = 0, fnAll = 0, tpSt = 0, fnSt = 0, tpP = 0, fpP = 0;
    const verbose = process.env.EVAL_VERBOSE === '1';
    for (const d of docs) {
      const gold = goldPairs(d);
      const ours = ourPairs(d.text);
      for (const g of gold) {
        const hit = ours.some((p) => matches(p, g));
        if (hit) { tpAll++; if (g.stated) tpSt++; }
        else { fnAll++; if (g.stated) fnSt++; if (verbose && g.stated) console.error(`FN ${d.id} ${g.effect} ${JSON.stringify((g as { alts?: unknown }).alts)}`); }
      }
      // Precision only on documents with a key (irrelevant documents have no templates at all).
      if (gold.length) {
        for (const p of ours) {
          if (gold.some((g) => matches(p, g))) tpP++;
          else { fpP++; if (verbose && process.env.EVAL_FP === '1') console.error(`FP ${d.id} ${JSON.stringify(p)}`); }
        }
      }
    }
    const all = prf(tpAll, 0, fnAll);
    const st = prf(tpSt, 0, fnSt);
    const pr = prf(tpP, fpP, 0);
    const rows: EvalRow[] = [
      { set: 'muc4', slice: 'recall, all numeric gold pairs', r: all.r, tp: tpAll, fn: fnAll, n: tpAll + fnAll },
      { set: 'muc4', slice: 'recall, figure stated in text', r: st.r, tp: tpSt, fn: fnSt, n: tpSt + fnSt, target: 'R >= 0.75' },
      { set: 'muc4', slice: 'precision (docs with a key)', p: pr.p, tp: tpP, fp: fpP, n: tpP + fpP },
    ];
    return rows;
  },
};
