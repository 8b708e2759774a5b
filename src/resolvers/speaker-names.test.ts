import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/** The resolved speaker name of the attribution whose content holds `quote`. */
function speakerOf(text: string, quote: string): string | undefined {
  const r = extract(text);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  const a = r.attributions.find((x) => x.content.start <= start && start < x.content.end);
  if (!a) return undefined;
  return r.actors.find((x) => x.id === a.sourceId)?.name;
}

describe('a surname resolves to the full name written earlier', () => {
  it.each([
    // A surname that is also a city: the person named in full wins.
    ['Team president Bruce Hamilton spoke on Monday.\n\n"We have done a pretty good job," Hamilton said.', 'We have done', 'Bruce Hamilton'],
    // A title and a surname.
    ['Prime Minister Teresa Maybury lost the vote.\n\nOn Tuesday, Ms. Maybury said a solution could be found.', 'a solution could', 'Teresa Maybury'],
    // A caption run into a name ("Press Patrick Bardo") is the same person; the name is the usual one.
    ['The Canadian Press Patrick Bardo at home.\n\nPatrick Bardo met her in 2017. Patrick Bardo said it was luck.\n\n"You are short," Bardo said.', 'You are short', 'Patrick Bardo'],
  ])('%s', (text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });

  it('two people share a surname: the one not called by the given name alone', () => {
    const text = 'Cookbook author Dora Greenway visited with her husband Michael Greenway. Michael carried the bags.\n\n"I cook simple food," Greenway said.';
    expect(speakerOf(text, 'I cook simple food')).toBe('Dora Greenway');
  });

  it('negative neighbour: two people named together, a shared surname stays unresolved', () => {
    const text = 'Imran Kasi met Sadiq Kasi on Monday.\n\n"Nothing was agreed," Kasi said.';
    expect(speakerOf(text, 'Nothing was agreed')).not.toBe('Imran Kasi');
    expect(speakerOf(text, 'Nothing was agreed')).not.toBe('Sadiq Kasi');
  });
});

describe('he/she → the right person', () => {
  it('a person named in full with an unusual given name is still the antecedent', () => {
    const text = 'Marcus Webb spoke first.\n\nShanelle Okonkwo, president of the advocacy group, is hopeful.\n\n"Our hope is that the minister will follow through," she said.';
    expect(speakerOf(text, 'Our hope is')).toBe('Shanelle Okonkwo');
  });
  it('negative neighbour: a woman named after an adjective in a list is not the subject', () => {
    const text = 'Dora Greenway has cooked with famous chefs. Having worked with Daniel Boulud, as well as the legendary Julia Child, she maintains she is a home cook. "I burned down the kitchen at 12," she says.';
    expect(speakerOf(text, 'I burned down')).toBe('Dora Greenway');
  });
  it('negative neighbour: "Schumer, he said, …" — the name before the pronoun frame is its topic', () => {
    const text = '"It is the minds and hearts thing," said Sen. Richard Blum. Schumer, he said, "knows the minds and hearts of his colleagues."';
    expect(speakerOf(text, 'knows the minds')).toBe('Richard Blum');
  });
});

