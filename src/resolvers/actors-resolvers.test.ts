import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise.js';
import { segment } from '../segment.js';
import { recogniseActors } from '../recognisers/actors.js';
import { recogniseLocations } from '../recognisers/locations.js';
import { canonical, type ClaimDraft, type Draft } from '../drafts.js';
import { mergeActors } from './merge-actors.js';
import { mergeLocations } from './merge-locations.js';
import { capitalsAsGovernments } from './capitals.js';
import { linkReferences } from './coref.js';

function draftOf(text: string, claims: ClaimDraft[] = []): Draft {
  const n = normalise(text);
  const doc = segment(text, n.text, n.furniture);
  return { doc, actors: recogniseActors(doc), locations: recogniseLocations(doc), claims, attributions: [], contested: [], dates: [] };
}
const live = (d: Draft) => d.actors.filter((a) => !a.mergedInto);
const texts = (d: Draft, name: string) => live(d).find((a) => a.name === name)?.mentions.map((m) => d.doc.input.slice(m.start, m.end));

/** A claim whose counted owner is the first occurrence of `owner` after `after`. */
function claimWithOwner(text: string, owner: string, after = ''): ClaimDraft {
  const start = text.indexOf(owner, text.indexOf(after));
  return { value: 1, qualifier: 'exact', category: 'casualty', counted: 'soldiers', countedOwner: { start, end: start + owner.length }, locations: [], range: { start, end: start + 1 }, sentence: 0, rule: 'test' };
}

describe('mergeActors', () => {
  it('merges a long name and its acronym used later: "Tehreek-e-Taliban Pakistan (TTP)" … "the TTP"', () => {
    const d = draftOf('Kabul denies hosting the Tehreek-e-Taliban Pakistan (TTP). Officials say the TTP has bases there.');
    mergeActors(d);
    const ttp = live(d).filter((a) => a.name === 'Tehreek-e-Taliban Pakistan');
    expect(ttp).toHaveLength(1);
    expect(texts(d, 'Tehreek-e-Taliban Pakistan')).toEqual(['Tehreek-e-Taliban Pakistan', 'TTP', 'TTP']);
  });
  it('merges a surname with the full name: "Nasrat Hamidi" … "Hamidi"', () => {
    const d = draftOf('Taliban spokesman Nasrat Hamidi spoke first. Later Hamidi added that talks continue.');
    mergeActors(d);
    expect(texts(d, 'Nasrat Hamidi')).toEqual(['Nasrat Hamidi', 'Hamidi']);
  });
  it.each([
    ["Pakistan's military countered the claims. A Pakistani military official disagreed.", true],
    ["Pakistan's military countered the claims. Pakistani soldiers held the posts.", false],
    ["India's army moved first. The Pakistani army replied.", false],
  ])('one institution of one country: %s → merged %s', (text, merged) => {
    const d = draftOf(text);
    mergeActors(d);
    const mil = live(d).filter((a) => a.kind === 'military');
    expect(mil.length === 1).toBe(merged);
  });
  it('does not merge a surname shared by two people', () => {
    const d = draftOf('Imran Khan met Sadiq Khan. Khan said nothing.');
    mergeActors(d);
    expect(texts(d, 'Imran Khan')).toEqual(['Imran Khan']);
  });
  it('the strongest evidence sets the kind: a group that governs is a government', () => {
    const d = draftOf("The Taliban fought for years. The Taliban's government in Afghanistan has claimed the strikes.");
    mergeActors(d);
    const t = live(d).filter((a) => a.name === 'Taliban');
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ kind: 'government', countryCode: 'AF' });
  });
});

describe('capitalsAsGovernments', () => {
  it.each([
    ['Pakistan closed the border. Islamabad argues that the threat is real.', 'Islamabad', 'Pakistan'],
    ["From Kabul's perspective, the strikes were justified.", 'Kabul', 'Afghanistan'],
    ['Moscow said the talks had failed.', 'Moscow', 'Russia'],
  ])('%s → %s speaks for %s', (text, capital, country) => {
    const d = draftOf(text);
    mergeActors(d); mergeLocations(d); capitalsAsGovernments(d);
    const gov = live(d).find((a) => a.kind === 'government' && a.mentions.some((m) => d.doc.input.slice(m.start, m.end) === capital));
    expect(gov?.name).toBe(country);
  });
  it.each([
    ['The envoy flew to Islamabad on Monday.'],
    ['Islamabad is a planned city.'],
    ['Talks between Kabul and Islamabad stalled.'],
  ])('%s → the capital stays a place only', (text) => {
    const d = draftOf(text);
    mergeActors(d); mergeLocations(d); capitalsAsGovernments(d);
    expect(live(d).filter((a) => a.kind === 'government')).toEqual([]);
  });
});

