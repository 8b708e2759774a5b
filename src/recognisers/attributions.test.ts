import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise.js';
import { segment } from '../segment.js';
import { recogniseAttributions } from './attributions.js';

function read(text: string) {
  const n = normalise(text);
  const doc = segment(text, n.text, n.furniture);
  return recogniseAttributions(doc).map((a) => ({
    cue: text.slice(a.cue.start, a.cue.end),
    stance: a.stance,
    source: a.sourceText,
    content: text.slice(a.content.start, a.content.end),
    direct: a.direct,
    rule: a.rule,
  }));
}

type Want = { cue: string; stance: string; source: string; content?: string; direct?: boolean };

const positives: [string, Want][] = [
  ['Officials said at least 12 people were killed in the blast.', { cue: 'said', stance: 'assert', source: 'Officials', content: 'at least 12 people were killed in the blast' }],
  ['The ministry said that 40 houses were destroyed.', { cue: 'said', stance: 'assert', source: 'The ministry', content: '40 houses were destroyed' }],
  ['At least 12 people were killed, police said.', { cue: 'said', stance: 'assert', source: 'police', content: 'At least 12 people were killed' }],
  ['At least 12 people were killed, police said on Tuesday.', { cue: 'said', stance: 'assert', source: 'police', content: 'At least 12 people were killed' }],
  ['The talks will resume next week, said Maria Lopez, a spokeswoman for the ministry.', { cue: 'said', stance: 'assert', source: 'Maria Lopez', content: 'The talks will resume next week' }],
  ['The minister said: "We will not back down."', { cue: 'said', stance: 'assert', source: 'The minister', content: '"We will not back down."', direct: true }],
  ['According to the health ministry, 30 people died.', { cue: 'According to', stance: 'assert', source: 'the health ministry', content: '30 people died' }],
  ['Thirty people died, according to the health ministry.', { cue: 'according to', stance: 'assert', source: 'the health ministry', content: 'Thirty people died' }],
  ['The rebels have claimed that they shot down a helicopter.', { cue: 'have claimed', stance: 'claim', source: 'The rebels', content: 'they shot down a helicopter' }],
  ['Moscow denied that its jets struck the hospital.', { cue: 'denied', stance: 'deny', source: 'Moscow', content: 'its jets struck the hospital' }],
  ['The army, however, rejected the report.', { cue: 'rejected', stance: 'deny', source: 'The army', content: 'the report' }],
  ['The company acknowledged losing 300 jobs this year.', { cue: 'acknowledged', stance: 'acknowledge', source: 'The company', content: 'losing 300 jobs this year' }],
  ['Kyiv accused Moscow of shelling the plant.', { cue: 'accused', stance: 'accuse', source: 'Kyiv', content: 'Moscow of shelling the plant' }],
  ['John Smith, who chairs the committee, said the budget was too small.', { cue: 'said', stance: 'assert', source: 'John Smith', content: 'the budget was too small' }],
  ['"We lost everything," she said.', { cue: 'said', stance: 'assert', source: 'she', content: '"We lost everything,"', direct: true }],
  ['“We lost everything,” said Amina Yusuf.', { cue: 'said', stance: 'assert', source: 'Amina Yusuf', content: '“We lost everything,”', direct: true }],
  ['The agency estimated that 2,000 people had fled.', { cue: 'estimated', stance: 'estimate', source: 'The agency', content: '2,000 people had fled' }],
  ['Police put the toll at 14.', { cue: 'put the toll at', stance: 'estimate', source: 'Police', content: '14' }],
  ['The village was reportedly shelled overnight.', { cue: 'reportedly', stance: 'report', source: '', content: 'The village was reportedly shelled overnight' }],
  ['Rebels: 40 soldiers killed', { cue: 'Rebels', stance: 'assert', source: '', content: '' }],
  ['* Army estimate: 23 soldiers killed', { cue: 'estimate', stance: 'estimate', source: 'Army', content: '23 soldiers killed' }],
  ['The rebels, citing witnesses, said the convoy was hit.', { cue: 'said', stance: 'assert', source: 'The rebels', content: 'the convoy was hit' }],
  ['The mayor told reporters that the bridge would reopen.', { cue: 'told', stance: 'assert', source: 'The mayor', content: 'the bridge would reopen' }],
  ['The mayor told reporters the bridge would reopen.', { cue: 'told', stance: 'assert', source: 'The mayor', content: 'the bridge would reopen' }],
  ['"We now have a voice" union president Jeff Traeger said Saturday.', { cue: 'said', stance: 'assert', source: 'union president Jeff Traeger', content: '"We now have a voice"', direct: true }],
  ["''This isn't reform,'' said Mr. Burman.", { cue: 'said', stance: 'assert', source: 'Mr. Burman', content: "''This isn't reform,''", direct: true }],
  ['Candidate Bruce Hayne joked in his turn, "It was a twinkle in an eye."', { cue: 'joked', stance: 'assert', source: 'Candidate Bruce Hayne', content: '"It was a twinkle in an eye."', direct: true }],
  // The source as written runs to the relative pronoun, the verb's subject (PolNeAR's source); the resolver reads the phrase before it.
  ['It hired an architect who said he was never paid.', { cue: 'said', stance: 'assert', source: 'an architect who', content: 'he was never paid' }],
  ['The fine was set by the commission, which argued that the firm had lied.', { cue: 'argued', stance: 'claim', source: 'the commission, which', content: 'the firm had lied' }],
  ['Sanders on Tuesday said he wants to close four loopholes.', { cue: 'said', stance: 'assert', source: 'Sanders', content: 'he wants to close four loopholes' }],
  ['In an interview on Monday, Secretary Mike Pompeo praised China and said talks would go on.', { cue: 'said', stance: 'assert', source: 'Secretary Mike Pompeo', content: 'talks would go on' }],
  // A name in apposition to a description is the more specific source.
  ['The chairman, Phil Lovas, said he cannot comment.', { cue: 'said', stance: 'assert', source: 'Phil Lovas', content: 'he cannot comment' }],
  ['His father, Ernie LeBlanc, says his son struggled for years.', { cue: 'says', stance: 'assert', source: 'Ernie LeBlanc', content: 'his son struggled for years' }],
  ['John Smith, a doctor, said the drugs work.', { cue: 'said', stance: 'assert', source: 'John Smith', content: 'the drugs work' }],
  // A capitalised auxiliary after a title is a surname.
  ['On Tuesday, Ms. May said a solution could be found.', { cue: 'said', stance: 'assert', source: 'Ms. May', content: 'a solution could be found' }],
  // A participle of saying takes the main clause's subject.
  ['Rival Hillary Clinton mocked the complaint, saying anybody who complains is not having a good night.', { cue: 'saying', stance: 'assert', source: 'Rival Hillary Clinton', content: 'anybody who complains is not having a good night' }],
  // A parenthetical cue inside the clause: the content runs on after it.
  ['Too often, he says, patients get the pills anyway.', { cue: 'says', stance: 'assert', source: 'he', content: 'Too often, he says, patients get the pills anyway' }],
  ['Prices rose, he said, adding that rents fell.', { cue: 'said', stance: 'assert', source: 'he', content: 'Prices rose' }],
  ['Police used live ammunition, rights groups say.', { cue: 'say', stance: 'assert', source: 'rights groups', content: 'Police used live ammunition' }],
  ['By Friday afternoon it said 19 people had been killed.', { cue: 'said', stance: 'assert', source: 'it', content: '19 people had been killed' }],
  ['On Thursday evening the department had put the number of dead at 12.', { cue: 'had put the number of dead at', stance: 'estimate', source: 'the department', content: '12' }],
  ["According to the group's spokesman, Zhao Mingde, the army had lost control.", { cue: 'According to', stance: 'assert', source: 'Zhao Mingde', content: 'the army had lost control' }],
  ['According to the army, Lashio, Muse and Kutkai were retaken.', { cue: 'According to', stance: 'assert', source: 'the army', content: 'Lashio, Muse and Kutkai were retaken' }],
  ['A 31-year-old passenger told the radio station that the bus swerved.', { cue: 'told', stance: 'assert', source: 'A 31-year-old passenger', content: 'the bus swerved' }],
  // A clause-only verb inside a relative clause does not take the main verb's clause.
  ['Tatiana Stanovaya, an expert who writes about the Kremlin, noted that Putin would not yield.', { cue: 'noted', stance: 'assert', source: 'Tatiana Stanovaya', content: 'Putin would not yield' }],
  ['Results are "very exciting," says Heart and Stroke senior manager Erin Kim, who leads the project.', { cue: 'says', stance: 'assert', source: 'Heart and Stroke senior manager Erin Kim', content: 'Results are "very exciting,"', direct: true }],
  ['The company is "disappointed," managing director Stephen Norman said recently.', { cue: 'said', stance: 'assert', source: 'managing director Stephen Norman', content: 'The company is "disappointed,"', direct: true }],
  ['According to the army, the strikes were "precise and limited," hitting two depots.', { cue: 'According to', stance: 'assert', source: 'the army', content: 'the strikes were "precise and limited," hitting two depots', direct: true }],
  // Attitudes count as attributions (PolNeAR): what a source wants, plans, endorses, disputes or expects.
  ['The mayor wants to close the bridge.', { cue: 'wants', stance: 'assert', source: 'The mayor', content: 'to close the bridge' }],
  ['The union declined to comment on the offer.', { cue: 'declined', stance: 'deny', source: 'The union', content: 'to comment on the offer' }],
  ['The senator questioned the fairness of the vote.', { cue: 'questioned', stance: 'dispute', source: 'The senator', content: 'the fairness of the vote' }],
  ['Critics questioned whether the plan would work.', { cue: 'questioned', stance: 'dispute', source: 'Critics', content: 'whether the plan would work' }],
  ['The teachers union endorsed Maria Lopez for mayor.', { cue: 'endorsed', stance: 'assert', source: 'The teachers union', content: 'Maria Lopez for mayor' }],
  ['Polls show a close race in the state.', { cue: 'show', stance: 'assert', source: 'Polls', content: 'a close race in the state' }],
  // A clause-only verb takes a clause without "that": a pronoun and its verb, or a short noun phrase and an auxiliary.
  ['The auditor found the agency had lost $2 million.', { cue: 'found', stance: 'assert', source: 'The auditor', content: 'the agency had lost $2 million' }],
  ['Ms. Okafor believes he can win the seat.', { cue: 'believes', stance: 'assert', source: 'Ms. Okafor', content: 'he can win the seat' }],
  // A subject with modifiers, up to the start of its clause.
  ['Those close to the governor say that he will run.', { cue: 'say', stance: 'assert', source: 'Those close to the governor', content: 'he will run' }],
  ['The Commission on Public Broadcasting says there was a fault.', { cue: 'says', stance: 'assert', source: 'The Commission on Public Broadcasting', content: 'there was a fault' }],
  ['Residents of the valley and nearby towns said the water was brown.', { cue: 'said', stance: 'assert', source: 'Residents of the valley and nearby towns', content: 'the water was brown' }],
  ['An audit released last year found that the fund had lost money.', { cue: 'found', stance: 'assert', source: 'An audit released last year', content: 'the fund had lost money' }],
  // A raising verb before the cue: the cue as written starts at it.
  ['Small groups of farmers continued to call for more water.', { cue: 'continued to call for', stance: 'assert', source: 'Small groups of farmers', content: 'more water' }],
  ['Okafor in a radio interview appeared to blame the drivers.', { cue: 'appeared to blame', stance: 'accuse', source: 'Okafor in a radio interview', content: 'the drivers' }],
  // A headline in title case.
  ['New Survey Shows Gains For The Mayor', { cue: 'Shows', stance: 'assert', source: 'New Survey' }],
  // Naming as judgement: "called X a Y".
  ['The mayor called the plan a waste of money.', { cue: 'called', stance: 'assert', source: 'The mayor', content: 'the plan a waste of money' }],
  // A participle after a preposition takes the clause's subject.
  ['The governor responded to the protest by saying the law would stay.', { cue: 'saying', stance: 'assert', source: 'The governor', content: 'the law would stay' }],
  // An age, a hometown and a state between a name and its verb.
  ['Ana Reyes, 59, of Tarlac, Pa., who watched the parade, said the crowd was huge.', { cue: 'said', stance: 'assert', source: 'Ana Reyes', content: 'the crowd was huge' }],
  ['Rep. Ann Lee (D-Ore.), chair of the budget committee and a former teacher, said the bill would pass.', { cue: 'said', stance: 'assert', source: 'Rep. Ann Lee', content: 'the bill would pass' }],
  // Speech and judgement verbs beyond "said": all attributions in PolNeAR.
  ['The senator lauded the new budget.', { cue: 'lauded', stance: 'assert', source: 'The senator', content: 'the new budget' }],
  ['The governor rebuked the council for the delay.', { cue: 'rebuked', stance: 'accuse', source: 'The governor', content: 'the council for the delay' }],
  ['The minister confessed that the plan had failed.', { cue: 'confessed', stance: 'acknowledge', source: 'The minister', content: 'the plan had failed' }],
  ['The mayor talked about the flood defences.', { cue: 'talked about', stance: 'assert', source: 'The mayor', content: 'the flood defences' }],
  ['The court ruled that the ban was illegal.', { cue: 'ruled', stance: 'assert', source: 'The court', content: 'the ban was illegal' }],
  ['She continued: "We will not stop."', { cue: 'continued', stance: 'assert', source: 'She', content: '"We will not stop."', direct: true }],
  ['The coach decided to rest three players.', { cue: 'decided', stance: 'assert', source: 'The coach', content: 'to rest three players' }],
  // A trailing cue as its own sentence after a quoted question.
  ['"How long must we wait?" Okafor asked. "Nobody knows."', { cue: 'asked', stance: 'assert', source: 'Okafor', content: '"How long must we wait?"', direct: true }],
  ['"What now?" Said the mayor, a former nurse.', { cue: 'Said', stance: 'assert', source: 'the mayor', content: '"What now?"', direct: true }],
  // Owned reporting nouns: "that" for all, "to" for promises and resolve; a modifier may sit between.
  ["The police's earlier claim that the driver fled was wrong.", { cue: 'claim', stance: 'claim', source: "The police's", content: 'the driver fled was wrong' }],
  ['His promises to cut taxes fell flat.', { cue: 'promises', stance: 'assert', source: 'His', content: 'to cut taxes fell flat' }],
  // Light-verb speech acts.
  ['The senator made the case for a higher wage.', { cue: 'made the case', stance: 'claim', source: 'The senator', content: 'for a higher wage' }],
  ['Two dozen mayors sent a letter opposing the cuts.', { cue: 'sent a letter', stance: 'assert', source: 'Two dozen mayors', content: 'opposing the cuts' }],
  // A passive with "by": the agent is the source, the subject the content.
  ['The leak was first reported by The Harbour Gazette.', { cue: 'reported', stance: 'report', source: 'The Harbour Gazette', content: 'The leak' }],
  ['His views were echoed by several economists.', { cue: 'echoed', stance: 'assert', source: 'several economists', content: 'His views' }],
  // After a determiner or a number, a word the tagger reads as a verb heads the source.
  ['Four in ten jobs depend on exports, one slide says.', { cue: 'says', stance: 'assert', source: 'one slide', content: 'Four in ten jobs depend on exports' }],
  // A clause between commas is no apposition: the trailing source comes after the cue.
  ['The plan did not go over well with Republicans, and the meeting soured, said one source in the room.', { cue: 'said', stance: 'assert', source: 'one source in the room' }],
  // "be" + an attitude adjective + a clause.
  ['Protesters were frustrated that the city released only part of the video.', { cue: 'were frustrated', stance: 'assert', source: 'Protesters', content: 'the city released only part of the video' }],
  ['Many farmers are afraid that the rain will not come.', { cue: 'are afraid', stance: 'assert', source: 'Many farmers', content: 'the rain will not come' }],
  // A word the tagger reads as a verb after a noun heads the subject ("The appeals court").
  ['The appeals court ruled that the law was valid.', { cue: 'ruled', stance: 'assert', source: 'The appeals court', content: 'the law was valid' }],
  // "respond to": the answer's target is content.
  ['The company did not respond to requests for comment.', { cue: 'respond', stance: 'assert', source: 'The company', content: 'to requests for comment' }],
  // A modifier right after the comma, whatever the tagger reads it as.
  ['The cuts are an insult to teachers, top union leaders said on Friday.', { cue: 'said', stance: 'assert', source: 'top union leaders', content: 'The cuts are an insult to teachers' }],
  ['According to exit polls, the senator had a ten-point lead.', { cue: 'According to', stance: 'assert', source: 'exit polls', content: 'the senator had a ten-point lead' }],
  ['Nobody knows whether he had a gun, as police have said.', { cue: 'have said', stance: 'assert', source: 'police', content: 'Nobody knows whether he had a gun' }],
  ['The senator railed against the influence of lobbyists.', { cue: 'railed against', stance: 'accuse', source: 'The senator', content: 'the influence of lobbyists' }],
  // A subject pronoun fused with its auxiliary: the source is the pronoun alone.
  ["He's claiming that the count was rigged.", { cue: 'claiming', stance: 'claim', source: 'He', content: 'the count was rigged' }],
  ['They’ve said the ferry will not run in winter.', { cue: 'said', stance: 'assert', source: 'They', content: 'the ferry will not run in winter' }],
  // A relative clause inside the subject: the source stops before the pronoun.
  ['Local officials who reviewed the budget said it was too small.', { cue: 'said', stance: 'assert', source: 'Local officials', content: 'it was too small' }],
  ['Parents who work nights say the new bus schedule is hard on them.', { cue: 'say', stance: 'assert', source: 'Parents', content: 'the new bus schedule is hard on them' }],
  // A reduced relative ending in a time word.
  ['The latest county poll released Friday shows that the mayor trails by six points.', { cue: 'shows', stance: 'assert', source: 'The latest county poll', content: 'the mayor trails by six points' }],
  // An apposition whose noun the tagger reads as a verb ("to the campaign", "city police chief").
  ['Rosa Mendel, a senior adviser to the campaign, said that the plan was sound.', { cue: 'said', stance: 'assert', source: 'Rosa Mendel', content: 'the plan was sound' }],
  ['Karl Benton, the city police chief, said that the footage was unclear.', { cue: 'said', stance: 'assert', source: 'Karl Benton', content: 'the footage was unclear' }],
  // A description between dashes after a name.
  ['Pat Kellan -- co-editor of a book on the debates -- said the candidate liked surprises.', { cue: 'said', stance: 'assert', source: 'Pat Kellan', content: 'the candidate liked surprises' }],
  // A study finds a plain object, with modifiers between the noun and the verb.
  ['A 2019 study by two university economists found 40 cases of fraud.', { cue: 'found', stance: 'assert', source: 'A 2019 study by two university economists', content: '40 cases of fraud' }],
  // Verbs that set out a finding or a case.
  ['The audit detailed how the agency lost track of the grants.', { cue: 'detailed', stance: 'assert', source: 'The audit', content: 'how the agency lost track of the grants' }],
  ['Her memoir chronicles how the mill town emptied out.', { cue: 'chronicles', stance: 'assert', source: 'Her memoir', content: 'how the mill town emptied out' }],
  // A first modifier the tagger reads as a verb after "according to".
  ['The ferry ran late all summer, according to dock workers.', { cue: 'according to', stance: 'assert', source: 'dock workers', content: 'The ferry ran late all summer' }],
  // An -s verb right after a document noun, which the tagger reads as a plural noun.
  ['Ticket sales fell by a third last spring, a Herald review of city budget records shows.', { cue: 'shows', stance: 'assert', source: 'a Herald review of city budget records', content: 'Ticket sales fell by a third last spring' }],
  ['The county poll average shows the mayor ahead by five points.', { cue: 'shows', stance: 'assert', source: 'The county poll average', content: 'the mayor ahead by five points' }],
  // An adverb and a participle inside the subject.
  ['Rents rose again, an analysis of newly filed tax reports shows.', { cue: 'shows', stance: 'assert', source: 'an analysis of newly filed tax reports', content: 'Rents rose again' }],
  // Calling something a name: a long object with a preposition, or the name in single quotes.
  ['Unions called the pay freeze and the demand for longer shifts a cynical ploy.', { cue: 'called', stance: 'assert', source: 'Unions', content: 'the pay freeze and the demand for longer shifts a cynical ploy' }],
  ["Senator Ruiz calls the levy 'daylight robbery' during a town hall.", { cue: 'calls', stance: 'assert', source: 'Senator Ruiz', content: "the levy 'daylight robbery' during a town hall" }],
  // An opening inversion before a colon.
  ['Said Okafor: "The budget is a fiction."', { cue: 'Said', stance: 'assert', source: 'Okafor', content: '"The budget is a fiction."', direct: true }],
  // A relative clause without "that" inside the subject (a contact clause).
  ['Most of the nurses I interviewed said the night shifts were unsafe.', { cue: 'said', stance: 'assert', source: 'Most of the nurses I interviewed', content: 'the night shifts were unsafe' }],
  ['The farmers we spoke to say the new dam has dried their wells.', { cue: 'say', stance: 'assert', source: 'The farmers we spoke to', content: 'the new dam has dried their wells' }],
  // Calling something by an evaluative adjective.
  ['The union called the new rota unworkable and dangerous for patients.', { cue: 'called', stance: 'assert', source: 'The union', content: 'the new rota unworkable and dangerous for patients' }],
  // A participle opening the clause before a name modifies it.
  ['"We held the line," retired Navy captain Ruth Alder said.', { cue: 'said', stance: 'assert', source: 'retired Navy captain Ruth Alder', content: '"We held the line,"' }],
];

