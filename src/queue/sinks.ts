/**
 * Where workers put results, durably, before a job counts as done: a JSONL file per worker process in a
 * directory, or a Redis stream (one entry per job). A job killed half way may have written some of its
 * records; its retry writes them again and the collector keeps one per input.
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { redisKeys } from './keys.js';

/** The part of an ioredis client the sinks and the collector use. */
export interface RedisLike {
  runCommand(name: string, args: Array<string | number>): Promise<unknown>;
}

export interface ResultSink {
  /** Where this sink writes (a file path, or the stream key). */
  readonly where: string;
  /** Write a job's output lines (JSON, no newline); resolves once they are durable. */
  write(lines: string[], jobId: string): Promise<void>;
  close(): Promise<void>;
}

export type SinkChoice = { dir: string } | { stream: true };

/** A fresh name per worker process: a file is never appended to by two processes. */
export function workerName(): string {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

export async function openSink(choice: SinkChoice, queue: string, client: RedisLike, name: string): Promise<ResultSink> {
  const keys = redisKeys(queue);
  if ('dir' in choice) {
    const dir = resolve(choice.dir);
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${name}.jsonl`);
    const fh: FileHandle = await open(path, 'a');
    await client.runCommand('sadd', [keys.sinks, `dir\t${hostname()}\t${dir}`]);
    return {
      where: path,
      async write(lines) {
        if (lines.length === 0) return;
        await fh.appendFile(`${lines.join('\n')}\n`);
        await fh.datasync();
      },
      async close() {
        await fh.close();
      },
    };
  }
  await client.runCommand('sadd', [keys.sinks, 'stream']);
  return {
    where: keys.stream,
    async write(lines, jobId) {
      if (lines.length === 0) return;
      // One entry per job: a job's records land together or not at all.
      await client.runCommand('xadd', [keys.stream, '*', 'job', jobId, 'records', lines.join('\n')]);
    },
    async close() {},
  };
}
