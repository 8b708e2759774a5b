/**
 * createQueueCollector: gather the workers' results in input order, one line per input, the same lines
 * `newsclaims batch` writes. Inputs whose job failed for good get an error record; inputs not done yet
 * get a `pending` error record, and the summary counts them (collect again later, or wait()).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BatchRecord } from '../schema.js';
import { withHead } from '../batch/extract-many.js';
import { openQueue, type ConnectionInput } from './connect.js';
import { DEFAULT_QUEUE } from './producer.js';
import { idOf, redisKeys, type QueueJobData } from './keys.js';

export interface QueueCollectorOptions extends ConnectionInput {
  queue?: string;
  /** Result directories to read (default: every directory the workers registered that exists here). */
  dirs?: string[];
}

export interface CollectSummary {
  /** Inputs enqueued. */
  total: number;
  /** Inputs with a result. */
  done: number;
  /** Inputs with an error record (their error, or their job's, after every attempt). */
  failed: number;
  /** Inputs still waiting, in a worker's hands, or between retries. */
  pending: number;
  /** Inputs whose job finished but whose record was not found (a result directory not readable here). */
  missing: number;
}

export interface QueueCollector {
  /** Count without writing. */
  summary(): Promise<CollectSummary>;
  /** Write one JSONL line per input, in input order, to `write`; returns the counts. */
  collect(write: (line: string) => void | Promise<void>): Promise<CollectSummary>;
  /** Poll until nothing is pending (or the timeout passes); returns the last counts. */
  wait(options?: { timeoutMs?: number; intervalMs?: number; onPoll?: (s: CollectSummary) => void }): Promise<CollectSummary>;
  close(): Promise<void>;
}

interface Manifest {
  jobs: Array<{ jobId: string; first: number; count: number }>;
  /** Every index enqueued (a re-run with another batch size may cover an index twice). */
  covered: Uint8Array;
  total: number;
}

