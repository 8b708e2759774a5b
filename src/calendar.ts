/**
 * Calendar arithmetic for date expressions, with date-fns. Not public.
 * Days are handled as local-midnight Dates built from calendar components and printed back as
 * components, so results never depend on the machine's time zone. Nothing here reads the clock.
 */
// Subpath imports: the date-fns index would load every function (see src/recognisers/dates.ts).
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';

/** The calendar day (UTC) of an ISO timestamp, as a local-midnight Date; undefined if unparseable. */
export function refDay(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return undefined;
  return makeDay(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
}

/** A local-midnight Date for year/month(0-based)/day, or undefined when the day does not exist (31 Feb). */
export function makeDay(year: number, month: number, day: number): Date | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 0 || month > 11 || day < 1 || day > 31) return undefined;
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month, day);
  if (!isValid(d) || d.getDate() !== day || d.getMonth() !== month) return undefined;
  return d;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** "2026-03-09" (what date-fns' format(d, 'yyyy-MM-dd') gives, without its token parser on the hot path). */
export const isoDay = (d: Date): string => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;

/**
 * A two-digit year's century: the one that puts it nearest the reference year, or without a reference
 * the 1950–2049 window (the RFC 5322 / POSIX convention).
 */
export function fullYear(yy: number, ref?: Date): number {
  if (!ref) return yy >= 50 ? 1900 + yy : 2000 + yy;
  const r = ref.getFullYear();
  const base = Math.floor(r / 100) * 100;
  const candidates = [base - 100 + yy, base + yy, base + 100 + yy];
  return candidates.reduce((best, c) => (Math.abs(c - r) < Math.abs(best - r) ? c : best));
}

/**
 * The year for a day and month written without one: the occurrence nearest the reference day
 * (ties go to the past, where news mostly looks).
 */
export function nearestYear(month: number, day: number, ref: Date): Date | undefined {
  const y = ref.getFullYear();
  let best: Date | undefined;
  let bestGap = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    const d = makeDay(year, month, day);
    if (!d) continue;
    const gap = differenceInCalendarDays(d, ref);
    const cost = Math.abs(gap) * 2 + (gap > 0 ? 1 : 0);
    if (cost < bestGap) {
      best = d;
      bestGap = cost;
    }
  }
  return best;
}

/** The most recent given weekday (0 = Sunday) on or before `ref` (strictly before when `strict`). */
export function weekdayOnOrBefore(ref: Date, weekday: number, strict: boolean): Date {
  let back = (ref.getDay() - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(ref, -back);
}
