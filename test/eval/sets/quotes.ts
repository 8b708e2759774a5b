/**
 * Eval set "quotes": Gender Gap Tracker quotes (dev). Each gold quote is matched to our attribution
 * whose content overlaps it most; the speaker is right when our source actor's name (or an alias) is
 * the gold `reference` full name. Unmatched quotes count as wrong.
 */
import { extract } from '../../../src/index.js';
import { hasShared, readJsonl, sharedPath } from '../../helpers/shared.js';
import type { EvalRow, EvalSet } from '../types.js';

interface Part { start: number; end: number; text: string }
interface GoldQuote { speaker?: Part; verb?: Part; content: Part; reference?: string }
interface Doc { id: string; text: string; gold: { quotes: GoldQuote[] } }

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an) /, '');

export const quotesSet: EvalSet = {
  name: 'quotes',
  description: 'GGT quotes dev: speaker accuracy (resolved to the full name in reference)',
  run: ({ limit }) => {
    if (!hasShared) return [];
    let docs = readJsonl<Doc>(sharedPath('eval', 'ggt-quotes-dev.jsonl'));
    if (limit !== undefined) docs = docs.slice(0, limit);
    let n = 0, found = 0, right = 0, spanRight = 0;
    for (const d of docs) {
      const result = extract(d.text);
      const actors = new Map(result.actors.map((a) => [a.id, a]));
      for (const q of d.gold.quotes) {
        if (!q.reference || !q.content) continue;
        n++;
        let best: (typeof result.attributions)[number] | undefined;
        let bestOv = 0;
        for (const a of result.attributions) {
          const ov = Math.min(a.content.end, q.content.end) - Math.max(a.content.start, q.content.start);
          if (ov > bestOv) { best = a; bestOv = ov; }
        }
        if (!best) continue;
        found++;
        if (q.speaker && best.sourceSpan && best.sourceSpan.start < q.speaker.end && q.speaker.start < best.sourceSpan.end) spanRight++;
        const actor = best.sourceId ? actors.get(best.sourceId) : undefined;
        if (actor && [actor.name, ...actor.aliases].some((x) => norm(x) === norm(q.reference!))) right++;
      }
    }
    const rows: EvalRow[] = [
      { set: 'quotes', slice: 'quote found (content overlap)', accuracy: n ? found / n : 0, n },
      { set: 'quotes', slice: 'speaker span on found', accuracy: found ? spanRight / found : 0, n: found },
      { set: 'quotes', slice: 'speaker resolved (full name)', accuracy: n ? right / n : 0, n, target: '≥ 0.85' },
    ];
    return rows;
  },
};
