import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise.js';
import { segment } from '../segment.js';
import { recogniseDates } from '../recognisers/dates.js';
import type { AttributionDraft, ClaimDraft, Draft, Range } from '../drafts.js';
import { anchorDates } from './anchor-dates.js';

/** A draft with one claim on `figure` and, when `cue` is given, an attribution whose content follows the cue. */
function draftOf(text: string, publishedAt: string | undefined, figure: string, cue?: string) {
  const n = normalise(text);
  const doc = segment(text, n.text, n.furniture);
  if (publishedAt) doc.publishedAt = new Date(publishedAt).toISOString();
  const at = (s: string, from = 0): Range => {
    const i = text.indexOf(s, from);
    if (i < 0) throw new Error(`test bug: "${s}" not in text`);
    return { start: i, end: i + s.length };
  };
  const range = at(figure);
  const sentence = doc.sentences.findIndex((s) => range.start >= s.start && range.start < s.end);
  const claim: ClaimDraft = {
    value: Number(figure) || 0, qualifier: 'exact', category: 'casualty', counted: 'people', locations: [], range,
    sentence, rule: 'test',
  };
  const attributions: AttributionDraft[] = [];
  if (cue) {
    const c = at(cue);
    const s = doc.sentences[sentence]!;
    const that = text.indexOf(' that ', c.end);
    const contentStart = that >= 0 && that < s.end ? that + 6 : c.end + 1;
    attributions.push({
      sourceText: '', cue: c, stance: 'assert', direct: false, content: { start: contentStart, end: s.end },
      range: { start: s.start, end: s.end }, claims: [], sentence, rule: 'test',
    });
  }
  const draft: Draft = { doc, actors: [], locations: [], claims: [claim], attributions, contested: [], dates: recogniseDates(doc) };
  anchorDates(draft);
  return { claim, attribution: attributions[0] };
}

describe('anchorDates', () => {
  const rows: [text: string, publishedAt: string | undefined, figure: string, cue: string | undefined, eventDate: string | undefined, statedAt: string | undefined][] = [
    ['Police said 12 people were killed on Saturday.', '2026-03-10', '12', 'said', '2026-03-07', undefined],
    ['Police said on Monday that 12 people were killed on Saturday.', '2026-03-10', '12', 'said', '2026-03-07', '2026-03-09'],
    // The only date dates the statement, not the deaths.
    ['Police said on Monday that 12 people were killed.', '2026-03-10', '12', 'said', undefined, '2026-03-09'],
    // The nearer of two dates governs.
    ['After talks on Monday, 12 people were killed on Saturday in a new attack.', '2026-03-10', '12', undefined, '2026-03-07', undefined],
    // Same clause beats nearer across a comma.
    ['On Monday, 12 people were killed.', '2026-03-10', '12', undefined, '2026-03-09', undefined],
    // A sentence without a date inherits the story's focus: the last day before it, else the first after.
    ['Gunmen attacked a bus on Monday. Later 12 people died of their wounds.', '2026-03-10', '12', undefined, '2026-03-09', undefined],
    ['About 12 people were kidnapped. The raid took place on 30 December.', '2026-01-03', '12', undefined, '2025-12-30', undefined],
    // A month or a year is no focus for a day's events.
    ['Talks collapsed in February. Later 12 people were killed.', '2026-03-10', '12', undefined, undefined, undefined],
    // "since 2017" and "until Monday" bound a period; they do not date the attack.
    ['The attack, the deadliest since 2017, killed 12 people.', '2026-03-10', '12', undefined, undefined, undefined],
    ['The curfew lasts until Monday, after 12 people were killed.', '2026-03-10', '12', undefined, undefined, undefined],
    // The dateline dates the report, not the kidnapping.
    ['   SAN SALVADOR, 3 JAN 90 -- [TEXT] ABOUT 50 PEASANTS HAVE BEEN KIDNAPPED.', '1990-01-03', '50', undefined, undefined, undefined],
    ['THREE SUBVERSIVES WERE KILLED AND 7 OTHERS WERE WOUNDED DURING CLASHES YESTERDAY.', '1990-01-03', '7', undefined, '1990-01-02', undefined],
    // Unresolved dates (no reference) give nothing.
    ['Police said 12 people were killed on Saturday.', undefined, '12', 'said', undefined, undefined],
  ];
  it.each(rows)('%s → eventDate %s', (text, publishedAt, figure, cue, eventDate, statedAt) => {
    const { claim, attribution } = draftOf(text, publishedAt, figure, cue);
    expect(claim.eventDate).toBe(eventDate);
    expect(attribution?.statedAt).toBe(statedAt);
  });
});
