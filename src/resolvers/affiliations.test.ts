import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

const actorsOf = (text: string) => {
  const r = extract(text);
  const byId = new Map(r.actors.map((a) => [a.id, a]));
  return r.actors.map((a) => ({ ...a, affiliation: a.affiliationId ? byId.get(a.affiliationId)?.name : undefined }));
};
const named = (text: string, name: string) => actorsOf(text).find((a) => a.name === name);

describe('unnamed sources and state parts', () => {
  it.each([
    ["Pakistan's military rejected the claim. A Pakistani military official said 23 soldiers died.", 'Pakistani military official', 'person', 'official', "Pakistan's military"],
    ['Pakistan rejected the claim. A Pakistani official said 23 soldiers died.', 'Pakistani official', 'person', 'official', 'Pakistan'],
    ['The Taliban rejected the claim. A Taliban commander said nine fighters died.', 'Taliban commander', 'person', 'commander', 'Taliban'],
  ])('%s → "%s" is a %s (%s) of %s', (text, name, kind, role, affiliation) => {
    expect(named(text, name)).toMatchObject({ kind, role, affiliation });
  });

  it.each([
    // No modifier names a body: no affiliation is invented.
    ['An official said 23 soldiers died.', 'official'],
    // A named person is not an unnamed source.
    ['Spokesman Ahmed Sharif said 23 soldiers died.', 'Ahmed Sharif'],
  ])('%s → "%s" has no invented affiliation', (text, name) => {
    expect(named(text, name)?.affiliation).toBeUndefined();
  });

  it('officials named right after an actor belong to it: "Taliban officials said"', () => {
    expect(named('The Taliban rejected the claim. Taliban officials said nine fighters died.', 'officials')?.affiliation).toBe('Taliban');
    expect(named('The Taliban rejected the claim. Later officials said nine fighters died.', 'officials')?.affiliation).toBeUndefined();
  });

  it("a country's military belongs to the government the article names", () => {
    expect(named("Pakistan rejected the figure. Pakistan's military said 23 soldiers died.", "Pakistan's military")?.affiliation).toBe('Pakistan');
    expect(named("Pakistan's military said 23 soldiers died.", "Pakistan's military")?.affiliation).toBeUndefined();
  });

  it.each([
    ["The Department of Disaster Management put the toll at 12. The department's director, Kamrul Hasan, said it may rise.", 'Kamrul Hasan', 'Department of Disaster Management'],
    ["The Myanmar National Democratic Alliance Army (MNDAA) dismissed the figure. According to the group's spokesman, Zhao Mingde, it lost five.", 'Zhao Mingde', 'Myanmar National Democratic Alliance Army'],
  ])('%s → "%s" belongs to %s', (text, name, affiliation) => {
    expect(named(text, name)?.affiliation).toBe(affiliation);
  });
  it('"the ministry\'s spokesman" does not attach to a body of another kind', () => {
    expect(named("The Sudan Doctors Network counted 38 dead. The ministry's spokeswoman, Amal Osman, said 17 died.", 'Amal Osman')?.affiliation).toBeUndefined();
  });
});