describe('descriptions and titles name the person in the story', () => {
  it.each([
    // A description of the person just named as a subject.
    ['Gunther Schall founded the company in 2014. Schall is aware he is entering uncharted waters.\n\n"I know no carmaker that makes money here," the lanky, bespectacled professor said.', 'I know no carmaker', 'Gunther Schall'],
    // "the commissioner said" before "commissioner Ron Robb said": the titled person named soon after.
    ['The league had not been served, the league commissioner said on Monday.\n\n"We will review it," league commissioner Ron Robb said in a statement.', 'The league had not', 'Ron Robb'],
    // "the minister": the last speaker who carries that title, not the nearest titled person.
    ['Foreign Minister Clara Voss spoke in the morning. Prime Minister Jon Hale left for Paris. Voss said talks were hard.\n\n"We speak out against it," the minister said.', 'We speak out', 'Clara Voss'],
  ])('%s', (text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
  it('negative neighbour: a kin word introduces someone new ("the father said")', () => {
    const text = 'Amir Haddad was identified by his papers. Haddad worked at the bank.\n\n"He is gone, he is gone," the father said.';
    expect(speakerOf(text, 'He is gone')).not.toBe('Amir Haddad');
  });
  it('negative neighbour: a name after a preposition is no subject ("the brewery in York Beach is")', () => {
    const text = '"We expected the licence by now," said David Rowe, co-owner of the brewery. The new brewery in Kent Beach is ready to open, he said.';
    expect(speakerOf(text, 'The new brewery')).toBe('David Rowe');
  });
});

describe('a person inside a longer source name', () => {
  it.each([
    ['In question period, NDP MP Nathan Collier said the government had overpaid.', 'the government had overpaid', 'Nathan Collier'],
    ['U.S. Secretary of State Mike Pollard said he did not think the dispute would matter.', 'he did not think', 'Mike Pollard'],
    ['Sen. Richard Shelton of Alabama said a prolonged standoff makes all sides look silly.', 'a prolonged standoff', 'Richard Shelton'],
  ])('%s', (text, content, speaker) => {
    expect(speakerOf(text, content)).toBe(speaker);
  });
  it.each([
    // An organisation whose name holds no given name stays the organisation.
    ['The Department of Disaster Management said 12 people died.', '12 people died', 'Department of Disaster Management'],
  ])('negative neighbour: %s', (text, content, speaker) => {
    expect(speakerOf(text, content)).toBe(speaker);
  });
});

describe('names in apposition and longer names', () => {
  it.each([
    ['On Tuesday, Donald Tasker, the president of the council, which represents the leaders, said the government must clarify its intentions.', 'must clarify its intentions', 'Donald Tasker'],
    ['Senators did not want the wall. One red-state Democrat, Montana Sen. Jon Tasker, said Sunday that voters should not pay for it.', 'voters should not pay', 'Jon Tasker'],
    ['Rep. Lucille Roybal Allen, D-Calif., the incoming chairwoman, said her office is preparing a bill.\n\n"Our goal is to keep our promises," she said.', 'Our goal is', 'Lucille Roybal Allen'],
  ])('%s', (text, content, speaker) => {
    expect(speakerOf(text, content)).toBe(speaker);
  });
  it('negative neighbour: the tail of a company name is no antecedent for "he"', () => {
    const text = '"They went to Ottawa with a different vision," said Cecil Forde.\n\nBenjamin Lane, a retired porter with Canadian Pacific Railways, joined the delegation. "We had no identity at all," he says.';
    expect(speakerOf(text, 'We had no identity')).not.toBe('Pacific Railways');
  });
});

describe('gender and full names of relatives', () => {
  it('"her father Khaled" is no antecedent for "she"; a full name is not swapped for a relative\'s', () => {
    const text = 'Khaled Benali, 60, was among the victims.\n\nFor Megda Benali, Friday is a day she has awaited. Her father Khaled was one of the victims.\n\n"I am looking forward to the sentence," she said.';
    expect(speakerOf(text, 'I am looking forward')).toBe('Megda Benali');
  });
  it('negative neighbour: "his wife Ana" is no antecedent for "he"', () => {
    const text = 'Tom Reyes spoke first.\n\nReyes sat down. His wife Ana Reyes stood up.\n\n"We will rebuild the house," he said.';
    expect(speakerOf(text, 'We will rebuild')).toBe('Tom Reyes');
  });
  it("a possessive surname opening a sentence is the person: \"Greenway's name …\" → she", () => {
    const text = 'Dora Greenway wrote the book. Greenway\'s name is on the cover of the new edition.\n\n"I love doing this work," she says.';
    expect(speakerOf(text, 'I love doing')).toBe('Dora Greenway');
  });
});