/** A record's index, read from the start of its line (`{"index":N,...`), else by parsing. */
function indexOf(line: string): number | undefined {
  const m = /^\{"index":(\d+),/.exec(line);
  if (m) return Number(m[1]);
  try {
    const i = (JSON.parse(line) as { index?: unknown }).index;
    return typeof i === 'number' && Number.isInteger(i) && i >= 0 ? i : undefined;
  } catch {
    return undefined; // a line cut short by a killed worker: its job was redone
  }
}

const isOk = (line: string) => line.includes('"ok":true,');

export async function createQueueCollector(options: QueueCollectorOptions = {}): Promise<QueueCollector> {
  const name = options.queue ?? DEFAULT_QUEUE;
  const { queue } = await openQueue(options, name);
  const client = await queue.client;
  const keys = redisKeys(name);

  async function manifest(): Promise<Manifest> {
    const jobs: Manifest['jobs'] = [];
    let end = 0;
    const entries = await client.lrange(keys.manifest, 0, -1);
    for (const e of entries) {
      const [jobId, first, count] = e.split(' ');
      const job = { jobId: jobId!, first: Number(first), count: Number(count) };
      jobs.push(job);
      end = Math.max(end, job.first + job.count);
    }
    const covered = new Uint8Array(end);
    for (const j of jobs) covered.fill(1, j.first, j.first + j.count);
    let total = 0;
    for (const c of covered) total += c;
    return { jobs, covered, total };
  }

  /** Every record written so far, one per index (a result beats an error from an attempt that was redone). */
  async function results(): Promise<Map<number, string>> {
    const byIndex = new Map<number, string>();
    const add = (line: string) => {
      if (line === '') return;
      const i = indexOf(line);
      if (i === undefined) return;
      const had = byIndex.get(i);
      if (had === undefined || (!isOk(had) && isOk(line))) byIndex.set(i, line);
    };
    const sinks = await client.smembers(keys.sinks);
    const dirs = options.dirs ?? sinks.filter((s) => s.startsWith('dir\t')).map((s) => s.split('\t')[2]!).filter((d, k, all) => all.indexOf(d) === k);
    for (const dir of dirs) {
      if (!existsSync(dir)) {
        if (options.dirs) throw new Error(`newsclaims/queue: no such result directory: ${dir}`);
        continue; // another machine's directory; its hosts are in `sinks` (see summary.missing)
      }
      for (const f of (await readdir(dir)).filter((n) => n.endsWith('.jsonl')).sort()) {
        const text = await readFile(join(dir, f), 'utf8');
        for (const line of text.split('\n')) add(line);
      }
    }
    if (sinks.includes('stream')) {
      let from = '-';
      for (;;) {
        const page = (await client.runCommand('xrange', [keys.stream, from, '+', 'COUNT', 200])) as Array<[string, string[]]>;
        for (const [, fields] of page) {
          const k = fields.indexOf('records');
          if (k >= 0) for (const line of fields[k + 1]!.split('\n')) add(line);
        }
        if (page.length < 200) break;
        from = `(${page[page.length - 1]![0]}`;
      }
    }
    return byIndex;
  }

  /** Records for the indexes without a result: from a job that failed for good, or pending. */
  async function gaps(m: Manifest, have: Map<number, string>): Promise<Map<number, { line: string; kind: 'failed' | 'pending' | 'missing' }>> {
    const out = new Map<number, { line: string; kind: 'failed' | 'pending' | 'missing' }>();
    for (const j of m.jobs) {
      let open = false;
      for (let i = j.first; i < j.first + j.count && !open; i++) if (!have.has(i) && !out.has(i)) open = true;
      if (!open) continue;
      const job = await queue.getJob(j.jobId);
      const state = job ? await job.getState() : 'gone';
      const items = (job?.data as QueueJobData | undefined)?.items ?? [];
      const ids = new Map(items.map((it) => [it.index, it.fault?.id ?? idOf(it.input)]));
      for (let i = j.first; i < j.first + j.count; i++) {
        if (have.has(i) || out.has(i)) continue;
        const id = ids.get(i);
        let kind: 'failed' | 'pending' | 'missing';
        let error: string;
        if (state === 'failed') {
          kind = 'failed';
          error = `job ${j.jobId} failed after ${job!.attemptsMade} attempts: ${job!.failedReason}`;
        } else if (state === 'gone' || state === 'completed') {
          kind = 'missing';
          error = `pending: job ${j.jobId} finished but its record was not found here (is every worker's --out directory readable from this machine?)`;
        } else {
          kind = 'pending';
          error = `pending: job ${j.jobId} is ${state}`;
        }
        const record: BatchRecord = withHead(i, id, { ok: false as const, error });
        out.set(i, { line: JSON.stringify(record), kind });
      }
    }
    return out;
  }

  async function run(write?: (line: string) => void | Promise<void>): Promise<CollectSummary> {
    const m = await manifest();
    const have = await results();
    const holes = await gaps(m, have);
    const s: CollectSummary = { total: m.total, done: 0, failed: 0, pending: 0, missing: 0 };
    for (let i = 0; i < m.covered.length; i++) {
      if (!m.covered[i]) continue;
      const line = have.get(i);
      let text: string;
      if (line !== undefined) {
        if (isOk(line)) s.done++;
        else s.failed++;
        text = line;
      } else {
        const h = holes.get(i)!;
        s[h.kind]++;
        text = h.line;
      }
      if (write) await write(text);
    }
    return s;
  }

  return {
    summary: () => run(),
    collect: (write) => run(write),
    async wait(o = {}) {
      const deadline = Date.now() + (o.timeoutMs ?? Infinity);
      for (;;) {
        const s = await run();
        o.onPoll?.(s);
        if (s.pending === 0 || Date.now() >= deadline) return s;
        await new Promise((r) => setTimeout(r, o.intervalMs ?? 1000));
      }
    },
    async close() {
      await queue.close();
    },
  };
}
