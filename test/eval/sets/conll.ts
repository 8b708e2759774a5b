/**
 * Eval set "conll": CoNLL-2003 English dev (testa), 216 Reuters documents. Our actor and location
 * mentions scored as PER / LOC / ORG by exact span (mapping in ./ner.ts); MISC gold is not scored,
 * but a MISC span we call PER/LOC/ORG counts as a false positive.
 */
import { hasShared, readJsonl, sharedPath } from '../../helpers/shared.js';
import type { EvalSet } from '../types.js';
import { predictEntities, score, type Entity, type NerType } from './ner.js';

interface Doc { id: string; text: string; gold: { entities: { start: number; end: number; type: string }[] } }
const TYPES = new Set(['PER', 'LOC', 'ORG']);

export const conllSet: EvalSet = {
  name: 'conll',
  description: 'CoNLL-2003 dev: PER/LOC/ORG P/R/F1 by exact span',
  run: ({ limit }) => {
    if (!hasShared) return [];
    const docs = readJsonl<Doc>(sharedPath('eval', 'conll2003-dev.jsonl')).slice(0, limit);
    const gold: Entity[][] = docs.map((d) => d.gold.entities.filter((e) => TYPES.has(e.type)).map((e) => ({ start: e.start, end: e.end, type: e.type as NerType })));
    const pred = docs.map((d) => predictEntities(d.text));
    return score('conll', gold, pred, { PER: '≥ 0.85', LOC: '≥ 0.85', ORG: '≥ 0.70' });
  },
};
