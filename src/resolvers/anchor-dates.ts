/**
 * Dates that govern a claim or attribution in the sentence: eventDate and statedAt.
 *
 * The rule, in order:
 * 1. Only resolved dates (with a `date`) in the SAME sentence count; the dateline's date is the report's
 *    date, not an event's, and dates after "since", "until", "before", "after", "by" bound a period
 *    rather than date the event ("the worst attack since 2017"), so neither governs.
 * 2. An attribution's statedAt is the date in its reporting clause (inside the attribution's span but
 *    outside its content), nearest the cue: "Pakistan said on Sunday that ..." → Sunday.
 * 3. A claim's eventDate is the date nearest the claim in its sentence (gap between the spans, ties to
 *    the earlier date), preferring dates in the same clause (no comma, semicolon, colon, bracket or dash
 *    between them: "After talks on Monday, 12 people were killed on Saturday" → Saturday), and leaving
 *    out the date of its own attribution's reporting clause: when the army "said on Sunday that 23
 *    soldiers died", Sunday dates the statement, not the deaths.
 * 4. A claim whose sentence has no such date inherits the temporal focus of the story: the last
 *    day-granular date before it in the document (else the first after it), the dateline still excluded.
 *    News narrates one event forward from the date its lead sets ("Gunmen attacked a bus on Saturday.
 *    Twelve people were killed."). On MUC-4 with stand-in claims this took correct eventDates from 99 to
 *    199 of 390 templates at the same precision (~77% of dated ones); drop this step for sentence-only.
 */
import type { AttributionDraft, DateDraft, Draft, Range } from '../drafts.js';
import { sentenceAt, type Doc } from '../doc.js';

const BOUNDING = /(?:^|[^\p{L}])(?:since|until|till|before|after|by)\s{1,3}(?:(?:early|late|mid|the|last)[\s-]{1,3})?$/iu;

const gap = (a: Range, b: Range) => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);
const inside = (r: Range, outer: Range) => r.start >= outer.start && r.end <= outer.end;

/** Farther than this, two spans are not read as one clause (also bounds the scan). */
const CLAUSE_MAX = 300;

/** Distance from a date to a claim, with a clause break between them costing more than any distance. */
function cost(text: string, d: Range, c: Range): number {
  const g = gap(d, c);
  const between = d.end <= c.start ? [d.end, c.start] : [c.end, d.start];
  const broken = g > CLAUSE_MAX || /[,;:()]|\s-\s|--/.test(text.slice(between[0], between[1]));
  return g + (broken ? CLAUSE_MAX * 2 : 0);
}

/** The last focus date ending before `pos` (binary search), else the first one. */
function focusAt(focus: DateDraft[], pos: number): DateDraft | undefined {
  let lo = 0;
  let hi = focus.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (focus[mid]!.range.end <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return focus[found >= 0 ? found : 0];
}

/** The date in an attribution's reporting clause, nearest its cue. */
function reportingDate(a: AttributionDraft, dates: DateDraft[]): DateDraft | undefined {
  let best: DateDraft | undefined;
  for (const d of dates) {
    if (!inside(d.range, a.range) || gap(d.range, a.content) === 0) continue;
    if (!best || gap(d.range, a.cue) < gap(best.range, a.cue)) best = d;
  }
  return best;
}

export function anchorDates(draft: Draft): void {
  const { doc } = draft;
  const bySentence = new Map<number, DateDraft[]>();
  for (const d of draft.dates) {
    if (!d.date || d.rule === 'dates/dateline') continue;
    if (BOUNDING.test(doc.text.slice(Math.max(0, d.range.start - 16), d.range.start))) continue;
    const s = sentenceAt(doc, d.range.start);
    if (s === undefined) continue;
    const list = bySentence.get(s);
    if (list) list.push(d);
    else bySentence.set(s, [d]);
  }
  if (bySentence.size === 0) return;
  // Step 4's candidates, in text order.
  const focus = [...bySentence.values()].flat().filter((d) => d.granularity === 'day');
  focus.sort((a, b) => a.range.start - b.range.start);

  // Reporting-clause dates per sentence, with the attribution whose statement they date.
  const stated = new Map<number, { a: AttributionDraft; d: DateDraft }[]>();
  for (const a of draft.attributions) {
    if (a.dropped) continue;
    const dates = bySentence.get(a.sentence);
    const d = dates && reportingDate(a, dates);
    if (!d) continue;
    a.statedAt ??= d.date;
    const list = stated.get(a.sentence);
    if (list) list.push({ a, d });
    else stated.set(a.sentence, [{ a, d }]);
  }

  for (const c of draft.claims) {
    if (c.dropped || c.eventDate) continue;
    const dates = bySentence.get(c.sentence);
    if (!dates) {
      const f = focusAt(focus, c.range.start);
      if (f) c.eventDate = f.date;
      continue;
    }
    // The claim's own attribution, or any whose content holds the claim, even if not yet linked.
    const skip = new Set(
      (stated.get(c.sentence) ?? []).filter(({ a }) => a === c.attribution || inside(c.range, a.content)).map(({ d }) => d),
    );
    let best: DateDraft | undefined;
    for (const d of dates) {
      if (skip.has(d)) continue;
      if (!best || cost(doc.text, d.range, c.range) < cost(doc.text, best.range, c.range)) best = d;
    }
    if (best) c.eventDate = best.date;
  }
}
