import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, OUT } from './gen-gazetteer.js';
import { COUNTRIES } from '../../src/lexicon/countries.generated.js';

describe('countries.generated.ts', () => {
  it('matches what `npm run gen:gazetteer` would write (run it after updating world-countries)', () => {
    expect(readFileSync(OUT, 'utf8')).toBe(generate());
  });
  it.each([
    ['PK', 'Pakistan', 'Pakistani', 'Islamabad'],
    ['AF', 'Afghanistan', 'Afghan', 'Kabul'],
    ['FR', 'France', 'French', 'Paris'],
  ])('has %s = %s, demonym %s, capital %s', (code, name, demonym, capital) => {
    const row = COUNTRIES.find((r) => r[0] === code)!;
    expect(row[1]).toBe(name);
    expect(row[2]).toContain(demonym);
    expect(row[3]).toContain(capital);
  });
  it('keeps no native-script or two-letter-code alternative names', () => {
    const pk = COUNTRIES.find((r) => r[0] === 'PK')!;
    expect(pk[4]).not.toContain('PK');
    expect(pk[4]).not.toContain('Pākistān');
  });
});
