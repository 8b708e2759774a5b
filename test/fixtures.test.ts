/**
 * Every fixture in fixtures/ against its hand-written gold, one test per expected entry.
 * Entries marked `pending` are known misses: they are expected to fail (it.fails), so fixing one
 * turns the suite red until the mark goes.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, schemas } from '../src/index.js';
import { checkFixture } from '../src/testing/fixture.js';
import { findFixtures, loadFixture } from '../src/testing/load.js';
import { ROOT } from './helpers/shared.js';
import { badSpans } from './helpers/spans.js';

const files = findFixtures([join(ROOT, 'fixtures')]);

it('finds the reference fixture and at least eight more', () => {
  expect(files.map((f) => f.name)).toContain('border-clash');
  expect(files.length).toBeGreaterThanOrEqual(9);
});

for (const file of files) {
  describe(`fixture ${file.name}`, () => {
    const { article, fixture } = loadFixture(file);
    const result = extract(article);

    it('parses with the schema and every span is its slice of the input', () => {
      expect(schemas.ExtractionResult.safeParse(result).success).toBe(true);
      expect(badSpans(article.text, result)).toEqual([]);
    });

    const report = checkFixture(result, fixture);
    for (const entry of report.entries) {
      const label = `${entry.section}: ${entry.what}`;
      (entry.pending ? it.fails : it)(entry.pending ? `${label} [pending: ${entry.pending}]` : label, () => {
        expect(entry.differences.map((d) => d.message)).toEqual([]);
      });
    }
  });
}
