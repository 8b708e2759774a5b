/**
 * npm run bench -- queue [--articles N] [--rounds R] [--batch B]
 * (alone: npm run build && tsx test/bench/queue.ts)
 *
 * The queue against `newsclaims batch` on this machine, with the same parallelism: batch --concurrency P
 * (one process, P extraction threads) beside P `queue work` processes (one extraction thread each) on
 * a local redis-server started for the run (Debian's redis-server; never the system service).
 *   batch wall:  process start → exit (it reads, extracts and writes everything).
 *   queue wall:  workers spawned → the last result line is on disk (file mtime), so the workers'
 *                idle-exit polling is not counted; enqueue and collect are reported on their own.
 * Rounds alternate batch and queue so a burst of load from elsewhere hits both alike; the best of the
 * rounds is compared (the least disturbed run of each; every run is printed).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SHARED } from '../helpers/shared.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const CORPUS = join(SHARED, 'corpus', 'bbc-news.jsonl');
const argv = process.argv.slice(2);
const option = (name: string, dflt: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const ARTICLES = option('--articles', 8000);
const ROUNDS = option('--rounds', 3);
const BATCH = option('--batch', 50);
const PROCS = [1, 2, 4];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const best = (xs: number[]) => Math.min(...xs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function run(args: string[]): { ms: number; stderr: string; code: number | null } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { ms: performance.now() - t0, stderr: r.stderr, code: r.status };
}

function exit(p: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve) => p.once('exit', (c) => resolve(c)));
}

async function main(): Promise<number> {
  if (!existsSync(CLI)) {
    console.error('bench queue: dist/ is missing; run `npm run build` (npm run bench does)');
    return 1;
  }
  if (!existsSync(CORPUS)) {
    console.error(`bench queue: corpus not found at ${CORPUS} (set NEWSCLAIMS_SHARED)`);
    return 1;
  }
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    console.error('bench queue: redis-server not found (apt-get install redis-server)');
    return 1;
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsclaims-bench-queue-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 100 && spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() !== 'PONG'; i++) await sleep(50);
    // The corpus, repeated as needed, each copy with its own ids (job ids come from article ids).
    const corpus = readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { id?: string });
    const lines: string[] = [];
    for (let i = 0; i < ARTICLES; i++) {
      const a = corpus[i % corpus.length]!;
      lines.push(JSON.stringify({ ...a, id: `${a.id ?? 'article'}#${Math.floor(i / corpus.length)}` }));
    }
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const mb = Buffer.byteLength(lines.join('\n')) / 1e6;
    console.log(`bench queue: ${lines.length} articles (${mb.toFixed(1)} MB), jobs of ${BATCH}, ${ROUNDS} rounds, ${availableParallelism()} cores here`);
    console.log('  (timings include process start-up and compromise loading in every process, as a user would see them)\n');

    // Fixed costs: a one-article run of each (process start, imports, threads; for the queue also bullmq,
    // three Redis connections and the first fetch). What remains of a run is the per-article cost.
    const one = join(dir, 'one.jsonl');
    writeFileSync(one, `${lines[0]}\n`);
    const startBatch: number[] = [];
    const startQueue: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      startBatch.push(run(['batch', one, '-o', join(dir, 'one-out.jsonl'), '--concurrency', '1', '-q']).ms);
      const queue = `start-${r}`;
      run(['queue', 'enqueue', one, '--redis', url, '--queue', queue, '-q']);
      const out = join(dir, queue);
      const t0 = Date.now();
      await exit(spawn(process.execPath, [CLI, 'queue', 'work', '--redis', url, '--queue', queue, '--out', out, '--drain', '-q'], { stdio: 'ignore' }));
      startQueue.push(Math.max(...readdirSync(out).map((f) => statSync(join(out, f)).mtimeMs)) - t0);
    }
    const sb = best(startBatch);
    const sq = best(startQueue);
    console.log(`  start-up (one article, best of ${ROUNDS}): batch ${(sb / 1000).toFixed(2)} s, queue worker ${(sq / 1000).toFixed(2)} s\n`);

    const rows: string[] = [];
    for (const p of PROCS) {
      const batchMs: number[] = [];
      const queueMs: number[] = [];
      const enqMs: number[] = [];
      const colMs: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const b = run(['batch', input, '-o', join(dir, 'batch.jsonl'), '--concurrency', String(p), '-q']);
        if (b.code !== 0) throw new Error(`batch failed: ${b.stderr}`);
        batchMs.push(b.ms);

        const queue = `bench-${p}-${r}`;
        const e = run(['queue', 'enqueue', input, '--redis', url, '--queue', queue, '--batch', String(BATCH), '-q']);
        if (e.code !== 0) throw new Error(`enqueue failed: ${e.stderr}`);
        enqMs.push(e.ms);
        const out = join(dir, queue);
        const t0 = Date.now();
        const workers = Array.from({ length: p }, () =>
          spawn(process.execPath, [CLI, 'queue', 'work', '--redis', url, '--queue', queue, '--out', out, '--drain', '-q'], { stdio: 'ignore' }),
        );
        const codes = await Promise.all(workers.map(exit));
        if (codes.some((c) => c !== 0)) throw new Error(`a worker failed: ${codes.join(', ')}`);
        const last = Math.max(...readdirSync(out).map((f) => statSync(join(out, f)).mtimeMs));
        queueMs.push(last - t0);
        const c = run(['queue', 'collect', '--redis', url, '--queue', queue, '-o', join(dir, `${queue}.jsonl`)]);
        if (c.code !== 0 || !c.stderr.includes(`${lines.length} done`)) throw new Error(`collect failed: ${c.stderr}`);
        colMs.push(c.ms);
        if (readFileSync(join(dir, `${queue}.jsonl`), 'utf8') !== readFileSync(join(dir, 'batch.jsonl'), 'utf8')) throw new Error('queue output differs from batch output');
      }
      const bm = best(batchMs);
      const qm = best(queueMs);
      const rate = (ms: number) => (lines.length / (ms / 1000)).toFixed(1).padStart(6);
      // Per-article time once started, and the queue's extra cost per article (in ms of wall time).
      const steadyB = Math.max(bm - sb, 1);
      const steadyQ = Math.max(qm - sq, 1);
      const perArticle = ((steadyQ - steadyB) / lines.length) * p;
      rows.push(
        `  P=${p}  batch ${(bm / 1000).toFixed(1).padStart(5)} s ${rate(bm)} art/s | queue workers ${(qm / 1000).toFixed(1).padStart(5)} s ${rate(qm)} art/s` +
          `  overhead ${(((qm - bm) / bm) * 100).toFixed(1).padStart(5)}% (start-up excluded: ${(((steadyQ - steadyB) / steadyB) * 100).toFixed(1)}%, ${perArticle.toFixed(3)} ms per article per process) | + enqueue ${(median(enqMs) / 1000).toFixed(1)} s, collect ${(median(colMs) / 1000).toFixed(1)} s` +
          `  (runs: batch ${batchMs.map((x) => (x / 1000).toFixed(1)).join('/')}, queue ${queueMs.map((x) => (x / 1000).toFixed(1)).join('/')})`,
      );
      console.log(rows[rows.length - 1]);
    }
    console.log(
      '\n  Overhead against a real pipeline: the queue adds a fixed start-up per worker and a per-article cost' +
        '\n  (ms per article per process above, mostly one Redis round trip and one fsync per job, shared by the' +
        '\n  job\'s articles). Divide it by extract()\'s own time per article for the overhead at that speed.',
    );
    console.log(
      '\n  Output: every queue run was checked byte for byte against batch\'s output.' +
        '\n  Across machines: extraction is CPU-bound and articles are independent, so W machines of C cores give up to' +
        '\n  W×C workers\' throughput; Redis carries one small job per batch (article text in, a few bytes out with --out dir)' +
        '\n  and is not the limit below thousands of articles/s. Beyond this machine it is an estimate, not a measurement.',
    );
    return 0;
  } finally {
    redis.kill('SIGTERM');
    await exit(redis).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
