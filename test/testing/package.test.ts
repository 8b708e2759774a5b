/** newsclaims/testing is published as a subpath export, ESM + CJS + types, with the fixture JSON Schema beside it. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureJsonSchema } from '../../src/testing/fixture.js';
import { ROOT } from '../helpers/shared.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const built = existsSync(join(ROOT, 'dist', 'testing.cjs'));

describe('package', () => {
  it('maps newsclaims/testing to ESM, CJS and their declarations', () => {
    expect(pkg.exports['./testing']).toEqual({
      import: { types: './dist/testing.d.ts', default: './dist/testing.js' },
      require: { types: './dist/testing.d.cts', default: './dist/testing.cjs' },
    });
    expect(pkg.exports['./fixture.schema.json']).toBe('./dist/fixture.schema.json');
  });

  it.skipIf(!built)('the built package loads newsclaims/testing both ways, without vitest', async () => {
    const req = createRequire(join(ROOT, 'package.json'));
    const cjs = req('newsclaims/testing') as { fixtureMatchers: { toMatchFixture: unknown } };
    expect(typeof cjs.fixtureMatchers.toMatchFixture).toBe('function');
    const esm = (await import(join(ROOT, 'dist', 'testing.js'))) as { checkFixture: unknown };
    expect(typeof esm.checkFixture).toBe('function');
    for (const f of ['testing.js', 'testing.cjs']) expect(readFileSync(join(ROOT, 'dist', f), 'utf8')).not.toMatch(/from ["']vitest["']|require\(["']vitest["']\)/);
  });

  it.skipIf(!built)('the build writes the fixture JSON Schema from the zod schema', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'dist', 'fixture.schema.json'), 'utf8'))).toEqual(fixtureJsonSchema());
  });
});
