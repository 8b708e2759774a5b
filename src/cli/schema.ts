import { jsonSchema } from '../schema.js';
import type { Command } from './types.js';

export const schemaCommand: Command = {
  usage: `schema
      print the JSON Schema of the extraction result`,
  run() {
    process.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
    return 0;
  },
};
