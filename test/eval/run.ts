/**
 * npm run eval [set…] [-- --limit N]: score every gold set in ../shared/eval the same way,
 * print one table and write the JSON report to .eval/report.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/shared.js';
import { SETS } from './sets.js';
import type { EvalRow } from './types.js';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : undefined;
const wanted = args.filter((a, i) => !a.startsWith('--') && (limitAt < 0 || i !== limitAt + 1));
const chosen = wanted.length ? SETS.filter((s) => wanted.includes(s.name)) : SETS;
const unknown = wanted.filter((w) => !SETS.some((s) => s.name === w));
if (unknown.length) {
  console.error(`unknown eval set(s): ${unknown.join(', ')}; known: ${SETS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const rows: EvalRow[] = [];
for (const set of chosen) {
  const t0 = performance.now();
  rows.push(...(await set.run(limit !== undefined ? { limit } : {})));
  console.error(`${set.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const f = (x?: number) => (x === undefined ? '' : x.toFixed(3));
const table = [
  ['set', 'slice', 'P', 'R', 'F1', 'acc', 'n', 'target'],
  ...rows.map((r) => [r.set, r.slice, f(r.p), f(r.r), f(r.f1), f(r.accuracy), String(r.n ?? (r.tp ?? 0) + (r.fn ?? 0)), r.target ?? '']),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const row of table) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));

const dir = join(ROOT, '.eval');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'report.json'), `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`);
console.error(`report: .eval/report.json`);
