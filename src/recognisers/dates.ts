/**
 * recognise date expressions and resolve them against doc.publishedAt, with date-fns.
 * Finding a span and interpreting it are separate: each pattern row finds candidates, its `read`
 * turns the match into {date, granularity, certainty} or null to reject. Overlaps keep the longest.
 * Never reads the clock: without doc.publishedAt, anything that needs a reference stays 'unresolved'.
 * `date` is always a full ISO day, the first day of the period; `granularity` says how long the period is.
 */
// One date-fns module per function (v4's exports map): importing the index loads all ~250 of them (~60 ms cold).
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import { startOfYear } from 'date-fns/startOfYear';
import type { Doc } from '../doc.js';
import type { DateDraft, Range } from '../drafts.js';
import {
  AGO_COUNTS, DATE_NAME_FOLLOWERS, DAY_PARTS, MONTH_PREPOSITIONS, MONTHS, PERIOD_UNITS, RELATIVE_DAYS, RELATIVE_PERIOD_MODIFIERS,
  SUBDAY_UNITS, WEEKDAY_NAME_FOLLOWERS, WEEKDAY_NAME_PRECEDERS, WEEKDAYS, YEAR_PREPOSITIONS,
} from '../lexicon/dates.js';
import { fullYear, isoDay, makeDay, nearestYear, refDay, weekdayOnOrBefore } from '../calendar.js';
import { findDateline } from '../dateline.js';
import { startsUpper } from '../chars.js';
import { extend } from '../extend.js';

type Granularity = DateDraft['granularity'];
type Reading = { date?: string; granularity: Granularity; certainty: DateDraft['certainty'] } | null;

/** Alternation of lexicon keys, longest first so "september" wins over "sep"; spaces match 1–3 blanks. */
const alt = (keys: Iterable<string>) =>
  [...keys].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s{1,3}')).join('|');

const MONTH_ALT = alt(Object.keys(MONTHS));
// A month alone (no number beside it) only by its full name: "in Mar" is too often something else.
const MONTH_FULL_ALT = alt(Object.keys(MONTHS).filter((m) => m.length >= 4 && m !== 'sept').concat('may'));
const WEEKDAY_ALT = alt(Object.keys(WEEKDAYS));
const DAYPART_ALT = alt(DAY_PARTS);
const YEAR_PREP_ALT = alt(YEAR_PREPOSITIONS);
const MONTH_PREP_ALT = alt(MONTH_PREPOSITIONS);
const RELDAY_ALT = alt(Object.keys(RELATIVE_DAYS));
const MOD_ALT = alt(Object.keys(RELATIVE_PERIOD_MODIFIERS));
const AGO_ALT = alt(Object.keys(AGO_COUNTS));
const UNIT_ALT = alt(Object.keys(PERIOD_UNITS));

// A number that goes on ("2,000", "12.5") is not a year or a day.
const NUM_END = '(?![\\p{N}]|[.,]\\p{N})';

const FULL_MONTH_BEFORE_DOT = new RegExp(`(?<![\\p{L}])(?:${MONTH_FULL_ALT})\\.$`, 'iu');

const lower = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const capital = (s: string) => startsUpper(s);
const monthOf = (s: string) => MONTHS[lower(s).replace(/\.$/, '')];

interface Ctx {
  doc: Doc;
  ref?: Date;
}

interface Row {
  name: string;
  /** Example phrases the row matches. */
  examples: string[];
  re: RegExp;
  read(m: RegExpExecArray, ctx: Ctx): (Reading & { range?: Range }) | null;
}

const stated = (d: Date | undefined, granularity: Granularity): Reading =>
  d ? { date: isoDay(d), granularity, certainty: 'stated' } : null;
const inferred = (d: Date | undefined, granularity: Granularity): Reading =>
  d ? { date: isoDay(d), granularity, certainty: 'inferred' } : null;
