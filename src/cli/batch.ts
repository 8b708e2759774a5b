/**
 * `newsclaims batch`: a JSONL archive (or a directory of .txt/.json files, or standard input) in,
 * one JSONL BatchRecord per input out, in input order. Output is written in order, so a killed run
 * leaves a prefix of the full output (plus at most one partial line, which --resume cuts off).
 */
import { createReadStream, createWriteStream, existsSync, statSync, truncateSync, openSync, readSync, closeSync } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { runBatch } from '../batch/extract-many.js';
import { inputId, parseLine, readDirectory, splitLines } from '../batch/jsonl.js';
import type { BatchRecord } from '../schema.js';
import { UsageError, type Command } from './types.js';

interface Item {
  input: unknown;
  size: number;
}

/** Inputs with their size in bytes (for MB/s and ETA). */
export async function* readInputs(path: string): AsyncGenerator<Item> {
  if (path !== '-' && statSync(path).isDirectory()) {
    yield* readDirectory(path);
    return;
  }
  const source = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
  for await (const line of splitLines(source)) {
    const input = parseLine(line);
    if (input !== undefined) yield { input, size: line.size + 1 };
  }
}

export function totalBytes(path: string): number | undefined {
  if (path === '-') return undefined;
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return undefined;
}

/**
 * Ids already in an output file (a multiset: an id seen twice in the input is skipped twice), after
 * cutting off a partial last line left by a killed run.
 */
