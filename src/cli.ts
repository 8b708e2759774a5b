#!/usr/bin/env node
/** The newsclaims command: a thin wrapper over the public API; each command lives in src/cli/. */
import { COMMANDS } from './cli/commands.js';
import { UsageError } from './cli/types.js';
import { VERSION } from './version.js';

const help = () => `newsclaims ${VERSION} — structured, checkable claims from English news text

Usage:
${Object.values(COMMANDS).map((c) => `  newsclaims ${c.usage}`).join('\n')}
  newsclaims --help | --version

Exit codes: 0 ok, 1 failure, 2 usage error.`;

// `newsclaims extract x | head`: a closed pipe ends the command quietly, as for any Unix tool.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${help()}\n`);
    return command === undefined ? 2 : 0;
  }
  const cmd = COMMANDS[command];
  if (!cmd) throw new UsageError(`unknown command "${command}"`);
  return cmd.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    const e = err as Error & { code?: string };
    const usage = e instanceof UsageError || (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS'));
    process.stderr.write(`newsclaims: ${e.message ?? String(err)}${usage ? "\nRun 'newsclaims --help' for usage." : ''}\n`);
    process.exitCode = usage ? 2 : 1;
  },
);
