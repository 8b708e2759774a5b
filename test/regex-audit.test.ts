/**
 * Every regex in src/ is checked for catastrophic backtracking with recheck (pure JS, offline): regex literals
 * and literal `new RegExp('…')` found by parsing src/**\/*.ts, and regexes built from data at run time, caught by
 * wrapping the RegExp constructor while src/ loads and extract() runs. A vulnerable pattern fails this test
 * unless its line (or the line above) carries `redos-ok: <why it is bounded>`. See test/tools/regex-audit.ts;
 * `npx tsx test/tools/regex-audit.ts` prints the full table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROOT } from './helpers/shared.js';
import { newsArticleText } from './helpers/news-arb.js';
import {
  captureConstructed, check, formatVerdict, isFinding, scanFile, scanSources, unique, waiverAt, type FoundRegex,
} from './tools/regex-audit.js';

const TIMEOUT = 600_000;

describe('regex audit: no regex in src/ can backtrack catastrophically', () => {
  const { found, dynamic } = scanSources();

  it('finds the regexes of src/ (the scanner is not blind)', () => {
    expect(found.length).toBeGreaterThan(10);
    expect(found.some((r) => r.where.startsWith('src/segment.ts'))).toBe(true);
  });

  it('every regex literal and literal RegExp() in src/ is safe or carries a reason', () => {
    const findings = unique(found).map((r) => check(r)).filter(isFinding).map(formatVerdict);
    expect(findings).toEqual([]);
  }, TIMEOUT);

  it('every regex src/ builds at run time is safe or carries a reason, and every RegExp(expr) site was seen', async () => {
    const samples = [
      readFileSync(join(ROOT, 'fixtures', 'border-clash.txt'), 'utf8'),
      ...fc.sample(newsArticleText, { seed: 9, numRuns: 200 }),
    ];
    const built = await captureConstructed(async () => {
      const { extract } = await import('../src/index.js');
      for (const s of samples) extract(s, { publishedAt: '2025-10-12' });
    });
    const findings = unique(built).map((r) => check(r)).filter(isFinding).map(formatVerdict);
    expect(findings).toEqual([]);
    // A RegExp built from an expression that never ran during the audit was not checked: say so.
    const seenAt = new Set(built.map((b) => b.where));
    const unchecked = dynamic.filter((d) => {
      const [file, line] = [d.where.slice(0, d.where.lastIndexOf(':')), Number(d.where.slice(d.where.lastIndexOf(':') + 1))];
      return !seenAt.has(d.where) && !waiverAt(readFileSync(join(ROOT, file), 'utf8').split('\n'), line);
    });
    expect(unchecked.map((d) => `${d.where} ${d.code}: never built while auditing; make the audit samples reach it or add redos-ok`)).toEqual([]);
  }, TIMEOUT);
});

describe('the audit itself', () => {
  const checked = (source: string, flags = ''): ReturnType<typeof check> =>
    check({ source, flags, where: 'test' } satisfies FoundRegex);

  it.each([
    ['^(a+)+$', ''],
    ['(\\w+\\s?)*$', ''],
    ['^(?:a|a)*$', ''],
    ['\\s*:?\\s*x$', ''],
  ])('flags /%s/%s as vulnerable', (source, flags) => {
    expect(checked(source, flags).status).toBe('vulnerable');
  });

  it.each([
    ['^\\d+\\s+comments?$', 'i'],
    ['[.!?]+["\')\\]]*', 'g'],
    ['\\p{L}+', 'gu'],
  ])('passes /%s/%s as safe', (source, flags) => {
    expect(checked(source, flags).status).toBe('safe');
  });

  it('reads literals, literal constructions and waivers from source, and sets RegExp(expr) apart', () => {
    const dir = join(ROOT, 'test', 'tools');
    const { found, dynamic } = scanFile(join(dir, 'regex-audit.ts'));
    expect(found.some((r) => r.source === 'redos-ok:\\s*(\\S.*)$')).toBe(true);
    expect(dynamic).toEqual([]);
    expect(waiverAt(['x', '// redos-ok: runs on 12 characters', 'const re = /(a+)+$/;'], 3)).toBe('runs on 12 characters');
    expect(waiverAt(['// redos-ok: far away', 'x', 'const re = /(a+)+$/;'], 3)).toBeUndefined();
  });
});
