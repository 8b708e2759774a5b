import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extract } from '../extract.js';
import { UsageError, type Command } from './types.js';

/** Read a file (or - for standard input); a .json file is an article object or a JSON string. */
export function readArticle(path: string): string | { text: string } {
  const raw = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  if (!path.endsWith('.json')) return raw;
  const obj: unknown = JSON.parse(raw);
  return typeof obj === 'string' ? obj : (obj as { text: string });
}

export const extractCommand: Command = {
  usage: `extract <file|-> [--pretty] [--published-at ISO]
      print the extraction of one article as JSON (.txt, or a .json article object {id?, text, publishedAt?})`,
  run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { pretty: { type: 'boolean' }, 'published-at': { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('extract takes exactly one <file> or - (standard input)');
    const publishedAt = values['published-at'];
    const result = extract(readArticle(positionals[0]!), publishedAt ? { publishedAt } : {});
    process.stdout.write(`${JSON.stringify(result, null, values.pretty ? 2 : undefined)}\n`);
    return 0;
  },
};
