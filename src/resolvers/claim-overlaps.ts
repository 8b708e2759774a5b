/**
 * Drop claims that overlap a better claim, or sit inside a date, an actor or a location mention
 * ("Resolution 2231" as a name, "G7", "10 November" found by the date recogniser).
 * A better claim: one with an event, then the longer span.
 */
import type { ClaimDraft, Draft, Range } from '../drafts.js';

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const inside = (a: Range, b: Range) => a.start >= b.start && a.end <= b.end;
const score = (c: ClaimDraft) => (c.event ? 1_000_000 : 0) + (c.range.end - c.range.start);

/**
 * @example
 * dropClaimOverlaps(draft) // "£75m ($141m)": the bracketed $141m is marked dropped
 */
export function dropClaimOverlaps(draft: Draft): void {
  const live = draft.claims.filter((c) => !c.dropped).sort((a, b) => a.range.start - b.range.start);
  // Claims against each other: sorted by start, so only neighbours whose spans still run can overlap.
  for (let i = 0; i < live.length; i++) {
    const a = live[i]!;
    if (a.dropped) continue;
    for (let j = i + 1; j < live.length && live[j]!.range.start < a.range.end; j++) {
      const b = live[j]!;
      if (b.dropped || !overlaps(a.range, b.range)) continue;
      if (score(b) > score(a)) { a.dropped = true; break; }
      b.dropped = true;
    }
  }
  // A conversion in brackets restates the amount before it: "£75m ($141m)" is one figure, not two.
  for (let i = 1; i < live.length; i++) {
    const a = live[i - 1]!;
    const b = live[i]!;
    if (a.dropped || b.dropped || a.category !== 'money' || b.category !== 'money' || a.sentence !== b.sentence) continue;
    const between = draft.doc.text.slice(a.range.end, b.range.start);
    if (between.length <= 3 && /^\s*[(\[]\s*$/.test(between)) b.dropped = true;
  }
  // Claims inside dates, names of actors and places: sort the blocking spans once, walk both lists.
  const blocks: Range[] = [
    ...draft.dates.map((d) => d.range),
    ...draft.actors.filter((a) => !a.mergedInto).flatMap((a) => a.mentions),
    ...draft.locations.filter((l) => !l.mergedInto).flatMap((l) => l.mentions),
  ].sort((a, b) => a.start - b.start);
  if (!blocks.length) return;
  const dateRanges = new Set(draft.dates.map((d) => d.range));
  let k = 0;
  let maxEnd = -1;
  const active: Range[] = [];
  for (const c of live) {
    if (c.dropped) continue;
    while (k < blocks.length && blocks[k]!.start <= c.range.start) {
      active.push(blocks[k]!);
      maxEnd = Math.max(maxEnd, blocks[k]!.end);
      k++;
    }
    // A date or name that holds the figure: the figure is part of a name ("Group of 77") or a date.
    if (maxEnd >= c.range.end) {
      for (let n = active.length - 1; n >= 0 && n >= active.length - 50; n--) {
        if (inside(c.range, active[n]!)) { c.dropped = true; break; }
      }
    }
    // Dates that start inside the claim and cover its figure ("10 NOVEMBER" from "AS OF 10 NOVEMBER").
    for (let n = k; n < blocks.length && blocks[n]!.start < c.range.end; n++) {
      const d = blocks[n]!;
      if (dateRanges.has(d) && overlaps(d, c.range) && d.end >= c.range.end) { c.dropped = true; break; }
    }
  }
}
