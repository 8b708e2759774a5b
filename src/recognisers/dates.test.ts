import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise.js';
import { segment } from '../segment.js';
import type { Doc } from '../doc.js';
import { recogniseDates } from './dates.js';

function docOf(text: string, publishedAt?: string): Doc {
  const n = normalise(text);
  const doc = segment(text, n.text, n.furniture);
  if (publishedAt) doc.publishedAt = new Date(publishedAt).toISOString();
  return doc;
}

/** Each date as "span=date/granularity/certainty" ("?" for no date). */
const dates = (text: string, publishedAt?: string) =>
  recogniseDates(docOf(text, publishedAt)).map(
    (d) => `${text.slice(d.range.start, d.range.end)}=${d.date ?? '?'}/${d.granularity}/${d.certainty}`,
  );

type Row = [text: string, publishedAt: string | undefined, expected: string[]];

describe('recogniseDates', () => {
  describe('absolute dates keep their numbers inside the span', () => {
    const rows: Row[] = [
      ['The attack took place on 23 Aug 88 near the border.', undefined, ['23 Aug 88=1988-08-23/day/inferred']],
      ['The attack took place on 23 Aug 88 near the border.', '2026-03-10', ['23 Aug 88=1988-08-23/day/stated']],
      ['Talks opened on Oct. 12, 2025, in Doha.', undefined, ['Oct. 12, 2025=2025-10-12/day/stated']],
      ['The figures were published on 1996-08-30 by the ministry.', undefined, ['1996-08-30=1996-08-30/day/stated']],
      ['THE KIDNAPPING TOOK PLACE ON 3 JAN 90 IN SAN MIGUEL.', undefined, ['3 JAN 90=1990-01-03/day/inferred']],
      ['The ceasefire began on the 12th of October 2025.', undefined, ['12th of October 2025=2025-10-12/day/stated']],
      ['Elections were held in May 2017 after months of unrest.', undefined, ['May 2017=2017-05-01/month/stated']],
      ['The group was founded in 2017 by former officers.', undefined, ['2017=2017-01-01/year/stated']],
      ['Prices have risen since early 2020, officials said.', undefined, ['early 2020=2020-01-01/year/stated']],
      ['Troops arrived on October 1st and left a week later.', '2025-11-02', ['October 1st=2025-10-01/day/inferred']],
    ];
    it.each(rows)('%s (published %s)', (text, ref, expected) => {
      expect(dates(text, ref)).toEqual(expected);
    });
  });

  describe('a partial date takes the year that puts it nearest the reference', () => {
    const rows: Row[] = [
      ['The clashes began on 12 October.', '2026-03-10', ['12 October=2025-10-12/day/inferred']],
      ['The clashes began on 12 October.', '2025-10-20', ['12 October=2025-10-12/day/inferred']],
      ['THE MASS KIDNAPPING TOOK PLACE ON\n30 DECEMBER IN SAN LUIS.', '1990-01-03', ['30 DECEMBER=1989-12-30/day/inferred']],
      ['The clashes began on 12 October.', undefined, ['12 October=?/day/unresolved']],
      ['The vote is due in March and results in April.', '2025-12-01', ['March=2026-03-01/month/inferred', 'April=2026-04-01/month/inferred']],
      ['Fighting has continued since last March.', '2025-12-01', ['last March=2025-03-01/month/inferred']],
      ['No attack occurred on 31 April.', '2025-12-01', []],
    ];
    it.each(rows)('%s (published %s)', (text, ref, expected) => {
      expect(dates(text, ref)).toEqual(expected);
    });
  });

  describe('two-digit years take the century nearest the reference, else 1950–2049', () => {
    const rows: Row[] = [
      ['Talks collapsed on 3 JAN 05 in the capital.', '2026-03-10', ['3 JAN 05=2005-01-03/day/stated']],
      ['Talks collapsed on 3 JAN 90 in the capital.', '1990-01-09', ['3 JAN 90=1990-01-03/day/stated']],
      ['Talks collapsed on 3 JAN 30 in the capital.', undefined, ['3 JAN 30=2030-01-03/day/inferred']],
      // The number after the month counts soldiers, not a year.
      ['On 12 October 15 soldiers died.', '2025-10-20', ['12 October=2025-10-12/day/inferred']],
    ];
    it.each(rows)('%s (published %s)', (text, ref, expected) => {
      expect(dates(text, ref)).toEqual(expected);
    });
  });

  describe('relative dates across a month boundary (published Sunday 1 March 2026)', () => {
    const ref = '2026-03-01T10:00:00Z';
    const rows: [string, string[]][] = [
      ['Two soldiers died yesterday.', ['yesterday=2026-02-28/day/inferred']],
      ['Shelling continued overnight.', ['overnight=2026-02-28/day/inferred']],
      ['Officials met this morning.', ['this morning=2026-03-01/day/inferred']],
      ['The strike happened two days ago.', ['two days ago=2026-02-27/day/inferred']],
      ['The strike happened 10 days ago.', ['10 days ago=2026-02-19/day/inferred']],
      ['A FEW MINUTES AGO, THERE WAS AN ATTACK.', ['A FEW MINUTES AGO=2026-03-01/day/inferred']],
      ['The blast came 36 hours ago.', ['36 hours ago=2026-02-28/day/inferred']],
      ['The blast came a few days ago.', []],
      ['Clashes erupted last week.', ['last week=2026-02-16/week/inferred']],
      ['Prices rose last month.', ['last month=2026-02-01/month/inferred']],
      ['The ministry said earlier this month that talks had failed.', ['earlier this month=2026-03-01/month/inferred']],
      ['Troops withdrew on Saturday.', ['Saturday=2026-02-28/day/inferred']],
      ['Rallies were held on Sunday.', ['Sunday=2026-03-01/day/inferred']],
      ['Rallies were held last Sunday.', ['last Sunday=2026-02-22/day/inferred']],
      ['A bomb exploded on Friday night.', ['Friday night=2026-02-27/day/inferred']],
      ['Talks resume next Monday.', ['next Monday=2026-03-02/day/inferred']],
      ['Crowds gathered last weekend.', ['last weekend=2026-02-21/day/inferred']],
      ['YESTERDAY AFTERNOON THREE SUBVERSIVES WERE KILLED.', ['YESTERDAY AFTERNOON=2026-02-28/day/inferred']],
      ['The day before yesterday police arrested him.', ['The day before yesterday=2026-02-27/day/inferred']],
    ];
    it.each(rows)('%s', (text, expected) => {
      expect(dates(text, ref)).toEqual(expected);
    });
  });

  describe('relative dates across a year boundary (published Thursday 1 January 2026)', () => {
    const ref = '2026-01-01';
    const rows: [string, string[]][] = [
      ['Two soldiers died yesterday.', ['yesterday=2025-12-31/day/inferred']],
      ['Shelling continued overnight.', ['overnight=2025-12-31/day/inferred']],
      ['The strike happened two days ago.', ['two days ago=2025-12-30/day/inferred']],
      ['Troops withdrew on Saturday.', ['Saturday=2025-12-27/day/inferred']],
      ['The statement came on Thursday.', ['Thursday=2026-01-01/day/inferred']],
      ['Prices rose last month.', ['last month=2025-12-01/month/inferred']],
      ['Exports fell last year.', ['last year=2025-01-01/year/inferred']],
      ['Last week the army said it had regained control.', ['Last week=2025-12-22/week/inferred']],
      ['The ceasefire was signed on 12 December.', ['12 December=2025-12-12/day/inferred']],
      ['Elections are due this year.', ['this year=2026-01-01/year/inferred']],
    ];
    it.each(rows)('%s', (text, expected) => {
      expect(dates(text, ref)).toEqual(expected);
    });
  });

  describe('without a reference, relative dates stay unresolved (the clock is never read)', () => {
    const rows: [string, string[]][] = [
      ['Two soldiers died yesterday.', ['yesterday=?/day/unresolved']],
      ['Shelling continued overnight.', ['overnight=?/day/unresolved']],
      ['Troops withdrew on Saturday.', ['Saturday=?/day/unresolved']],
      ['Clashes erupted last week.', ['last week=?/week/unresolved']],
      ['The strike happened two days ago.', ['two days ago=?/day/unresolved']],
      ['The ministry said earlier this month that talks had failed.', ['earlier this month=?/month/unresolved']],
      ['Fighting has continued since last March.', ['last March=?/month/unresolved']],
    ];
    it.each(rows)('%s', (text, expected) => {
      expect(dates(text)).toEqual(expected);
    });
  });

  describe('negative neighbours are not dates', () => {
    const rows: [string, string[]][] = [
      ['It may rain before the talks.', []],
      ['Theresa May met the envoy.', []],
      ['The plan was backed by May and her cabinet.', []],
      ['Talks ran from March to the end of June.', ['March=2026-03-01/month/inferred', 'June=2026-06-01/month/inferred']],
      ['Protesters march through the capital.', []],
      ['The Sunday Times reported the figure.', []],
      ['Bloody Sunday is remembered every year.', []],
      ['More than 2,000 soldiers were deployed.', []],
      ['Traffic on Route 1990 was halted.', []],
      ['A total of 1990 soldiers were deployed.', []],
      ['The 12 Marines returned home.', []],
      ['USA Today reported the figure.', []],
      ['Officials imposed an overnight curfew.', []],
      ['Prices fell over the last week.', []],
      ['Unemployment peaked in the 1990s.', []],
      ['Rates rose 3 percent in 2019.', ['2019=2019-01-01/year/stated']],
      ['The Friday prayers were cancelled.', []],
      ['POLICE POSTED ALONG 9 OCTOBER AVENUE WERE ATTACKED.', []],
      ['THE 19 APRIL MOVEMENT SAID IT WOULD DISARM.', []],
      ['A GROUP CALLING ITSELF THE "9 MAY" PEOPLE\'S FRONT CLAIMED IT.', []],
      ['Markets close early on a Saturday morning.', []],
      ['Protests are held every Friday.', []],
      ['In January 25 people took part.', ['January=2026-01-01/month/inferred']],
      ['They march in March 2,000 strong.', ['March=2026-03-01/month/inferred']],
    ];
    it.each(rows)('%s', (text, expected) => {
      expect(dates(text, '2026-03-10')).toEqual(expected);
    });
  });

  it('marks the dateline date with its own rule', () => {
    const ds = recogniseDates(docOf('   SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMY REPORTED CLASHES YESTERDAY.', '1990-01-03'));
    expect(ds.map((d) => d.rule)).toEqual(['dates/dateline', 'dates/relative-day']);
  });

  it('gives a valid result on empty, binary, all-lower-case and pathological input', () => {
    const inputs = [
      '',
      '\u0000\u0001\uFFFF'.repeat(1000),
      'troops withdrew on saturday, 12 october.'.repeat(200),
      '1 1 1 1 1 1 1 1 '.repeat(5000),
      'Jan Jan Jan May May 12 12 12 , , , '.repeat(3000),
      'last last last this this next week '.repeat(3000),
      '<p>On 12 October 2025</p>'.repeat(500),
    ];
    for (const text of inputs) {
      const ds = recogniseDates(docOf(text, '2026-03-10'));
      for (const d of ds) {
        expect(d.range.end).toBeGreaterThan(d.range.start);
        expect(d.range.end).toBeLessThanOrEqual(text.length);
      }
    }
  });
});

describe('full month names with a two-digit number after them', () => {
  it.each([
    ['On 12 June 15 soldiers died.', ['12 June=2025-06-12/day/inferred']],
    ['On 12 May 15 soldiers died.', ['12 May=2025-05-12/day/inferred']],
    ['The raid came on 4 SEPT 89 -- sources said.', ['4 SEPT 89=1989-09-04/day/stated']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(dates(text, '2025-10-20')).toEqual(expected);
  });
});
