/**
 * Named-entity scoring shared by the conll and wikievents sets.
 *
 * Mapping of our records to NER types:
 * - Location (any kind) → LOC.
 * - Actor kind person → PER; organization, government, military, armed_group, media → ORG;
 *   group and other → not scored (an unknown capitalised name we could not type).
 * - Only name mentions count: a mention whose text starts with a lower-case letter ("he", "the group",
 *   "police") and the unnamed collectives (rules actors/collective, actors/demonym-collective: "Afghan
 *   forces", which CoNLL tags MISC + nothing) and "X's military" (actors/state-part) are not names.
 * - A span that is both a location and an actor ("Pakistan rejected") is scored once, as LOC: NER
 *   gold tags a country that acts as a place.
 * Scoring: exact span and type, P/R/F1 per type and micro-averaged over PER, LOC, ORG.
 */
import { extract } from '../../../src/index.js';
import type { EvalRow } from '../types.js';
import { prf } from '../types.js';

export type NerType = 'PER' | 'LOC' | 'ORG';
export interface Entity { start: number; end: number; type: NerType }

const ACTOR_TYPE: Record<string, NerType | undefined> = {
  person: 'PER', organization: 'ORG', government: 'ORG', military: 'ORG', armed_group: 'ORG', media: 'ORG',
};
// References the resolvers add to actors ("He", "The group") are not names either.
const REFERENCE = /^(?:he|she|it|they|we|i|you|him|her|them|his|its|their)$|^the\s/i;
const NOT_NAMES = new Set(['actors/collective', 'actors/demonym-collective', 'actors/state-part']);

export function predictEntities(text: string): Entity[] {
  const r = extract(text, { validate: false });
  const out = new Map<string, Entity>();
  for (const l of r.locations) {
    for (const m of l.mentions) if (/^\p{Lu}/u.test(m.text)) out.set(`${m.start}:${m.end}`, { start: m.start, end: m.end, type: 'LOC' });
  }
  for (const a of r.actors) {
    const type = ACTOR_TYPE[a.kind];
    if (!type || NOT_NAMES.has(a.rule)) continue;
    for (const m of a.mentions) {
      const k = `${m.start}:${m.end}`;
      if (!/^\p{Lu}/u.test(m.text) || REFERENCE.test(m.text) || out.has(k)) continue;
      out.set(k, { start: m.start, end: m.end, type });
    }
  }
  return [...out.values()];
}

export interface Tally { tp: number; fp: number; fn: number }

export function score(name: string, gold: Entity[][], pred: Entity[][], targets: Partial<Record<NerType | 'all', string>> = {}): EvalRow[] {
  const t: Record<NerType, Tally> = { PER: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
  gold.forEach((g, d) => {
    const p = pred[d]!;
    const gk = new Set(g.map((e) => `${e.start}:${e.end}:${e.type}`));
    const pk = new Set(p.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const e of p) t[e.type][gk.has(`${e.start}:${e.end}:${e.type}`) ? 'tp' : 'fp']++;
    for (const e of g) if (!pk.has(`${e.start}:${e.end}:${e.type}`)) t[e.type].fn++;
  });
  const rows: EvalRow[] = (['PER', 'LOC', 'ORG'] as const).map((type) => ({
    set: name, slice: type, ...prf(t[type].tp, t[type].fp, t[type].fn), ...(targets[type] ? { target: targets[type] } : {}),
  }));
  const all = (['PER', 'LOC', 'ORG'] as const).reduce((s, k) => ({ tp: s.tp + t[k].tp, fp: s.fp + t[k].fp, fn: s.fn + t[k].fn }), { tp: 0, fp: 0, fn: 0 });
  rows.push({ set: name, slice: 'all (micro)', ...prf(all.tp, all.fp, all.fn) });
  return rows;
}
