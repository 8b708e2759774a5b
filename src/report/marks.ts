/**
 * Highlights: every record's spans become marks, and marks become nested <mark> elements over the
 * article text. Spans may cross (an attribution ending inside a claim); a crossing mark is closed and
 * reopened as a continuation fragment, so the HTML nests and every offset stays where it was.
 */
import type { ExtractionResult } from '../schema.js';
import { esc } from './html.js';

export type MarkKind = 'attribution' | 'claim' | 'actor' | 'location' | 'date';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** The record's key in the page ('claim-0'): one per record, shared by all its mentions. */
  key: string;
  /** DOM id of this mention's first fragment, the target of links from tables. */
  anchor: string;
}

// Outer first when two marks cover the same span: an attribution holds claims, a claim holds actors.
const RANK: Record<MarkKind, number> = { attribution: 0, claim: 1, actor: 2, location: 3, date: 4 };

export interface Placed {
  marks: Mark[];
  /** Record spans whose offsets or text do not match the given text. */
  misplaced: number;
}

/** Every span of every record that fits the text; a span that does not fit is counted, not thrown. */
export function collectMarks(result: Pick<ExtractionResult, 'actors' | 'locations' | 'claims' | 'attributions' | 'dates'>, text: string): Placed {
  const marks: Mark[] = [];
  let misplaced = 0;
  const add = (kind: MarkKind, key: string, anchor: string, sp: { start: number; end: number; text?: string } | undefined) => {
    if (!sp) return;
    const { start, end } = sp;
    const fits = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length
      && (typeof sp.text !== 'string' || text.slice(start, end) === sp.text);
    if (!fits) { misplaced++; return; }
    marks.push({ start, end, kind, key, anchor });
  };
  (result.attributions ?? []).forEach((a, i) => add('attribution', `attribution-${i}`, `m-attribution-${i}`, a.span));
  (result.claims ?? []).forEach((c, i) => add('claim', `claim-${i}`, `m-claim-${i}`, c.span));
  (result.actors ?? []).forEach((a, i) => (a.mentions ?? []).forEach((m, j) => add('actor', `actor-${i}`, `m-actor-${i}-${j}`, m)));
  (result.locations ?? []).forEach((l, i) => (l.mentions ?? []).forEach((m, j) => add('location', `location-${i}`, `m-location-${i}-${j}`, m)));
  (result.dates ?? []).forEach((d, i) => add('date', `date-${i}`, `m-date-${i}`, d.span));
  return { marks: sortMarks(marks), misplaced };
}

/** The order nestMarks needs: by start, longer first, then attribution > claim > actor > location > date. */
export function sortMarks(marks: Mark[]): Mark[] {
  return marks.sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
}

function open(m: Mark, first: boolean): string {
  const head = `<mark class="mk mk-${m.kind}" data-rec="${m.key}"`;
  return first
    ? `${head} id="${m.anchor}" tabindex="0" aria-describedby="rec-${m.key}">`
    : `${head} data-cont="">`;
}

/**
 * The text as HTML with the marks nested in it. `marks` must be in range and sorted by sortMarks.
 *
 * @example
 * nestMarks('a bc', [{ start: 2, end: 4, kind: 'claim', key: 'claim-0', anchor: 'm-claim-0' }]);
 * // 'a <mark class="mk mk-claim" … id="m-claim-0" …>bc</mark>'
 */
export function nestMarks(text: string, marks: readonly Mark[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  const stack: Mark[] = [];
  let next = 0;
  let pos = 0;
  for (const b of points) {
    if (b > pos) out.push(esc(text.slice(pos, b)));
    pos = b;
    // Close every mark that ends here, and the ones opened inside it; reopen those that go on.
    const lowest = stack.findIndex((m) => m.end <= b);
    if (lowest >= 0) {
      const goOn = stack.slice(lowest).filter((m) => m.end > b);
      out.push('</mark>'.repeat(stack.length - lowest));
      stack.length = lowest;
      for (const m of goOn) { out.push(open(m, false)); stack.push(m); }
    }
    while (next < marks.length && marks[next]!.start === b) {
      const m = marks[next++]!;
      out.push(open(m, true));
      stack.push(m);
    }
  }
  out.push('</mark>'.repeat(stack.length));
  return out.join('');
}
