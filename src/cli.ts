#!/usr/bin/env node
/** The newsclaims command: a thin wrapper over the public API. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extract } from './extract.js';
import { jsonSchema } from './schema.js';
import { VERSION } from './version.js';

const HELP = `newsclaims ${VERSION} — structured, checkable claims from English news text

Usage:
  newsclaims extract <file|->  [--pretty] [--published-at ISO]
                               print the extraction of one article as JSON
                               (a .json file is read as an article object {id?, text, publishedAt?, ...})
  newsclaims schema            print the JSON Schema of the result
  newsclaims --help | --version

Exit codes: 0 ok, 1 failure, 2 usage error.`;

class UsageError extends Error {}

function readInput(path: string): string {
  return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
}

function articleFrom(path: string, raw: string): string | { text: string } {
  if (path.endsWith('.json')) {
    const obj: unknown = JSON.parse(raw);
    if (typeof obj === 'string') return obj;
    return obj as { text: string };
  }
  return raw;
}

export function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      pretty: { type: 'boolean' },
      'published-at': { type: 'string' },
    },
  });
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${HELP}\n`);
    return values.help ? 0 : 2;
  }
  const indent = values.pretty ? 2 : undefined;
  switch (command) {
    case 'extract': {
      if (rest.length !== 1) throw new UsageError('extract takes exactly one <file> or - (standard input)');
      const path = rest[0]!;
      const article = articleFrom(path, readInput(path));
      const publishedAt = values['published-at'];
      const result = extract(article, publishedAt ? { publishedAt } : {});
      process.stdout.write(`${JSON.stringify(result, null, indent)}\n`);
      return 0;
    }
    case 'schema':
      process.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
      return 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(`newsclaims: ${(err as Error).message}${usage ? "\nRun 'newsclaims --help' for usage." : ''}\n`);
  process.exitCode = usage ? 2 : 1;
}
