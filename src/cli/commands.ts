/** Every CLI command, in the order --help lists them. */
import type { Command } from './types.js';
import { extractCommand } from './extract.js';
import { batchCommand } from './batch.js';
import { reportCommand } from './report.js';
import { checkCommand } from './check.js';
import { schemaCommand } from './schema.js';
import { queueCommand } from './queue.js';
import { table } from '../lexicon/table.js';

export const COMMANDS: Record<string, Command> = table({
  extract: extractCommand,
  batch: batchCommand,
  report: reportCommand,
  check: checkCommand,
  schema: schemaCommand,
  queue: queueCommand,
});