const unresolved = (granularity: Granularity): Reading => ({ granularity, certainty: 'unresolved' });
const withRange = (r: Reading, range: Range): (Reading & { range: Range }) | null => (r ? extend(r, { range }) : null);

/** Start/end of a capture group (the regexes carry the `d` flag). */
const at = (m: RegExpExecArray, g: number): Range | undefined => {
  const ix = m.indices?.[g];
  return ix ? { start: ix[0], end: ix[1] } : undefined;
};

/** The word just before `pos` (within 24 characters) and whether punctuation or a line break separates it. */
function prevWord(text: string, pos: number): { word: string; broken: boolean } | undefined {
  // redos-ok: quadratic only in its input, at most 24 characters.
  const w = /([\p{L}]+)([^\p{L}]{0,4})$/u.exec(text.slice(Math.max(0, pos - 24), pos));
  if (!w) return undefined;
  return { word: w[1]!, broken: /[.!?:;"\n]/.test(w[2]!) };
}

/** The word just after `pos` (within 24 characters). */
function nextWord(text: string, pos: number): string | undefined {
  const w = /^[ \t]{1,3}([\p{L}]+)/u.exec(text.slice(pos, pos + 24));
  return w?.[1];
}

/** A date that names something: "9 October Avenue", the "9 May" group (quoted on both sides). */
function isName(text: string, r: Range): boolean {
  const after = nextWord(text, r.end);
  if (after && DATE_NAME_FOLLOWERS.has(after.toLowerCase())) return true;
  return r.start > 0 && text[r.start - 1] === '"' && text[r.end] === '"';
}

/** A day + month with an optional year (2 or 4 digits); the reference fills a missing year. */
function readDayMonth(day: number, month: number, yearText: string | undefined, ref: Date | undefined): Reading {
  if (yearText !== undefined) {
    const yy = Number(yearText);
    if (yearText.length === 2) {
      const d = makeDay(fullYear(yy, ref), month, day);
      return ref ? stated(d, 'day') : inferred(d, 'day');
    }
    return stated(makeDay(yy, month, day), 'day');
  }
  if (!makeDay(2000, month, day)) return null; // 31 April is not a date in any year
  return ref ? inferred(nearestYear(month, day, ref), 'day') : unresolved('day');
}

/**
 * A 2-digit year after an abbreviated month ("3 JAN 90", "23 Aug 88"), or when nothing word-like follows
 * it; not after a full month name that goes on: "12 October 15 soldiers".
 */
function yearAllowed(text: string, m: RegExpExecArray, g: number, monthGroup: number): boolean {
  const y = at(m, g);
  if (!y || m[g]!.length !== 2) return true;
  const k = lower(m[monthGroup]!);
  if ((k.length <= 3 && k !== 'may') || k === 'sept') return true;
  return !/^[ \t]{0,3}[\p{L}\p{N}]/u.test(text.slice(y.end, y.end + 6));
}

const ROWS: Row[] = [
  {
    name: 'iso',
    examples: ['1996-08-30'],
    re: /(?<![\p{L}\p{N}\-/.])(\d{4})-(\d{2})-(\d{2})(?![\p{N}]|-\p{N})/dgu,
    read: (m) => stated(makeDay(Number(m[1]), Number(m[2]) - 1, Number(m[3])), 'day'),
  },
  {
    name: 'day-month-year',
    examples: ['3 JAN 90', '23 Aug 88', '12 October', '12th of October 2025'],
    re: new RegExp(
      `(?<![\\p{L}\\p{N}]|\\p{N}[.,])(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?(${MONTH_ALT})\\b\\.?(?:,?\\s{1,3}(\\d{4}|\\d{2})${NUM_END})?`,
      'dgiu',
    ),
    read: (m, { doc, ref }) => {
      if (!capital(m[2]!)) return null;
      const keepYear = m[3] !== undefined && yearAllowed(doc.text, m, 3, 2);
      const r = readDayMonth(Number(m[1]), monthOf(m[2]!)!, keepYear ? m[3] : undefined, ref);
      if (!r) return null;
      if (m[3] !== undefined && !keepYear) {
        const mon = at(m, 2)!;
        const dot = doc.text[mon.end] === '.' ? 1 : 0;
        return extend(r, { range: { start: m.index, end: mon.end + dot } });
      }
      return r;
    },
  },
  {
    name: 'month-day-year',
    examples: ['Oct. 12, 2025', 'Oct 12 (Reuters)', 'October 1st'],
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(${MONTH_ALT})\\b\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}\\p{L}]|[.,:]\\p{N})(?:,?\\s{1,3}(\\d{4})${NUM_END})?`,
      'dgiu',
    ),
    read: (m, { doc, ref }) => {
      if (!capital(m[1]!)) return null;
      // "In January 25 people took part": a day follows "on", not "in"; the month row keeps "January".
      if (m[3] === undefined && prevWord(doc.text, m.index)?.word.toLowerCase() === 'in') return null;
      return readDayMonth(Number(m[2]), monthOf(m[1]!)!, m[3], ref);
    },
  },
  {
    name: 'month-year',
    examples: ['May 2017', 'Sept. 1989'],
    re: new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH_ALT})\\b\\.?,?\\s{1,3}(1\\d{3}|20\\d{2})(?![\\p{N}\\p{L}]|[.,]\\p{N})`, 'dgiu'),
    read: (m) => (capital(m[1]!) ? stated(makeDay(Number(m[2]), monthOf(m[1]!)!, 1), 'month') : null),
  },
  {
    name: 'month',
    // A day or year after the month makes a longer candidate that wins the overlap.
    examples: ['in May', 'last March', 'since October', 'in mid-January'],
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(${MONTH_PREP_ALT})(?:\\s{1,3}|-)(?:(early|late|mid)(?:\\s{1,3}|-))?(${MONTH_FULL_ALT})\\b(?!['’]s|-)`,
      'dgiu',
    ),
    read: (m, { ref }) => {
      if (!capital(m[3]!)) return null;
      const prep = lower(m[1]!);
      // "a letter from May", "backed by May": the name, not the month.
      if (lower(m[3]!) === 'may' && !m[2] && ['by', 'of', 'from', 'after', 'before'].includes(prep)) return null;
      const mod = ['last', 'this', 'next', 'early', 'late', 'mid', 'earlier', 'later'].includes(prep);
      const start = mod ? m.index : m[2] ? at(m, 2)!.start : at(m, 3)!.start;
      const range = { start, end: at(m, 3)!.end };
      if (!ref) return withRange(unresolved('month'), range);
      const month = monthOf(m[3]!)!;
      const y = ref.getFullYear();
      const cur = ref.getMonth();
      let year: number;
      if (prep === 'last') year = month < cur ? y : y - 1;
      else if (prep === 'next') year = month > cur ? y : y + 1;
      else if (prep === 'this') year = y;
      else year = nearestYear(month, 15, ref)!.getFullYear();
      return withRange(inferred(makeDay(year, month, 1), 'month'), range);
    },
  },
  {
    name: 'year',
    examples: ['in 2017', 'since 1990', 'in early 2020'],
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(${YEAR_PREP_ALT})(?:\\s{1,3}|-)(?:(early|late|mid)(?:\\s{1,3}|-))?(19\\d{2}|20\\d{2})(?![\\p{N}\\p{L}]|[.,]\\p{N}|\\s?%|\\s?per\\s?cent)`,
      'dgiu',
    ),
    read: (m) => {
      const prep = lower(m[1]!);
      const start = ['early', 'late', 'mid'].includes(prep) ? m.index : m[2] ? at(m, 2)!.start : at(m, 3)!.start;
      const r = stated(makeDay(Number(m[3]), 0, 1), 'year');
      return withRange(r, { start, end: at(m, 3)!.end });
    },
  },
  {
    name: 'relative-day',
    examples: ['yesterday', 'overnight', 'this morning', 'yesterday afternoon', 'last night'],
    re: new RegExp(`(?<![\\p{L}])(${RELDAY_ALT})(?:\\s{1,3}(${DAYPART_ALT}))?(?![\\p{L}])`, 'dgiu'),
    read: (m, { doc, ref }) => {
      const key = lower(m[1]!);
      const word = m[1]!;
      // "USA Today", "the Today programme": a capitalised word mid-sentence is a name.
      if (capital(word) && word !== word.toUpperCase()) {
        const p = prevWord(doc.text, m.index);
        if (p && !p.broken) return null;
      }
      // "an overnight curfew": generic, not a night that happened.
      if (key === 'overnight') {
        const p = prevWord(doc.text, m.index);
        if (p && ['a', 'an'].includes(p.word.toLowerCase()) && !p.broken) return null;
      }
      const withPart = m[2] !== undefined && ['yesterday', 'today', 'tomorrow'].includes(key);
      const range = { start: m.index, end: withPart ? at(m, 2)!.end : at(m, 1)!.end };
      if (!ref) return withRange(unresolved('day'), range);
      return withRange(inferred(addDays(ref, RELATIVE_DAYS[key]!), 'day'), range);
    },
  },
  {
    name: 'relative-period',
    examples: ['last week', 'earlier this month', 'this year', 'last weekend'],
    re: new RegExp(`(?<![\\p{L}])(${MOD_ALT})\\s{1,3}(week|weekend|month|year)(?![\\p{L}])`, 'dgiu'),
    read: (m, { doc, ref }) => {
      // "over the last week", "the next year": a duration, not a date.
      const p = prevWord(doc.text, m.index);
      if (p && !p.broken && p.word.toLowerCase() === 'the') return null;
      const unit = lower(m[2]!);
      const n = RELATIVE_PERIOD_MODIFIERS[lower(m[1]!)]!;
      if (unit === 'weekend') {
        if (!ref) return unresolved('day');
        // A weekend is dated by its Saturday; weeks start on Monday, so Sunday belongs to the Saturday before.
        const sat = addDays(startOfWeek(ref, { weekStartsOn: 1 }), 5);
        return inferred(addDays(sat, 7 * n), 'day');
      }
      const g = PERIOD_UNITS[unit]!;
      if (!ref) return unresolved(g);
      if (g === 'week') return inferred(startOfWeek(addWeeks(ref, n), { weekStartsOn: 1 }), 'week');
      if (g === 'month') return inferred(startOfMonth(addMonths(ref, n)), 'month');
      return inferred(startOfYear(addYears(ref, n)), 'year');
    },
  },
  {
    name: 'ago',
    examples: ['two days ago', '3 weeks ago', 'a year ago', 'a few minutes ago', '36 hours ago'],
    re: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,3}|${AGO_ALT})\\s{1,3}(${UNIT_ALT})\\s{1,3}ago(?![\\p{L}])`, 'dgiu'),
    read: (m, { ref }) => {
      const w = lower(m[1]!);
      const n = /^\d+$/.test(w) ? Number(w) : AGO_COUNTS[w];
      const unit = lower(m[2]!);
      if (n === undefined || unit === 'weekend') return null;
      const perDay = SUBDAY_UNITS[unit];
      // "a few days ago" has no day to give; "a few hours ago" stays within the day.
      if (n < 0 && !perDay) return null;
      const g = PERIOD_UNITS[unit]!;
      if (!ref) return unresolved(g);
      if (perDay) return inferred(addDays(ref, -Math.floor(Math.max(n, 0) / perDay)), 'day');
      if (g === 'day') return inferred(addDays(ref, -n), 'day');
      if (g === 'week') return inferred(startOfWeek(addWeeks(ref, -n), { weekStartsOn: 1 }), 'week');
      if (g === 'month') return inferred(startOfMonth(addMonths(ref, -n)), 'month');
      return inferred(startOfYear(addYears(ref, -n)), 'year');
    },
  },
  {
    name: 'weekday',
    examples: ['on Saturday', 'last Friday', 'Sunday night'],
    re: new RegExp(`(?<![\\p{L}])(?:(last|next|this|on)\\s{1,3})?(${WEEKDAY_ALT})(?:\\s{1,3}(${DAYPART_ALT}))?(?![\\p{L}])`, 'dgiu'),
    read: (m, { doc, ref }) => {
      if (!capital(m[2]!)) return null;
      const day = at(m, 2)!;
      const after = m[3] ? undefined : nextWord(doc.text, day.end);
      if (after && WEEKDAY_NAME_FOLLOWERS.has(after.toLowerCase())) return null;
      const mod = m[1] ? lower(m[1]) : undefined;
      if (!mod || mod === 'on') {
        const p = prevWord(doc.text, day.start - (mod ? m[1]!.length + 1 : 0));
        if (p && !p.broken && WEEKDAY_NAME_PRECEDERS.has(p.word.toLowerCase())) return null;
        // "on a Saturday morning", "every Friday": a habit, not a day.
        if (p && !p.broken && ['a', 'an', 'every', 'each'].includes(p.word.toLowerCase())) return null;
      }
      const start = mod && mod !== 'on' ? m.index : day.start;
      const range = { start, end: m[3] ? at(m, 3)!.end : day.end };
      if (!ref) return withRange(unresolved('day'), range);
      const wd = WEEKDAYS[lower(m[2]!)]!;
      let d: Date;
      if (mod === 'next') d = addDays(ref, (wd - ref.getDay() + 7) % 7 || 7);
      else if (mod === 'this') d = addDays(ref, (wd - ref.getDay() + 7) % 7);
      // Wire style names the dateline's own day ("said on Sunday" under a Sunday dateline): on or before.
      else d = weekdayOnOrBefore(ref, wd, mod === 'last');
      return withRange(inferred(d, 'day'), range);
    },
  },
];

