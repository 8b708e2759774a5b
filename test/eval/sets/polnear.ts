/**
 * Eval set "polnear": PolNeAR v1.0 dev attributions. A predicted attribution matches a gold one when
 * their contents overlap (one-to-one, greedy by overlap); on matches we score source and cue by overlap.
 * A quote that continues an earlier attribution (rule quote-continues) is part of that attribution:
 * when it falls inside a gold content already matched it is neither a hit nor a false alarm.
 * Source F1 is span-level, as in Citron's evaluation: distinct predicted source spans against distinct
 * gold source spans, a hit being an overlap.
 */
import { extract } from '../../../src/index.js';
import { hasShared, readJsonl, sharedPath } from '../../helpers/shared.js';
import { prf, type EvalRow, type EvalSet } from '../types.js';

interface Part { spans: [number, number][]; text: string }
interface GoldAttribution { source: Part | null; cue: Part | null; content: Part | null }
interface Doc { id: string; text: string; gold: { attributions: GoldAttribution[] } }
interface R { start: number; end: number }

const rangesOf = (p: Part | null | undefined): R[] => (p ? p.spans.map(([start, end]) => ({ start, end })) : []);
const overlap = (a: R[], b: R[]) => {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
};

export const polnearSet: EvalSet = {
  name: 'polnear',
  description: 'PolNeAR dev: attribution P/R/F1 by content overlap; source and cue on matches',
  run: ({ limit }) => {
    if (!hasShared) return [];
    let docs = readJsonl<Doc>(sharedPath('eval', 'polnear-dev.jsonl'));
    if (limit !== undefined) docs = docs.slice(0, limit);
    let tp = 0, fp = 0, fn = 0, srcRight = 0, srcGold = 0, cueRight = 0, srcTp = 0, srcPred = 0, srcAll = 0;
    let spanP = 0, spanR = 0, spanPredN = 0, spanGoldN = 0;
    for (const d of docs) {
      const result = extract(d.text);
      const gold = d.gold.attributions.filter((g) => g.content);
      const used = new Set<number>();
      srcAll += gold.filter((g) => g.source).length;
      for (const a of result.attributions) {
        if (a.sourceSpan) srcPred++;
        // The cue as a range: find it inside the attribution span.
        const cueAt = d.text.indexOf(a.cue, a.span.start);
        const cue: R[] = cueAt >= 0 && cueAt < a.span.end ? [{ start: cueAt, end: cueAt + a.cue.length }] : [];
        let best = -1, bestOv = 0;
        gold.forEach((g, i) => {
          if (used.has(i)) return;
          const ov = overlap([a.content], rangesOf(g.content));
          if (ov > bestOv) { best = i; bestOv = ov; }
        });
        if (best < 0) {
          const merged = a.rule === 'attributions/quote-continues' && gold.some((g, i) => used.has(i) && overlap([a.content], rangesOf(g.content)) > 0);
          if (!merged) fp++;
          continue;
        }
        used.add(best);
        tp++;
        const g = gold[best]!;
        if (g.source) {
          srcGold++;
          if (a.sourceSpan && overlap([a.sourceSpan], rangesOf(g.source)) > 0) { srcRight++; srcTp++; }
        }
        if (overlap(cue, rangesOf(g.cue)) > 0) cueRight++;
      }
      fn += gold.length - used.size;
      // Span-level sources.
      const key = (r: R) => `${r.start}:${r.end}`;
      const predSrc = new Map<string, R>();
      for (const a of result.attributions) if (a.sourceSpan) predSrc.set(key(a.sourceSpan), a.sourceSpan);
      const goldSrc = new Map<string, R[]>();
      for (const g of d.gold.attributions) if (g.source) goldSrc.set(g.source.spans.map((x) => x.join(':')).join('|'), rangesOf(g.source));
      for (const p of predSrc.values()) if ([...goldSrc.values()].some((g) => overlap([p], g) > 0)) spanP++;
      for (const g of goldSrc.values()) if ([...predSrc.values()].some((p) => overlap([p], g) > 0)) spanR++;
      spanPredN += predSrc.size;
      spanGoldN += goldSrc.size;
    }
    const rows: EvalRow[] = [
      { set: 'polnear', slice: 'attribution (content overlap)', ...prf(tp, fp, fn) },
      { set: 'polnear', slice: 'source on matches', accuracy: srcGold ? srcRight / srcGold : 0, n: srcGold },
      { set: 'polnear', slice: 'cue on matches', accuracy: tp ? cueRight / tp : 0, n: tp },
      { set: 'polnear', slice: 'attribution with right source', ...prf(srcTp, srcPred - srcTp, srcAll - srcTp) },
      (() => {
        const p = spanPredN ? spanP / spanPredN : 0;
        const r = spanGoldN ? spanR / spanGoldN : 0;
        return { set: 'polnear', slice: 'source spans (overlap) F1', p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, n: spanGoldN, target: '≥ 0.80' };
      })(),
    ];
    return rows;
  },
};
