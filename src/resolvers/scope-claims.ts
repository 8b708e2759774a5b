/**
 * Claims to the attribution whose content holds them (attributionId, sourceId), and nested
 * attributions to the attribution around them (parentId: "Reuters reported that officials said …").
 * The innermost attribution wins: in "X said that Y claimed 58 died" the 58 is Y's.
 * Label-colon lines ("Taliban claim: 58 …") are attributions whose content is the rest of the line,
 * so their claims are scoped the same way.
 */
import type { AttributionDraft, Draft, Range } from '../drafts.js';

const inside = (inner: Range, outer: Range) => inner.start >= outer.start && inner.end <= outer.end;
const size = (r: Range) => r.end - r.start;

/** Attributions sorted by content start, for a bounded scan per claim. */
function byContent(atts: AttributionDraft[]): AttributionDraft[] {
  return [...atts].sort((a, b) => a.content.start - b.content.start || size(b.content) - size(a.content));
}

/** The smallest attribution content holding `r` (skipping `self`), scanning only contents that start before r. */
function innermost(sorted: AttributionDraft[], maxLen: number, r: Range, self?: AttributionDraft): AttributionDraft | undefined {
  // Binary search: last content starting at or before r.start.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.content.start <= r.start) lo = mid + 1;
    else hi = mid;
  }
  let best: AttributionDraft | undefined;
  for (let i = lo - 1; i >= 0; i--) {
    const a = sorted[i]!;
    // Contents are bounded in length, so nothing further back can still reach r.
    if (r.start - a.content.start > maxLen) break;
    if (a === self || !inside(r, a.content)) continue;
    if (!best || size(a.content) < size(best.content)) best = a;
  }
  return best;
}

export function scopeClaims(draft: Draft): void {
  const atts = draft.attributions.filter((a) => !a.dropped);
  if (atts.length === 0) return;
  const sorted = byContent(atts);
  const maxLen = Math.max(...atts.map((a) => size(a.content)));
  // Nested attributions: the cue of one lies in the content of another.
  for (const a of atts) {
    if (a.parent) continue;
    const p = innermost(sorted, maxLen, a.cue, a);
    if (p && p !== a && !inside(p.cue, a.content)) a.parent = p;
  }
  // "The AP, citing a rescue worker, said …": the cited source is nested in the attribution it shares content with.
  const byRange = new Map<string, AttributionDraft>();
  for (const b of atts) if (b.rule !== 'attributions/citing') byRange.set(`${b.content.start}:${b.content.end}`, b);
  for (const a of atts) {
    if (a.parent || a.rule !== 'attributions/citing') continue;
    const p = byRange.get(`${a.content.start}:${a.content.end}`);
    if (p && p.sentence === a.sentence) a.parent = p;
  }
  for (const c of draft.claims) {
    if (c.dropped || c.attribution) continue;
    const a = innermost(sorted, maxLen, c.range);
    if (!a) continue;
    c.attribution = a;
    if (!c.source && a.source) c.source = a.source;
    if (!a.claims.includes(c)) a.claims.push(c);
  }
}
