import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise.js';
import { segment } from '../segment.js';
import { recogniseActors } from './actors.js';

const docOf = (text: string) => { const n = normalise(text); return segment(text, n.text, n.furniture); };
const actors = (text: string) =>
  recogniseActors(docOf(text)).map((a) => ({
    text: text.slice(a.mentions[0]!.start, a.mentions[0]!.end), name: a.name, kind: a.kind,
    role: a.role, affiliation: a.affiliation?.name, countryCode: a.countryCode, aliases: a.aliases,
  }));
const find = (text: string, mention: string) => actors(text).find((a) => a.text === mention);

describe('recogniseActors: kinds', () => {
  it.each([
    ['Pakistan rejected the figure on Sunday.', 'Pakistan', 'government', 'PK'],
    ['Pakistan, however, said the toll was lower.', 'Pakistan', 'government', 'PK'],
    ["India's army said two soldiers died.", "India's army", 'military', 'IN'],
    ['Afghan forces inflicted heavy losses.', 'Afghan forces', 'military', 'AF'],
    ['Iraqi authorities described the attack as terrorism.', 'Iraqi authorities', 'government', 'IQ'],
    ['Reuters reported the figure.', 'Reuters', 'media', undefined],
    ['Hezbollah fired rockets overnight.', 'Hezbollah', 'armed_group', 'LB'],
    ['Police said 12 gunmen were arrested.', 'gunmen', 'armed_group', undefined],
    ['The Taliban claimed 58 soldiers died.', 'soldiers', 'military', undefined],
    ['The United Nations called for calm.', 'United Nations', 'organization', undefined],
    ['Officials at the Ministry of Interior declined to comment.', 'Ministry of Interior', 'government', undefined],
    ['A spokesman for the Department of Disaster Management said the toll rose.', 'Department of Disaster Management', 'government', undefined],
    ['The International Federation of Red Cross and Red Crescent Societies appealed for funds.', 'International Federation of Red Cross and Red Crescent Societies', 'organization', undefined],
    ['The Lagos State Fire and Rescue Service said nine people died.', 'Lagos State Fire and Rescue Service', 'government', undefined],
    ['The Kenya National Commission on Human Rights raised its toll.', 'Kenya National Commission on Human Rights', 'organization', undefined],
    ['The Sindh Police said the raid was lawful.', 'Sindh Police', 'government', undefined],
    ['The Myanmar National Democratic Alliance Army (MNDAA) dismissed the figure.', 'Myanmar National Democratic Alliance Army', 'armed_group', undefined],
    ['The Pakistan Army said two soldiers died.', 'Pakistan Army', 'military', undefined],
    ['The National Emergency Management Agency said 12 died.', 'National Emergency Management Agency', 'government', undefined],
    ['The International Atomic Energy Agency said inspectors left.', 'International Atomic Energy Agency', 'organization', undefined],
    ["Myanmar's military government said its troops killed 40 fighters.", "Myanmar's military government", 'government', 'MM'],
  ])('%s → "%s" is %s', (text, mention, kind, code) => {
    const a = find(text, mention);
    expect(a?.kind).toBe(kind);
    expect(a?.countryCode).toBe(code);
  });

  it.each([
    ['Fighting near Pakistan continued.', 'Pakistan'],
    ['The envoy travelled to Pakistan and India.', 'Pakistan'],
    ['Route 58 was closed.', 'Route'],
    ['Admin', 'Admin'],
    ['He said the talks would resume.', 'He'],
    ['The World Cup final was delayed.', 'World Cup'],
    ['Families of soldiers gathered outside.', 'soldiers'],
    ['Its forces carried out the strikes.', 'forces'],
    ['Pakistan and Afghanistan traded fire.', 'Pakistan and Afghanistan'],
    ['The Commission met Pakistan on Monday.', 'Commission on Monday'],
  ])('%s → no actor "%s"', (text, mention) => {
    expect(find(text, mention)).toBeUndefined();
  });

  it('the government of a country: "The Taliban\'s government in Afghanistan"', () => {
    const a = find("The Taliban's government in Afghanistan has claimed a victory.", 'Taliban')!;
    expect(a).toMatchObject({ kind: 'government', countryCode: 'AF' });
    expect(find("The Taliban's government in Afghanistan has claimed a victory.", 'Afghanistan')).toBeUndefined();
  });

  it('a ministry of an actor: "the Taliban\'s defense ministry", affiliated to it', () => {
    expect(find("According to the Taliban's defense ministry, the raids succeeded.", "Taliban's defense ministry")).toMatchObject({ kind: 'government', affiliation: 'Taliban' });
  });

  it('"Long Name (ACR)" is one armed group with the acronym as alias', () => {
    const text = 'Officials blamed the Jamaat Ul Ahrar Front (JAF) for the bombing.';
    const a = find(text, 'Jamaat Ul Ahrar Front')!;
    expect(a.kind).toBe('armed_group');
    expect(a.aliases).toContain('JAF');
  });

  it('a known group keeps its canonical name and alias: "Tehreek-e-Taliban Pakistan (TTP)"', () => {
    const a = find('They sheltered the Tehreek-e-Taliban Pakistan (TTP) for years.', 'Tehreek-e-Taliban Pakistan')!;
    expect(a).toMatchObject({ kind: 'armed_group', countryCode: 'PK' });
    expect(a.aliases).toContain('TTP');
  });
});

