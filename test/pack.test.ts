/**
 * What a user installs: the packed tarball in a scratch project (offline; dependencies linked from this
 * repo). `npm run check:pack` does the same through a real `npm install --offline`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/shared.js';
import { checkPack } from './pack/check.js';

const built = existsSync(join(ROOT, 'dist', 'index.js')) && existsSync(join(ROOT, 'dist', 'worker.js'));

describe.skipIf(!built)('the packed package', () => {
  it('imports (ESM), requires (CJS), runs workers and the bin, and type-checks in a scratch project', () => {
    const steps = checkPack('link');
    expect(steps).toEqual([
      expect.stringMatching(/^packed \d+ files$/),
      'unpacked the tarball, linked its dependencies',
      expect.stringMatching(/^import/),
      expect.stringMatching(/^require/),
      expect.stringMatching(/^newsclaims --version = \d+\.\d+\.\d+/),
      expect.stringMatching(/^TypeScript sees the types/),
    ]);
  }, 120_000);
});