describe('recogniseAttributions', () => {
  for (const [text, want] of positives) {
    if (want.cue === 'Rebels') continue; // the label row below is a negative case
    it(`finds "${want.cue}" in: ${text}`, () => {
      const got = read(text).find((a) => a.cue === want.cue);
      expect(got).toBeDefined();
      expect(got!.stance).toBe(want.stance);
      expect(got!.source).toBe(want.source);
      if (want.content !== undefined) expect(got!.content).toBe(want.content);
      if (want.direct !== undefined) expect(got!.direct).toBe(want.direct);
    });
  }

  it('reads no cue in "writes" when the clause belongs to a later verb', () => {
    const got = read('Tatiana Stanovaya, an expert who writes about the Kremlin, noted that Putin would not yield.');
    expect(got.map((a) => a.cue)).toEqual(['noted']);
  });

  it('reads no attribution when a noun phrase, not a pronoun, follows an opening phrase', () => {
    expect(read('By the end of the week the report said nothing new.').map((a) => a.source)).not.toContain('week the report');
  });

  it('reads no participle attribution without a verb of saying', () => {
    expect(read('The storm hit the coast on Tuesday, flooding roads and homes.')).toEqual([]);
  });

  it('reads "…, state media reported" as a trailing cue, not "state" as an inverted verb', () => {
    const got = read('The army said its troops had killed 40 fighters near Lashio, state media reported.');
    expect(got.map((a) => [a.cue, a.source, a.content])).toEqual([
      ['said', 'The army', 'its troops had killed 40 fighters near Lashio'],
      ['reported', 'state media', 'The army said its troops had killed 40 fighters near Lashio'],
    ]);
  });

  it('reads "state" as a verb when no reporting verb follows its subject', () => {
    const got = read('The talks will resume next week, state officials.');
    expect(got.filter((a) => a.cue === 'state')).toEqual([]);
  });

  it('gives "X, citing Y, said Z" the cited source with the main content', () => {
    const got = read('The Associated Press, citing a rescue worker, said at least eight civilians were among the dead.');
    expect(got.map((a) => [a.cue, a.source, a.content])).toEqual([
      ['citing', 'a rescue worker', 'at least eight civilians were among the dead'],
      ['said', 'The Associated Press', 'at least eight civilians were among the dead'],
    ]);
  });

  it('reads "quoted X as saying" as two attributions', () => {
    const got = read('The newspaper quoted an unnamed general as saying the operation would continue.');
    expect(got.map((a) => [a.cue, a.source, a.content])).toEqual([
      ['quoted', 'The newspaper', 'an unnamed general as saying the operation would continue'],
      ['as saying', 'an unnamed general', 'the operation would continue'],
    ]);
  });

  it('reads no verb in a plural noun after a document noun', () => {
    expect(read('The audit reports were filed late.')).toEqual([]);
    expect(read('Her cooking shows were cancelled last year.')).toEqual([]);
  });

  it('reads no naming in "called X for Y" without a name after it', () => {
    expect(read('The landlord called the plumber for help after the flood.')).toEqual([]);
  });

  it('reads no opening inversion without a name before the colon', () => {
    expect(read('Said differently: the plan failed.')).toEqual([]);
  });

  it('reads no contact clause across a comma into a later subject', () => {
    expect(read('At the clinic I visited, nurses said the wait was long.').map((a) => a.source)).toEqual(['nurses']);
    expect(read('The voters I interviewed were split.')).toEqual([]);
  });

  it('reads no report in the linking phrase "Having said that,"', () => {
    expect(read('Having said that, the levy is likely to pass.')).toEqual([]);
    expect(read('Having said that the levy was fair, the mayor left.').map((a) => a.cue)).toContain('said');
  });

  it('reads no naming in "called the police" with an adverb after it', () => {
    expect(read('The landlord called the police twice.')).toEqual([]);
  });

  it('reads no adverb and participle after a verb as part of a subject', () => {
    expect(read('The army quickly seized the town and said it was safe.').map((a) => a.source)).toEqual(['The army']);
  });

  it('reads no dashed description as a subject that is not after a name', () => {
    expect(read('The vote -- a rare event -- said nothing.')).toEqual([]);
  });

  it('reads no cue in a participle adjective or a noun of the same word', () => {
    expect(read('A detailed map of the valley was released.')).toEqual([]);
    expect(read('The documents from the court were sealed.')).toEqual([]);
  });

  it('reads no participle into a name when it is a verb of saying', () => {
    expect(read('"We held the line," announced Captain Ruth Alder.').map((a) => a.source)).not.toContain('announced Captain Ruth Alder');
  });

  it('reads no verb of belief after a quantifier as part of a later subject', () => {
    expect(read('Some believe the new survey shows the council is worried.').map((a) => a.source)).not.toContain('Some believe the new survey');
  });

  it('reads no plain object as found when the finder is no study', () => {
    expect(read('The divers found 31 bodies in the river.')).toEqual([]);
  });

  it('reads no source in a possessive that looks like a fused pronoun', () => {
    expect(read("Obama's claims about the deficit were wrong.").map((a) => a.source)).not.toContain('Obama');
    expect(read("It's a claim that nobody in the town believes.")).toEqual([]);
  });

  it('reads "he\'s expected to" as a passive, with no source', () => {
    expect(read("He's expected to announce the cuts on Monday.").filter((a) => a.source === 'He')).toEqual([]);
  });

  it('reads no relative clause into a subject after a verb or an object pronoun', () => {
    expect(read('He met the officials who reviewed the budget and said it was too small.').map((a) => a.source)).not.toContain('the officials');
    expect(read('It was the plan that officials reviewed said nothing.')).toEqual([]);
  });

  it('reads no attribution in "quoted" without "as saying"', () => {
    expect(read('The newspaper quoted prices from last year.').filter((a) => a.cue === 'quoted')).toEqual([]);
  });

  const signed: [string, string | null][] = [
    ['"He represents our greatest shame." - Sonya Herridge\n"He is ignorant of our culture." - Pamela Padilla', 'Sonya Herridge'],
    ['"Maybe we can build a wall around him." -- Edwin G. Monroy\n\nMore comments below.', 'Edwin G. Monroy'],
    // Negative neighbours: a dash that continues the sentence, a short title in quotes.
    ['"We will rebuild," - But then the rain came back.', null],
    ['He sang "Amazing Grace" - Wilson then left the stage.', null],
  ];
  for (const [text, source] of signed) {
    it(`reads a quote signed by a dash and a name: ${text.slice(0, 40)}`, () => {
      const got = read(text).filter((a) => a.rule === 'attributions/quote-signature');
      if (source === null) expect(got).toEqual([]);
      else expect(got[0]).toMatchObject({ source, cue: text.includes('--') ? '--' : '-', direct: true, stance: 'assert' });
    });
  }

  it('reads transcript turns "NAME: …" when a speaker takes two turns or more', () => {
    const text = 'Partial transcript:\n\nWALLACE: Will she be at the debate?\n\nPENCE: She will not be there.\n\nWALLACE: Why not?\n\nPENCE: Because it was a joke.';
    const got = read(text).filter((a) => a.rule === 'attributions/speaker-label');
    expect(got.map((a) => [a.source, a.content])).toEqual([
      ['WALLACE', 'Will she be at the debate?'], ['PENCE', 'She will not be there.'], ['WALLACE', 'Why not?'], ['PENCE', 'Because it was a joke.'],
    ]);
  });

  const notSpeakers = [
    'ENERGY: Benchmark crude oil fell 41 cents to $52.21 per barrel.\n\nCURRENCIES: The dollar rose to 109.75 yen.',
    'UPDATE: The road has reopened.\n\nUPDATE: The bridge has reopened.',
    'Deaths: 23\n\nInjured: more than 300',
    'The Latest: Trump urges supporters to monitor polling places.',
  ];
  for (const text of notSpeakers) {
    it(`reads no speaker in section labels: ${text.slice(0, 30)}`, () => {
      expect(read(text).filter((a) => a.rule === 'attributions/speaker-label')).toEqual([]);
    });
  }

  it('reads bullet labels naming a source ("Health ministry: 17 dead")', () => {
    const text = 'Casualty figures at a glance:\n\n* Resistance committee: at least 31 civilians killed\n* Health ministry: 17 dead, 45 wounded\n* Cost of repairs: $5 million\n* Kabul: 3 dead';
    const got = read(text).filter((a) => a.rule === 'attributions/speaker-label');
    expect(got.map((a) => [a.source, a.content])).toEqual([
      ['Resistance committee', 'at least 31 civilians killed'], ['Health ministry', '17 dead, 45 wounded'],
    ]);
  });

  it('reads no speaker in a headline whose label is not a source', () => {
    expect(read('Kenya protest crackdown: what we know so far').filter((a) => a.rule === 'attributions/speaker-label')).toEqual([]);
  });

  it('reads a headline "Name: …" as that person\'s statement', () => {
    const got = read('Bernie Sanders: Clinton needs to get away from personality stuff.\n\nThe senator spoke on Sunday.').filter((a) => a.rule === 'attributions/speaker-label');
    expect(got.map((a) => a.source)).toEqual(['Bernie Sanders']);
  });

  // A word before a source noun modifies it, even when compromise tags it a verb ("state").
  it('reads "Federal and state officials said" as one coordinated subject', () => {
    const got = read('Federal and state officials said the two raised $350 million.');
    expect(got.map((a) => [a.cue, a.source])).toEqual([['said', 'Federal and state officials']]);
  });

  it('does not read "state" in "Federal and state officials" as a reporting verb', () => {
    expect(read('Federal and state officials said the two raised $350 million.').map((a) => a.cue)).not.toContain('state');
  });

  it('gives coordinated verbs the same source and splits their contents', () => {
    const got = read('Pakistan, however, rejected the figure and said 23 of its soldiers died.');
    expect(got.map((a) => [a.cue, a.stance, a.source, a.content])).toEqual([
      ['rejected', 'deny', 'Pakistan', 'the figure'],
      ['said', 'assert', 'Pakistan', '23 of its soldiers died'],
    ]);
  });

  it('gives a participle the subject of the clause before it', () => {
    const got = read("The army countered these claims, saying it retaliated with artillery.");
    expect(got.find((a) => a.cue === 'saying')?.source).toBe('The army');
  });

  it('reads a quote across sentences up to its closing mark', () => {
    const got = read('"We were not warned. Nobody came," said the farmer.');
    expect(got[0]!.content).toBe('"We were not warned. Nobody came,"');
    expect(got[0]!.source).toBe('the farmer');
  });

  it('continues the speaker into a following quote without a cue', () => {
    const got = read('"This is not right," Warren said. "You squeezed them."');
    expect(got).toHaveLength(2);
    expect(got[1]!.content).toBe('"You squeezed them."');
    expect(got[1]!.source).toBe('Warren');
    expect(got[1]!.rule).toBe('attributions/quote-continues');
  });

  it('takes the quote in the next paragraph after "X said:"', () => {
    const got = read('The commander said:\n\n"We will hold the line."');
    expect(got[0]!.content).toBe('"We will hold the line."');
  });

  const negatives: [string, string][] = [
    ['The alleged airstrikes hit two villages.', 'an adjective, not a cue'],
    ['The disputed region lies to the north.', 'an adjective, not a cue'],
    ['The claims were investigated by police.', 'a noun with no source'],
    ['Taliban own losses: 9 killed', 'a label without a reporting word'],
    ['What Happened: Clashes Escalate', 'a heading label'],
    ['The report was published in May.', 'a noun, not a verb'],
    ['He found a way around the rules.', 'a clause-only verb with a plain object'],
    ['The union recalled the decision to strike.', 'a clause-only verb with a plain object'],
    ['She joked about the weather all afternoon.', 'a clause-only verb with no clause or quote'],
    ['The union called a strike for Monday.', '"called" with a plain object'],
    ['The figures highlight how opaque and contested such operations are.', '"contested" as an adjective after "and"'],
    ['In a statement released on Monday the company hired 40 staff.', 'no cue at all'],
    ['Pakistan closed the crossings, citing security concerns.', 'citing a reason, not a source'],
    ['“I’ve never said there’s a study,” the mayor insisted.', 'a cue inside a quotation'],
  ];
  for (const [text, why] of negatives) {
    it(`finds no attribution in: ${text} (${why})`, () => {
      const got = read(text).filter((a) => !(text.includes('insisted') && a.cue === 'insisted'));
      expect(got).toEqual([]);
    });
  }

  const noAttitude: [string, string][] = [
    ['He was charged with fraud in May.', 'a passive: the subject is not the source'],
    ['The bridge was built by a French firm.', 'a passive "by" without a cue'],
    ['It is clear that the plan failed.', 'an expletive subject'],
    ['The figures, compared with 2019, show a drop.', 'no inversion with a verb that is not a speech verb'],
    ['The room was quiet that night.', 'no attitude adjective'],
    ['The vote is expected to take place on Monday.', 'a passive "expected to"'],
    ['The cause was later revealed to be a faulty valve.', 'a passive with an adverb between'],
    ['The plans were drawn up by the council.', '"plans" as a noun'],
    ['He found it difficult to sleep.', '"found" with an object and an adjective, no clause'],
    ['She planned a rally for Saturday.', '"planned" with a plain object'],
  ];
  for (const [text, why] of noAttitude) {
    it(`finds no attribution in: ${text} (${why})`, () => {
      expect(read(text)).toEqual([]);
    });
  }

  const namesNotCues: [string, string][] = [
    ['The United States Bankruptcy Court in Delaware was seen as friendly.', '"States" inside a name'],
    ['He met the mayor and the governor in the capital.', 'no cue'],
    ['The two taped an hourlong show that aired on Thursday.', '"show" as a noun after an adjective'],
    ['Swing state Ohio is nearly 3 percent Polish American.', '"state" as a noun before a name'],
    ['The union called a strike for Monday and a march for Friday.', '"called a strike": an object, not a judgement'],
    ['She called her sister on Friday.', '"called" someone on the phone'],
    ['The fighting continued, with shelling until dawn.', '"continued" without a quote or a colon'],
    ['The judge ruled on Monday.', 'no clause after "ruled"'],
    ['He felt the heat in the hall.', '"felt" with a plain object'],
    ['The court decided the case in May.', '"decided" with a plain object'],
    ['In Denver, Lee won the race.', 'a comma group before a name is not an apposition'],
    ['The campaign met voters in Ohio and around the country on Friday.', 'a long phrase without a cue'],
  ];
  for (const [text, why] of namesNotCues) {
    it(`finds no attribution in: ${text} (${why})`, () => {
      expect(read(text)).toEqual([]);
    });
  }

  it('takes the subject after "and" when a verb comes before it', () => {
    const got = read('The army shelled the town and officials in the capital said 20 people died.');
    expect(got.map((a) => [a.cue, a.source])).toEqual([['said', 'officials in the capital']]);
  });

  it('leaves a pronoun restating the outer source to the outer attribution', () => {
    expect(read('Mayor Lopez said she plans to run again.').map((a) => a.cue)).toEqual(['said']);
    expect(read('The senator said on Friday that he thinks the bill will pass.').map((a) => a.cue)).toEqual(['said']);
    // A different source inside the content is its own attribution.
    expect(read('The senator said that the governor wants to raise taxes.').map((a) => [a.cue, a.source])).toEqual([
      ['said', 'The senator'], ['wants', 'the governor'],
    ]);
  });

  const notReported: [string, string][] = [
    ['The levy would encourage owners to sell.', 'a cue under a modal is a possibility'],
    ['Regulators feared the firm could threaten to close the plant.', 'a cue under a modal'],
  ];
  for (const [text, why] of notReported) {
    it(`finds no cue under a modal in: ${text} (${why})`, () => {
      expect(read(text).map((a) => a.cue)).not.toContain(text.includes('encourage') ? 'encourage' : 'threaten');
    });
  }

  it('reads a pronoun subject right after a noun as a relative clause, not a new source', () => {
    expect(read('He spent the $18 million he says he raised on ads.')).toEqual([]);
    expect(read('The voters cited the policies she supported in the Senate.').map((a) => a.cue)).not.toContain('supported');
    // An opening preposition phrase before the pronoun is no relative clause.
    expect(read('In the speech he said the war was over.').map((a) => [a.cue, a.source])).toEqual([['said', 'he']]);
  });

  it('reads no owned noun without "that" as a cue ("her plans for", "his message to")', () => {
    expect(read('She laid out her plans for the city.')).toEqual([]);
    expect(read('He sent his message to the voters.')).toEqual([]);
  });

  it('keeps "will" cues: a stated intention', () => {
    expect(read('The moderators will demand more details.').map((a) => a.cue)).toEqual(['demand']);
  });

  it('reads "reported by phone that" as the active verb, not a passive agent', () => {
    expect(read('Police reported by phone that the road was closed.').map((a) => [a.cue, a.source])).toEqual([['reported', 'Police']]);
  });

  it('keeps a first-person source outside quotes (the writer\'s own view)', () => {
    expect(read('I know the plan will fail.').map((a) => [a.cue, a.source, a.content])).toEqual([['know', 'I', 'the plan will fail']]);
    expect(read('We asked whether the plan would work.').map((a) => [a.cue, a.source])).toEqual([['asked', 'We']]);
  });

  it('reads no cue in "what he called"', () => {
    expect(read('Voters rejected what he called a fair deal.').map((a) => a.cue)).not.toContain('called');
  });

  it('reads "claims" after a determiner as a noun, not a second cue', () => {
    expect(read('Pakistan countered these claims.').map((a) => a.cue)).toEqual(['countered']);
  });

  it('keeps the outer attribution of a cue inside a quote', () => {
    const got = read('“I’ve never said there’s a study,” the mayor insisted.');
    expect(got.map((a) => a.cue)).toEqual(['insisted']);
    expect(got[0]!.source).toBe('the mayor');
  });

  it('survives junk input', () => {
    expect(read('')).toEqual([]);
    expect(read('said said said , , according to')).toBeInstanceOf(Array);
    expect(read('"'.repeat(500))).toBeInstanceOf(Array);
    expect(read('SAID THE MINISTER. ' .repeat(200))).toBeInstanceOf(Array);
  });
});

