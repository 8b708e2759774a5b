/** The embeddable API (newsclaims/queue from source) on a real redis-server: strings without ids, a stream sink. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createQueueCollector, createQueueProducer, createQueueWorker } from '../../src/queue/index.js';
import { extract } from '../../src/extract.js';

const redisBin = spawnSync('redis-server', ['--version']).status === 0;

const TEXTS = [
  'Police said 12 people were hurt when a bus overturned near the city on Monday.',
  'The ministry said 23 soldiers died in the attack, a figure the group disputed.',
  '',
  'Officials reported that as many as 58 homes were destroyed by the flood.',
  'No numbers here at all, only a quiet afternoon by the river.',
  'The union claimed 4,000 workers joined the strike; the company said 900.',
  'Police said 12 people were hurt when a bus overturned near the city on Monday.', // same text, another position
];

describe.skipIf(!redisBin)('newsclaims/queue API', () => {
  let redis: ChildProcess;
  let url: string;

  beforeAll(async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    url = `redis://127.0.0.1:${port}`;
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100 && spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() !== 'PONG'; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
  }, 20_000);

  afterAll(async () => {
    if (redis && redis.exitCode === null) {
      redis.kill('SIGTERM');
      await new Promise((r) => redis.once('exit', r));
    }
  });

  it('enqueues strings without ids idempotently, works them into a stream, collects in order', async () => {
    const producer = await createQueueProducer({ redis: url, queue: 'api', batchSize: 3 });
    expect(await producer.enqueue(TEXTS)).toEqual({ inputs: 7, added: 3, skipped: 0 });
    expect(await producer.enqueue(TEXTS)).toEqual({ inputs: 7, added: 0, skipped: 3 }); // position + text hash
    await producer.close();

    const collector = await createQueueCollector({ redis: url, queue: 'api' });
    const before = await collector.summary();
    expect(before).toEqual({ total: 7, done: 0, failed: 0, pending: 7, missing: 0 });

    const worker = await createQueueWorker({ redis: url, queue: 'api', out: { stream: true }, concurrency: 1 });
    const after = await collector.wait({ timeoutMs: 60_000, intervalMs: 200 });
    expect(after).toEqual({ total: 7, done: 7, failed: 0, pending: 0, missing: 0 });
    const lines: string[] = [];
    await collector.collect((l) => void lines.push(l));
    await collector.close();
    await worker.close();
    await worker.closed;
    expect(worker.stats()).toEqual({ jobs: 3, records: 7, errors: 0 });

    const records = lines.map((l) => JSON.parse(l) as { index: number; id?: string; ok: boolean; result: unknown });
    expect(records.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(records.every((r) => r.ok && r.id === undefined)).toBe(true);
    // The same result extract() gives on this thread.
    records.forEach((r, i) => expect(r.result).toEqual(JSON.parse(JSON.stringify(extract(TEXTS[i]!)))));
  }, 90_000);
});
