import { table } from './table.js';
/**
 * Date words: DATA ONLY. Each table gives both what to match (its keys, lower case) and the value.
 * Used by recognisers/dates.ts and dateline.ts.
 */

/** Month names and abbreviations → month index (0 = January). "Sept" and "Sep" both occur in wire copy. */
export const MONTHS: Readonly<Record<string, number>> = table({
  january: 0, jan: 0,
  february: 1, feb: 1,
  march: 2, mar: 2,
  april: 3, apr: 3,
  may: 4,
  june: 5, jun: 5,
  july: 6, jul: 6,
  august: 7, aug: 7,
  september: 8, sept: 8, sep: 8,
  october: 9, oct: 9,
  november: 10, nov: 10,
  december: 11, dec: 11,
});

/** Weekday names → day index (0 = Sunday, as Date#getDay). Full names only: "Sat", "Sun", "Wed" are words too. */
export const WEEKDAYS: Readonly<Record<string, number>> = table({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

/** Words after a weekday that make it a name, not a day: "Sunday Times", "Monday Night Football". */
export const WEEKDAY_NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  'times', 'telegraph', 'express', 'mirror', 'post', 'herald', 'mail', 'people', 'sport', 'tribune', 'star',
  'independent', 'observer', 'world', 'league', 'football', 'service', 'school', 'prayers', 'prayer', 'market',
  'trading', 'club', 'edition', 'supplement',
]);

/** Words after a date that make it a name: "9 October Avenue", "19 April Movement", "6 October Bridge". */
export const DATE_NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  'avenue', 'street', 'st', 'road', 'square', 'boulevard', 'bridge', 'park', 'plaza', 'stadium', 'airport',
  'school', 'hospital', 'university', 'city', 'district', 'neighbourhood', 'neighborhood', 'settlement',
  'movement', 'group', 'front', 'command', 'brigade', 'battalion', 'regiment', 'revolution', 'agreement',
  'accords', 'accord', 'declaration', 'manifesto', 'party', 'alliance', 'coalition', 'organization',
  'organisation', 'club',
]);

/** Words before a weekday that make it a named day, not a date: "Bloody Sunday", "Black Friday", "Super Tuesday". */
export const WEEKDAY_NAME_PRECEDERS: ReadonlySet<string> = new Set([
  'bloody', 'black', 'good', 'super', 'easter', 'palm', 'ash', 'holy', 'cyber', 'maundy', 'shrove', 'blue',
]);

/** Words after a weekday or relative day that only narrow the time of day; they join the span. */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * Deictic days → offset in days from the publication date.
 * "overnight" and "last night" are the night that ended on the publication day, dated by the evening it began.
 */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = table({
  today: 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  'earlier today': 0,
  'later today': 0,
  yesterday: -1,
  'last night': -1,
  overnight: -1,
  'the day before yesterday': -2,
  tomorrow: 1,
  'the day after tomorrow': 2,
});

/** A modifier + unit ("last week", "earlier this month") → offset in that unit from the publication date. */
export const RELATIVE_PERIOD_MODIFIERS: Readonly<Record<string, number>> = table({
  last: -1,
  past: -1,
  previous: -1,
  this: 0,
  'earlier this': 0,
  'later this': 0,
  'early this': 0,
  'late this': 0,
  'late last': -1,
  'early last': -1,
  'earlier last': -1,
  next: 1,
  'early next': 1,
  'later next': 1,
});

/** Period nouns → granularity. "weekend" is dated by its Saturday. */
export const PERIOD_UNITS: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>> = table({
  day: 'day', days: 'day',
  week: 'week', weeks: 'week',
  weekend: 'day',
  month: 'month', months: 'month',
  year: 'year', years: 'year',
  // "minutes ago", "two hours ago": the publication day (or the day before, past 24 hours).
  minute: 'day', minutes: 'day',
  hour: 'day', hours: 'day',
});

/** Sub-day units in "N hours ago": how many of them make a day. */
export const SUBDAY_UNITS: Readonly<Record<string, number>> = table({
  minute: 1440, minutes: 1440, hour: 24, hours: 24,
});

/** Counts in "two days ago", "a week ago". */
export const AGO_COUNTS: Readonly<Record<string, number>> = table({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
  // Vague counts: only with minutes or hours, where any count stays within the day.
  'a few': -1, few: -1, several: -1,
});

/** Prepositions that make a bare four-digit number a year: "in 2017", "since 1990". */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  // Not "of" or "by": "a total of 1990 soldiers", "outnumbered by 2000 troops".
  'in', 'since', 'during', 'until', 'till', 'before', 'after', 'from', 'early', 'late', 'mid', 'through',
  'throughout',
]);

/** Words that make a month name alone a date: "in May", "last March", "since October". */
export const MONTH_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'during', 'until', 'till', 'by', 'before', 'after', 'from', 'last', 'this', 'next', 'early',
  'late', 'mid', 'through', 'throughout', 'of', 'earlier', 'later',
]);

/** Ordinal suffixes allowed after a day number: "12th October", "October 1st". */
export const DAY_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

/**
 * Nouns that name a time, not a doer: "introduced by the spring", "adopted by the end of May" (no agent after
 * "by"). Months and weekdays are read from MONTHS and WEEKDAYS.
 */
export const TIME_AFTER_BY: ReadonlySet<string> = new Set([
  'spring', 'summer', 'autumn', 'winter', 'end', 'beginning', 'start', 'middle', 'close', 'time', 'deadline', 'weekend',
  'morning', 'afternoon', 'evening', 'night', 'noon', 'midnight', 'today', 'tomorrow', 'tonight', 'then', 'now',
  'year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'century', 'season', 'quarter',
]);
