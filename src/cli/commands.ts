/** Every CLI command, in the order --help lists them. */
import type { Command } from './types.js';
import { extractCommand } from './extract.js';
import { schemaCommand } from './schema.js';
import { reportCommand } from './report.js';
import { batchCommand } from './batch.js';
import { queueCommand } from './queue.js';

export const COMMANDS: Record<string, Command> = {
  extract: extractCommand,
  schema: schemaCommand,
  report: reportCommand,
  batch: batchCommand,
  queue: queueCommand,
};
