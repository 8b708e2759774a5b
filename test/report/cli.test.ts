import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_RESULT, SAMPLE_TEXT } from './sample.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'newsclaims-report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('newsclaims report', () => {
  it('writes one self-contained page for one article', () => {
    const out = join(dir, 'one.html');
    const file = join(dir, 'one.txt');
    writeFileSync(file, 'Police said 4 <em>people</em> were hurt.');
    expect(cli(['report', file, '-o', out]).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Police said 4 &lt;em&gt;people&lt;/em&gt; were hurt.');
    expect(html).not.toMatch(/https?:\/\//);
  }, 30_000);

  it('reads standard input and writes the page to standard output', () => {
    const r = cli(['report', '-'], 'Officials said 3 died.');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<pre class="article">');
  }, 30_000);

  it('writes a page per batch line and an index, taking texts from --text-from', () => {
    const out = join(dir, 'batch');
    const results = join(dir, 'out.jsonl');
    const texts = join(dir, 'in.jsonl');
    writeFileSync(results, [
      JSON.stringify(SAMPLE_RESULT), // a bare result: id in meta.id, text from --text-from
      JSON.stringify({ id: 'wrapped', result: { ...SAMPLE_RESULT, meta: undefined }, text: SAMPLE_TEXT }),
      JSON.stringify({ id: 'no-text', result: SAMPLE_RESULT }),
      JSON.stringify({ id: 'failed', error: { message: 'input was not text' } }),
      'not json',
      '',
    ].join('\n'));
    writeFileSync(texts, `${JSON.stringify({ id: 'sample-1', title: 'Sample <one>', text: SAMPLE_TEXT })}\n`);
    const r = cli(['report', results, '-o', out, '--text-from', texts]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('wrote 3 page(s)');
    expect(readdirSync(out).sort()).toEqual(['0001-sample-1.html', '0002-wrapped.html', '0003-no-text.html', 'index.html']);
    const first = readFileSync(join(out, '0001-sample-1.html'), 'utf8');
    expect(first).toContain('<title>Sample &lt;one&gt;</title>');
    expect(first).toContain('id="m-claim-0"');
    expect(first).toContain('href="index.html"');
    expect(readFileSync(join(out, '0002-wrapped.html'), 'utf8')).toContain('id="m-claim-0"');
    expect(readFileSync(join(out, '0003-no-text.html'), 'utf8')).toContain('The article text was not given');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const href of ['0001-sample-1.html', '0002-wrapped.html', '0003-no-text.html']) expect(index).toContain(`href="${href}"`);
    expect(index).toContain('input was not text');
    expect(index).toContain('not valid JSON');
  }, 30_000);

  it('refuses a batch without an output folder', () => {
    const results = join(dir, 'alone.jsonl');
    writeFileSync(results, `${JSON.stringify(SAMPLE_RESULT)}\n`);
    const r = cli(['report', results]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs -o <dir>');
  }, 30_000);
});
