/**
 * Eval set "wikievents": WikiEvents dev (18 attack/bombing documents). Its entity gold mixes names,
 * nominals and pronouns ("them", "house"); we score NAMES only: gold mentions that start with a
 * capital letter, typed PER → PER, ORG → ORG, GPE/LOC/FAC → LOC (mapping of ours in ./ner.ts).
 */
import { hasShared, readJsonl, sharedPath } from '../../helpers/shared.js';
import type { EvalSet } from '../types.js';
import { predictEntities, score, type Entity, type NerType } from './ner.js';

interface Doc { id: string; text: string; gold: { entities: { start: number; end: number; type: string; text: string }[] } }
const MAP: Record<string, NerType> = { PER: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC' };
const PRONOUNS = new Set(['He', 'She', 'They', 'It', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Its', 'Our', 'Them', 'Him']);

export const wikieventsSet: EvalSet = {
  name: 'wikievents',
  description: 'WikiEvents dev: named PER/ORG/GPE+LOC+FAC mentions, P/R/F1 by exact span',
  run: ({ limit }) => {
    if (!hasShared) return [];
    const docs = readJsonl<Doc>(sharedPath('eval', 'wikievents-dev.jsonl')).slice(0, limit);
    const gold: Entity[][] = docs.map((d) =>
      d.gold.entities
        .filter((e) => MAP[e.type] && /^\p{Lu}/u.test(e.text) && !PRONOUNS.has(e.text))
        .map((e) => ({ start: e.start, end: e.end, type: MAP[e.type]! })),
    );
    // Predictions on spans that the gold leaves out entirely are still false positives: the gold names every entity.
    const pred = docs.map((d) => predictEntities(d.text));
    return score('wikievents', gold, pred);
  },
};
