/**
 * Every fixture in fixtures/ against its hand-written gold. Entries marked `pending` are known
 * misses: they are expected to fail (it.fails), so fixing one turns the suite red until the mark goes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, schemas } from '../src/index.js';
import { checkResult, Fixture } from '../src/testing/fixture.js';
import { ROOT } from './helpers/shared.js';
import { badSpans } from './helpers/spans.js';

const dir = join(ROOT, 'fixtures');
const names = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, ''));

for (const name of names) {
  describe(`fixture ${name}`, () => {
    const raw = readdirSync(dir).includes(`${name}.txt`)
      ? { text: readFileSync(join(dir, `${name}.txt`), 'utf8') }
      : (JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as { text: string });
    const fixture = Fixture.parse(JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')));
    const article = { ...raw, ...(fixture.article?.publishedAt ? { publishedAt: fixture.article.publishedAt } : {}) };
    const result = extract(article);

    it('parses with the schema and every span is its slice of the input', () => {
      expect(schemas.ExtractionResult.safeParse(result).success).toBe(true);
      expect(badSpans(raw.text, result)).toEqual([]);
    });

    const diffs = checkResult(result, fixture);
    const sections = ['actors', 'locations', 'claims', 'attributions', 'contested', 'absent'] as const;
    for (const section of sections) {
      const entries = (section === 'contested' ? fixture.contested?.items : fixture[section]) ?? [];
      entries.forEach((e, i) => {
        const label = `${section}: ${JSON.stringify(e).slice(0, 110)}`;
        const mine = diffs.filter((d) => d.section === section && d.what === whatOf(section, e));
        const pending = (e as { pending?: string }).pending;
        (pending ? it.fails : it)(pending ? `${label} [pending: ${pending}]` : label, () => {
          expect(mine.map((d) => d.message)).toEqual([]);
        });
        void i;
      });
    }
    if (fixture.contested?.exactly !== undefined) {
      it(`has exactly ${fixture.contested.exactly} contested figure(s)`, () => {
        expect(diffs.filter((d) => d.section === 'contested' && d.field === 'count').map((d) => d.message)).toEqual([]);
      });
    }
  });
}

function whatOf(section: string, e: Record<string, unknown>): string {
  const inPart = e.in ? ` in "${e.in}"` : '';
  switch (section) {
    case 'actors': return `actor "${e.name}"`;
    case 'locations': return `location "${e.name}"`;
    case 'claims': return `claim "${e.text}"${inPart}`;
    case 'attributions': return `attribution "${e.cue}"${inPart}`;
    case 'contested': return `contested figure ${(e.values as number[]).join(' vs ')}`;
    default: return e.claim ? `claim "${e.claim}"${inPart}` : e.actor ? `actor "${e.actor}"` : `location "${e.location}"`;
  }
}
