/**
 * `newsclaims queue enqueue | work | collect`: archive-scale runs on a BullMQ queue in Redis (see
 * src/queue/). The input reading and output lines are `newsclaims batch`'s own.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { createQueueCollector, createQueueProducer, createQueueWorker } from '../queue/index.js';
import type { SinkChoice } from '../queue/sinks.js';
import { readInputs } from './batch.js';
import { UsageError, type Command } from './types.js';

const common = {
  redis: { type: 'string' },
  queue: { type: 'string' },
  'connect-timeout': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

function whole(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} must be a whole number >= ${min}, got ${value}`);
  return n;
}

function connectionOf(values: { redis?: string; queue?: string; 'connect-timeout'?: string }) {
  if (!values.redis) throw new UsageError('--redis <url> is required (for example --redis redis://127.0.0.1:6379)');
  const connectTimeoutMs = whole(values['connect-timeout'], '--connect-timeout', 1);
  return {
    redis: values.redis,
    ...(values.queue ? { queue: values.queue } : {}),
    ...(connectTimeoutMs !== undefined ? { connectTimeoutMs } : {}),
  };
}

const say = (quiet: boolean | undefined, line: string) => {
  if (!quiet) process.stderr.write(`${line}\n`);
};

async function enqueue(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...common, batch: { type: 'string' }, attempts: { type: 'string' }, backoff: { type: 'string' }, 'max-chars': { type: 'string' }, 'on-too-long': { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('queue enqueue takes exactly one input: a .jsonl file, a directory or - (standard input)');
  const input = positionals[0]!;
  if (input !== '-' && !existsSync(input)) throw new UsageError(`no such file or directory: ${input}`);
  const batchSize = whole(values.batch, '--batch', 1);
  const attempts = whole(values.attempts, '--attempts', 1);
  const backoffMs = whole(values.backoff, '--backoff', 0);
  const maxChars = whole(values['max-chars'], '--max-chars', 0);
  const onTooLong = values['on-too-long'];
  if (onTooLong !== undefined && onTooLong !== 'truncate' && onTooLong !== 'error') throw new UsageError('--on-too-long is truncate or error');
  const tooLong: 'truncate' | 'error' | undefined = onTooLong;
  const extract = { ...(maxChars !== undefined ? { maxChars } : {}), ...(tooLong !== undefined ? { onTooLong: tooLong } : {}) };
  const producer = await createQueueProducer({
    ...connectionOf(values),
    ...(batchSize !== undefined ? { batchSize } : {}),
    ...(attempts !== undefined ? { attempts } : {}),
    ...(backoffMs !== undefined ? { backoffMs } : {}),
    ...(Object.keys(extract).length ? { extract } : {}),
  });
  const t0 = performance.now();
  const tty = process.stderr.isTTY && !values.quiet;
  let last = 0;
  try {
    async function* inputs() {
      for await (const item of readInputs(input)) yield item.input;
    }
    const p = await producer.enqueue(inputs(), {
      onProgress: (p) => {
        const now = performance.now();
        if (!tty || now - last < 100) return;
        last = now;
        process.stderr.write(`\r${p.inputs.toLocaleString('en')} articles read, ${p.added} jobs added, ${p.skipped} already queued\x1b[K`);
      },
    });
    if (tty) process.stderr.write('\r\x1b[K');
    say(values.quiet, `newsclaims queue enqueue: ${p.inputs} articles, ${p.added} jobs added, ${p.skipped} already queued, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await producer.close();
  }
  return 0;
}

async function work(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: false,
    options: {
      ...common,
      concurrency: { type: 'string', short: 'c' },
      out: { type: 'string' },
      stream: { type: 'boolean' },
      timeout: { type: 'string' },
      drain: { type: 'boolean' },
      'lock-ms': { type: 'string' },
      'stalled-ms': { type: 'string' },
      'grace-ms': { type: 'string' },
    },
  });
  void positionals;
  if (!values.out === !values.stream) throw new UsageError('queue work needs one place for results: --out <dir> (a JSONL file per worker) or --stream (a Redis stream)');
  const out: SinkChoice = values.out ? { dir: values.out } : { stream: true };
  const concurrency = whole(values.concurrency, '--concurrency', 1);
  const timeoutMs = whole(values.timeout, '--timeout', 1);
  const lockDurationMs = whole(values['lock-ms'], '--lock-ms', 100);
  const stalledIntervalMs = whole(values['stalled-ms'], '--stalled-ms', 100);
  const graceMs = whole(values['grace-ms'], '--grace-ms', 0);
  const worker = await createQueueWorker({
    ...connectionOf(values),
    out,
    handleSignals: true,
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(lockDurationMs !== undefined ? { lockDurationMs } : {}),
    ...(stalledIntervalMs !== undefined ? { stalledIntervalMs } : {}),
    ...(graceMs !== undefined ? { graceMs } : {}),
    ...(values.drain ? { exitWhenDrained: true } : {}),
    onJob: (e) => {
      if (e.retrying > 0) say(values.quiet, `newsclaims queue work: job ${e.jobId}: ${e.retrying} articles failed on attempt ${e.attempt} of ${e.attempts}, retried after a backoff`);
    },
  });
  say(values.quiet, `newsclaims queue work: ${worker.name} writing to ${worker.where} (Ctrl-C: finish the jobs in hand and stop; twice: put them back now)`);
  const t0 = performance.now();
  const tick = setInterval(() => {
    const s = worker.stats();
    say(values.quiet, `newsclaims queue work: ${s.jobs} jobs, ${s.records} articles, ${s.errors} errors`);
  }, 10_000);
  tick.unref();
  await worker.closed;
  clearInterval(tick);
  const s = worker.stats();
  const secs = (performance.now() - t0) / 1000;
  say(values.quiet, `newsclaims queue work: stopped after ${s.jobs} jobs, ${s.records} articles (${s.errors} errors) in ${secs.toFixed(1)} s`);
  return 0;
}

async function collect(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    allowPositionals: false,
    options: { ...common, output: { type: 'string', short: 'o' }, from: { type: 'string', multiple: true }, wait: { type: 'string' } },
  });
  if (!values.output) throw new UsageError('queue collect needs -o <out.jsonl> (or -o - for standard output)');
  const waitS = values.wait === undefined ? undefined : Number(values.wait);
  if (waitS !== undefined && !(waitS >= 0)) throw new UsageError(`--wait takes seconds, got ${values.wait}`);
  const collector = await createQueueCollector({ ...connectionOf(values), ...(values.from ? { dirs: values.from } : {}) });
  try {
    if (waitS !== undefined) {
      await collector.wait({ timeoutMs: waitS * 1000, intervalMs: 500 });
    }
    const sink = values.output === '-' ? process.stdout : createWriteStream(values.output);
    const s = await collector.collect(async (line) => {
      if (!sink.write(`${line}\n`)) await once(sink, 'drain');
    });
    if (sink !== process.stdout) {
      sink.end();
      await once(sink, 'finish');
    }
    say(values.quiet, `newsclaims queue collect: ${s.total} inputs, ${s.done} done, ${s.failed} failed, ${s.pending} pending${s.missing ? `, ${s.missing} missing (a worker's --out directory not readable here?)` : ''}`);
    return s.pending + s.missing > 0 ? 1 : 0;
  } finally {
    await collector.close();
  }
}

export const queueCommand: Command = {
  usage: `queue enqueue <in.jsonl | dir/ | -> --redis <url> [--queue name] [--batch N] [--attempts N]
      put an archive on a BullMQ queue in Redis, N articles per job (idempotent: a re-run adds nothing)
  newsclaims queue work --redis <url> [--queue name] [--concurrency N] (--out dir/ | --stream) [--drain]
      a worker (start any number, on any machines); results to dir/<host-pid>.jsonl or a Redis stream
  newsclaims queue collect --redis <url> [--queue name] -o out.jsonl [--from dir/]... [--wait SECONDS]
      the results in input order, one line per input (as batch writes them), and done/failed/pending`,
  async run(args) {
    const [sub, ...rest] = args;
    const run = sub === 'enqueue' ? enqueue : sub === 'work' ? work : sub === 'collect' ? collect : undefined;
    if (!run) throw new UsageError(sub === undefined ? 'queue needs a subcommand: enqueue, work or collect' : `unknown queue subcommand "${sub}" (enqueue, work or collect)`);
    try {
      return await run(rest);
    } catch (err) {
      // A Redis client that never became ready can hold the process open: never hang after an error.
      setTimeout(() => process.exit(), 2000).unref();
      throw err;
    }
  },
};
