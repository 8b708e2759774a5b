/**
 * Group claims about the same quantity (same event family, same counted group, same incident) and
 * mark the groups whose values disagree: from different sources a contested figure, from one source
 * a revision. Not contested: a subset (a side's own losses vs the other side's), a different period,
 * different places, or a repeat (claim.repeatOf: the same claim restated, not a second opinion).
 */
import { canonical, type ClaimDraft, type Draft } from '../drafts.js';
import { COUNTED_HEADS, EVENT_FAMILIES } from '../lexicon/counted-heads.js';
import { rootActor } from './lookup.js';

const sourceOf = (c: ClaimDraft) => rootActor(c.source ?? c.attribution?.source);

function headClass(c: ClaimDraft): string {
  const words = c.counted.toLowerCase().match(/[a-z]+/g) ?? [];
  const head = words[words.length - 1] ?? '';
  return COUNTED_HEADS[head] ?? head;
}

function family(c: ClaimDraft): string | undefined {
  const e = c.event?.toLowerCase();
  if (e) return EVENT_FAMILIES[e] ?? e;
  // "nine casualties" carries its event in the counted noun.
  const hc = headClass(c);
  return hc === 'casualties' ? 'casualties' : undefined;
}

/** The interval a claim states: ranges as [min, max], everything else as its value. */
function interval(c: ClaimDraft): [number, number] {
  if (c.qualifier === 'range' && c.min !== undefined && c.max !== undefined) return [c.min, c.max];
  return [c.value, c.value];
}
const disagree = (a: ClaimDraft, b: ClaimDraft) => {
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  return a1 < b0 || b1 < a0;
};

/** Same quantity: compatible owners of the counted group, same period, overlapping places. */
function sameQuantity(a: ClaimDraft, b: ClaimDraft): boolean {
  const oa = rootActor(a.countedActor);
  const ob = rootActor(b.countedActor);
  if (oa && ob && oa !== ob) return false;
  if (a.eventDate && b.eventDate && a.eventDate !== b.eventDate) return false;
  if (a.locations.length && b.locations.length) {
    const la = new Set(a.locations.map((l) => canonical(l)));
    if (!b.locations.some((l) => la.has(canonical(l)))) return false;
  }
  return true;
}

export function compareFigures(draft: Draft): void {
  // Buckets by category, event family and counted group; only sourced, non-repeated claims count.
  const buckets = new Map<string, ClaimDraft[]>();
  for (const c of draft.claims) {
    if (c.dropped || c.repeatOf || !sourceOf(c)) continue;
    const fam = family(c);
    if (!fam) continue;
    const key = `${c.category}|${fam}|${headClass(c)}`;
    const list = buckets.get(key);
    if (list) list.push(c);
    else buckets.set(key, [c]);
  }
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.range.start - b.range.start);
    // Union-find over "same quantity" pairs inside the bucket.
    const parent = list.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && j < i + 200; j++) {
        if (sameQuantity(list[i]!, list[j]!)) parent[find(j)] = find(i);
      }
    }
    const groups = new Map<number, ClaimDraft[]>();
    list.forEach((c, i) => {
      const g = groups.get(find(i));
      if (g) g.push(c);
      else groups.set(find(i), [c]);
    });
    for (const g of groups.values()) {
      if (g.length < 2) continue;
      const pairs: [ClaimDraft, ClaimDraft][] = [];
      for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) if (disagree(g[i]!, g[j]!)) pairs.push([g[i]!, g[j]!]);
      if (pairs.length === 0) continue;
      const cross = pairs.some(([a, b]) => sourceOf(a) !== sourceOf(b));
      const claims = [...new Set(pairs.flat())].sort((a, b) => a.range.start - b.range.start);
      // The most specific description of what is counted: the longest counted phrase.
      const best = claims.reduce((x, y) => (y.counted.length > x.counted.length ? y : x));
      const event = claims.find((c) => c.event)?.event ?? '';
      draft.contested.push({
        about: `${best.counted}${event ? ` ${event}` : ''}`.trim(),
        claims,
        kind: cross ? 'contested' : 'revision',
        rule: cross ? 'contested/different-sources' : 'contested/same-source-revision',
      });
    }
  }
}
