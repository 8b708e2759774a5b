/**
 * Every article of ../shared/corpus/bbc-news.jsonl (2,223 real BBC articles, read from ../shared, never
 * copied here) gives a result that parses with the schema and whose every span is its slice of the input.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, schemas } from '../src/index.js';
import { readJsonl, sharedPath } from './helpers/shared.js';
import { badSpans } from './helpers/spans.js';

const CORPUS = sharedPath('corpus', 'bbc-news.jsonl');

describe.skipIf(!existsSync(CORPUS))('the BBC corpus', () => {
  it('parses with the schema and keeps every span exact, article by article', () => {
    const articles = readJsonl<{ id: string; text: string }>(CORPUS);
    expect(articles.length).toBeGreaterThan(2000);
    const failures: string[] = [];
    let claims = 0;
    for (const a of articles) {
      const r = extract({ id: a.id, text: a.text });
      claims += r.claims.length;
      const parsed = schemas.ExtractionResult.safeParse(r);
      if (!parsed.success) failures.push(`${a.id}: schema`);
      const bad = badSpans(a.text, r);
      if (bad.length) failures.push(`${a.id}: ${bad.length} span(s) not equal to their slice, e.g. ${JSON.stringify(bad[0])}`);
    }
    expect(failures).toEqual([]);
    // the corpus is real news: a pipeline that silently finds nothing must fail here too
    expect(claims).toBeGreaterThan(1000);
  }, 900_000);
});