function doneIds(out: string): Map<string, number> {
  const ids = new Map<string, number>();
  if (!existsSync(out)) return ids;
  const fd = openSync(out, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let carry = Buffer.alloc(0);
  let pos = 0;
  let lastNewline = 0;
  try {
    for (let n = readSync(fd, chunk, 0, chunk.length, pos); n > 0; n = readSync(fd, chunk, 0, chunk.length, pos)) {
      const buf = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      const base = pos - carry.length;
      let from = 0;
      for (let nl = buf.indexOf(10, from); nl !== -1; nl = buf.indexOf(10, from)) {
        const line = buf.toString('utf8', from, nl);
        try {
          const id = (JSON.parse(line) as { id?: unknown }).id;
          if (typeof id === 'string') ids.set(id, (ids.get(id) ?? 0) + 1);
        } catch {
          // not ours; leave it and keep going
        }
        from = nl + 1;
        lastNewline = base + from;
      }
      carry = Buffer.from(buf.subarray(from));
      pos += n;
    }
  } finally {
    closeSync(fd);
  }
  if (carry.length > 0) truncateSync(out, lastNewline);
  return ids;
}

/** A one-line progress bar on stderr, redrawn at most 10 times a second. */
class Progress {
  private last = 0;
  private readonly t0 = performance.now();
  constructor(private readonly total: number | undefined) {}

  update(done: number, bytes: number, position: number, final = false): void {
    const now = performance.now();
    if (!final && now - this.last < 100) return;
    this.last = now;
    const s = Math.max((now - this.t0) / 1000, 1e-3);
    const rate = bytes / s;
    let line = `${done.toLocaleString('en')} articles  ${(done / s).toFixed(1)}/s  ${(rate / 1e6).toFixed(2)} MB/s`;
    if (this.total) {
      const frac = Math.min(1, position / this.total);
      const width = 24;
      const fill = Math.round(frac * width);
      const eta = rate > 0 ? (this.total - position) / rate : NaN;
      line = `[${'='.repeat(fill)}${' '.repeat(width - fill)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${line}  ETA ${clock(eta)}`;
    }
    process.stderr.write(`\r${line}\x1b[K`);
  }

  clear(): void {
    process.stderr.write('\r\x1b[K');
  }
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : `${m}m${String(s % 60).padStart(2, '0')}s`;
}

export const batchCommand: Command = {
  usage: `batch <in.jsonl | dir/ | -> [-o out.jsonl] [--concurrency N] [--resume] [--timeout MS] [--max-chars N] [--on-too-long truncate|error] [--quiet]
      extract every article of a JSONL archive (objects {id, text, ...} or JSON strings per line) or of a
      directory's .txt/.json files; one JSONL line per input, in order: {index, id, ok, result | error}`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        concurrency: { type: 'string', short: 'c' },
        resume: { type: 'boolean' },
        timeout: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'max-chars': { type: 'string' },
        'on-too-long': { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new UsageError('batch takes exactly one input: a .jsonl file, a directory or - (standard input)');
    const input = positionals[0]!;
    if (input !== '-' && !existsSync(input)) throw new UsageError(`no such file or directory: ${input}`);
    const out = values.output && values.output !== '-' ? values.output : undefined;
    if (values.resume && !out) throw new UsageError('--resume needs an output file (-o out.jsonl)');
    const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
    if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 0)) {
      throw new UsageError(`--concurrency must be a whole number >= 0, got ${values.concurrency}`);
    }
    const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
    if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new UsageError(`--timeout must be a positive number of ms, got ${values.timeout}`);

    const maxChars = values['max-chars'] === undefined ? undefined : Number(values['max-chars']);
    if (maxChars !== undefined && !(Number.isInteger(maxChars) && maxChars >= 0)) throw new UsageError(`--max-chars must be a whole number, got ${values['max-chars']}`);
    const onTooLong = values['on-too-long'];
    if (onTooLong !== undefined && onTooLong !== 'truncate' && onTooLong !== 'error') throw new UsageError('--on-too-long is truncate or error');

    const skip = values.resume && out ? doneIds(out) : new Map<string, number>();
    const sink = out ? createWriteStream(out, { flags: values.resume ? 'a' : 'w' }) : process.stdout;
    const bar = !values.quiet && process.stderr.isTTY ? new Progress(totalBytes(input)) : undefined;

    // The pool numbers what it is given; the output keeps each input's position in the whole input.
    const origin: number[] = []; // forwarded position → [input index, bytes], consumed in order
    let position = 0; // bytes of input read and handed out (or skipped)
    let skipped = 0;
    let index = 0;
    async function* forward(): AsyncGenerator<unknown> {
      for await (const item of readInputs(input)) {
        const i = index++;
        const id = inputId(item.input);
        const left = id !== undefined ? skip.get(id) : undefined;
        if (left) {
          skip.set(id!, left - 1);
          skipped++;
          position += item.size;
          continue;
        }
        origin.push(i, item.size);
        yield item.input;
      }
    }

    const t0 = performance.now();
    let ok = 0;
    let errors = 0;
    let bytes = 0;
    let head = 0;
    for await (const record of runBatch(forward(), {
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(maxChars !== undefined ? { maxChars } : {}),
      ...(onTooLong !== undefined ? { onTooLong } : {}),
    })) {
      const size = origin[head + 1]!;
      const line: BatchRecord = { ...record, index: origin[head]! };
      head += 2;
      if (head > 4096) {
        origin.splice(0, head);
        head = 0;
      }
      if (line.ok) ok++;
      else errors++;
      bytes += size;
      position += size;
      if (!sink.write(`${JSON.stringify(line)}\n`)) await once(sink, 'drain');
      bar?.update(ok + errors, bytes, position);
    }
    if (out) {
      sink.end();
      await once(sink, 'finish');
    }
    bar?.clear();
    const s = (performance.now() - t0) / 1000;
    if (!values.quiet) {
      process.stderr.write(
        `newsclaims batch: ${ok + errors} articles, ${ok} ok, ${errors} errors${skipped ? `, ${skipped} already done` : ''} in ${s.toFixed(1)} s` +
          ` (${((ok + errors) / Math.max(s, 1e-3)).toFixed(1)} articles/s, ${(bytes / 1e6 / Math.max(s, 1e-3)).toFixed(2)} MB/s)\n`,
      );
    }
    return 0;
  },
};
