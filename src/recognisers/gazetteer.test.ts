import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise.js';
import { segment } from '../segment.js';
import { caseMode, DEMONYM_INDEX, GROUP_INDEX, keyOf, matchAt, nameEnd, PLACE_INDEX } from './gazetteer.js';

const docOf = (text: string) => { const n = normalise(text); return segment(text, n.text, n.furniture); };

describe('keyOf', () => {
  it.each([
    ['U.S.', 'u . s .'],
    ["Pakistan's", "pakistan's"],
    ['Tehreek-e-Taliban Pakistan', 'tehreek-e-taliban pakistan'],
    ['  New   York ', 'new york'],
  ])('%s → %s', (name, key) => expect(keyOf(name)).toBe(key));
});

describe('lexicon indexes', () => {
  it.each([
    ['pakistani', 'PK'], ['afghan', 'AF'], ['american', 'US'], ['israeli', 'IL'],
  ])('demonym %s → %s', (d, code) => expect(DEMONYM_INDEX.get(d)).toBe(code));
  it('knows capitals as cities that stand for a country', () => {
    expect(PLACE_INDEX.get('islamabad')).toMatchObject({ kind: 'city', countryCode: 'PK', capitalOf: 'PK' });
    expect(PLACE_INDEX.get('lahore')?.capitalOf).toBeUndefined();
  });
  it('maps an acronym to its group', () => expect(GROUP_INDEX.get('ttp')?.name).toBe('Tehreek-e-Taliban Pakistan'));
  it('has no entry for ordinary words', () => {
    for (const w of ['the', 'said', 'soldiers', 'border', 'us']) expect(PLACE_INDEX.get(w)?.kind === 'city').toBe(false);
  });
});

describe('caseMode', () => {
  it.each([
    ['Pakistan rejected the figure on Sunday.', 'mixed'],
    ['PAKISTAN REJECTED THE FIGURE ON SUNDAY.', 'upper'],
    ['pakistan rejected the figure on sunday.', 'lower'],
    ['Border Crossings Shut, Tensions High', 'title'],
  ])('%s → %s', (text, mode) => {
    const doc = docOf(text);
    expect(caseMode(doc, doc.sentences[0]!)).toBe(mode);
  });
});

describe('matchAt and nameEnd', () => {
  it('finds the longest phrase and stops at a possessive', () => {
    const doc = docOf("Fighters crossed from North Waziristan's hills.");
    const s = doc.sentences[0]!;
    const i = doc.tokens.findIndex((t) => t.text === 'North');
    const m = matchAt(doc, s, i, PLACE_INDEX)!;
    expect(doc.text.slice(doc.tokens[i]!.start, m.endChar)).toBe('North Waziristan');
    expect(m.possessive).toBe(true);
  });
  it('requires capitals in mixed-case text', () => {
    const doc = docOf('They met in pakistan and in Pakistan.');
    const s = doc.sentences[0]!;
    const lower = doc.tokens.findIndex((t) => t.text === 'pakistan');
    const upper = doc.tokens.findIndex((t) => t.text === 'Pakistan');
    expect(matchAt(doc, s, lower, PLACE_INDEX)).toBeUndefined();
    expect(matchAt(doc, s, upper, PLACE_INDEX)?.value.countryCode).toBe('PK');
  });
  it.each([
    ['The Bank of England raised rates.', 'Bank', 'Bank of England'],
    ['Ask Nasrat Hamidi, please.', 'Nasrat', 'Nasrat Hamidi'],
    ['Results: C. Lewis took three wickets.', 'C', 'C. Lewis'],
    ['They saw Pakistan Monday morning.', 'Pakistan', 'Pakistan'],
  ])('%s: the name from "%s" is "%s"', (text, from, name) => {
    const doc = docOf(text);
    const s = doc.sentences[0]!;
    const i = doc.tokens.findIndex((t) => t.text === from);
    const e = nameEnd(doc, s, i);
    expect(doc.text.slice(doc.tokens[i]!.start, doc.tokens[e - 1]!.end)).toBe(name);
  });
  it('stays linear on a run of capitalised words', () => {
    const doc = docOf('A '.repeat(2000));
    const s = doc.sentences[0]!;
    expect(nameEnd(doc, s, s.firstToken) - s.firstToken).toBeLessThanOrEqual(10);
  });
});
