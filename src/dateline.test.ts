import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';
import { segment } from './segment.js';
import { datelineDate, findDateline } from './dateline.js';
import { extract } from './extract.js';

function docOf(text: string) {
  const n = normalise(text);
  return segment(text, n.text, n.furniture);
}

describe('datelineDate', () => {
  const rows: [string, string | undefined][] = [
    // FBIS / MUC-4: indented, all caps, two-digit year, double dash.
    ['   SAN SALVADOR, 3 JAN 90 -- [REPORT] [ARMED FORCES PRESS COMMITTEE] [TEXT] THE ARMY SAID', '1990-01-03'],
    ['   LIMA, 12 MAR 89 (EFE) -- [TEXT] POLICE SAID TWO BOMBS EXPLODED', '1989-03-12'],
    ['   MADRID (SPAIN), 8 JAN 90 (DOMESTIC SERVICE) -- [TEXT] HERE IN MADRID', '1990-01-08'],
    ['   CLANDESTINE, 17 NOV 89 -- [INTERVIEW WITH A COMMANDER]', '1989-11-17'],
    ['   PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- [TEXT] A DEPORTED OFFICER SAID', '1989-06-11'],
    // Reuters RCV1 / CoNLL: ISO date on the line after the headline.
    ['SOCCER - CAPTAIN NAMED FOR QUALIFIER.\nLONDON 1996-08-30\nThe striker was named captain on Friday.', '1996-08-30'],
    ['SOCCER - JAPAN GET LUCKY WIN.\nAL-AIN , United Arab Emirates 1996-12-06\nJapan began the defence of their title.', '1996-12-06'],
    // A headline with a date in it is not the dateline; the line after it is.
    ['Belgrade airport runway repairs Sept 21-26-agency.\nBELGRADE 1996-08-30\nThe runway will close.', '1996-08-30'],
    // AP and agency styles.
    ['WASHINGTON, Oct. 12, 2025 (AP) — Officials said the talks would resume.', '2025-10-12'],
    ['Geneva, 4 March 2024 - The agency said aid convoys were blocked.', '2024-03-04'],
    // No year: recognised as a dateline, but it cannot be a reference.
    ['KABUL, Oct 12 (Reuters) - The Taliban said on Sunday that 58 soldiers were killed.', undefined],
    // Not datelines.
    ['Officials said on 3 January 2024 that the border had reopened.', undefined],
    ['In London 1996-08-30 was a hot day', undefined],
    ['3 JAN 90 -- THE ARMY SAID', undefined],
    ['ROUTE 1990 WAS CLOSED -- POLICE SAID', undefined],
    ['The Sunday Times reported the figure on Saturday.', undefined],
    ['Headline one\nHeadline two\nHeadline three\nLONDON 1996-08-30\nToo deep to be a dateline.', undefined],
    ['', undefined],
  ];
  it.each(rows)('%j → %s', (text, expected) => {
    expect(datelineDate(docOf(text))).toBe(expected ? `${expected}T00:00:00.000Z` : undefined);
  });

  it('finds the yearless Reuters dateline and the span of its date', () => {
    const text = 'KABUL, Oct 12 (Reuters) - The Taliban said on Sunday that 58 soldiers were killed.';
    const d = findDateline(docOf(text));
    expect(d && text.slice(d.date.start, d.date.end)).toBe('Oct 12');
    expect(d?.day).toBeUndefined();
  });
});

describe('extract() takes publishedAt from the dateline only when the caller gave none', () => {
  const text = '   SAN SALVADOR, 3 JAN 90 -- [TEXT] THREE SUBVERSIVES WERE KILLED YESTERDAY IN USULUTAN.';
  it('uses the dateline', () => {
    const r = extract(text);
    expect(r.meta?.publishedAt).toBe('1990-01-03T00:00:00.000Z');
    expect(r.dates.map((d) => [d.span.text, d.date])).toEqual([['3 JAN 90', '1990-01-03'], ['YESTERDAY', '1990-01-02']]);
  });
  it("keeps the caller's publishedAt", () => {
    const r = extract({ text, publishedAt: '1990-01-05T12:00:00Z' });
    expect(r.meta?.publishedAt).toBe('1990-01-05T12:00:00.000Z');
    expect(r.dates.find((d) => d.span.text === 'YESTERDAY')?.date).toBe('1990-01-04');
  });
});
