/** Every span of a result equals its slice of the input. Returns the offending spans. */
import type { ExtractionResult, Span } from '../../src/index.js';

/** The span fields the schema names today, listed by hand so a renamed field shows up as a type error. */
function namedSpans(r: ExtractionResult): Span[] {
  // Loops, not push(...xs): an actor can have 100,000s of mentions on pathological input.
  const spans: Span[] = [];
  const add = (...xs: (Span | undefined)[]) => {
    for (const x of xs) if (x) spans.push(x);
  };
  for (const a of r.actors) for (const m of a.mentions) add(m);
  for (const l of r.locations) for (const m of l.mentions) add(m);
  for (const c of r.claims) add(c.span, c.sentence, c.countedSpan);
  for (const a of r.attributions) add(a.span, a.content, a.sourceSpan);
  for (const d of r.dates) add(d.span);
  return spans;
}

const isSpanLike = (x: unknown): x is Span =>
  x !== null && typeof x === 'object' && !Array.isArray(x) &&
  typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number' && typeof (x as Span).text === 'string';

/** Every object anywhere in the result shaped like a span ({start, end, text}), so fields added later are covered too. */
export function allSpans(r: unknown): Span[] {
  const out: Span[] = [];
  const walk = (x: unknown) => {
    if (x === null || typeof x !== 'object') return;
    if (isSpanLike(x)) out.push(x);
    for (const v of Array.isArray(x) ? x : Object.values(x)) walk(v);
  };
  walk(r);
  return out;
}

export function badSpans(input: string, r: ExtractionResult): Span[] {
  const spans = new Set([...namedSpans(r), ...allSpans(r)]);
  return [...spans].filter(
    (s) => !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 ||
      s.end < s.start || s.end > input.length || input.slice(s.start, s.end) !== s.text,
  );
}
