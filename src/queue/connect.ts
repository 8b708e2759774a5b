/**
 * bullmq is an optional peer dependency: it is imported here, on first use, and nowhere else. Redis is
 * probed with a bounded timeout before anything waits on it, so a wrong URL is an error, never a hang.
 */
import { connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

type BullMQ = typeof import('bullmq');

/** bullmq is not installed, or Redis cannot be reached: the message says what to do. */
export class QueueUnavailableError extends Error {
  override name = 'QueueUnavailableError';
}

let loaded: Promise<BullMQ> | undefined;

/** The bullmq module (dynamic import), or a QueueUnavailableError saying how to install it. */
export function loadBullMQ(importer: () => Promise<BullMQ> = () => import('bullmq')): Promise<BullMQ> {
  const attempt = (loaded ??= importer().catch((err: unknown) => {
    loaded = undefined;
    const why = err instanceof Error ? err.message : String(err);
    throw new QueueUnavailableError(
      `newsclaims/queue needs the optional package bullmq (a Redis job queue): run \`npm install bullmq\` beside newsclaims. (${why})`,
    );
  }));
  return attempt;
}

/** ioredis connection options, as BullMQ takes them. */
export interface RedisConnectionOptions {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  tls?: Record<string, never>;
  connectTimeout: number;
  /** BullMQ workers need null (a blocking command must not fail after N retries). */
  maxRetriesPerRequest: null;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 5000;

/** redis://[user:pass@]host[:port][/db] or rediss:// (TLS) → connection options. */
export function parseRedisUrl(url: string, connectTimeoutMs = DEFAULT_CONNECT_TIMEOUT_MS): RedisConnectionOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new QueueUnavailableError(`newsclaims/queue: not a Redis URL: ${JSON.stringify(url)} (expected redis://host:6379)`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new QueueUnavailableError(`newsclaims/queue: a Redis URL starts with redis:// or rediss://, got ${JSON.stringify(url)}`);
  }
  const db = u.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d{1,5}$/.test(db)) throw new QueueUnavailableError(`newsclaims/queue: the database in a Redis URL is a number, got ${JSON.stringify(db)}`);
  return {
    host: u.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db !== '' ? { db: Number(db) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    connectTimeout: connectTimeoutMs,
    maxRetriesPerRequest: null,
  };
}

const resp = (...parts: string[]) => `*${parts.length}\r\n${parts.map((p) => `$${Buffer.byteLength(p)}\r\n${p}\r\n`).join('')}`;

/**
 * Ask Redis for a PONG (after AUTH when the URL has a password) within the timeout, before BullMQ opens
 * its own connections: BullMQ's would retry forever against a wrong host, a closed port or a server that
 * does not speak Redis. Any failure is a QueueUnavailableError that says what to check.
 */
export function probeRedis(c: Pick<RedisConnectionOptions, 'host' | 'port' | 'connectTimeout' | 'username' | 'password' | 'tls'>): Promise<void> {
  return new Promise((resolve, reject) => {
    const where = `${c.host}:${c.port}`;
    const socket = c.tls ? tlsConnect({ host: c.host, port: c.port, servername: c.host }) : tcpConnect({ host: c.host, port: c.port });
    let settled = false;
    let reply = '';
    const finish = (why?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (why === undefined) resolve();
      else reject(new QueueUnavailableError(`newsclaims/queue: cannot use Redis at ${where}: ${why}. Is redis-server running there (see the README, "Queue workers")?`));
    };
    const timer = setTimeout(() => finish(`no answer within ${c.connectTimeout} ms`), c.connectTimeout);
    socket.once('error', (err: NodeJS.ErrnoException) => finish(err.code ?? err.message));
    socket.once('close', () => finish('the connection was closed before Redis answered'));
    socket.once(c.tls ? 'secureConnect' : 'connect', () => {
      const auth = c.password !== undefined ? (c.username !== undefined ? resp('AUTH', c.username, c.password) : resp('AUTH', c.password)) : '';
      socket.write(`${auth}${resp('PING')}`);
    });
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('latin1');
      if (reply.length > 4096) return finish('the server does not speak the Redis protocol');
      const lines = reply.split('\r\n');
      for (const line of lines.slice(0, -1)) {
        if (line.startsWith('-')) return finish(`Redis said ${JSON.stringify(line.slice(1))}`);
        if (line === '+PONG') return finish();
        if (line !== '+OK') return finish(`the server does not speak the Redis protocol (got ${JSON.stringify(line.slice(0, 40))})`);
      }
    });
  });
}

/** Wait for a BullMQ object's connection, within the timeout (authentication, TLS, a wrong port). */
export async function ready(what: { waitUntilReady(): Promise<unknown> }, c: RedisConnectionOptions): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      what.waitUntilReady(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new QueueUnavailableError(`newsclaims/queue: Redis at ${c.host}:${c.port} accepted a connection but did not become ready within ${c.connectTimeout} ms (password? TLS?)`)),
          c.connectTimeout,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Where to connect: a URL, or options (a URL is the usual case). */
export interface ConnectionInput {
  /** redis://host:6379 (default redis://127.0.0.1:6379). */
  redis?: string;
  /** Bound on connecting to Redis, in ms (default 5000). */
  connectTimeoutMs?: number;
}

export async function connection(input: ConnectionInput): Promise<{ bullmq: BullMQ; conn: RedisConnectionOptions }> {
  const conn = parseRedisUrl(input.redis ?? 'redis://127.0.0.1:6379', input.connectTimeoutMs);
  const bullmq = await loadBullMQ();
  await probeRedis(conn);
  return { bullmq, conn };
}

/** A ready BullMQ Queue on `name` (connections dropped again if Redis does not become ready). */
export async function openQueue(input: ConnectionInput, name: string) {
  const { bullmq, conn } = await connection(input);
  const queue = new bullmq.Queue(name, { connection: conn });
  try {
    await ready(queue, conn);
  } catch (err) {
    await abandon(queue);
    throw err;
  }
  return { bullmq, conn, queue };
}

/**
 * Drop a BullMQ object's connections without waiting on a server that does not answer (its own
 * disconnect() can wait forever for a connection that never became ready).
 */
export async function abandon(what: { disconnect(): Promise<void> }): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    what.disconnect().catch(() => {}),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, 200);
      timer.unref();
    }),
  ]);
  clearTimeout(timer);
}