describe('recogniseAttributions: subjects and frames (PolNeAR round 4)', () => {
  const cases: [string, { cue: string; source: string; content?: string }][] = [
    // A party and state tag after the name is no name in apposition.
    ['"The vote will pass," Senate Majority Leader Ann Cole, R-Ore., said Tuesday.', { cue: 'said', source: 'Senate Majority Leader Ann Cole' }],
    // A long relative clause between a name and its verb.
    ['Dr. Jane Roe, who as a young officer was the chief physician in the administration of former Governor Bill Walker and later retired from the service as a commander, said that the ward was closed in 1998.',
      { cue: 'said', source: 'Dr. Jane Roe', content: 'the ward was closed in 1998' }],
    // An evidence verb after the modifiers of its document, the tagger reading "shows" as a noun.
    ['The average of polls taken over the past two weeks shows the mayor leading by four points.',
      { cue: 'shows', source: 'The average of polls taken over the past two weeks', content: 'the mayor leading by four points' }],
    // A participle of saying right after its subject, the pair the object of "of" or "with".
    ['The ad uses footage of Jane Walker asking, "Why am I not ahead?"', { cue: 'asking', source: 'Jane Walker' }],
    ['The plan drew fire, with critics warning that it would raise costs.', { cue: 'warning', source: 'critics', content: 'it would raise costs' }],
    // The sentence subject after an opening participle phrase, a parenthetical adverb or a dateline.
    ['Stung by the criticism, the mayor revised his budget, promising to cut fees.', { cue: 'promising', source: 'the mayor', content: 'to cut fees' }],
    ['On Thursday, however, the mayor spoke to farmers, promising to lift the rules.', { cue: 'promising', source: 'the mayor', content: 'to lift the rules' }],
    ['OSLO - Nordic leaders met on Friday, offering new funds for defence.', { cue: 'offering', source: 'Nordic leaders', content: 'new funds for defence' }],
    // "which" as the object of the reporting verb: the subject after it is the source.
    ['They met to discuss the test, which state media claimed allows the army to build bombs.', { cue: 'claimed', source: 'state media' }],
    // A cue under a modal in a main clause whose subject is a speaker (PolNeAR marks them).
    ['However, the mayor could not explain why the fund was empty.', { cue: 'explain', source: 'the mayor', content: 'why the fund was empty' }],
    // A first-person pronoun fused with its auxiliary: the source as written is the pronoun.
    ["If, as I've suggested, the firm gains from the rule, its owners gain too.", { cue: 'suggested', source: 'I' }],
    ["We'd argue that the plan is flawed.", { cue: 'argue', source: 'We', content: 'the plan is flawed' }],
    // An owned noun with "that" and a subject-verb clause; an object pronoun after an inverted verb is no source.
    ["The judge's conclusion that judges shouldn't rule on it is disputed.", { cue: 'conclusion', source: "The judge's" }],
    ['"I think all candidates should do so," Jane Roe, an economist, told me this week.', { cue: 'told', source: 'Jane Roe' }],
    // A clause between commas is no apposition: a modal inside makes it the content of a trailing cue.
    ['The mayor would expand the deduction, but for some, the losses would outstrip the gains, said Ann Batt.', { cue: 'said', source: 'Ann Batt' }],
    // Decisions in the passive with their agent; the subject may sit before an aside, a year may follow the agent.
    ['The ruling was overturned by a federal judge.', { cue: 'overturned', source: 'a federal judge', content: 'The ruling' }],
    ['The bill was passed by Congress with wide support.', { cue: 'passed', source: 'Congress' }],
    ['The treaty was signed by all 25 members in Rome last October.', { cue: 'signed', source: 'all 25 members', content: 'The treaty' }],
    ['The bank paid a record penalty imposed by the Consumer Finance Bureau.', { cue: 'imposed', source: 'the Consumer Finance Bureau', content: 'a record penalty' }],
    ['Calls for an inquiry, where the army is fighting, were rejected by the council in 2015.', { cue: 'rejected', source: 'the council', content: 'Calls for an inquiry' }],
    // A clause without "that" whose subject opens with a possessive or is coordinated.
    ['Mr. Walker believes his efforts to cut taxes will be his legacy.', { cue: 'believes', source: 'Mr. Walker', content: 'his efforts to cut taxes will be his legacy' }],
    ['Many voters believe crime and poverty are rising.', { cue: 'believe', source: 'Many voters', content: 'crime and poverty are rising' }],
    // A participle of saying after the message its sender issued: the sender is the source.
    ['Trent posted a series of tweets early Friday saying that his rival had lied.', { cue: 'saying', source: 'Trent', content: 'his rival had lied' }],
    ['Jane Roe spoke to reporters after Don Trent sent a letter criticizing the judge.', { cue: 'criticizing', source: 'Don Trent', content: 'the judge' }],
    // A study as subject with a long modifier before its evidence verb.
    ['In 2013, research conducted by the Institute for Media and Public Policy found voters consistently rated the plan higher.',
      { cue: 'found', source: 'research conducted by the Institute for Media and Public Policy' }],
    // A quantifier and its relative pronoun: the source as written.
    ['The families of victims, many of whom say the claims are unfounded, met on Friday.', { cue: 'say', source: 'many of whom' }],
    // A participle of saying after "despite" takes the clause's subject.
    ['Speaker Ann Cole, R-Ore., despite admitting that she had concerns, backed the bill.', { cue: 'admitting', source: 'Speaker Ann Cole' }],
    // An -ing relative inside the subject.
    ['A union representing flight attendants endorsed the mayor on Thursday.', { cue: 'endorsed', source: 'A union representing flight attendants' }],
    // "as X put it": a phrase of saying, trailing after a quote or opening the sentence.
    ['The main test is a "lawful source of income," as one agency memo put it.', { cue: 'put it', source: 'one agency memo', content: 'The main test is a "lawful source of income,"' }],
    ['As Ms. Lee put it in a statement in July, the network gives another view.', { cue: 'put it', source: 'Ms. Lee' }],
    ['He put it bluntly: "We lost."', { cue: 'put it', source: 'He' }],
    // A participle after a relative clause's cue goes back to the main clause's subject.
    ['Trent was defensive about not paying an architect who said he was stiffed, saying, "Maybe he did a bad job."', { cue: 'saying', source: 'Trent' }],
    // Two appositions between a name and its verb; an -ing form inside an apposition is no finite verb.
    ['"The rule is an overreach," Ann Cole, the attorney general of Ohio, one of the states suing the agency, said at an event.', { cue: 'said', source: 'Ann Cole' }],
    ['At a press conference in Chelsea, the mayor also said that the blast was not a bomb.', { cue: 'said', source: 'the mayor' }],
    ['Still, The Daily Times reported at the time that the editor quit.', { cue: 'reported', source: 'The Daily Times' }],
    // Two modifiers before a source noun.
    ['They met to discuss the test, which state news media claimed now allows the army to build bombs.', { cue: 'claimed', source: 'state news media' }],
    // An -ing form after a name is a participle even when the tagger reads a gerund.
    ['The spot ends with footage of Trent saying during the debate, "That makes me smart."', { cue: 'saying', source: 'Trent' }],
    // Sending a message: the verb and the message are the cue.
    ['He released a letter from his doctor on Friday that says he is healthy.', { cue: 'released a letter', source: 'He' }],
    ['Recently, however, the alliance issued a policy paper welcoming the plans.', { cue: 'issued a policy paper', source: 'the alliance', content: 'welcoming the plans' }],
    ['France and Germany unveiled a proposal for closer military ties.', { cue: 'unveiled a proposal', source: 'France and Germany' }],
    ['The mayors sent a letter to the governor urging her to act.', { cue: 'sent a letter', source: 'The mayors' }],
    // A vote with its infinitive, a day between; a coordinated phrase cue keeps the subject.
    ['A House panel voted Thursday to hold the aide in contempt.', { cue: 'voted', source: 'A House panel', content: 'to hold the aide in contempt' }],
    ['He arrived in 1993 and promptly voted against the bill.', { cue: 'voted against', source: 'He' }],
    // Participles of speech verbs.
    ['The governor is also encouraging his supporters to vote early.', { cue: 'encouraging', source: 'The governor', content: 'his supporters to vote early' }],
    ['She started off by emphasizing economic fairness.', { cue: 'emphasizing', source: 'She' }],
    ['Protesters marching through the streets chanted "No curfew!" and kept going.', { cue: 'chanted', source: 'Protesters marching through the streets' }],
    // A relative clause whose clause-only verb takes a quote a few words on.
    ["Guests included Stevie Ray, who joked of the museum, ''I haven't seen it yet, but I'm going to.''", { cue: 'joked', source: 'Stevie Ray, who', content: "''I haven't seen it yet, but I'm going to.''" }],
    // A quantifier opening its clause is the subject of the cue after it.
    ['But some note that the mayor has done little.', { cue: 'note', source: 'some', content: 'the mayor has done little' }],
    ['To varying degrees, all agreed that the plan would raise taxes.', { cue: 'agreed', source: 'all', content: 'the plan would raise taxes' }],
    // "according to X" closing the sentence after a dash.
    ['Half of his advice is wrong — or flatly false — according to a leading medical journal.', { cue: 'according to', source: 'a leading medical journal', content: 'Half of his advice is wrong — or flatly false' }],
    // "declined" as a refusal.
    ['She declined the invitation.', { cue: 'declined', source: 'She', content: 'the invitation' }],
    // A surname that is also an -s verb opens the sentence as its subject before a finite cue ("Keeps saying" is the negative).
    ['Marks said the plan failed.', { cue: 'said', source: 'Marks', content: 'the plan failed' }],
    ['Banks, who is 56, said the plan failed.', { cue: 'said', source: 'Banks', content: 'the plan failed' }],
  ];
  for (const [text, want] of cases) {
    it(`reads ${want.cue} ← ${want.source}: ${text.slice(0, 50)}`, () => {
      const got = read(text).find((a) => a.cue === want.cue);
      expect(got?.source).toBe(want.source);
      if (want.content !== undefined) expect(got?.content).toBe(want.content);
    });
  }

  it('reads a plural noun before the reporting verb as its subject, not as a cue ("which advocates say")', () => {
    expect(read('They protested the funding system, which advocates say hurts poor schools.').map((a) => a.cue)).not.toContain('advocates');
  });

  it('takes no subject after "in which" or "during which" as the object of the verb', () => {
    const got = read('The ad cites four cases in which the senator defended violent men.');
    expect(got.map((a) => a.source)).not.toContain('the senator');
  });

  it('reads no cue under a modal in a subordinate clause or with a subject that is no speaker', () => {
    expect(read('She said that he would discuss the plan in a few weeks.').map((a) => a.cue)).toEqual(['said']);
    expect(read('The tax fell because it would encourage buyers to wait.')).toEqual([]);
    expect(read('Prices rose after the council could not explain the fees.')).toEqual([]);
  });

  it('reads an infinitive after a cue as its content, not as a trailing frame', () => {
    const got = read('Back in Ohio, Mr. Clarke said, he decided to take aim at the mine.');
    expect(got.find((a) => a.cue === 'decided')?.rule).not.toBe('attributions/x-said-trailing');
    expect(got.find((a) => a.cue === 'said')?.source).toBe('Mr. Clarke');
  });

  it('ends no source on "either" ("research either did not support …")', () => {
    const got = read('A study found that medical research either did not support or flatly contradicted the claims.');
    expect(got.map((a) => a.source)).not.toContain('medical research either');
    expect(got.find((a) => a.cue === 'found')?.source).toBe('A study');
  });

  it('reads a block of speech without quote marks after "X added:" ending its line', () => {
    const got = read('Police said the fire was out. The governor added:\n\nIt is typical of her. She knows nothing.');
    expect(got.map((a) => [a.cue, a.source, a.content])).toContainEqual(['added', 'The governor', 'It is typical of her.']);
  });

  const none: [string, string][] = [
    ['The trade deficit has declined slightly from 8 percent to 5 percent.', '"declined" as a fall'],
    ['Sales declined 4 percent in May.', '"declined" with an amount'],
    ['They replaced it with softer language calling for "appropriate assistance."', 'a participle after "with" whose subject is no speaker'],
    ['The list of items:\n\nApples and pears.', 'a colon with no cue'],
    ['OSLO - The talks ended without a deal.', 'a dateline and no cue'],
    ['Stung by the criticism, the mayor revised his budget.', 'an opening participle and no cue'],
    ["Editor's note: The mayor is a donor to this paper.", 'an editorial label'],
    ['The explosion was caused by a bomb.', 'a passive with an agent but no decision'],
    ['The square was divided by a fence.', 'a passive with an agent but no decision'],
    ['Bystanders struck by the car were taken to hospital.', 'a reduced passive of a physical act'],
    ['He found his keys and was relieved.', '"and" before a verb joins two predicates, no clause'],
    ['He read a letter saying goodbye.', 'a participle with a plain object after a message noun'],
    ['He owns three cars, all of which run on gas.', 'a quantifier and "which" with no cue'],
    ['She put it on the table.', '"put it" as placing a thing'],
    ['He is overweight according to his body mass index.', '"according to" a measure, no comma or dash'],
    ['The firm released its earnings on Friday.', 'a verb of sending without a message'],
    ['City police released video on Monday of the shooting.', 'a bare noun after a verb of sending is material'],
    ['The senator, who joked about the weather, left early.', 'a relative clause-only verb with no clause or quote'],
    ['Voters voted in large numbers.', '"voted" without an infinitive'],
    ['Some claims that he made were false.', 'a plural quantifier with an -s form: a noun'],
    ['The real Trent showed up at the debate.', '"showed up": a phrasal verb'],
    ['Keeps saying she opposed the war.', 'a verb opening the sentence is no subject'],
    ["The footage of a wife of 20 years pleading for her husband's life was shown.", 'a bare -ing form after a noun is a reduced relative'],
    ['She posted a photo of her dog.', 'a verb of sending without a message'],
    ['There is little in his plan that matches his rhetoric.', '"that" and a verb: a relative clause'],
    ["She has no illusions about the general's threat to Eastern Europe.", '"threat to" and a noun: no infinitive'],
    ["It's worth noting that the plan was never funded.", 'the subject of "worth"'],
    ["Do you know where your candidate's tax returns are?", 'a question'],
    ['The treaty obligates countries to offer protection to refugees.', 'a source ending in "to"'],
    ['Two questions: Why would he run? And will she come?', 'a label that only counts'],
    ['A ban on smoking will be introduced by the spring.', 'a time after "by" is no agent'],
    ['If I told my mother to do it, she would think I was joking.', 'a modal cue after "if" is a hypothesis'],
    ['The new rules were adopted by the end of May.', 'a time after "by" is no agent'],
  ];
  for (const [text, why] of none) {
    it(`finds no attribution in: ${text.replace(/\n/g, ' ')} (${why})`, () => {
      expect(read(text)).toEqual([]);
    });
  }
});
