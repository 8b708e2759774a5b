/**
 * No object literal in the code that runs per article starts with a spread and goes on (`{ ...base, key }`,
 * `{ ...a, ...b }`): on Node 20's V8 each object such a literal makes gets a hidden class of its own, in
 * the old generation (see src/extend.ts for the measurements). Use extend(base, more), Object.assign onto
 * a fresh literal, or put a key first (`{ index, ...rest }`).
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/shared.js';
import { sourceFiles } from './tools/regex-audit.js';
import { extend } from '../src/extend.js';

/** Code that runs once per run or per command, not per article: the CLI's option parsing, reports, test helpers. */
const COLD = [/^src\/cli\/(?!batch\.ts$)/, /^src\/report\//, /^src\/testing\//];

function spreadFirstLiterals(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const where = relative(ROOT, file).split(sep).join('/');
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && node.properties.length > 1 && ts.isSpreadAssignment(node.properties[0]!)) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      found.push(`${where}:${line + 1}: ${node.getText(sf).slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('hidden classes: no spread-first object literal with more keys in per-article code', () => {
  const files = sourceFiles().filter((f) => !COLD.some((re) => re.test(relative(ROOT, f).split(sep).join('/'))));

  it('scans the per-article code (the scanner is not blind)', () => {
    const names = files.map((f) => relative(ROOT, f).split(sep).join('/'));
    expect(names).toEqual(expect.arrayContaining(['src/batch/extract-many.ts', 'src/recognisers/quantities.ts', 'src/cli/batch.ts', 'src/queue/worker.ts']));
    expect(names).not.toContain('src/cli/report.ts');
    // and it does see the form it looks for
    const probe = ts.createSourceFile('probe.ts', 'const a = { ...b, c: 1 }; const d = { c: 1, ...b }; const e = { ...b };', ts.ScriptTarget.Latest, true);
    let hits = 0;
    const visit = (n: ts.Node): void => {
      if (ts.isObjectLiteralExpression(n) && n.properties.length > 1 && ts.isSpreadAssignment(n.properties[0]!)) hits++;
      ts.forEachChild(n, visit);
    };
    visit(probe);
    expect(hits).toBe(1);
  });

  it('finds none', () => {
    expect(files.flatMap(spreadFirstLiterals)).toEqual([]);
  });
});

describe('extend', () => {
  it('copies base, then more over it, keeping the key order a spread would', () => {
    const base = { index: 1, id: 'a', ok: false };
    const out = extend(base, { ok: true, json: '{}' });
    expect(Object.keys(out)).toEqual(['index', 'id', 'ok', 'json']);
    expect(out).toEqual({ index: 1, id: 'a', ok: true, json: '{}' });
    expect(base).toEqual({ index: 1, id: 'a', ok: false }); // base is not changed
    expect(out).not.toBe(base);
  });
});
