import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/** The resolved speaker name of the attribution whose content holds `quote`. */
function speakerOf(text: string, quote: string): string | undefined {
  const r = extract(text);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  const a = r.attributions.find((x) => x.content.start <= start && start < x.content.end);
  if (!a) return undefined;
  return r.actors.find((x) => x.id === a.sourceId)?.name ?? `(${a.sourceText})`;
}

describe('quote speakers written beside the quote', () => {
  it.each([
    // Verbs of speaking that take no reported clause.
    ['Nadia Ferreira moved to the town in 2015.\n\n"You are late," Ferreira blurted out. "But so am I."', 'You are late', 'Nadia Ferreira'],
    ['Tomas Lindqvist wrote the book.\n\n"I never put these pieces together," Lindqvist remarks.', 'I never put these', 'Tomas Lindqvist'],
    // The inversion with a role between team and name.
    ['"This press conference is about the season," said Hornets general manager Bruno Castell before taking questions.', 'This press conference', 'Bruno Castell'],
    // "said X with the union, which …": the name stops before the prepositional phrase.
    ['"Three patients waited for more than 40 minutes," said Terry Okafor with the paramedics union, which represents them.', 'Three patients waited', 'Terry Okafor'],
    // An appositive between the name and the verb.
    ['"The city can still afford it," Harriet J. Molloy, director of studies at the institute, said in an email.', 'The city can still afford', 'Harriet J. Molloy'],
    // A name in apposition after a role.
    ['"Most printers want a thousand copies," says Campbell\'s partner, Jason Lutz.', 'Most printers want', 'Jason Lutz'],
    // A short quote closed by a speech frame's comma.
    ['Patrick Bardo stood up.\n\n"You\'re short," Bardo blurted out.', "You're short", 'Patrick Bardo'],
    // An inversion before the quote.
    ['It is about the layout, asks Policy Options editor Jennifer Ditchman, "has anyone considered other designs?"', 'has anyone considered', 'Jennifer Ditchman'],
    // An abbreviation inside the appositive.
    ['"This is not the time for deficit spending," David Rosen, chief economist at Gluskin Sheff + Associates Inc., said in a note.', 'This is not the time', 'David Rosen'],
  ])('%s', (text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });

  it('a cue between two quotes: one attribution whose content runs over both', () => {
    const text = 'Robert Wiser advises companies.\n\n"The big cases are at the very high end," he added, "but there have been other cases paid out."';
    const r = extract(text);
    const quoted = r.attributions.filter((a) => a.content.text.includes('The big cases'));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]!.cue).toBe('added');
    expect(quoted[0]!.content.text.endsWith('paid out."')).toBe(true);
  });
  it('negative neighbour: a two-word quote with no speech frame is a scare quote', () => {
    const r = extract('Ruth Ames said the plan was "too late" for the town.');
    expect(r.attributions.filter((a) => a.content.text === '"too late"')).toEqual([]);
  });

  it('X said, "…": the content is the quote after the cue, not the clause before it', () => {
    const text = 'When asked whether the debt was overstated, Marta Kowal said, "The debt is in the public documents, as it always was."';
    const r = extract(text);
    const a = r.attributions.find((x) => x.cue === 'said');
    expect(a?.content.text).toBe('"The debt is in the public documents, as it always was."');
    expect(a?.direct).toBe(true);
  });

  it('negative neighbour: a verb that opens a clause after a closed quote does not frame it', () => {
    const text = 'Vera Lind said the vote was close. "We lost the vote." Lind said the party would regroup later this year.';
    const r = extract(text);
    const start = text.indexOf('We lost');
    const a = r.attributions.find((x) => x.content.start <= start && start < x.content.end);
    expect(a?.rule).toBe('attributions/quote-continues');
  });
  it('negative neighbour: a title in quotes is no speech', () => {
    const r = extract('The film "Cold Water" opened on Friday.');
    expect(r.attributions).toEqual([]);
  });

  it('a new paragraph naming another speaker does not inherit the previous one', () => {
    const text = '"We will appeal," Marco Bellini said.\n\n"The ruling stands," Judge Ada Nwosu replied.';
    expect(speakerOf(text, 'The ruling stands')).toBe('Ada Nwosu');
  });
});

describe('a quote after a sentence whose subject is a person', () => {
  it('the subject just named speaks, not the previous speaker', () => {
    const text = '"It deserved to be longer," says Christopher Holm. Durnford did not need much coaxing. "I am thankful for the invitation and the chance."\n\nJeanine Durnford made the piece in 2016.';
    expect(speakerOf(text, 'I am thankful')).toBe('Jeanine Durnford');
  });
  it('negative neighbour: a sentence opened by a function word keeps the previous speaker', () => {
    const text = '"It deserved to be longer," says Christopher Holm. The dancers did not need much coaxing. "I am thankful for the invitation and the chance."';
    expect(speakerOf(text, 'I am thankful')).toBe('Christopher Holm');
  });
});

describe('speakers introduced without a speech verb next to the quote', () => {
  it.each([
    ['Dave Marten runs a clinic on the coast.\n\nMarten, the addictions doctor, is more blunt: "I think they are going to uncover things that are horrifying."', 'I think they are going', 'Dave Marten'],
    ['"The station was seven minutes away," said Terry Chaplin.\n\nTim Guestly with the Nova Scotia Health Authority says there are many reasons for delays.\n\n"The emergency department cares for the sickest individual first."', 'The emergency department', 'Tim Guestly'],
  ])('%s', (text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
  it('negative neighbour: a place opening the sentence is no speaker', () => {
    const text = 'Ottawa, the capital, has a new motto: "Growing together for a better city."';
    expect(speakerOf(text, 'Growing together')).toBeUndefined();
  });
});
