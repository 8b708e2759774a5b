/** Every span of a result equals its slice of the input. Returns the offending spans. */
import type { ExtractionResult, Span } from '../../src/index.js';

export function badSpans(input: string, r: ExtractionResult): Span[] {
  const spans: Span[] = [];
  for (const a of r.actors) spans.push(...a.mentions);
  for (const l of r.locations) spans.push(...l.mentions);
  for (const c of r.claims) spans.push(c.span, c.sentence, ...(c.countedSpan ? [c.countedSpan] : []));
  for (const a of r.attributions) spans.push(a.span, a.content, ...(a.sourceSpan ? [a.sourceSpan] : []));
  for (const d of r.dates) spans.push(d.span);
  return spans.filter((s) => s.end < s.start || s.end > input.length || input.slice(s.start, s.end) !== s.text);
}
