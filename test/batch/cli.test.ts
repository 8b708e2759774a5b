/** `newsclaims batch` through the built CLI (dist/cli.js): every kind of bad line gives exactly one output line. */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/shared.js';
import { BatchRecord } from '../../src/schema.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const built = existsSync(CLI) && existsSync(join(ROOT, 'dist', 'worker.js'));

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function records(path: string): BatchRecord[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => BatchRecord.parse(JSON.parse(l)));
}

const j = (x: unknown) => Buffer.from(JSON.stringify(x));

// Each entry is one input line and what must come out for it.
const LINES: [Buffer, { id: string; ok: boolean; error?: RegExp }][] = [
  [j({ id: 'plain', text: 'The ministry said 23 soldiers died in the attack on Tuesday.' }), { id: 'plain', ok: true }],
  [Buffer.from('{"id": "cut", "text": "The minis'), { id: 'line:2', ok: false, error: /not valid JSON/ }],
  [j('A bare JSON string is an article too.'), { id: 'line:3', ok: true }],
  [j({ id: 'empty', text: '' }), { id: 'empty', ok: true }],
  [j({ id: 'blank', text: '  \n\t ' }), { id: 'blank', ok: true }],
  [j({ id: 'no-text', title: 'Headline only' }), { id: 'no-text', ok: false, error: /string "text"/ }],
  [j({ id: 'num-text', text: 42 }), { id: 'num-text', ok: false, error: /got number/ }],
  [j({ id: 'arr-text', text: ['a', 'b'] }), { id: 'arr-text', ok: false, error: /string "text"/ }],
  [Buffer.from('42'), { id: 'line:9', ok: false, error: /got number/ }],
  [Buffer.from('null'), { id: 'line:10', ok: false, error: /got null/ }],
  [Buffer.from('[{"text":"in an array"}]'), { id: 'line:11', ok: false, error: /got an array/ }],
  [Buffer.concat([Buffer.from('{"id":"latin1","text":"caf'), Buffer.from([0xe9]), Buffer.from(' au lait"}')]), { id: 'line:12', ok: false, error: /not valid UTF-8/ }],
  [j({ id: 'french', text: 'Le ministère a déclaré que 58 soldats avaient été tués près de la frontière.' }), { id: 'french', ok: true }],
  [j({ id: 'mixed', text: '据报道，至少有58名士兵死亡。 Россия заявила о 23 погибших. 🚀🚀' }), { id: 'mixed', ok: true }],
  [j({ id: 'html', text: '<p>Police said <b>12</b> people were hurt.</p><script>x()</script>' }), { id: 'html', ok: true }],
  [j({ id: 7, text: 'A numeric id is kept as a string.' }), { id: '7', ok: true }],
  // About 5 MB of lower-case prose (no digits, names or quotes), read whole.
  [j({ id: 'five-mb', text: 'the river rose slowly over the fields and the town waited for the rain to stop. '.repeat(63_000) }), { id: 'five-mb', ok: true }],
  [Buffer.from('{"id":"trailing","text":"Windows line end."}\r'), { id: 'trailing', ok: true }],
];

