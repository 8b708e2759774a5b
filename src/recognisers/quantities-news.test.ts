/**
 * Claim patterns of real news copy found by the hand-written fixtures: revisions ("rose from 12 to 19",
 * "up from 17"), long toll subjects, "remain missing", multi-word displacement, "lost five fighters",
 * measure words ("400 head of cattle"), vague plurals as lower bounds. Every positive has negative neighbours.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise.js';
import { segment } from '../segment.js';
import { recogniseQuantities } from './quantities.js';

const claims = (text: string) => {
  const n = normalise(text);
  const doc = segment(text, n.text, n.furniture);
  return recogniseQuantities(doc).map((c) => ({
    text: text.slice(c.range.start, c.range.end),
    value: c.value,
    qualifier: c.qualifier,
    ...(c.min !== undefined ? { min: c.min } : {}),
    ...(c.max !== undefined ? { max: c.max } : {}),
    category: c.category,
    counted: c.counted,
    ...(c.countedOwner ? { owner: text.slice(c.countedOwner.start, c.countedOwner.end) } : {}),
    ...(c.event ? { event: c.event } : {}),
    rule: c.rule,
  }));
};

describe('revisions: two figures, not a range', () => {
  it.each([
    ['The death toll from the landslide rose from 12 to 19 on Friday.', [
      { text: '12', value: 12, qualifier: 'exact', event: 'killed', category: 'casualty' },
      { text: '19', value: 19, qualifier: 'exact', event: 'killed', category: 'casualty', rule: 'quantities/revision' },
    ]],
    ['The number of dead was revised sharply from 40 to 38.', [
      { text: '40', value: 40, qualifier: 'exact', event: 'died' },
      { text: '38', value: 38, qualifier: 'exact', event: 'died' },
    ]],
    ['The ministry raised its death toll to 23 on Thursday, up from 17 on Tuesday.', [
      { text: '23', value: 23, event: 'killed' },
      { text: '17', value: 17, event: 'killed', rule: 'quantities/revision' },
    ]],
    ['The number of people killed fell from 30 to 28 after a recount.', [
      { text: '30', value: 30, event: 'killed' },
      { text: '28', value: 28, event: 'killed' },
    ]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toMatchObject(expected);
  });

  it.each([
    // negative neighbours: "from X to Y" without a change verb stays a range
    ['Anywhere from 200 to 300 people attended the rally.', { text: 'from 200 to 300', qualifier: 'range', min: 200, max: 300 }],
    ['Between 20 and 30 people remain missing.', { text: 'Between 20 and 30', qualifier: 'range', min: 20, max: 30, event: 'missing', category: 'casualty' }],
  ])('a range stays a range: %s', (text, expected) => {
    expect(claims(text)).toMatchObject([expected]);
  });

  it('a revision of something that is not a toll is not a casualty', () => {
    expect(claims('Ticket prices rose from 12 to 19 euros.').every((c) => c.category !== 'casualty')).toBe(true);
    expect(claims('Turnout was up from 17 percent.').every((c) => c.category !== 'casualty')).toBe(true);
  });
});

describe('tolls with a long subject or a counted phrase', () => {
  it.each([
    ["The death toll from flash floods in the country's north-east rose to 40.", { text: '40', event: 'killed', rule: 'quantities/toll' }],
    ['The toll in the three worst-hit districts, officials said, stood at 31.', undefined],
    ['The department put the number of dead at 12.', { text: '12', event: 'died', category: 'casualty' }],
    ['The agency put the number of displaced families at more than 2,500.', { text: 'more than 2,500', qualifier: 'more_than', counted: 'displaced families', event: 'displaced', category: 'displacement' }],
    ['the agency put the number of displaced families at more than 2,500.', { text: 'more than 2,500', counted: 'displaced families', category: 'displacement' }],
  ])('%s', (text, expected) => {
    const c = claims(text).find((x) => x.category !== 'count');
    if (expected) expect(c).toMatchObject(expected);
    else expect(c).toBeUndefined();
  });

  it.each([
    // negative neighbours: a toll word far back behind a clause boundary, or no verb at all
    'The toll road, the minister said, rose to 40 metres above the valley.',
    'Ticket prices in the capital rose to 40 this year.',
    'The number of applications rose to 40.',
  ])('no casualty toll: %s', (text) => {
    expect(claims(text).filter((c) => c.category === 'casualty')).toEqual([]);
  });
});

describe('missing, displacement and losses said in several words', () => {
  it.each([
    ['Six people were still missing on Friday.', { value: 6, counted: 'people', event: 'missing', category: 'casualty' }],
    ['the agency said 6 people were still missing in the province.', { value: 6, event: 'missing', category: 'casualty' }],
    ['Twenty fishermen remain missing.', { value: 20, event: 'missing' }],
    ['About 9,000 were forced from their homes.', { text: 'About 9,000', qualifier: 'approximate', event: 'displaced', category: 'displacement' }],
    ['ABOUT 9,000 PEOPLE WERE DRIVEN FROM THEIR HOMES.', { value: 9000, event: 'displaced', category: 'displacement' }],
    ['The fighting forced about 3,000 villagers to flee.', { value: 3000, counted: 'villagers', event: 'fled', category: 'displacement' }],
    ['The rebels said they had lost five fighters.', { value: 5, counted: 'fighters', event: 'killed', category: 'casualty' }],
    ['Five soldiers lost their lives.', { value: 5, event: 'killed', category: 'casualty' }],
  ])('%s', (text, expected) => {
    expect(claims(text)[0]).toMatchObject(expected);
  });

  it.each([
    'Five people lost their jobs.',
    'The party lost five seats.',
    'The team lost 3 matches in a row.',
    'Six people were still waiting for news.',
    'Twenty people remain in hospital.',
    'Police forced 12 doors open.',
  ])('not a casualty or displacement: %s', (text) => {
    expect(claims(text).filter((c) => c.category === 'casualty' || c.category === 'displacement')).toEqual([]);
  });
});

describe('counts: measure words, people counted as customers, vague plurals', () => {
  it.each([
    ['The raiders escaped with about 400 head of cattle.', { text: 'about 400', qualifier: 'approximate', counted: 'head of cattle', category: 'count' }],
    ['WITH ABOUT 400 HEAD OF CATTLE', { text: 'ABOUT 400', category: 'count' }],
    ['Power was still out for roughly 6,000 customers.', { text: 'roughly 6,000', counted: 'customers', category: 'count' }],
    ['The red cross sent 12 rescue teams.', { text: '12', counted: 'rescue teams', category: 'count' }],
    ['Dozens of fishing boats were swept away.', { text: 'Dozens', qualifier: 'at_least', min: 24, counted: 'fishing boats', category: 'count' }],
    ['Hundreds of thousands of people marched.', { qualifier: 'at_least', min: 200_000, category: 'count' }],
  ])('%s', (text, expected) => {
    expect(claims(text)[0]).toMatchObject(expected);
  });

  it.each([
    'He was hit on the head 3 times.',
    'The band played 12 songs.',
    'She ran 400 metres head to head with the champion.',
  ])('no count claim: %s', (text) => {
    expect(claims(text).filter((c) => c.category === 'count')).toEqual([]);
  });

  it('a vague plural has no upper bound and is not "approximate"', () => {
    const c = claims('Scores of protesters were arrested.')[0];
    expect(c).toMatchObject({ qualifier: 'at_least', min: 40, event: 'arrested' });
    expect(c?.max).toBeUndefined();
  });
});

describe('the owner of what is lost: the subject of "suffer", "lose", "sustain"', () => {
  it.each([
    ['The Taliban also acknowledged suffering nine casualties.', 'Taliban'],
    ['The group said it had lost five fighters.', 'it'],
    ["Pakistan's army suffered 23 casualties, officials said.", "Pakistan's army"],
    ['THE REBELS ADMITTED LOSING 40 FIGHTERS.', 'REBELS'],
    ['The militia has reportedly sustained another 12 casualties.', 'militia'],
  ])('%s → %s', (text, owner) => {
    expect(claims(text)[0]).toMatchObject({ owner });
  });

  it.each([
    'The rebels, who suffered 12 casualties, withdrew.',
    'Villagers said 12 people were killed.',
    'The Taliban said the attack killed nine soldiers.',
    'Nine casualties were reported.',
  ])('no subject owner: %s', (text) => {
    expect(claims(text)[0]?.owner).toBeUndefined();
  });
});

describe('shares and named lists', () => {
  it.each([
    ['Half of the residents were evacuated.', { text: 'Half', value: 50, unit: undefined, category: 'percent', counted: 'residents', event: 'evacuated' }],
    ['About half the residents were displaced.', { text: 'About half', value: 50, qualifier: 'approximate', counted: 'residents', event: 'displaced' }],
    ['Two thirds of its soldiers deserted.', { text: 'Two thirds', value: 66.67, counted: 'soldiers', owner: 'its', category: 'percent' }],
    ['NEARLY HALF OF THE VILLAGERS HAVE FLED.', { text: 'NEARLY HALF', value: 50, category: 'percent', event: 'fled' }],
  ])('%s', (text, expected) => {
    const { unit: _u, ...rest } = expected as Record<string, unknown>;
    expect(claims(text)[0]).toMatchObject(rest);
  });

  it.each([
    ['Half of the 40 victims were children.', '40'],
    ['The other half said no.', undefined],
    ['He waited half an hour.', undefined],
    ['Half the time he slept.', undefined],
    ['Half of it was lost.', undefined],
    ["If I'm half the person you are, I'll be happy.", undefined],
    ['Executives from Fortune 500 companies attended.', undefined],
    ['Shares in FTSE 100 firms fell.', undefined],
    ['Five Formula 1 teams protested.', undefined],
  ])('no share claim: %s', (text, only) => {
    expect(claims(text).map((c) => c.text)).toEqual(only ? [only] : []);
  });

  it('a figure after an ordinary capitalised word is still a figure', () => {
    expect(claims('In Gaza 40 people were killed.')[0]).toMatchObject({ value: 40, event: 'killed' });
  });
});

describe('people as a market are counted, never victims', () => {
  it.each([
    ['AOL lost 464,000 subscribers in the quarter.', { value: 464000, counted: 'subscribers', category: 'count' }],
    ['The service now has 28 million users.', { value: 28_000_000, counted: 'users', category: 'count' }],
  ])('%s', (text, expected) => {
    const c = claims(text)[0];
    expect(c).toMatchObject(expected);
    expect(c?.event).toBeUndefined();
  });
});

describe('long post-modifiers between the people counted and the verb', () => {
  it.each([
    ['At least 40 people in the remote mountain district of Kunar were killed on Sunday.', { text: 'At least 40', counted: 'people', event: 'killed' }],
    ['Five members of a family from the northern town of Kasur were killed.', { value: 5, counted: 'members', event: 'killed' }],
    ['Four people who had gathered outside the mosque for evening prayers were killed.', { value: 4, event: 'killed' }],
    ['TWELVE VILLAGERS IN THE HILLS EAST OF THE TOWN WERE REPORTED MISSING.', { value: 12, event: 'missing' }],
  ])('%s', (text, expected) => {
    expect(claims(text)[0]).toMatchObject(expected);
  });

  it.each([
    'Twenty people in the town said they were wounded.',
    'Ten people from the village where soldiers were killed protested.',
    'Six workers at the plant that was destroyed were rescued.',
    'Thirty homes in the valley of the river were destroyed.',
    'Eight people, the police said, were questioned.',
  ])('no event for the counted people: %s', (text) => {
    expect(claims(text).filter((c) => c.category === 'casualty')).toEqual([]);
  });
});

describe('the old figure of a revision counts what the new one counts', () => {
  it('grew from 200 to 300 units', () => {
    expect(claims('Sales grew from 200 to 300 units.')).toMatchObject([
      { text: '200', counted: 'units', category: 'count' },
      { text: '300', counted: 'units', category: 'count' },
    ]);
  });
  it('a figure that counts nothing stays out', () => {
    expect(claims('The index rose from 200 to 300.')).toEqual([]);
  });
});
