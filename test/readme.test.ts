/** The README's API example is real: run it against the built package and compare its "// →" lines. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/shared.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const example = /## Use it\s+```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

describe('README API example', () => {
  it('is present', () => {
    expect(example).toContain("from 'newsclaims'");
  });

  it('prints what its comments say', () => {
    const expected = [...example.matchAll(/^\/\/ → (.*)$/gm)].map((m) => m[1]);
    // Strip TypeScript-only syntax (non-null assertions) so plain node runs it.
    const js = example
      .replace("from 'newsclaims'", `from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)}`)
      .replace(/\]!/g, ']');
    const dir = mkdtempSync(join(tmpdir(), 'newsclaims-readme-'));
    const file = join(dir, 'example.mjs');
    writeFileSync(file, js);
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(expected);
  });
});
