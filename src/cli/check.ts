import { parseArgs } from 'node:util';
import { extract } from '../extract.js';
import type { Article, ExtractionResult } from '../schema.js';
import { fixtureJsonSchema, formatReport } from '../testing/fixture.js';
import { runFixtures, type FixtureRun } from '../testing/load.js';
import { UsageError, type Command } from './types.js';

export interface CheckOptions {
  json?: boolean;
  /** Print only failing fixtures (and the summary). */
  quiet?: boolean;
  /** The extraction to check (tests inject one); default extract(). */
  run?: (article: Article) => ExtractionResult;
  write?: (s: string) => void;
}

/** A fixture run as machines read it: no result, just the verdict and the differences. */
function toJson(r: FixtureRun) {
  return {
    name: r.name,
    expected: r.expectedPath,
    article: r.articlePath,
    ok: !r.error && !!r.report?.ok,
    ...(r.error ? { error: r.error } : {}),
    ...(r.report
      ? {
          passed: r.report.passed,
          total: r.report.total,
          failures: r.report.failures,
          pending: r.report.pending,
          fixed: r.report.fixed.map((e) => ({ section: e.section, what: e.what, pending: e.pending })),
        }
      : {}),
  };
}

/** Check fixture files; returns the exit code: 0 when every fixture passes (pending misses allowed), else 1. */
export function runCheck(paths: string[], options: CheckOptions = {}): number {
  const write = options.write ?? ((s: string) => process.stdout.write(s));
  const runs = runFixtures(paths, options.run ?? ((a) => extract(a)));
  const failed = runs.filter((r) => r.error || !r.report?.ok);
  if (options.json) {
    write(`${JSON.stringify({ ok: failed.length === 0, fixtures: runs.map(toJson) }, null, 2)}\n`);
    return failed.length ? 1 : 0;
  }
  for (const r of runs) {
    if (r.error) write(`✗ ${r.name}: cannot be checked\n  ${r.error.replace(/\n/g, '\n  ')}\n`);
    else if (r.report && (!options.quiet || !r.report.ok)) write(`${formatReport(r.report, r.name)}\n`);
  }
  const pending = runs.reduce((n, r) => n + new Set(r.report?.pending.map((d) => d.what)).size, 0);
  write(
    `\n${runs.length - failed.length}/${runs.length} fixtures pass`
      + (pending ? `; ${pending} pending known miss${pending === 1 ? '' : 'es'}` : '')
      + (failed.length ? `; failing: ${failed.map((r) => r.name).join(', ')}` : '')
      + '\n',
  );
  return failed.length ? 1 : 0;
}

export const checkCommand: Command = {
  usage: `check <dir|file…> [--json] [--quiet] | check --schema
      run extraction over fixtures (NAME.txt or NAME.json + NAME.expected.json) and print what differs;
      exit 1 when an entry not marked pending fails; --schema prints the fixture file's JSON Schema`,
  run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' }, schema: { type: 'boolean' } },
    });
    if (values.schema) {
      process.stdout.write(`${JSON.stringify(fixtureJsonSchema(), null, 2)}\n`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('check needs at least one fixture directory or file');
    return runCheck(positionals, { json: !!values.json, quiet: !!values.quiet });
  },
};
