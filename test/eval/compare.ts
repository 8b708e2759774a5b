/** Two eval reports, row by row: what improved, what regressed, what is new or gone. */
import { headline, type EvalRow } from './types.js';

export interface RowChange {
  set: string;
  slice: string;
  metric: string;
  before: number;
  after: number;
  delta: number;
  /** Cases scored before and after, when they differ (the comparison is then of different sets). */
  n?: [number | undefined, number | undefined];
}

export interface Comparison {
  against: string;
  improved: RowChange[];
  regressed: RowChange[];
  unchanged: number;
  added: string[];
  removed: string[];
}

/** Changes smaller than this are noise of rounding, not a change. */
export const EPSILON = 0.0005;

export const rowKey = (r: { set: string; slice: string }) => `${r.set} / ${r.slice}`;

/** Compare the rows of `after` with `before`, only for the sets present in `after`. */
export function compareRows(before: EvalRow[], after: EvalRow[], against: string): Comparison {
  const sets = new Set(after.map((r) => r.set));
  const old = new Map(before.filter((r) => sets.has(r.set)).map((r) => [rowKey(r), r]));
  const out: Comparison = { against, improved: [], regressed: [], unchanged: 0, added: [], removed: [] };
  for (const row of after) {
    const prev = old.get(rowKey(row));
    old.delete(rowKey(row));
    const a = headline(row);
    const b = prev && headline(prev);
    if (!prev || !a) { if (!prev) out.added.push(rowKey(row)); continue; }
    if (!b || b.metric !== a.metric) { out.added.push(rowKey(row)); continue; }
    const delta = a.value - b.value;
    const change: RowChange = { set: row.set, slice: row.slice, metric: a.metric, before: b.value, after: a.value, delta };
    if (prev.n !== row.n) change.n = [prev.n, row.n];
    if (delta > EPSILON) out.improved.push(change);
    else if (delta < -EPSILON) out.regressed.push(change);
    else out.unchanged++;
  }
  out.removed.push(...old.keys());
  return out;
}

/** The comparison in words, for the terminal. */
export function formatComparison(c: Comparison): string {
  const f = (x: number) => x.toFixed(3);
  const line = (x: RowChange) => `    ${rowKey(x)}: ${x.metric} ${f(x.before)} → ${f(x.after)} (${x.delta > 0 ? '+' : ''}${f(x.delta)})${x.n ? `, n ${x.n[0] ?? '?'} → ${x.n[1] ?? '?'}` : ''}`;
  const lines = [`compared with ${c.against}:`];
  lines.push(`  improved: ${c.improved.length ? '' : 'none'}`, ...c.improved.map(line));
  lines.push(`  regressed: ${c.regressed.length ? '' : 'none'}`, ...c.regressed.map(line));
  lines.push(`  unchanged: ${c.unchanged}`);
  if (c.added.length) lines.push(`  new rows: ${c.added.join(', ')}`);
  if (c.removed.length) lines.push(`  rows gone: ${c.removed.join(', ')}`);
  return lines.join('\n');
}
