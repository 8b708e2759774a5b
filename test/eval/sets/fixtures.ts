/**
 * Eval set "fixtures": our hand-written fixtures/ scored per section.
 * For actors, locations, claims and attributions: an expected entry found is a true positive, one
 * not found a false negative, and an `absent` entry of that kind that was extracted a false positive
 * (so P says how often we extract what must not be); `acc` is the share of entries right in every field.
 * Pending entries count like any other: they are misses still.
 */
import { join } from 'node:path';
import { extract } from '../../../src/index.js';
import { runFixtures } from '../../../src/testing/load.js';
import type { EntryOutcome } from '../../../src/testing/fixture.js';
import { ROOT } from '../../helpers/shared.js';
import { prf, type EvalRow, type EvalSet } from '../types.js';

const ABSENT_KIND: Record<string, 'actors' | 'locations' | 'claims' | 'attributions'> = {
  actor: 'actors', location: 'locations', claim: 'claims', attribution: 'attributions',
};

export const fixturesSet: EvalSet = {
  name: 'fixtures',
  description: 'fixtures/*.expected.json: hand-written partial gold, per section',
  run({ limit }) {
    const runs = runFixtures([join(ROOT, 'fixtures')], (a) => extract(a)).slice(0, limit);
    const entries: EntryOutcome[] = [];
    const broken: string[] = [];
    for (const r of runs) {
      if (r.error || !r.report) { broken.push(`${r.name}: ${r.error}`); continue; }
      entries.push(...r.report.entries.map((e) => ({ ...e, what: `${r.name}: ${e.what}` })));
    }
    const rows: EvalRow[] = [];
    const examples = (es: EntryOutcome[]) => es.filter((e) => !e.ok).slice(0, 15).flatMap((e) => e.differences.map((d) => `${e.what.split(':')[0]}: ${d.message}`));

    for (const section of ['actors', 'locations', 'claims', 'attributions'] as const) {
      const mine = entries.filter((e) => e.section === section);
      const absent = entries.filter((e) => e.section === 'absent' && ABSENT_KIND[e.what.split(': ')[1]!.split(' ')[0]!] === section);
      if (!mine.length && !absent.length) continue;
      const tp = mine.filter((e) => e.found).length;
      const fp = absent.filter((e) => e.found).length;
      rows.push({
        set: 'fixtures', slice: section, ...prf(tp, fp, mine.length - tp),
        accuracy: mine.length ? mine.filter((e) => e.ok).length / mine.length : 0, n: mine.length,
        examples: examples([...mine, ...absent]),
      });
    }
    for (const section of ['contested', 'dates'] as const) {
      const mine = entries.filter((e) => e.section === section && e.index >= 0);
      if (!mine.length) continue;
      const found = mine.filter((e) => e.found).length;
      rows.push({ set: 'fixtures', slice: section, r: found / mine.length, accuracy: mine.filter((e) => e.ok).length / mine.length, n: mine.length, examples: examples(mine) });
    }
    const counts = entries.filter((e) => e.section === 'contested' && e.index < 0);
    if (counts.length) rows.push({ set: 'fixtures', slice: 'contested count', accuracy: counts.filter((e) => e.ok).length / counts.length, n: counts.length, examples: examples(counts) });
    const absent = entries.filter((e) => e.section === 'absent');
    if (absent.length) rows.push({ set: 'fixtures', slice: 'absent', accuracy: absent.filter((e) => e.ok).length / absent.length, n: absent.length, examples: examples(absent), note: 'share of must-be-absent texts rightly not extracted' });
    rows.push({ set: 'fixtures', slice: 'all entries', accuracy: entries.length ? entries.filter((e) => e.ok).length / entries.length : 0, n: entries.length });
    rows.push({
      set: 'fixtures', slice: 'fixtures passing', accuracy: runs.length ? runs.filter((r) => r.report?.ok).length / runs.length : 0, n: runs.length,
      note: 'pending entries do not fail a fixture' + (broken.length ? `; unreadable: ${broken.join('; ')}` : ''),
    });
    return rows;
  },
};