/**
 * Date expressions in the document, each resolved against doc.publishedAt when it needs a reference.
 *
 * @example
 * recogniseDates(docOf('Troops withdrew on Saturday.', '2026-03-10'))[0].date; // '2026-03-07'
 */
export function recogniseDates(doc: Doc): DateDraft[] {
  const ref = refDay(doc.publishedAt);
  const ctx: Ctx = ref ? { doc, ref } : { doc };
  const found: DateDraft[] = [];
  for (const row of ROWS) {
    for (const m of doc.text.matchAll(row.re)) {
      const r = row.read(m, ctx);
      if (!r) continue;
      const range = r.range ?? { start: m.index, end: m.index + m[0].length };
      if (row.name !== 'weekday' && isName(doc.text, range)) continue;
      // "on 12 October." — the full stop ends the sentence, it does not abbreviate the month.
      if (doc.text[range.end - 1] === '.' && FULL_MONTH_BEFORE_DOT.test(doc.text.slice(Math.max(0, range.end - 11), range.end))) range.end--;
      found.push({
        range,
        date: r.date || undefined,
        granularity: r.granularity,
        certainty: r.certainty,
        rule: `dates/${row.name}`,
      });
    }
  }
  // Overlaps: sweep by start, the longer of two overlapping candidates stays.
  found.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  const kept: DateDraft[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (last && d.range.start < last.range.end) {
      if (d.range.end - d.range.start > last.range.end - last.range.start) kept[kept.length - 1] = d;
      continue;
    }
    kept.push(d);
  }
  const dl = findDateline(doc);
  if (dl) for (const d of kept) if (d.range.start >= dl.date.start && d.range.end <= dl.date.end) d.rule = 'dates/dateline';
  return kept;
}
