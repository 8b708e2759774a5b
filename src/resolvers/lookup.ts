/** Shared look-ups for resolvers: which canonical record a range of text belongs to. */
import { canonical, type ActorDraft, type Draft, type LocationDraft, type Range } from '../drafts.js';

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** The canonical actor with a mention overlapping `range` (the longest such mention wins). */
export function actorAt(draft: Draft, range: Range): ActorDraft | undefined {
  let best: ActorDraft | undefined;
  let bestLen = -1;
  for (const a of draft.actors) {
    for (const m of a.mentions) {
      if (overlaps(m, range) && m.end - m.start > bestLen) {
        best = a;
        bestLen = m.end - m.start;
      }
    }
  }
  return best && canonical(best);
}

/** The canonical location with a mention overlapping `range`. */
export function locationAt(draft: Draft, range: Range): LocationDraft | undefined {
  let best: LocationDraft | undefined;
  let bestLen = -1;
  for (const l of draft.locations) {
    for (const m of l.mentions) {
      if (overlaps(m, range) && m.end - m.start > bestLen) {
        best = l;
        bestLen = m.end - m.start;
      }
    }
  }
  return best && canonical(best);
}

/** Follow affiliations up to the top actor: a spokesman → his ministry → its government. */
export function rootActor(a: ActorDraft | undefined): ActorDraft | undefined {
  let x = a && canonical(a);
  for (let i = 0; x && x.affiliation && i < 5; i++) x = canonical(x.affiliation);
  return x;
}

/**
 * Binary search over items sorted by `key`: the index of the first item whose key is not below `pos`
 * (items.length when none).
 *
 * @example
 * firstFrom(mentions, 120, (m) => m.start) // the first mention starting at or after offset 120
 */
export function firstFrom<T>(items: readonly T[], pos: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
