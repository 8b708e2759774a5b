/**
 * Streaming JSONL input for `newsclaims batch`: bytes are split into lines BEFORE decoding, so one line
 * of invalid UTF-8 (or one malformed, oversized or wrongly typed line) becomes one error record in place
 * and never stops the run.
 */
import { opendir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputFault } from './extract-many.js';

/** One input line: its bytes (null when it was longer than the limit), its size and 1-based number. */
export interface RawLine {
  bytes: Buffer | null;
  size: number;
  lineNo: number;
}

/** Longest line kept in memory (bytes); a longer one becomes an error record without being buffered. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/** Split a byte stream on \n. Memory: one line (at most maxLineBytes) plus one chunk. */
export async function* splitLines(source: AsyncIterable<Uint8Array>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let lineNo = 0;
  for await (const chunk of source) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl !== -1; nl = buf.indexOf(10, from)) {
      const piece = buf.subarray(from, nl);
      size += piece.length;
      if (size <= maxLineBytes) parts.push(piece);
      lineNo++;
      yield { bytes: size <= maxLineBytes ? (parts.length === 1 ? parts[0]! : Buffer.concat(parts, size)) : null, size, lineNo };
      parts = [];
      size = 0;
      from = nl + 1;
    }
    const rest = buf.subarray(from);
    size += rest.length;
    // Past the limit, stop keeping bytes but keep counting them (the line's size is still reported).
    if (size <= maxLineBytes) parts.push(rest);
    else parts = [];
  }
  if (size > 0) yield { bytes: size <= maxLineBytes ? Buffer.concat(parts, size) : null, size, lineNo: lineNo + 1 };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decode strictly: undefined for invalid UTF-8 (a replacement character would silently corrupt offsets). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * One JSONL line → an input for extractMany: an article (an object gets id `line:N` if it has none;
 * a JSON string becomes `{ id: 'line:N', text }`), an InputFault, or undefined for a blank line (skipped).
 */
export function parseLine(line: RawLine): unknown {
  const fallbackId = `line:${line.lineNo}`;
  if (line.bytes === null) return new InputFault(`line ${line.lineNo} is longer than ${MAX_LINE_BYTES} bytes`, fallbackId);
  const text = decodeUtf8(line.bytes);
  if (text === undefined) return new InputFault(`line ${line.lineNo} is not valid UTF-8`, fallbackId);
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return new InputFault(`line ${line.lineNo} is not valid JSON: ${(err as Error).message}`, fallbackId);
  }
  return toInput(value, fallbackId, `line ${line.lineNo}`);
}

/**
 * A JSON value parsed just now (so ours to change) → an article with an id, or an InputFault saying what
 * was wrong. The id is set on the parsed object itself: a spread copy with a new key would give each line's
 * object a hidden class of its own (see extend.ts).
 */
export function toInput(value: unknown, fallbackId: string, where: string): unknown {
  if (typeof value === 'string') return { id: fallbackId, text: value };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const hasId = typeof o.id === 'string' || (typeof o.id === 'number' && Number.isFinite(o.id));
    if (!hasId) o.id = fallbackId;
    return o;
  }
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  return new InputFault(`${where}: expected an article object {id?, text, ...} or a JSON string, got ${got}`, fallbackId);
}

/** The id an input will carry in its output record (see prepare in extract-many.ts). */
export function inputId(x: unknown): string | undefined {
  if (x instanceof InputFault) return x.id;
  const id = (x as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : undefined;
}

/** A directory's .txt and .json files (sorted by name, not recursive) as inputs; the id is the file name. */
export async function* readDirectory(dir: string): AsyncGenerator<{ input: unknown; size: number }> {
  const names: string[] = [];
  for await (const entry of await opendir(dir)) {
    if (entry.isFile() && /\.(txt|json)$/i.test(entry.name)) names.push(entry.name);
  }
  names.sort();
  for (const name of names) {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, name));
    } catch (err) {
      yield { input: new InputFault(`cannot read ${name}: ${(err as Error).message}`, name), size: 0 };
      continue;
    }
    const text = decodeUtf8(bytes);
    if (text === undefined) {
      yield { input: new InputFault(`${name} is not valid UTF-8`, name), size: bytes.length };
    } else if (/\.txt$/i.test(name)) {
      yield { input: { id: name, text }, size: bytes.length };
    } else {
      let input: unknown;
      try {
        input = toInput(JSON.parse(text), name, name);
      } catch (err) {
        input = new InputFault(`${name} is not valid JSON: ${(err as Error).message}`, name);
      }
      yield { input, size: bytes.length };
    }
  }
}
