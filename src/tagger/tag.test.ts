import { describe, expect, it } from 'vitest';
import { segment } from '../segment.js';
import { tagTokens } from './tag.js';
import { withParents } from './model.js';

/** Tags of the token `word` (its first occurrence) in `text`, and whether a two-way word was left to compromise's switch clues. */
function tagsOf(text: string, word: string): { tags: Set<string>; undecided: boolean } {
  const doc = segment(text, text, []);
  const k = doc.tokens.findIndex((t) => t.text === word);
  if (k < 0) throw new Error(`no token ${word}`);
  const s = doc.sentences[doc.tokens[k]!.sentence]!;
  const r = tagTokens(doc.tokens.slice(s.firstToken, s.lastToken));
  return { tags: r.tags[k - s.firstToken]!, undecided: r.undecided.length > 0 };
}

describe('tagTokens: noun or verb, the reading the attribution code reads', () => {
  it.each([
    // [sentence, word, expected reading]
    ['The claims were false.', 'claims', 'Noun'],
    ['He claims the vote was rigged.', 'claims', 'Verb'],
    ['Reports said the road was shut.', 'Reports', 'Noun'],
    ['She reports that the road was shut.', 'reports', 'Verb'],
    ['His reports were never published.', 'reports', 'Noun'],
    ['The mayor wants to report the damage.', 'report', 'Verb'],
    ['The report was published on Monday.', 'report', 'Noun'],
    ['The inflation report came out late.', 'report', 'Noun'],
    ['Local officials say the bridge collapsed.', 'say', 'Verb'],
    ['The ministry moved to deny claims he had resigned.', 'claims', 'Noun'],
    ['It also mentions policies he supported.', 'mentions', 'Verb'],
    ['Ruiz reports: the dam is holding.', 'reports', 'Verb'],
    ['Officials did not comment on the fresh claims.', 'claims', 'Noun'],
    ["Don't blame the drivers.", 'blame', 'Verb'],
    ['The lawyers claim the fine was unlawful.', 'claim', 'Verb'],
    ['Monthly figures showed a rise in prices.', 'figures', 'Noun'],
    ['Business figures from the region disappointed.', 'figures', 'Noun'],
    ['The minister denied the story, a report claims.', 'claims', 'Verb'],
    ['The minister denied it, according to press reports.', 'reports', 'Noun'],
    ['It is a worm which reports its success.', 'reports', 'Verb'],
    ['There were questions about the deal.', 'questions', 'Noun'],
    ['The official casualty figures highlight the gap.', 'figures', 'Noun'],
    ['The council plans to close the library.', 'plans', 'Verb'],
    ['Orvane hopes to sign the deal this year.', 'hopes', 'Verb'],
    ["The council's plans to close the library were dropped.", 'plans', 'Noun'],
    ['Renewed calls for a ceasefire went unheeded.', 'calls', 'Noun'],
    ['The union calls for a strike.', 'calls', 'Verb'],
    ['The new ferry reports arrive weekly.', 'reports', 'Noun'],
    // Clause openers after a comma: an inverted cue before a determiner, a noun before a noun.
    ['The dam held, reports the regional water board.', 'reports', 'Verb'],
    ['The dam held, reports of damage were few.', 'reports', 'Noun'],
    ['The bridge closed on Friday, state emergency officials said.', 'state', 'Noun'],
    ['Officials urged residents to state their names.', 'state', 'Verb'],
    // An -s form before a base-form verb is its subject; after a verb, its object.
    ['Budget documents show the plan was costed.', 'documents', 'Noun'],
    ['Sales figures show that prices fell.', 'figures', 'Noun'],
    ['She documents show trials in her book.', 'documents', 'Verb'],
    ['He refused to answer questions about the payments.', 'questions', 'Noun'],
    ['The report questions whether the plan works.', 'questions', 'Verb'],
    ['Payment details has led to fraud.', 'details', 'Noun'],
    ['The XKT also reports strong sales.', 'reports', 'Verb'],
    ['The XKT reports were late.', 'reports', 'Noun'],
  ])('%s → %s is a %s', (text, word, reading) => {
    const { tags, undecided } = tagsOf(text, word);
    expect(undecided).toBe(false);
    expect(tags.has(reading)).toBe(true);
    expect(tags.has(reading === 'Noun' ? 'Verb' : 'Noun')).toBe(false);
  });

  it.each([
    // A noun before an -s form and nothing deciding after it: compromise's switch clues decide (doSwitch).
    ['The ward, claims which are disputed, closed.', 'claims'],
    // A determiner before a compound, but a noun (no verb reading) after it: still open.
    ['The rival camp claims victory.', 'claims'],
  ])('%s → %s is left to the switch clues', (text, word) => {
    expect(tagsOf(text, word).undecided).toBe(true);
  });

  it('leaves nothing open in a sentence without a two-way reporting word', () => {
    expect(tagsOf('The storm cut power to 40,000 homes on Tuesday.', 'storm').undecided).toBe(false);
    // "Said" is a name here, not a cue: title case words are never left open.
    expect(tagsOf('Mr. Said told the court he was innocent.', 'Said').undecided).toBe(false);
  });
});