describe('recogniseActors: people, roles and affiliations', () => {
  it.each([
    ['Taliban spokesman Nasrat Hamidi asserted that posts were overrun.', 'Nasrat Hamidi', 'spokesman', 'Taliban'],
    ['Hamas spokesman Abu Obeida said the fighters withdrew.', 'Abu Obeida', 'spokesman', 'Hamas'],
    ['Foreign Minister Ishaq Dar told reporters the border would reopen.', 'Ishaq Dar', 'foreign minister', undefined],
    ['Karim Dadbeh, a spokesman for the Taliban, denied the report.', 'Karim Dadbeh', 'spokesman', 'Taliban'],
    ['Mr Sharif left for Beijing.', 'Sharif', undefined, undefined],
    ['General Asim Munir visited the troops.', 'Asim Munir', 'general', undefined],
  ])('%s → person "%s", role %s, affiliation %s', (text, mention, role, affiliation) => {
    const a = find(text, mention)!;
    expect(a.kind).toBe('person');
    expect(a.role).toBe(role);
    expect(a.affiliation).toBe(affiliation);
  });

  it.each([
    ['Gamers queued for San Andreas overnight.', 'San Andreas'],
    ['Sales of the Nintendo DS rose.', 'Nintendo DS'],
    ['Human Rights groups protested.', 'Human Rights'],
    ['Nasrat Hamidi met Karim Dadbeh.', 'Karim Dadbeh'],
  ])('%s → "%s" is a person only when it looks like one', (text, mention) => {
    expect(find(text, mention)?.kind === 'person').toBe(mention === 'Karim Dadbeh');
  });

  it('a rank word that starts a company name stays in it: "General Motors"', () => {
    expect(find('Shares in General Motors fell.', 'General Motors')?.kind).toBe('organization');
    expect(find('Shares in General Motors fell.', 'Motors')).toBeUndefined();
  });

  it('keeps punctuation out of names', () => {
    const names = actors('Nasrat Hamidi, who spoke to reporters, said "enough." Later, Hamidi added more.').map((a) => a.text);
    expect(names).toContain('Nasrat Hamidi');
    expect(names.every((n) => !/[,."]$/.test(n))).toBe(true);
  });
});

describe('recogniseActors: case', () => {
  it.each([
    ['TALIBAN FIGHTERS ATTACKED A POST NEAR THE BORDER.', 'TALIBAN', 'armed_group'],
    ['the taliban said the raid was a success.', 'taliban', 'armed_group'],
    ['pakistan rejected the claim.', 'pakistan', 'government'],
  ])('lexicon names survive lost capitals: %s', (text, mention, kind) => {
    expect(find(text, mention)?.kind).toBe(kind);
  });
  it('does not invent names from ALL CAPS words', () => {
    expect(actors('THE ARMY SAID THREE SOLDIERS WERE WOUNDED IN THE ATTACK.').filter((a) => a.kind === 'person')).toEqual([]);
  });
  it('survives empty and junk input', () => {
    expect(actors('')).toEqual([]);
    expect(() => actors('(((( ))))) \u0000 <b>x</b> ' + 'A '.repeat(5000))).not.toThrow();
  });
});

describe('recogniseActors: known misses', () => {
  it.fails('a name whose words compromise lists as nouns ("Wang") is not typed as a person', () => {
    expect(find('Nasrat Hamidi met Wang Yi.', 'Wang Yi')?.kind).toBe('person');
  });
  it.fails('a lone unknown surname with no speech verb stays untyped (kind other)', () => {
    expect(find('The final went to Bernardin in three sets.', 'Bernardin')?.kind).toBe('person');
  });
  it('a company named by one unknown word after "shares in" is an organisation', () => {
    expect(find('Shares in Pirelli rose 3 percent.', 'Pirelli')?.kind).toBe('organization');
  });
});

describe('recogniseActors: organisation cues beside unknown names', () => {
  it.each([
    ['Italian tyre giant Pirelli announced the move.', 'Pirelli'],
    ['It was his second win for the Brewers.', 'Brewers'],
    ["The move marks a shift by Pirelli's cables division.", 'Pirelli'],
    ['Cofinec shares fell 3 percent.', 'Cofinec'],
    ['Before the match Deportivo chairman Augusto Lendoiro said he would appeal.', 'Deportivo'],
    ['Investors bought shares in Cofinec on Friday.', 'Cofinec'],
    ['Cofinec CEO Stephen Frater told reporters the plan was on track.', 'Cofinec'],
    ['Hungarian results on Friday:\nObilic 2 Zeleznik (B) 0', 'Obilic'],
  ])('%s → "%s" is an organisation', (text, mention) => {
    expect(find(text, mention)?.kind).toBe('organization');
  });

  it.each([
    ['Sprinter Gwen Torrence beat her rival Merlene Ottey in 10.89.', 'Merlene Ottey'],
    ['The report would damage the Clintons.', 'Clintons'],
    ['The advice went to Agriculture Secretary Dan Glickman.', 'Agriculture'],
    ['Lebed said the talks would resume.', 'Lebed'],
  ])('%s → "%s" is no organisation', (text, mention) => {
    expect(find(text, mention)?.kind).not.toBe('organization');
  });
});

describe('recogniseActors: headings need more than capitals to name a person', () => {
  it.each([
    ['What Happened: Clashes Escalate\n\nThe fighting spread on Monday.', 'Clashes Escalate'],
    ['Credibility Gaps\n\nBoth sides have reasons to shade the numbers.', 'Credibility Gaps'],
    ['Fighting spread on Monday.\n\nBoth sides gave figures.\n\nNeither could be checked.\n\nCredibility Gaps\n\nBoth sides have reasons to shade the numbers.', 'Credibility Gaps'],
  ])('%j → no person "%s"', (text, mention) => {
    expect(find(text, mention)).toBeUndefined();
  });
  it.each([
    ['Talks With Wang Donghai\n\nThe envoy met Wang Donghai in Beijing on Monday.', 'Wang Donghai'],
    ['Border talks stall\nAndy Colquhoun\nKABUL 2024-05-02\nThe talks stalled on Monday.', 'Andy Colquhoun'],
    ['Leaders after round two:\n285 Costantino Rocca (Italy) 71 73 72 69', 'Costantino Rocca'],
  ])('%j → person "%s"', (text, mention) => {
    expect(find(text, mention)?.kind).toBe('person');
  });
});