describe.skipIf(!built)('newsclaims batch (built CLI)', () => {
  let dir: string;
  let input: string;
  let full: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsclaims-batch-'));
    input = join(dir, 'in.jsonl');
    // A blank line in the middle is not an input.
    const body = [...LINES.slice(0, 3).map(([b]) => b), Buffer.from(''), ...LINES.slice(3).map(([b]) => b)];
    writeFileSync(input, Buffer.concat(body.flatMap((b) => [b, Buffer.from('\n')])));
    full = join(dir, 'full.jsonl');
    const r = cli(['batch', input, '-o', full, '--concurrency', '1']);
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);

  it('writes exactly one line per input line, in order, each a valid BatchRecord', () => {
    const out = records(full);
    expect(out.length).toBe(LINES.length);
    expect(out.map((r) => r.index)).toEqual(LINES.map((_, i) => i));
    // the blank line shifts the line numbers of what follows by one
    const expected = LINES.map(([, e]) => e.id.replace(/^line:(\d+)$/, (m, n) => (Number(n) > 3 ? `line:${Number(n) + 1}` : m)));
    expect(out.map((r) => r.id)).toEqual(expected);
    expect(out.map((r) => r.ok)).toEqual(LINES.map(([, e]) => e.ok));
    out.forEach((r, i) => {
      const want = LINES[i]![1].error;
      if (want) expect(r.ok ? '' : r.error, r.id).toMatch(want);
    });
  });

  it('says what happened on stderr, without a progress bar when stderr is not a terminal', () => {
    const r = cli(['batch', input, '-o', join(dir, 'again.jsonl'), '--concurrency', '0']);
    expect(r.stderr).toMatch(/^newsclaims batch: 18 articles, 10 ok, 8 errors in [\d.]+ s/);
    expect(r.stderr).not.toContain('\r');
    expect(readFileSync(join(dir, 'again.jsonl'), 'utf8')).toBe(readFileSync(full, 'utf8'));
  }, 60_000);

  it('resumes a killed run (a prefix and a cut-off line) to the same output as an uninterrupted one', () => {
    const whole = readFileSync(full, 'utf8');
    const lines = whole.split('\n');
    const partial = join(dir, 'partial.jsonl');
    writeFileSync(partial, `${lines.slice(0, 5).join('\n')}\n${lines[5]!.slice(0, 20)}`);
    const r = cli(['batch', input, '-o', partial, '--resume', '--concurrency', '0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/13 articles, .* 5 already done/);
    expect(readFileSync(partial, 'utf8')).toBe(whole);
    // Resuming a finished run changes nothing.
    const again = cli(['batch', input, '-o', partial, '--resume', '--concurrency', '0']);
    expect(again.stderr).toMatch(/0 articles, 0 ok, 0 errors, 18 already done/);
    expect(readFileSync(partial, 'utf8')).toBe(whole);
  }, 60_000);

  it('refuses to resume into an output written from another input', () => {
    const other = join(dir, 'other.jsonl');
    writeFileSync(other, '{"index":0,"id":"someone-else","ok":false,"error":"x"}\n');
    const r = cli(['batch', input, '-o', other, '--resume', '--concurrency', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--resume: line 1 of .* is for id "someone-else" but input 1 has id "plain"/);
  });

  it('reads standard input and writes standard output', () => {
    const stdin = ['"one"', '{"id":"two","text":"Two."}', '{oops'].join('\n');
    const r = cli(['batch', '-', '--concurrency', '0', '--quiet'], stdin);
    expect(r.stderr).toBe('');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as BatchRecord);
    expect(out.map((x) => [x.index, x.id, x.ok])).toEqual([[0, 'line:1', true], [1, 'two', true], [2, 'line:3', false]]);
  });

  it('reads a directory of .txt and .json files, named by file', () => {
    const d = join(dir, 'articles');
    mkdirSync(d);
    writeFileSync(join(d, 'b.txt'), 'Officials said 12 people were killed.');
    writeFileSync(join(d, 'a.json'), JSON.stringify({ text: 'Police arrested 40 people.', publishedAt: '2024-05-01' }));
    writeFileSync(join(d, 'c.json'), '{ not json');
    writeFileSync(join(d, 'd.txt'), Buffer.from([0x4f, 0x6e, 0x65, 0x20, 0xff, 0xfe, 0x0a]));
    writeFileSync(join(d, 'e.json'), '42');
    writeFileSync(join(d, 'notes.md'), 'ignored');
    const r = cli(['batch', d, '--concurrency', '0', '--quiet']);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as BatchRecord);
    expect(out.map((x) => [x.id, x.ok])).toEqual([['a.json', true], ['b.txt', true], ['c.json', false], ['d.txt', false], ['e.json', false]]);
    expect(out[3]).toMatchObject({ error: 'd.txt is not valid UTF-8' });
  });

  it('gives an article that outlasts --timeout an error record (its worker replaced) and goes on', () => {
    const big = JSON.stringify({ id: 'slow', text: 'The river rose over the fields and the town waited. '.repeat(100_000) });
    const stdin = ['"before"', big, '"after one"', '"after two"'].join('\n');
    const r = cli(['batch', '-', '--concurrency', '1', '--timeout', '150', '--quiet'], stdin);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as BatchRecord);
    expect(out.map((x) => x.id)).toEqual(['line:1', 'slow', 'line:3', 'line:4']);
    expect(out[1]).toMatchObject({ ok: false, error: expect.stringMatching(/timed out after 150 ms/) });
    expect(out[3]!.ok).toBe(true);
  }, 60_000);

  it('refuses bad arguments with exit code 2', () => {
    expect(cli(['batch']).code).toBe(2);
    expect(cli(['batch', join(dir, 'nope.jsonl')]).code).toBe(2);
    expect(cli(['batch', input, '--resume']).code).toBe(2);
    expect(cli(['batch', input, '--concurrency', 'two']).code).toBe(2);
  });

  it('applies --max-chars with --on-too-long error as an error record for that article only', () => {
    const r = cli(['batch', '-', '--concurrency', '0', '--quiet', '--max-chars', '10', '--on-too-long', 'error'], '"short"\n"far too long for ten"\n');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as BatchRecord);
    expect(out.map((x) => x.ok)).toEqual([true, false]);
  });
});
