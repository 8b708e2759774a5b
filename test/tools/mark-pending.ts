/**
 * Mark the entries of fixtures that fail today as `pending` (known misses), with the difference as the
 * reason. Known misses stay in the gold, never deleted; a fix then turns the suite red (it.fails) until the
 * mark is removed. Run by hand after deciding a miss is not fixed now: `tsx test/tools/mark-pending.ts [name…]`.
 * Entries that now pass lose their mark.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import { checkFixture, Fixture } from '../../src/testing/fixture.js';
import { findFixtures, loadFixture } from '../../src/testing/load.js';
import { ROOT } from '../helpers/shared.js';

const wanted = process.argv.slice(2);
for (const file of findFixtures([join(ROOT, 'fixtures')])) {
  const loaded = loadFixture(file);
  if (wanted.length && !wanted.includes(loaded.name)) continue;
  const raw = JSON.parse(readFileSync(loaded.expectedPath, 'utf8')) as Record<string, unknown>;
  const fixture = Fixture.parse(raw);
  const report = checkFixture(extract(loaded.article), fixture);
  let marked = 0;
  let cleared = 0;
  for (const e of report.entries) {
    const list = (e.section === 'contested' ? (raw.contested as { items?: unknown[] } | undefined)?.items : raw[e.section]) as
      | Record<string, unknown>[]
      | undefined;
    // index -1: the contested `exactly` count, whose mark sits on the contested object itself.
    const entry = e.index >= 0 ? list?.[e.index] : e.section === 'contested' ? (raw.contested as Record<string, unknown>) : undefined;
    if (!entry) continue;
    if (!e.ok && !entry.pending) {
      entry.pending = `known miss: ${e.differences.map((d) => d.message.replace(`${e.what}: `, '')).join('; ')}`;
      marked++;
    } else if (e.ok && entry.pending) {
      delete entry.pending;
      cleared++;
    }
  }
  writeFileSync(loaded.expectedPath, format(raw));
  console.log(`${loaded.name}: ${marked} marked pending, ${cleared} cleared`);
}

/** The house layout of fixture files: one entry per line, so a diff shows which entry changed. */
function format(raw: Record<string, unknown>): string {
  const inline = (v: unknown): string =>
    Array.isArray(v)
      ? `[${v.map(inline).join(', ')}]`
      : v !== null && typeof v === 'object'
        ? `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`
        : JSON.stringify(v);
  const block = (v: unknown, indent: string): string => {
    if (Array.isArray(v)) return v.length ? `[\n${v.map((x) => `${indent}  ${inline(x)}`).join(',\n')}\n${indent}]` : '[]';
    if (v !== null && typeof v === 'object') {
      return `{\n${Object.entries(v).map(([k, x]) => `${indent}  ${JSON.stringify(k)}: ${block(x, `${indent}  `)}`).join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(v);
  };
  return `${block(raw, '')}\n`;
}
