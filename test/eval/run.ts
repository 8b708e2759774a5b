/**
 * npm run eval [set…] [-- --limit N] [--out FILE] [--against FILE]: score every gold set the same
 * way, print one P/R/F1 table, write the JSON report (default .eval/report.json) and compare it,
 * row by row, with the previous report (default: the report being replaced, kept as .eval/previous.json).
 * Running a few sets keeps the other sets' rows of the previous report, marked as carried over.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../helpers/shared.js';
import { compareRows, formatComparison, rowKey, type Comparison } from './compare.js';
import { SETS } from './sets.js';
import type { EvalRow } from './types.js';

export interface SetRun {
  name: string;
  description: string;
  at: string;
  seconds: number;
  limit?: number;
  error?: string;
  /** Not run this time: its rows come from the previous report. */
  carried?: boolean;
}

export interface EvalReport {
  at: string;
  commit?: string;
  sets: SetRun[];
  rows: EvalRow[];
  comparison?: Comparison;
}

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { limit: { type: 'string' }, out: { type: 'string' }, against: { type: 'string' }, 'no-compare': { type: 'boolean' } },
});
const limit = values.limit !== undefined ? Number(values.limit) : undefined;
if (limit !== undefined && !(limit > 0)) {
  console.error(`--limit takes a positive number, got ${values.limit}`);
  process.exit(2);
}
const unknown = positionals.filter((w) => !SETS.some((s) => s.name === w));
if (unknown.length) {
  console.error(`unknown eval set(s): ${unknown.join(', ')}; known: ${SETS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const chosen = positionals.length ? SETS.filter((s) => positionals.includes(s.name)) : SETS;
const out = values.out ?? join(ROOT, '.eval', 'report.json');
const againstPath = values.against ?? out;

const readReport = (path: string): EvalReport | undefined => {
  if (!existsSync(path)) return undefined;
  try {
    const r = JSON.parse(readFileSync(path, 'utf8')) as EvalReport;
    return Array.isArray(r.rows) ? r : undefined;
  } catch {
    return undefined;
  }
};
const previous = values['no-compare'] ? undefined : readReport(againstPath);

const rows: EvalRow[] = [];
const runs: SetRun[] = [];
for (const set of chosen) {
  const t0 = performance.now();
  const at = new Date().toISOString();
  try {
    rows.push(...(await set.run(limit !== undefined ? { limit } : {})));
    runs.push({ name: set.name, description: set.description, at, seconds: (performance.now() - t0) / 1000, ...(limit ? { limit } : {}) });
  } catch (e) {
    const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    runs.push({ name: set.name, description: set.description, at, seconds: (performance.now() - t0) / 1000, error });
    console.error(`${set.name}: FAILED — ${e instanceof Error ? e.message : String(e)}`);
  }
  console.error(`${set.name}: ${runs.at(-1)!.seconds.toFixed(1)} s`);
}

const comparison = previous ? compareRows(previous.rows, rows, relative(ROOT, againstPath) + (previous.at ? ` (${previous.at})` : '')) : undefined;
const deltas = new Map([...(comparison?.improved ?? []), ...(comparison?.regressed ?? [])].map((c) => [rowKey(c), c.delta]));

const f = (x?: number) => (x === undefined ? '' : x.toFixed(3));
const table = [
  ['set', 'slice', 'P', 'R', 'F1', 'acc', 'n', 'Δ', 'target'],
  ...rows.map((r) => {
    const d = deltas.get(rowKey(r));
    return [r.set, r.slice, f(r.p), f(r.r), f(r.f1), f(r.accuracy), String(r.n ?? (r.tp ?? 0) + (r.fn ?? 0)), d === undefined ? '' : `${d > 0 ? '+' : ''}${d.toFixed(3)}`, r.target ?? ''];
  }),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const printRow = (row: string[]) => console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
printRow(table[0]!);
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
table.slice(1).forEach((row, i) => {
  if (i > 0 && rows[i]!.set !== rows[i - 1]!.set) console.log('');
  printRow(row);
});
const empty = runs.filter((r) => !r.error && !rows.some((row) => row.set === r.name)).map((r) => r.name);
if (empty.length) console.log(`\nno rows yet: ${empty.join(', ')}`);
const failed = runs.filter((r) => r.error).map((r) => r.name);
if (failed.length) console.log(`failed: ${failed.join(', ')} (see the report)`);
const notes = rows.filter((r) => r.note).map((r) => `  ${rowKey(r)}: ${r.note}`);
if (notes.length) console.log(`\nnotes:\n${notes.join('\n')}`);
if (comparison) console.log(`\n${formatComparison(comparison)}`);

// Sets not run this time keep their rows from the previous report, so the file always covers every set.
const ran = new Set(runs.map((r) => r.name));
const carriedRuns = (previous?.sets ?? []).filter((s) => !ran.has(s.name) && SETS.some((x) => x.name === s.name)).map((s) => ({ ...s, carried: true }));
const carriedRows = (previous?.rows ?? []).filter((r) => carriedRuns.some((s) => s.name === r.set));
const order = (name: string) => SETS.findIndex((s) => s.name === name);
const report: EvalReport = {
  at: new Date().toISOString(),
  ...(commit() ? { commit: commit()! } : {}),
  sets: [...runs, ...carriedRuns].sort((a, b) => order(a.name) - order(b.name)),
  rows: [...rows, ...carriedRows].sort((a, b) => order(a.set) - order(b.set)),
  ...(comparison ? { comparison } : {}),
};
mkdirSync(dirname(out), { recursive: true });
if (existsSync(out) && !values.out) copyFileSync(out, join(dirname(out), 'previous.json'));
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.error(`report: ${relative(ROOT, out)}`);
process.exitCode = failed.length ? 1 : 0;

function commit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}
