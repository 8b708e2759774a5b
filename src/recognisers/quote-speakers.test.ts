import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { speakerOf as resolvedSpeaker } from '../../test/helpers/speaker-of.js';

const speakerOf = (text: string, quote: string) => resolvedSpeaker(text, quote, true);


describe('quote speakers written beside the quote', () => {
  it.each([
    // Verbs of speaking that take no reported clause.
    ['Nadia Ferreira moved to the town in 2015.\n\n"You are late," Ferreira blurted out. "But so am I."', 'You are late', 'Nadia Ferreira'],
    ['Tomas Lindqvist wrote the book.\n\n"I never put these pieces together," Lindqvist remarks.', 'I never put these', 'Tomas Lindqvist'],
    // The inversion with a role between team and name.
    ['"Today we only talk about the new arena," said Falcons general manager Bruno Castell before leaving the room.', 'Today we only talk', 'Bruno Castell'],
    // "said X with the union, which …": the name stops before the prepositional phrase.
    ['"Two trucks sat idle for a whole shift," said Terry Okafor with the drivers union, which speaks for them.', 'Two trucks sat idle', 'Terry Okafor'],
    // An appositive between the name and the verb.
    ['"The city can still afford it," Harriet J. Molloy, head of research at a policy institute, said in an email.', 'The city can still afford', 'Harriet J. Molloy'],
    // A name in apposition after a role.
    ['"Nobody sells bread by the slice," says the baker\'s partner, Jason Lutz.', 'Nobody sells bread', 'Jason Lutz'],
    // A short quote closed by a speech frame's comma.
    ['Pavel Bardo stood up.\n\n"You\'re late," Bardo blurted out.', "You're late", 'Pavel Bardo'],
    // An inversion before the quote.
    ['The park needs benches, asks Town Crier columnist Jennifer Ditchman, "why has nobody planned for seating?"', 'why has nobody planned', 'Jennifer Ditchman'],
    // An employer and a role before the name: the name speaks.
    ['The workers heard the news on Friday.\n\nThe plant is "no longer viable in this market," Velmar\'s U.K. managing director Ann Ruiz said recently.', 'no longer viable', 'Ann Ruiz'],
    // "according to" after the quote, a title before the name.
    ['"What the epidemic did was show that we have no working treatment system," according to Dr. Lena Okoro, a family doctor in the city.', 'What the epidemic did', 'Lena Okoro'],
    // An abbreviation inside the appositive.
    ['"Rates will stay where they are," David Rosen, chief analyst at Marlow + Finch Inc., said in a note.', 'Rates will stay', 'David Rosen'],
  ])('%s', (text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });

  it('a cue between two quotes: one attribution whose content runs over both', () => {
    const text = 'Robert Wiser repairs boats.\n\n"Big hulls are the rare jobs," he added, "but small dinghies come in every week."';
    const r = extract(text);
    const quoted = r.attributions.filter((a) => a.content.text.includes('Big hulls'));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]!.cue).toBe('added');
    expect(quoted[0]!.content.text.endsWith('every week."')).toBe(true);
  });
  it('"…," said X, and "…": one turn runs over both quotes', () => {
    const text = 'The session was only beginning.\n\n"It gave us a lot of resolve," said Sen. Ruth Blum, and "trust in our voters to see through the noise."';
    expect(speakerOf(text, 'trust in our voters')).toBe('Ruth Blum');
  });
  it('negative neighbour: a quote after ", and" and a clause of its own is not the frame\'s turn', () => {
    const text = 'The session was only beginning.\n\n"It gave us a lot of resolve," said Sen. Ruth Blum, and the crowd left "without a word to anyone at all."';
    expect(speakerOf(text, 'without a word')).not.toBe('Ruth Blum');
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
  it('negative neighbour: an employer and a role with no speech verb after them frame nothing', () => {
    const text = 'The plant is "no longer viable in this market," Velmar\'s U.K. managing director Ann Ruiz drove past the gates.';
    expect(speakerOf(text, 'no longer viable')).not.toBe('Ann Ruiz');
  });
  it('negative neighbour: "according to" a document after a scare quote is no person', () => {
    const text = 'Marta Kowal runs the inn. The rooms are "cosy and quiet at night," according to the brochure.';
    expect(speakerOf(text, 'cosy and quiet')).not.toBe('Marta Kowal');
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

describe('a run of quoted paragraphs carries its speaker on', () => {
  it('the distance counts from the speaker\'s latest continued quote', () => {
    const text = 'Ann Ruiz studies storms at the university.\n\n"The weather has changed a great deal," Ruiz said.\n\n"Cities have to plan for it now."\n\nFor towns like Dunmore, which had ten days of plowing, residents should keep their shovels out.\n\n"We are going to shovel a lot more often."';
    expect(speakerOf(text, 'We are going to shovel')).toBe('Ann Ruiz');
  });
  it('negative neighbour: three paragraphs of other text end the run', () => {
    const text = 'Ann Ruiz studies storms at the university.\n\n"The weather has changed a great deal," Ruiz said.\n\nFor towns like Dunmore, which had ten days of plowing, residents should keep their shovels out.\n\nThe city spent $4 million on salt this winter.\n\nCrews worked every night of the week.\n\n"We are going to shovel a lot more often."';
    expect(speakerOf(text, 'We are going to shovel')).toBeUndefined();
  });
});

describe('a quote after a sentence whose subject is a person', () => {
  it('the subject just named speaks, not the previous speaker', () => {
    const text = '"The mural deserved a second wall," says Christopher Holm. Durnford agreed within a day. "I am glad to paint it again with more colour."\n\nJeanine Durnford painted the first wall in 2016.';
    expect(speakerOf(text, 'I am glad')).toBe('Jeanine Durnford');
  });
  it('negative neighbour: a sentence opened by a function word keeps the previous speaker', () => {
    const text = '"The mural deserved a second wall," says Christopher Holm. The painters agreed within a day. "I am glad to paint it again with more colour."';
    expect(speakerOf(text, 'I am glad')).toBe('Christopher Holm');
  });
  it('positive neighbour: a group that says something becomes the speaker of the next quote', () => {
    const text = '"The mural deserved a second wall," says Christopher Holm. The painters said the wall needed more colour. "We will paint it again in the spring."';
    expect(speakerOf(text, 'We will paint')).toBe('painters');
  });
});

describe('speakers introduced without a speech verb next to the quote', () => {
  it.each([
    ['Dave Marten runs a ferry on the lake.\n\nMarten, the ferry captain, is less patient: "I think the new schedule will strand half the island."', 'I think the new schedule', 'Dave Marten'],
    ['"The depot was two streets away," said Terry Chaplin.\n\nTim Guestly with the Harbour Transit Authority says there are several causes of delays.\n\n"The buses serve the busiest routes first in the morning."', 'The buses serve', 'Tim Guestly'],
  ])('%s', (text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
  it('negative neighbour: a place opening the sentence is no speaker', () => {
    const text = 'Ottawa, the capital, has a new motto: "Growing together for a better city."';
    expect(speakerOf(text, 'Growing together')).toBeUndefined();
  });
});

describe('a pull quote: a paragraph of speech closing on its speaker\'s name', () => {
  it('the name after the last sentence speaks, when the article uses the surname again', () => {
    const text = 'Marta Quillon found out in May.\n\nI am not happy I have the illness, but I am still thankful for what it has brought me. Marta Quillon\n\nQuillon turned down a number of offers.';
    expect(speakerOf(text, 'I am not happy')).toBe('Marta Quillon');
  });
  it('a surname with an inner capital ("McAllister") signs the quote too', () => {
    const text = 'Rhona McAllister found out in May.\n\nI am not happy I have the illness, but I am still thankful for what it has brought me. Rhona McAllister\n\nMcAllister turned down a number of offers.';
    expect(speakerOf(text, 'I am not happy')).toBe('Rhona McAllister');
  });
  it.each([
    // A place closing an ordinary sentence, named nowhere else.
    ['The family packed the car in a hurry and drove all night to reach the coast of Nova Scotia\n\nThe rest followed.', 'The family packed'],
    // A caption credit named nowhere else in the article.
    ['The family moved away in the spring and never looked back at the old town. Dana Orrick\n\nThe rest followed.', 'The family moved'],
  ])('negative neighbour: %s', (text, quote) => {
    expect(speakerOf(text, quote)).toBeUndefined();
  });
});
