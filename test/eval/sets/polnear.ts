/**
 * Eval set "polnear": PolNeAR v1.0 dev attributions. A predicted attribution matches a gold one when
 * their contents overlap (one-to-one, greedy by overlap); on matches we score source and cue by overlap.
 * Source F1 counts a predicted source as right when it overlaps the matched gold source.
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
        if (best < 0) { fp++; continue; }
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
    }
    const rows: EvalRow[] = [
      { set: 'polnear', slice: 'attribution (content overlap)', ...prf(tp, fp, fn) },
      { set: 'polnear', slice: 'source on matches', accuracy: srcGold ? srcRight / srcGold : 0, n: srcGold },
      { set: 'polnear', slice: 'cue on matches', accuracy: tp ? cueRight / tp : 0, n: tp },
      { set: 'polnear', slice: 'source (overlap) F1', ...prf(srcTp, srcPred - srcTp, srcAll - srcTp), target: '≥ 0.80' },
    ];
    return rows;
  },
};
