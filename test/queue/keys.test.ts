/** Job ids, batching and connection parsing: no Redis needed. */
import { describe, expect, it } from 'vitest';
import { articleKey, batches, idOf, jobIdOf } from '../../src/queue/keys.js';
import { loadBullMQ, parseRedisUrl, probeRedis, QueueUnavailableError } from '../../src/queue/connect.js';
import { createServer } from 'node:net';

describe('articleKey', () => {
  it.each([
    [{ id: 'bbc-0001', text: 'Police said 12 people were hurt.' }, 3, 'id:bbc-0001'],
    [{ id: 7, text: 'A numeric id.' }, 0, 'id:7'],
    [{ id: 'same-id', text: 'A different text entirely.' }, 9, 'id:same-id'],
  ])('uses the article id when there is one: %j', (input, index, key) => {
    expect(articleKey(input, index)).toBe(key);
  });

  it('falls back to position + text hash without an id (string, object without id, NaN id)', () => {
    const a = articleKey('The ministry said 23 soldiers died.', 4);
    expect(a).toMatch(/^ix:4:[0-9a-f]{16}$/);
    expect(articleKey({ text: 'The ministry said 23 soldiers died.' }, 4)).toBe(a);
    expect(articleKey({ id: Number.NaN, text: 'The ministry said 23 soldiers died.' }, 4)).toBe(a);
    // neighbours: another position, another text
    expect(articleKey('The ministry said 23 soldiers died.', 5)).not.toBe(a);
    expect(articleKey('The ministry said 24 soldiers died.', 4)).not.toBe(a);
  });

  it('reads ids as extractMany does', () => {
    expect(idOf({ id: 'x' })).toBe('x');
    expect(idOf({ id: 3 })).toBe('3');
    expect(idOf({ id: null })).toBeUndefined();
    expect(idOf('a string')).toBeUndefined();
    expect(idOf([{ id: 'x' }])).toBeUndefined();
  });
});

describe('jobIdOf', () => {
  it('is stable, order-sensitive, colon-free and never all digits', () => {
    const id = jobIdOf(['id:a', 'id:b']);
    expect(jobIdOf(['id:a', 'id:b'])).toBe(id);
    expect(jobIdOf(['id:b', 'id:a'])).not.toBe(id);
    expect(jobIdOf(['id:a'])).not.toBe(id);
    expect(id).toMatch(/^nc-[0-9a-f]{40}$/);
    expect(id).not.toContain(':');
  });
});

describe('batches', () => {
  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[1, 2, 3, 4], 2, [[1, 2], [3, 4]]],
    [[1, 2], 5, [[1, 2]]],
    [[], 3, []],
  ])('%j in batches of %i', async (items, size, expected) => {
    const out: number[][] = [];
    for await (const b of batches(items, size)) out.push(b);
    expect(out).toEqual(expected);
  });

  it('rejects a size below 1', async () => {
    await expect(batches([1], 0).next()).rejects.toThrow(/batch size/);
  });
});

describe('parseRedisUrl', () => {
  it.each([
    ['redis://127.0.0.1:6380', { host: '127.0.0.1', port: 6380 }],
    ['redis://localhost', { host: 'localhost', port: 6379 }],
    ['redis://:s3cret@cache.internal:6379/2', { host: 'cache.internal', port: 6379, password: 's3cret', db: 2 }],
    ['redis://worker:p%40ss@10.0.0.5:7000', { host: '10.0.0.5', port: 7000, username: 'worker', password: 'p@ss' }],
    ['rediss://managed.example.com:6380', { host: 'managed.example.com', port: 6380, tls: {} }],
    ['redis://[::1]:6381', { host: '::1', port: 6381 }],
  ])('%s', (url, expected) => {
    expect(parseRedisUrl(url, 1234)).toEqual({ ...expected, connectTimeout: 1234, maxRetriesPerRequest: null });
  });

  it.each([['localhost:6379'], ['http://localhost:6379'], ['redis://localhost/zero'], ['']])('rejects %j with a clear message', (url) => {
    expect(() => parseRedisUrl(url)).toThrow(QueueUnavailableError);
    expect(() => parseRedisUrl(url)).toThrow(/Redis URL/);
  });
});

describe('without bullmq or without Redis', () => {
  it('says how to install bullmq when it cannot be imported', async () => {
    const missing = () => Promise.reject(Object.assign(new Error("Cannot find package 'bullmq'"), { code: 'ERR_MODULE_NOT_FOUND' }));
    await expect(loadBullMQ(missing)).rejects.toThrow(QueueUnavailableError);
    await expect(loadBullMQ(missing)).rejects.toThrow(/npm install bullmq/);
  });

  it('fails fast on a closed port', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((r) => server.close(() => r()));
    await expect(probeRedis({ host: '127.0.0.1', port, connectTimeout: 2000 })).rejects.toThrow(/cannot use Redis at 127\.0\.0\.1:\d+: ECONNREFUSED/);
  });

  it('times out on a server that accepts and never answers, and rejects one that is not Redis', async () => {
    const silent = createServer(() => {});
    const http = createServer((s) => s.on('data', () => s.end('HTTP/1.1 400 Bad Request\r\n\r\n')));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    try {
      const t0 = Date.now();
      await expect(probeRedis({ host: '127.0.0.1', port: (silent.address() as { port: number }).port, connectTimeout: 300 })).rejects.toThrow(/no answer within 300 ms/);
      expect(Date.now() - t0).toBeLessThan(5000);
      await expect(probeRedis({ host: '127.0.0.1', port: (http.address() as { port: number }).port, connectTimeout: 2000 })).rejects.toThrow(/does not speak the Redis protocol/);
    } finally {
      silent.close();
      http.close();
    }
  });

  it('accepts a server that answers PONG (after +OK for AUTH)', async () => {
    const fake = createServer((s) => s.on('data', (d) => s.write(d.toString().includes('AUTH') ? '+OK\r\n+PONG\r\n' : '+PONG\r\n')));
    await new Promise<void>((r) => fake.listen(0, '127.0.0.1', r));
    try {
      const port = (fake.address() as { port: number }).port;
      await expect(probeRedis({ host: '127.0.0.1', port, connectTimeout: 2000 })).resolves.toBeUndefined();
      await expect(probeRedis({ host: '127.0.0.1', port, connectTimeout: 2000, password: 'pw' })).resolves.toBeUndefined();
    } finally {
      fake.close();
    }
  });
});
