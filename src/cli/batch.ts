/**
 * `newsclaims batch`: a JSONL archive (or a directory of .txt/.json files, or standard input) in,
 * one JSONL BatchRecord per input out, in input order. Output is written in order, so a killed run
 * leaves a prefix of the full output (plus at most one partial line, which --resume cuts off).
 */
import { createReadStream, createWriteStream, existsSync, statSync, truncateSync, openSync, readSync, closeSync } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { runBatch, type JsonRecord } from '../batch/extract-many.js';
import { inputId, parseLine, readDirectory, splitLines } from '../batch/jsonl.js';
import type { BatchRecord } from '../schema.js';
import { UsageError, type Command } from './types.js';
import { extend } from '../extend.js';

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
 * Cut a partial last line left by a killed run; return the length of the complete lines. The tail is
 * read backwards in chunks, so a line of any length is fine.
 */
function completeLength(out: string): number {
  if (!existsSync(out)) return 0;
  const size = statSync(out).size;
  const fd = openSync(out, 'r');
  const chunk = Buffer.alloc(1 << 16);
  let end = size;
  try {
    while (end > 0) {
      const from = Math.max(0, end - chunk.length);
      const n = readSync(fd, chunk, 0, end - from, from);
      const nl = chunk.subarray(0, n).lastIndexOf(10);
      if (nl !== -1) {
        end = from + nl + 1;
        break;
      }
      end = from;
    }
  } finally {
    closeSync(fd);
  }
  if (end < size) truncateSync(out, end);
  return end;
}

/**
 * The ids of an earlier run's output, line by line. Output is written in input order, so a killed run
 * left a prefix: resuming walks it in step with the input (constant memory, even for millions of lines).
 */
async function* writtenIds(out: string, length: number): AsyncGenerator<string | undefined> {
  if (length === 0) return;
  for await (const line of splitLines(createReadStream(out, { end: length - 1, highWaterMark: 1 << 20 }))) {
    let id: unknown;
    try {
      id = (JSON.parse(line.bytes?.toString('utf8') ?? 'null') as { id?: unknown } | null)?.id;
    } catch {
      id = undefined;
    }
    yield typeof id === 'string' ? id : undefined;
  }
}

/** A one-line progress bar on stderr, redrawn at most 10 times a second. */
class Progress {
  private last = 0;
  /** Rates count from the first record, so worker start-up does not inflate the ETA. */
  private first: { t: number; done: number; bytes: number } | undefined;
  constructor(private readonly total: number | undefined) {}

  update(done: number, bytes: number, position: number): void {
    const now = performance.now();
    this.first ??= { t: now, done, bytes };
    if (now - this.last < 100) return;
    this.last = now;
    const s = Math.max((now - this.first.t) / 1000, 1e-3);
    const rate = (bytes - this.first.bytes) / s;
    let line = `${done.toLocaleString('en')} articles  ${((done - this.first.done) / s).toFixed(1)}/s  ${(rate / 1e6).toFixed(2)} MB/s`;
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

/** One output line, the same text as JSON.stringify of the BatchRecord (key order index, id, ok, result | error). */
export function toLine(record: BatchRecord | JsonRecord, index: number): string {
  if (!('json' in record)) return JSON.stringify(extend(record, { index }));
  const id = record.id !== undefined ? `,"id":${JSON.stringify(record.id)}` : '';
  return `{"index":${index}${id},"ok":true,"result":${record.json}}`;
}

export const batchCommand: Command = {
  usage: `batch <in.jsonl | dir/ | -> [-o out.jsonl] [--concurrency N] [--resume] [--timeout MS]
        [--max-chars N] [--on-too-long truncate|error] [--quiet]
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

    let written = values.resume && out ? writtenIds(out, completeLength(out)) : undefined;
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
        if (written) {
          const done = await written.next();
          if (!done.done) {
            const id = inputId(item.input);
            if (done.value !== id) {
              throw new Error(
                `--resume: line ${i + 1} of ${out} is for id ${JSON.stringify(done.value)} but input ${i + 1} has id ${JSON.stringify(id)}; that output was not written from this input`,
              );
            }
            skipped++;
            position += item.size;
            continue;
          }
          written = undefined;
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
    // Ctrl-C: stop cleanly with whole lines written, so --resume picks up from there.
    const interrupt = new AbortController();
    const onSigint = () => interrupt.abort();
    process.once('SIGINT', onSigint);
    let interrupted = false;
    const records = runBatch(forward(), {
      signal: interrupt.signal,
      json: true,
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(maxChars !== undefined ? { maxChars } : {}),
      ...(onTooLong !== undefined ? { onTooLong } : {}),
    });
    async function* untilInterrupted() {
      try {
        yield* records;
      } catch (err) {
        if (!interrupt.signal.aborted) throw err;
        interrupted = true;
      } finally {
        process.off('SIGINT', onSigint);
      }
    }
    for await (const record of untilInterrupted()) {
      const size = origin[head + 1]!;
      const at = origin[head]!;
      head += 2;
      if (head > 4096) {
        origin.splice(0, head);
        head = 0;
      }
      if (record.ok) ok++;
      else errors++;
      bytes += size;
      position += size;
      if (!sink.write(`${toLine(record, at)}\n`)) await once(sink, 'drain');
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
          ` (${((ok + errors) / Math.max(s, 1e-3)).toFixed(1)} articles/s, ${(bytes / 1e6 / Math.max(s, 1e-3)).toFixed(2)} MB/s)` +
          `${interrupted ? `; interrupted${out ? ' (run again with --resume to finish)' : ''}` : ''}\n`,
      );
    }
    return interrupted ? 130 : 0;
  },
};
