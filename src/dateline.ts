/**
 * Datelines: the place and date a wire story opens with. When the caller gave no publishedAt, the
 * dateline's date becomes the reference for relative dates ("yesterday", "on Saturday").
 *   "SAN SALVADOR, 3 JAN 90 -- [TEXT] ..."   (FBIS / MUC-4)
 *   "LONDON 1996-08-30"                       (Reuters RCV1 / CoNLL, on the line after the headline)
 *   "KABUL, Oct 12 (Reuters) - ..."           (no year: recognised, but it cannot set a reference)
 */
import type { Doc } from './doc.js';
import type { Range } from './drafts.js';
import { MONTHS } from './lexicon/dates.js';
import { fullYear, isoDay, makeDay } from './calendar.js';

// Case-sensitive on purpose (with /i, \p{Lu} would match lower case): months as "Oct" or "OCT".
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .flatMap((m) => [m[0]!.toUpperCase() + m.slice(1), m.toUpperCase()])
  .join('|');
const PLACE_PART = `[\\p{Lu}][\\p{L}.'’-]*(?:[ ]{1,2}[\\p{Lu}][\\p{L}.'’-]*){0,4}`;
// "MADRID (SPAIN)", "AL-AIN , United Arab Emirates" (CoNLL keeps the space before the comma).
const PLACE = `${PLACE_PART}(?:[ ]\\([^()\\n]{1,30}\\)|[ ]?,[ ]{1,2}${PLACE_PART})?`;
const DATE = `(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})[ ]{1,2}(${MONTH_ALT})\\.?(?:,?[ ]{1,2}(\\d{4}|\\d{2}))?|(${MONTH_ALT})\\.?[ ]{1,2}(\\d{1,2})(?:,?[ ]{1,2}(\\d{4}|\\d{2}))?`;
// Place, optional comma, date, optional "(SOURCE)", then a dash, a colon or the end of the line.
const DATELINE_RE = new RegExp(`^(${PLACE}),?[ \\t]{1,3}(?:${DATE})(?![\\p{L}\\p{N}])[ \\t]*(\\([^()\\n]{1,40}\\)[ \\t]*)?(--|[-–—:]|$)`, 'du');

export interface Dateline {
  /** The whole dateline, place to dash. */
  range: Range;
  /** The date inside it. */
  date: Range;
  /** ISO day, when the dateline gives a year. */
  day?: string;
}

/** How far into the text a dateline may sit (a headline line may come first). */
const LINES = 3;
const LINE_MAX = 200;

/**
 * The dateline among the first lines of the document, if any.
 *
 * @example
 * findDateline(docOf('SAN SALVADOR, 3 JAN 90 -- [TEXT] ...'))?.day; // '1990-01-03'
 */
export function findDateline(doc: Doc): Dateline | undefined {
  const text = doc.text;
  let pos = 0;
  for (let n = 0; n < LINES && pos < text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const lineEnd = Math.min(end, pos + LINE_MAX);
    let s = pos;
    while (s < lineEnd && (text[s] === ' ' || text[s] === '\t')) s++;
    if (s < lineEnd) {
      n++;
      const found = readLine(text.slice(s, lineEnd), s);
      if (found) return found;
    }
    pos = end + 1;
  }
  return undefined;
}

function readLine(line: string, offset: number): Dateline | undefined {
  const m = DATELINE_RE.exec(line);
  if (!m) return undefined;
  const place = m[1]!.split(/[ ]?[,(]/)[0]!;
  // Without a dash or a "(Reuters)" after it, only an all-caps place reads as a dateline.
  if (m[12] === '' && !m[11] && place !== place.toUpperCase()) return undefined;
  // Groups: 2–4 ISO; 5 day, 6 month, 7 year; 8 month, 9 day, 10 year.
  let d: Date | undefined;
  let g: [number, number];
  if (m[2]) {
    d = makeDay(Number(m[2]), Number(m[3]) - 1, Number(m[4]));
    g = [2, 4];
  } else if (m[6]) {
    const y = m[7];
    if (y !== undefined) d = makeDay(y.length === 2 ? fullYear(Number(y)) : Number(y), MONTHS[m[6]!.toLowerCase()]!, Number(m[5]));
    g = [5, y !== undefined ? 7 : 6];
  } else {
    const y = m[10];
    if (y !== undefined) d = makeDay(y.length === 2 ? fullYear(Number(y)) : Number(y), MONTHS[m[8]!.toLowerCase()]!, Number(m[9]));
    g = [8, y !== undefined ? 10 : 9];
  }
  const a = m.indices![g[0]]!;
  const b = m.indices![g[1]]!;
  return {
    range: { start: offset, end: offset + m[0].length },
    date: { start: offset + a[0], end: offset + b[1] },
    ...(d ? { day: isoDay(d) } : {}),
  };
}

/**
 * The publication date a dateline gives, as an ISO timestamp (midnight UTC), or undefined.
 *
 * @example
 * datelineDate(docOf('LONDON 1996-08-30\nWest Indian all-rounder ...')); // '1996-08-30T00:00:00.000Z'
 */
export function datelineDate(doc: Doc): string | undefined {
  const d = findDateline(doc);
  return d?.day ? `${d.day}T00:00:00.000Z` : undefined;
}
