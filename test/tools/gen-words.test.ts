import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { generate, OUT } from './gen-words.js';
import { COMPROMISE_VERSION } from '../../src/lexicon/words.generated.js';
import { lexiconTags } from '../../src/read.js';

describe('words.generated.ts', () => {
  it('matches what `npm run gen:words` would write from the installed compromise (run it after upgrading compromise)', () => {
    const require = createRequire(import.meta.url);
    expect(COMPROMISE_VERSION).toBe((require('compromise') as { version: string }).version);
    expect(readFileSync(OUT, 'utf8')).toBe(generate());
  });
});

describe('lexiconTags (read.ts), from the generated table', () => {
  it.each([
    ['john', 'MaleName'],
    ['mary', 'FemaleName'],
    ['london', 'City'],
    ['pakistan', 'Country'],
    ['said', 'PastTense'],
    ['mr', 'Honorific'],
  ])('%s → %s', (word, tag) => {
    expect(lexiconTags(word)).toContain(tag);
  });
  it.each([['ostrava-metals'], ['John'], [''], ['constructor'], ['__proto__'], ['london bridge']])('%j → nothing (unknown, not lower case, or an Object key)', (word) => {
    expect(lexiconTags(word)).toEqual([]);
  });
});