describe('linkReferences', () => {
  it('"its soldiers" → the sentence subject', () => {
    const text = 'Pakistan, however, rejected the figure and said 23 of its soldiers died.';
    const c = claimWithOwner(text, 'its');
    const d = draftOf(text, [c]);
    mergeActors(d); linkReferences(d);
    expect(c.countedActor && canonical(c.countedActor).name).toBe('Pakistan');
  });
  it('a demonym owner ("Pakistani soldiers") → that country\'s government, created when missing', () => {
    const text = 'The Taliban claimed that 58 Pakistani soldiers were killed.';
    const c = claimWithOwner(text, 'Pakistani');
    const d = draftOf(text, [c]);
    mergeActors(d); linkReferences(d);
    expect(c.countedActor).toMatchObject({ name: 'Pakistan', kind: 'government', countryCode: 'PK' });
  });
  it('a demonym owner joins the government already found', () => {
    const text = 'Pakistan denied it. The Taliban said 58 Pakistani soldiers were killed.';
    const c = claimWithOwner(text, 'Pakistani');
    const d = draftOf(text, [c]);
    mergeActors(d); linkReferences(d);
    expect(live(d).filter((a) => a.name === 'Pakistan')).toHaveLength(1);
    expect(canonical(c.countedActor!).mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Pakistan']);
  });
  it.each([
    ['The Taliban also acknowledged suffering nine casualties in the fighting.', 'nine', 'Taliban'],
    ['Hamas said it lost 12 fighters.', '12', 'Hamas'],
  ])('losses suffered are the subject\'s own: %s', (text, figure, name) => {
    const start = text.indexOf(figure);
    const c: ClaimDraft = { value: 1, qualifier: 'exact', category: 'casualty', counted: 'x', locations: [], range: { start, end: start + figure.length }, sentence: 0, rule: 'test' };
    const d = draftOf(text, [c]);
    mergeActors(d); linkReferences(d);
    expect(c.countedActor && canonical(c.countedActor).name).toBe(name);
  });
  it('losses inflicted are not the subject\'s: "Hamas killed 12 soldiers"', () => {
    const text = 'Hamas killed 12 soldiers in the raid.';
    const start = text.indexOf('12');
    const c: ClaimDraft = { value: 12, qualifier: 'exact', category: 'casualty', counted: 'soldiers', locations: [], range: { start, end: start + 2 }, sentence: 0, rule: 'test' };
    const d = draftOf(text, [c]);
    mergeActors(d); linkReferences(d);
    expect(c.countedActor).toBeUndefined();
  });
  it('"its" with no earlier actor links nothing', () => {
    const text = 'Nobody knew how many of its soldiers died.';
    const c = claimWithOwner(text, 'its');
    const d = draftOf(text, [c]);
    mergeActors(d); linkReferences(d);
    expect(c.countedActor).toBeUndefined();
  });
  it.each([
    ['Hamas fired rockets. The group said the barrage was a warning.', 'The group', 'Hamas'],
    ['Taliban spokesman Nasrat Hamidi spoke. He said talks continue.', 'He', 'Nasrat Hamidi'],
    ["Pakistan's military countered the claims, saying it retaliated. It said posts were destroyed.", 'It', "Pakistan's military"],
  ])('%s → "%s" is a mention of %s', (text, ref, name) => {
    const d = draftOf(text);
    mergeActors(d); linkReferences(d);
    expect(texts(d, name)).toContain(ref);
  });
  it('"the group" does not link to a person', () => {
    const d = draftOf('Nasrat Hamidi spoke. The group said nothing.');
    mergeActors(d); linkReferences(d);
    expect(texts(d, 'Nasrat Hamidi')).toEqual(['Nasrat Hamidi']);
  });
});

describe('acronyms spelled by a capitalised run in the text', () => {
  it.each([
    ['The department wrote to Immigration, Refugees and Citizenship Canada last year. IRCC said the file is open.', 'IRCC', 'Immigration, Refugees and Citizenship Canada'],
    ['The Parliamentary Budget Officer released a report. The PBO said spending lagged.', 'PBO', 'Parliamentary Budget Officer'],
  ])('%s → %s is %s', (text, acronym, long) => {
    const d = draftOf(text);
    mergeActors(d);
    const a = live(d).find((x) => x.aliases.includes(acronym) || x.name === acronym);
    expect(a?.name).toBe(long);
  });
  it('negative neighbour: an acronym no run spells keeps its name', () => {
    const d = draftOf('Public Safety Minister Ann Lowe spoke. The RCMP said the file is open.');
    mergeActors(d);
    expect(live(d).some((x) => x.name === 'RCMP')).toBe(true);
  });
});

describe("a long name missing the acronym's first initial takes back the word before it", () => {
  it('"Export Development Canada (EDC)" read without "Export"', () => {
    const d = draftOf('Export Development Canada (EDC) insured the deal. EDC says it is self-funding.');
    mergeActors(d);
    const a = live(d).find((x) => x.aliases.includes('EDC') || x.name === 'EDC');
    expect(a?.name).toBe('Export Development Canada');
  });
  it('negative neighbour: a name whose initials already spell the acronym keeps its name', () => {
    const d = draftOf('On Monday the Development Bank of Canada (DBC) insured the deal. DBC says it is self-funding.');
    mergeActors(d);
    const a = live(d).find((x) => x.aliases.includes('DBC') || x.name === 'DBC');
    expect(a?.name).toBe('Development Bank of Canada');
  });
});

describe('a one-word name that opens one company name', () => {
  it('joins the company written in full, without its "-based" description', () => {
    const d = draftOf('Calgary-based Suncrest Energy sold its refinery in May. Suncrest said the sale closed on Friday.');
    mergeActors(d);
    const a = live(d).find((x) => x.aliases.includes('Suncrest') || x.name === 'Suncrest');
    expect(a?.name).toBe('Suncrest Energy');
    expect(a?.kind).toBe('organization');
  });
  it('negative neighbour: a person with that given name keeps it', () => {
    const d = draftOf('Morgan Keele founded Morgan Stanwick Bank in 1990. Morgan said the bank would grow.');
    mergeActors(d);
    expect(live(d).find((x) => x.name === 'Morgan Stanwick Bank')?.aliases ?? []).not.toContain('Morgan');
  });
});
