/**
 * The queue end to end, through the built CLI (dist/cli.js) and a real redis-server on a loopback port:
 * 500 corpus articles, 3 worker processes, one killed with SIGKILL half way. The collected output must
 * hold exactly one line per input, and be the very lines `newsclaims batch` writes for the same input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, hasShared, sharedPath } from '../helpers/shared.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const built = existsSync(CLI) && existsSync(join(ROOT, 'dist', 'queue.js'));
const redisBin = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
const CORPUS = sharedPath('corpus', 'bbc-news.jsonl');
const N = 500;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function cli(args: string[], timeout = 120_000) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const exited = (p: ChildProcess) =>
  new Promise<number | null>((resolve) => (p.exitCode !== null || p.signalCode !== null ? resolve(p.exitCode) : p.once('exit', (code) => resolve(code))));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!built)('newsclaims/queue without Redis (built package)', () => {
  it('exports the queue API from its own entry, ESM and CJS, and not from the main one', async () => {
    const names = ['DEFAULT_QUEUE', 'QueueUnavailableError', 'createQueueCollector', 'createQueueProducer', 'createQueueWorker'];
    const esm = (await import(pathToFileURL(join(ROOT, 'dist', 'queue.js')).href)) as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(names);
    const cjs = createRequire(import.meta.url)(join(ROOT, 'dist', 'queue.cjs')) as Record<string, unknown>;
    expect(Object.keys(cjs).sort()).toEqual(names);
    expect(readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8')).not.toMatch(/bullmq/);
    expect(readFileSync(join(ROOT, 'dist', 'index.cjs'), 'utf8')).not.toMatch(/bullmq/);
  });

  it('without bullmq installed, newsclaims and newsclaims/queue still load, and using the queue says to install it', () => {
    const app = mkdtempSync(join(tmpdir(), 'newsclaims-nobullmq-'));
    try {
      const pkgDir = join(app, 'node_modules', 'newsclaims');
      mkdirSync(pkgDir, { recursive: true });
      cpSync(join(ROOT, 'dist'), join(pkgDir, 'dist'), { recursive: true });
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      writeFileSync(join(pkgDir, 'package.json'), readFileSync(join(ROOT, 'package.json')));
      // Only the real dependencies, as npm installs them for a user who did not add bullmq.
      for (const dep of Object.keys(pkg.dependencies)) symlinkSync(join(ROOT, 'node_modules', dep), join(app, 'node_modules', dep), 'dir');
      writeFileSync(join(app, 'esm.mjs'), `
        import { extract } from 'newsclaims';
        import { createQueueWorker, QueueUnavailableError } from 'newsclaims/queue';
        if (!extract('Police said 12 people were hurt.').schemaVersion) throw new Error('no result');
        try { await createQueueWorker({ redis: 'redis://127.0.0.1:1', out: { stream: true } }); console.log('no error?'); }
        catch (e) { console.log(e instanceof QueueUnavailableError, e.message); }`);
      writeFileSync(join(app, 'cjs.cjs'), `
        const { createQueueProducer, QueueUnavailableError } = require('newsclaims/queue');
        createQueueProducer({ redis: 'redis://127.0.0.1:1' }).then(() => console.log('no error?'), (e) => console.log(e instanceof QueueUnavailableError, e.message));`);
      for (const file of ['esm.mjs', 'cjs.cjs']) {
        const r = spawnSync(process.execPath, [file], { cwd: app, encoding: 'utf8', timeout: 30_000 });
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).toMatch(/^true newsclaims\/queue needs the optional package bullmq .*npm install bullmq/);
      }
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });

  it('an unreachable Redis is a clear error within the connect timeout, never a hang', async () => {
    const port = await freePort();
    for (const args of [
      ['queue', 'enqueue', join(ROOT, 'fixtures'), '--redis', `redis://127.0.0.1:${port}`],
      ['queue', 'work', '--redis', `redis://127.0.0.1:${port}`, '--stream'],
      ['queue', 'collect', '--redis', `redis://127.0.0.1:${port}`, '-o', '-'],
    ]) {
      const t0 = Date.now();
      const r = cli(args, 30_000);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`cannot use Redis at 127\\.0\\.0\\.1:${port}: ECONNREFUSED`));
      expect(Date.now() - t0).toBeLessThan(25_000); // 5 s connect bound + start-up on a loaded machine
    }
  });

  it('usage errors name what is missing', () => {
    expect(cli(['queue', 'work', '--redis', 'redis://127.0.0.1:1']).stderr).toMatch(/--out <dir>.*or --stream/);
    expect(cli(['queue', 'collect', '--redis', 'redis://127.0.0.1:1']).stderr).toMatch(/needs -o/);
    expect(cli(['queue', 'enqueue', 'nowhere.jsonl', '--redis', 'redis://127.0.0.1:1']).stderr).toMatch(/no such file/);
    expect(cli(['queue', 'frobnicate']).code).toBe(2);
    expect(cli(['queue', 'collect', '-o', 'x.jsonl']).stderr).toMatch(/--redis <url> is required/);
  });
});

describe.skipIf(!built || !redisBin || !hasShared)('newsclaims queue on a real redis-server', () => {
  let dir: string;
  let redis: ChildProcess;
  let url: string;
  let input: string;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsclaims-queue-'));
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG') break;
      await sleep(50);
    }
    const lines = readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, N);
    input = join(dir, 'in.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
  }, 30_000);

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    if (redis && redis.exitCode === null) {
      redis.kill('SIGTERM');
      await exited(redis);
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('500 articles, 3 workers, one killed with SIGKILL: one result per input, the same lines as batch', async () => {
    const enq = cli(['queue', 'enqueue', input, '--redis', url, '--batch', '10', '--backoff', '200']);
    expect(enq.code, enq.stderr).toBe(0);
    expect(enq.stderr).toMatch(/500 articles, 50 jobs added, 0 already queued/);
    // Idempotent: a re-run adds nothing.
    expect(cli(['queue', 'enqueue', input, '--redis', url, '--batch', '10']).stderr).toMatch(/500 articles, 0 jobs added, 50 already queued/);

    const out = join(dir, 'results');
    // Short locks so the killed worker's jobs come back within seconds.
    const start = (drain: boolean) => {
      const w = spawn(process.execPath, [CLI, 'queue', 'work', '--redis', url, '--out', out, '--lock-ms', '2000', '--stalled-ms', '1000', ...(drain ? ['--drain'] : [])], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      w.stderr!.on('data', (d) => (err += d));
      workers.push(w);
      return { w, err: () => err };
    };
    const victim = start(false);
    const others = [start(true), start(true)];

    // Half way (by the records on disk), kill one worker outright: no chance to finish or hand back jobs.
    const count = () => (existsSync(out) ? readdirSync(out).reduce((n, f) => n + readFileSync(join(out, f), 'utf8').split('\n').length - 1, 0) : 0);
    const deadline = Date.now() + 120_000;
    while (count() < N / 2 && Date.now() < deadline) await sleep(100);
    expect(count()).toBeGreaterThanOrEqual(N / 2);
    victim.w.kill('SIGKILL');
    expect(await exited(victim.w)).toBe(null);
    // And ask another to stop politely: it finishes the jobs in its hands and exits 0.
    while (count() < (N * 3) / 4 && Date.now() < deadline) await sleep(100);
    others[0]!.w.kill('SIGTERM');

    // The other two drain the queue (the victim's jobs included, once their locks expire) and stop.
    const codes = await Promise.all(others.map((o) => exited(o.w)));
    expect(codes, others.map((o) => o.err()).join('\n')).toEqual([0, 0]);
    expect(others[0]!.err()).toMatch(/stopped after \d+ jobs/);

    // The victim had jobs in its hands when it died: BullMQ's stalled-job check put them back (its events say so).
    const events = spawnSync('redis-cli', ['-u', url, 'XRANGE', 'bull:newsclaims:events', '-', '+'], { encoding: 'utf8' }).stdout;
    expect(events).toMatch(/\bstalled\b/);

    const collected = join(dir, 'collected.jsonl');
    const col = cli(['queue', 'collect', '--redis', url, '-o', collected]);
    expect(col.stderr).toMatch(/500 inputs, 500 done, 0 failed, 0 pending/);
    expect(col.code).toBe(0);

    const lines = readFileSync(collected, 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(N);
    const indexes = lines.map((l) => (JSON.parse(l) as { index: number }).index);
    expect(indexes).toEqual([...Array(N).keys()]); // none lost, none duplicated, in input order

    const batchOut = join(dir, 'batch.jsonl');
    const b = cli(['batch', input, '-o', batchOut, '-q']);
    expect(b.code, b.stderr).toBe(0);
    const expected = readFileSync(batchOut, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBe(expected.length);
    const differing = lines.filter((l, i) => l !== expected[i]).length;
    expect(differing).toBe(0);
  }, 240_000);

  it('articles that fail are retried with backoff a bounded number of times, then carry their error', async () => {
    const long = (JSON.parse(readFileSync(input, 'utf8').split('\n')[0]!) as { text: string }).text.repeat(30);
    const retryIn = join(dir, 'retry.jsonl');
    const rows = [{ id: 'slow-1', text: long }, { id: 'no-text', title: 'A headline alone' }, { id: 'slow-2', text: long }];
    writeFileSync(retryIn, rows.map((r) => JSON.stringify(r)).join('\n'));
    expect(cli(['queue', 'enqueue', retryIn, '--redis', url, '--queue', 'retry', '--attempts', '3', '--backoff', '100']).code).toBe(0);
    // A 1 ms limit per article: every real extraction times out (its thread is replaced), on every attempt.
    const w = cli(['queue', 'work', '--redis', url, '--queue', 'retry', '--stream', '--timeout', '1', '--drain']);
    expect(w.code, w.stderr).toBe(0);
    expect(w.stderr).toMatch(/2 articles failed on attempt 1 of 3/);
    expect(w.stderr).toMatch(/2 articles failed on attempt 2 of 3/);
    expect(w.stderr).not.toMatch(/attempt 3 of 3/); // the last attempt writes the errors instead
    const out = join(dir, 'retry-out.jsonl');
    const c = cli(['queue', 'collect', '--redis', url, '--queue', 'retry', '-o', out]);
    expect(c.stderr).toMatch(/3 inputs, 0 done, 3 failed, 0 pending/);
    const got = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { index: number; id: string; ok: boolean; error: string });
    expect(got.map((r) => [r.index, r.id, r.ok])).toEqual([[0, 'slow-1', false], [1, 'no-text', false], [2, 'slow-2', false]]);
    expect(got[0]!.error).toMatch(/timed out after 1 ms/);
    expect(got[1]!.error).toMatch(/string "text"/);
  }, 60_000);

  it('SIGTERM stops an idle worker cleanly', async () => {
    const w = spawn(process.execPath, [CLI, 'queue', 'work', '--redis', url, '--queue', 'idle', '--stream'], { stdio: ['ignore', 'ignore', 'pipe'] });
    workers.push(w);
    let err = '';
    w.stderr!.on('data', (d) => (err += d));
    for (let i = 0; i < 600 && !err.includes('writing to'); i++) await sleep(50); // handlers are in place once it says so
    expect(err).toMatch(/writing to/);
    w.kill('SIGTERM');
    expect(await exited(w)).toBe(0);
    expect(err).toMatch(/stopped after 0 jobs/);
  }, 60_000);
});