describe('tagTokens: names', () => {
  it.each([
    ['Mr. Said told reporters he would stay.', 'Said', ['Person', 'ProperNoun'], ['Verb', 'PastTense']],
    ['He said he would stay.', 'said', ['Verb', 'PastTense'], ['Person', 'ProperNoun']],
    ['Police spoke to John Meyer on Friday.', 'Meyer', ['LastName', 'Person'], ['Place']],
    ['Police spoke to John on Friday.', 'John', ['MaleName', 'FirstName', 'Person'], ['LastName']],
    ['Aid reached Kenya on Friday.', 'Kenya', ['Country', 'Place'], ['Person']],
    ['The Sudan Doctors Network said 38 were killed.', 'Sudan', ['ProperNoun'], ['Country', 'Place']],
    ['Chinese President Wang Qishan spoke.', 'Wang', ['Person'], ['Place']],
    ['The talks with Ostrava Metals stalled.', 'Ostrava', ['ProperNoun', 'Noun'], ['Verb']],
    // Sentence-initial: title case says nothing, so an unknown word is not made a name.
    ['Ostrava is cold.', 'Ostrava', ['Noun'], ['ProperNoun']],
  ])('%s → %s has %j, not %j', (text, word, yes, no) => {
    const { tags } = tagsOf(text, word);
    for (const t of yes) expect(tags.has(t), t).toBe(true);
    for (const t of no) expect(tags.has(t), t).toBe(false);
  });
});

describe('tagTokens: words alone', () => {
  it.each([
    ['The army quickly withdrew.', 'quickly', 'Adverb'],
    ['The governor criticized the plan.', 'criticized', 'PastTense'],
    ['It was a presidential decree.', 'presidential', 'Adjective'],
    ['At least 23 people died.', '23', 'Value'],
    ['The war began in 1990.', '1990', 'Date'],
    ['They were in the building.', 'in', 'Preposition'],
    ['Fires and floods hit the town.', 'and', 'Conjunction'],
    ['She ran.', 'She', 'Pronoun'],
  ])('%s → %s is %s', (text, word, tag) => {
    expect(tagsOf(text, word).tags.has(tag)).toBe(true);
  });
  it('reads a title-case headline by its words, not as a string of names', () => {
    const { tags } = tagsOf('Former Health Minister Says Hospital Funds Were Cut', 'Says');
    expect(tags.has('Verb')).toBe(true);
    expect(tags.has('ProperNoun')).toBe(false);
  });
  it('gives punctuation no tags and never throws on odd input', () => {
    expect(tagsOf('Wait , what ?', ',').tags.size).toBe(0);
    for (const t of ['', '—', '1', "''s", 'n\'t', 'a-b-c-d-e-f-g-h', 'ÉÉÉ', '\u0000']) expect(() => tagTokens(segment(t, t, []).tokens)).not.toThrow();
  });
  it('takes the tag hierarchy from compromise: FemaleName is a first name, a person, a proper noun, a noun', () => {
    expect(withParents('FemaleName')).toEqual(expect.arrayContaining(['FemaleName', 'FirstName', 'Person', 'ProperNoun', 'Noun']));
    expect(withParents('PastTense')).toEqual(['PastTense', 'Verb']);
    expect(withParents('NoSuchTag')).toEqual(['NoSuchTag']);
  });
});
