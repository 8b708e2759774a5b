import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { extract } from '../extract.js';
import { renderIndex, renderReport, type IndexEntry } from '../report/index.js';
import type { ExtractionResult } from '../schema.js';
import { readArticle } from './extract.js';
import { UsageError, type Command } from './types.js';

interface Source { text?: string; title?: string }

async function* lines(path: string): AsyncGenerator<string> {
  const rl = createInterface({ input: path === '-' ? process.stdin : createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim() !== '') yield line;
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
const str = (x: unknown) => (typeof x === 'string' ? x : undefined);

/** Articles by id from an input JSONL file ({id, text, title?} per line), to put the text back into pages. */
async function readTexts(path: string): Promise<Map<string, Source>> {
  const texts = new Map<string, Source>();
  for await (const line of lines(path)) {
    let obj: unknown;
    try { obj = JSON.parse(line); } catch { continue; }
    if (isObject(obj) && obj.id !== undefined && typeof obj.text === 'string') {
      texts.set(String(obj.id), { text: obj.text, ...(str(obj.title) ? { title: str(obj.title)! } : {}) });
    }
  }
  return texts;
}

type Line = { id?: string; result?: ExtractionResult; text?: string; title?: string; error?: string };

/**
 * One line of a batch output file, in any of the shapes we accept: {id, result, text?}, a bare
 * ExtractionResult (id in meta.id), an error record {id, error}, or an article {id?, text} to extract now.
 */
function readLine(line: string): Line {
  let obj: unknown;
  try { obj = JSON.parse(line); } catch { return { error: 'not valid JSON' }; }
  if (!isObject(obj)) return { error: 'not a JSON object' };
  const id = obj.id !== undefined ? String(obj.id) : undefined;
  const base = { ...(id !== undefined ? { id } : {}), ...(str(obj.title) ? { title: str(obj.title)! } : {}) };
  if (isObject(obj.result)) {
    const result = obj.result as ExtractionResult;
    return { ...base, id: id ?? result.meta?.id, result, ...(str(obj.text) !== undefined ? { text: str(obj.text)! } : {}) };
  }
  if (obj.error !== undefined) {
    const e = obj.error;
    return { ...base, error: isObject(e) ? String(e.message ?? JSON.stringify(e)) : String(e) };
  }
  if (Array.isArray(obj.claims)) {
    const result = obj as unknown as ExtractionResult;
    return { ...base, id: result.meta?.id, result };
  }
  if (typeof obj.text === 'string') return { ...base, result: extract(obj as { text: string }), text: obj.text };
  return { ...base, error: 'neither a result, an error record nor an article' };
}

const fileName = (n: number, id: string) => `${String(n).padStart(4, '0')}-${id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80)}.html`;

async function batch(input: string, dir: string, textFrom: string | undefined): Promise<number> {
  const texts = textFrom ? await readTexts(textFrom) : new Map<string, Source>();
  mkdirSync(dir, { recursive: true });
  const entries: IndexEntry[] = [];
  let n = 0;
  for await (const raw of lines(input)) {
    n++;
    const line = readLine(raw);
    const id = line.id ?? `line-${n}`;
    if (!line.result) {
      entries.push({ href: '', id, title: '', claims: 0, contested: 0, attributions: 0, error: line.error ?? 'no result' });
      continue;
    }
    const from = texts.get(id);
    const text = line.text ?? from?.text;
    const title = line.title ?? from?.title;
    const href = fileName(n, id);
    writeFileSync(join(dir, href), renderReport(line.result, text, { indexHref: 'index.html', ...(title ? { title } : {}) }));
    const r = line.result;
    entries.push({
      href, id, title: title ?? (text ?? '').split('\n').find((l) => l.trim() !== '')?.trim().slice(0, 120) ?? id,
      claims: r.claims?.length ?? 0, contested: r.contested?.length ?? 0, attributions: r.attributions?.length ?? 0,
    });
  }
  writeFileSync(join(dir, 'index.html'), renderIndex(entries));
  const failed = entries.filter((e) => e.error).length;
  process.stderr.write(`newsclaims: wrote ${entries.length - failed} page(s) and index.html to ${dir}${failed ? ` (${failed} line(s) without a result, listed in the index)` : ''}\n`);
  return 0;
}

export const reportCommand: Command = {
  usage: `report <file|-> [-o report.html] [--title T] [--published-at ISO]
      write a self-contained HTML report of one article (highlights, claims ledger, contested figures)
  newsclaims report <out.jsonl> -o <dir> [--text-from in.jsonl]
      one page per line of a batch output file, plus dir/index.html; a line is {id, result, text?}, a bare
      result (id in meta.id), an error record or an article {id, text}; without text in the line the page
      takes it from --text-from by id, or shows the records without the article body`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        title: { type: 'string' },
        'published-at': { type: 'string' },
        'text-from': { type: 'string' },
        batch: { type: 'boolean' },
      },
    });
    if (positionals.length !== 1) throw new UsageError('report takes exactly one <file> or - (standard input)');
    const input = positionals[0]!;
    const out = values.output;
    if (values.batch || /\.(jsonl|ndjson)$/i.test(input)) {
      if (!out || out === '-') throw new UsageError('a batch report needs -o <dir>');
      return batch(input, out, values['text-from']);
    }
    if (values['text-from']) throw new UsageError('--text-from is for batch reports (a .jsonl input)');
    const article = readArticle(input);
    const text = typeof article === 'string' ? article : article.text;
    const publishedAt = values['published-at'];
    const result = extract(article, publishedAt ? { publishedAt } : {});
    const title = values.title ?? (typeof article === 'object' ? str((article as { title?: unknown }).title) : undefined);
    const html = renderReport(result, text, title ? { title } : {});
    if (!out || out === '-') process.stdout.write(html);
    else writeFileSync(out, html);
    return 0;
  },
};
