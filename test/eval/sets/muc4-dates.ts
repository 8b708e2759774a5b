/**
 * Eval set "muc4-dates": MUC-4 incident dates (template slot 2) against our dates, on
 * ../shared/eval/muc4-dev.jsonl. No publishedAt is passed: the reference comes from the dateline.
 *
 * Gold dates: "30 DEC 89" (that day), "08 JAN 90 - 09 JAN 90" (a closed range), "- 08 JAN 90" (on or
 * before: the text gives no date, the bound is the report's), alternatives joined by "/". Templates with
 * no date ("-") are skipped.
 *
 * Rows:
 * - claims: eventDate — templates with a closed gold date and at least one casualty number. A template is
 *   right when some non-dropped claim whose value (or min/max) equals one of its casualty numbers has an
 *   eventDate inside the gold interval; a template with no such claim, or no dated one, is wrong.
 * - mentions: any day in doc — templates with a closed gold date; right when ANY resolved date mention in
 *   the document (the dateline's own date excluded) falls inside the gold interval: a day-granular mention
 *   inside it, or a month-granular one when the gold is that whole month ("IN JULY" for 01–31 JUL 89).
 *   An upper bound for the claim row: recall of the incident date among our mentions, no precision.
 * - mentions: first day in doc — same templates; right when the FIRST such mention of the document
 *   matches (what a claim-free "first date wins" rule would score).
 * - dateline: open bound — templates with an open gold ("- B"); right when our publishedAt (from the
 *   dateline) is day B. Checks dateline parsing, since B is the report date.
 */
import { extract, type ExtractionResult } from '../../../src/index.js';
import { hasShared, readJsonl, sharedPath } from '../../helpers/shared.js';
import type { EvalRow, EvalSet } from '../types.js';

interface GoldDate { from?: string; to: string; open: boolean }
interface Template {
  date?: { value: string }[][];
  casualties?: { number: string[] }[];
}
interface MucDoc { id: string; text: string; gold: { templates: Template[] } }

const MON: Record<string, string> = {
  JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06',
  JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12',
};

function day(s: string | undefined): string | undefined {
  const m = /^(\d{1,2}) ([A-Z]{3}) (\d{2})$/.exec((s ?? '').trim());
  if (!m || !MON[m[2]!]) return undefined;
  return `19${m[3]}-${MON[m[2]!]}-${m[1]!.padStart(2, '0')}`;
}

/** "30 DEC 89", "- 08 JAN 90", "08 JAN 90 - 09 JAN 90", "(- 29 MAR 89)"; undefined when unreadable. */
export function parseGoldDate(value: string): GoldDate | undefined {
  const v = value.replace(/[()]/g, '').trim();
  const open = /^-\s*(.+)$/.exec(v);
  if (open) {
    const to = day(open[1]);
    return to ? { to, open: true } : undefined;
  }
  const parts = v.split(/\s+-\s+/);
  if (parts.length === 2) {
    const from = day(parts[0]);
    const to = day(parts[1]);
    return from && to ? { from, to, open: false } : undefined;
  }
  const d = day(v);
  return d ? { from: d, to: d, open: false } : undefined;
}

const goldDates = (t: Template): GoldDate[] =>
  (t.date ?? []).flat().map((x) => parseGoldDate(x.value)).filter((g): g is GoldDate => !!g);

const within = (d: string | undefined, g: GoldDate) => !!d && !g.open && d >= g.from! && d <= g.to;

const casualtyNumbers = (t: Template) =>
  new Set((t.casualties ?? []).flatMap((c) => c.number.flatMap((n) => (n.match(/\d+/g) ?? []).map(Number))));

/** Resolved non-dateline mentions as gold-comparable intervals: a day, or a whole month. */
function dayMentions(r: ExtractionResult): GoldDate[] {
  const out: GoldDate[] = [];
  for (const d of r.dates) {
    if (!d.date || d.rule === 'dates/dateline') continue;
    if (d.granularity === 'day') out.push({ from: d.date, to: d.date, open: false });
    if (d.granularity === 'month') out.push({ from: d.date, to: `${d.date.slice(0, 8)}31`, open: false });
  }
  return out;
}

/** A mention matches a gold interval when it lies inside it, or (a month) when the gold is that whole month. */
const mentionIn = (m: GoldDate, g: GoldDate) =>
  m.from === m.to ? within(m.from, g) : !g.open && g.from === m.from && g.to.slice(0, 7) === m.from!.slice(0, 7) && g.to >= `${g.to.slice(0, 8)}28`;

export const muc4DatesSet: EvalSet = {
  name: 'muc4-dates',
  description: 'MUC-4 incident dates against claim eventDates and against date mentions',
  run: ({ limit }) => {
    const path = sharedPath('eval', 'muc4-dev.jsonl');
    if (!hasShared) return [];
    let docs = readJsonl<MucDoc>(path);
    if (limit !== undefined) docs = docs.slice(0, limit);

    let claimN = 0, claimOk = 0, claimNoMatch = 0, claimUndated = 0;
    let anyN = 0, anyOk = 0, firstOk = 0;
    let openN = 0, openOk = 0;
    let docsWithDateline = 0;

    for (const doc of docs) {
      const r = extract({ id: doc.id, text: doc.text });
      if (r.dates.some((d) => d.rule === 'dates/dateline' && d.date)) docsWithDateline++;
      const days = dayMentions(r);
      const published = r.meta?.publishedAt?.slice(0, 10);
      const claims = r.claims;
      for (const t of doc.gold.templates) {
        const gs = goldDates(t);
        if (gs.length === 0) continue;
        const closed = gs.filter((g) => !g.open);
        const open = gs.filter((g) => g.open);
        if (open.length && !closed.length) {
          openN++;
          if (open.some((g) => g.to === published)) openOk++;
        }
        if (!closed.length) continue;
        anyN++;
        if (days.some((d) => closed.some((g) => mentionIn(d, g)))) anyOk++;
        if (days.length && closed.some((g) => mentionIn(days[0]!, g))) firstOk++;

        const nums = casualtyNumbers(t);
        if (nums.size === 0) continue;
        claimN++;
        const matched = claims.filter((c) => [c.value, c.min, c.max].some((v) => v !== undefined && nums.has(v)));
        if (matched.length === 0) claimNoMatch++;
        else if (!matched.some((c) => c.eventDate)) claimUndated++;
        else if (matched.some((c) => closed.some((g) => within(c.eventDate, g)))) claimOk++;
      }
    }
    console.error(
      `muc4-dates: ${docs.length} docs, dateline date in ${docsWithDateline}; claim row: ${claimN} templates, ` +
        `${claimNoMatch} without a claim of their casualty number, ${claimUndated} with claims but no eventDate`,
    );
    const acc = (ok: number, n: number) => (n === 0 ? 0 : ok / n);
    const rows: EvalRow[] = [
      { set: 'muc4-dates', slice: 'claims: eventDate in gold', accuracy: acc(claimOk, claimN), n: claimN },
      { set: 'muc4-dates', slice: 'mentions: any day in doc', accuracy: acc(anyOk, anyN), n: anyN },
      { set: 'muc4-dates', slice: 'mentions: first day in doc', accuracy: acc(firstOk, anyN), n: anyN },
      { set: 'muc4-dates', slice: 'dateline = open bound', accuracy: acc(openOk, openN), n: openN },
    ];
    return rows;
  },
};
