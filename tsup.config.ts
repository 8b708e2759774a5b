import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { fixtureJsonSchema } from './src/testing/fixture.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const define = { __NEWSCLAIMS_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    // The library, its testing helpers (newsclaims/testing) and the queue (newsclaims/queue): ESM + CJS with
    // declarations for each. The queue is its own entry, so the main one never loads bullmq (an optional peer
    // dependency, imported dynamically inside src/queue/).
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', queue: 'src/queue/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Configs build at the same time: never delete what the worker and CLI builds write.
    clean: ['!worker.*', '!cli.*'],
    target: 'node20',
    // import.meta.url in the CJS build: the pool finds dist/worker.cjs beside dist/index.cjs.
    shims: true,
    define,
  },
  {
    // The extractMany worker thread, in both formats so each build loads its own twin.
    entry: { worker: 'src/batch/worker.ts' },
    format: ['esm', 'cjs'],
    sourcemap: true,
    target: 'node20',
    define,
    // The fixture file format's JSON Schema, for editors: "$schema": "node_modules/newsclaims/dist/fixture.schema.json".
    onSuccess: async () => {
      writeFileSync('dist/fixture.schema.json', `${JSON.stringify(fixtureJsonSchema(), null, 2)}\n`);
    },
  },
  {
    // The CLI: ESM only, with a shebang (kept from src/cli.ts).
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    define,
  },
]);
