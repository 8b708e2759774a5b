import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise.js';
import { segment } from '../segment.js';
import { recogniseAttributions } from '../recognisers/attributions.js';
import type { ActorDraft, ClaimDraft, Draft } from '../drafts.js';
import { linkSources } from './sources.js';
import { scopeClaims } from './scope-claims.js';
import { linkTargets } from './targets.js';
import { compareFigures } from './contested.js';

function draftOf(text: string, actors: ActorDraft[] = []): Draft {
  const n = normalise(text);
  const doc = segment(text, n.text, n.furniture);
  return { doc, actors, locations: [], claims: [], attributions: recogniseAttributions(doc), contested: [], dates: [] };
}

const at = (text: string, s: string, from = 0) => {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`not in text: ${s}`);
  return { start, end: start + s.length };
};

function actor(text: string, name: string, kind: ActorDraft['kind'], ...mentions: string[]): ActorDraft {
  return { name, kind, aliases: [], mentions: mentions.map((m) => at(text, m)), rule: 'test' };
}

function claim(text: string, span: string, value: number, extra: Partial<ClaimDraft> = {}): ClaimDraft {
  return { value, qualifier: 'exact', category: 'casualty', counted: 'soldiers', locations: [], range: at(text, span), sentence: 0, rule: 'test', ...extra };
}

const sourceNames = (d: Draft) => d.attributions.map((a) => [d.doc.text.slice(a.cue.start, a.cue.end), a.source?.name]);

describe('linkSources', () => {
  it('creates actors for sources when no actor recogniser ran', () => {
    const text = 'Officials said 12 people died. Reuters reported that the road was closed.';
    const d = draftOf(text);
    linkSources(d);
    expect(sourceNames(d)).toEqual([['said', 'Officials'], ['reported', 'Reuters']]);
    expect(d.actors.map((a) => [a.name, a.kind])).toEqual([['Officials', 'government'], ['Reuters', 'media']]);
  });

  const fullNames: [string, string, string][] = [
    // [text, cue of the attribution to check, expected actor name]
    ["Fans worried about caddie Damon Green's future. \"It was a great run,\" Green said.", 'said', 'Damon Green'],
    ['Chinese Vice-President Wang Qishan spoke in Davos. Wang said the trade talks would go on.', 'said', 'Wang Qishan'],
    // Negative neighbour: no full name written anywhere, the surname stays as written.
    ['"It was a great run," Green said.', 'said', 'Green'],
  ];
  for (const [text, cue, name] of fullNames) {
    it(`resolves a short reference to the full name: ${text.slice(0, 50)}`, () => {
      const d = draftOf(text);
      linkSources(d);
      const a = d.attributions.find((x) => d.doc.text.slice(x.cue.start, x.cue.end) === cue);
      expect(a?.source?.name).toBe(name);
    });
  }

  const orgNames: [string, string][] = [
    ['The toll rose to 19, the Department of Disaster Management said.', 'Department of Disaster Management'],
    ['Missing: at least 41, according to the Law Society of Kenya.', 'Law Society of Kenya'],
    // Negative neighbours: a person's home state and workplace are not part of the name.
    ['Sen. Richard Shelby of Alabama said the talks had failed.', 'Richard Shelby'],
    ['The talks failed, said a spokesman for the ministry.', 'spokesman'],
  ];
  for (const [text, name] of orgNames) {
    it(`keeps a preposition inside a proper name only: ${text.slice(0, 45)}`, () => {
      const d = draftOf(text);
      linkSources(d);
      expect(d.attributions[0]?.source?.name).toBe(name);
    });
  }

  it('resolves "he" to the person last named as a subject, by surname too', () => {
    const text = 'Dr. Robert Strang says the drugs are overused.\n\nDave Martell runs a detox clinic in Lunenburg.\n\nMartell, the addictions doctor, is more blunt about it.\n\nHe says the supply is the problem.';
    const d = draftOf(text);
    linkSources(d);
    expect(sourceNames(d)).toEqual([['says', 'Robert Strang'], ['says', 'Dave Martell']]);
  });

  it('skips a byline when resolving "she"', () => {
    const text = 'Nadia Jamil runs the shelter program in the east end of the city.\n\nLauren Pelley\n\n"Some people are just not interested in being housed," she added.';
    const d = draftOf(text);
    linkSources(d);
    expect(sourceNames(d)).toEqual([['added', 'Nadia Jamil']]);
  });

  it('nests a cited source and a quoted speaker under the outlet', () => {
    const text = 'The Associated Press, citing a rescue worker, said eight civilians died. The newspaper quoted an unnamed general as saying the operation would continue.';
    const d = draftOf(text);
    scopeClaims(d);
    const by = (cue: string) => d.attributions.find((a) => d.doc.text.slice(a.cue.start, a.cue.end) === cue)!;
    expect(by('citing').parent).toBe(by('said'));
    expect(by('as saying').parent).toBe(by('quoted'));
    expect(by('said').parent).toBeUndefined();
  });

  it('links to existing actors without duplicating them', () => {
    const text = 'The Taliban said 58 soldiers were killed. Pakistan rejected the figure.';
    const taliban = actor(text, 'Taliban', 'government', 'Taliban');
    const pakistan = actor(text, 'Pakistan', 'government', 'Pakistan');
    const d = draftOf(text, [taliban, pakistan]);
    linkSources(d);
    expect(d.attributions.map((a) => a.source)).toEqual([taliban, pakistan]);
    expect(d.actors).toHaveLength(2);
  });

  it('gives coordinated cues one actor', () => {
    const text = 'Pakistan, however, rejected the figure and said 23 of its soldiers died.';
    const d = draftOf(text);
    linkSources(d);
    expect(d.attributions).toHaveLength(2);
    expect(d.attributions[0]!.source).toBe(d.attributions[1]!.source);
    expect(d.attributions[0]!.source?.name).toBe('Pakistan');
  });

  it('resolves "he" to the last speaker and "she" past a man', () => {
    const text = 'Jeff Traeger said the vote was fair. "It is a good day," he said. Wendy Golden runs the shop. "We will see," she said.';
    const d = draftOf(text);
    linkSources(d);
    expect(sourceNames(d)).toEqual([['said', 'Jeff Traeger'], ['said', 'Jeff Traeger'], ['said', 'Wendy Golden']]);
  });

  it('gives a bare surname the full name written earlier', () => {
    const text = 'Darian Lonechild is new to advocacy work.\n\nLonechild said she started young.';
    const d = draftOf(text);
    linkSources(d);
    expect(d.attributions[0]!.source?.name).toBe('Darian Lonechild');
    expect(d.attributions[0]!.source?.kind).toBe('person');
  });

  it('reads "X\'s government" as X and "X\'s military" as its own actor affiliated to X', () => {
    const text = "The Taliban's government has claimed that 58 died. Pakistan's military countered these claims.";
    const d = draftOf(text);
    linkSources(d);
    expect(d.attributions[0]!.source?.name).toBe('Taliban');
    const mil = d.attributions[1]!.source!;
    expect(mil.name).toBe("Pakistan's military");
    expect(mil.affiliation?.name).toBe('Pakistan');
  });

  it('takes the name and role from "Taliban spokesman Nasrat Hamidi"', () => {
    const text = 'The Taliban said it won. Taliban spokesman Nasrat Hamidi asserted that posts were overrun.';
    const d = draftOf(text);
    linkSources(d);
    const p = d.attributions[1]!.source!;
    expect([p.name, p.kind, p.role, p.affiliation?.name]).toEqual(['Nasrat Hamidi', 'person', 'spokesman', 'Taliban']);
  });

  it('names "U.S. Secretary of State Mike Pompeo" by the person, with his role', () => {
    const text = 'In an interview, U.S. Secretary of State Mike Pompeo praised China and said talks would go on.';
    const d = draftOf(text);
    linkSources(d);
    expect(d.attributions[0]!.source?.name).toBe('Mike Pompeo');
  });

  it('resolves "the mayor said" to the person written earlier as "Mayor Doug McCallum"', () => {
    const text = 'Mayor Doug McCallum opened the rink. Later the mayor said the city had no debt.';
    const d = draftOf(text);
    linkSources(d);
    expect(d.attributions[0]!.source?.name).toBe('Doug McCallum');
    expect(d.attributions[0]!.source?.role).toBe('mayor');
  });

  it('resolves "the ministry said" to the nearest government actor', () => {
    const text = 'The Interior Ministry closed the road. The ministry said 4 people died.';
    const ministry = actor(text, 'Interior Ministry', 'government', 'Interior Ministry');
    const d = draftOf(text, [ministry]);
    linkSources(d);
    expect(d.attributions[0]!.source).toBe(ministry);
  });

  it('leaves hedges without a source', () => {
    const d = draftOf('The village was reportedly shelled.');
    linkSources(d);
    expect(d.attributions[0]!.source).toBeUndefined();
    expect(d.actors).toEqual([]);
  });
});

describe('scopeClaims', () => {
  it('gives a claim the innermost attribution around it and nests attributions', () => {
    const text = 'Reuters reported that officials said 12 people died.';
    const d = draftOf(text);
    const c = claim(text, '12 people', 12);
    d.claims.push(c);
    linkSources(d);
    scopeClaims(d);
    const [outer, inner] = d.attributions;
    expect(c.attribution).toBe(inner);
    expect(c.source?.name).toBe('officials');
    expect(inner!.parent).toBe(outer);
    expect(outer!.parent).toBeUndefined();
    expect(inner!.claims).toEqual([c]);
  });

  it('scopes the claims of a label-colon line to its label', () => {
    const text = 'Figures:\n\n* Taliban claim: 58 Pakistani soldiers killed\n* Taliban own losses: 9 killed\n';
    const d = draftOf(text);
    const c58 = claim(text, '58 Pakistani soldiers', 58);
    const c9 = claim(text, '9 killed', 9);
    d.claims.push(c58, c9);
    linkSources(d);
    scopeClaims(d);
    expect(c58.source?.name).toBe('Taliban');
    expect(c9.attribution).toBeUndefined();
  });

  it('leaves claims outside any content alone', () => {
    const text = 'Twelve people died. Officials said the road was closed.';
    const d = draftOf(text);
    const c = claim(text, 'Twelve people', 12);
    d.claims.push(c);
    linkSources(d);
    scopeClaims(d);
    expect(c.attribution).toBeUndefined();
  });
});

const REF = 'The Taliban has claimed that its forces killed as many as 58 Pakistani soldiers. Pakistan, however, rejected the figure and said 23 of its soldiers died. The Taliban also acknowledged suffering nine casualties.';

function reference() {
  const d = draftOf(REF);
  const taliban = d.actors; // filled by linkSources
  void taliban;
  linkSources(d);
  const pakistan = d.actors.find((a) => a.name === 'Pakistan')!;
  const tal = d.actors.find((a) => a.name === 'Taliban')!;
  const c58 = claim(REF, 'as many as 58 Pakistani soldiers', 58, { qualifier: 'up_to', max: 58, counted: 'Pakistani soldiers', countedActor: pakistan, event: 'killed' });
  const c23 = claim(REF, '23 of its soldiers', 23, { counted: 'soldiers', countedActor: pakistan, event: 'died' });
  const c9 = claim(REF, 'nine casualties', 9, { counted: 'casualties', countedActor: tal, event: 'casualties' });
  d.claims.push(c58, c23, c9);
  scopeClaims(d);
  return { d, c58, c23, c9, pakistan, tal };
}

describe('linkTargets', () => {
  it('aims "rejected the figure" at the earlier claim of the other side', () => {
    const { d, c58 } = reference();
    linkTargets(d);
    const rejected = d.attributions.find((a) => REF.slice(a.cue.start, a.cue.end) === 'rejected')!;
    expect(rejected.target).toBe(c58);
    // "acknowledged suffering nine casualties" states its own figure: no target.
    const ack = d.attributions.find((a) => REF.slice(a.cue.start, a.cue.end) === 'acknowledged')!;
    expect(ack.target).toBeUndefined();
  });

  it('picks the higher figure for "disputed the higher casualty figures"', () => {
    const text = 'Rebels said 80 soldiers died. Medics said 12 soldiers died. The army disputed the higher casualty figures.';
    const d = draftOf(text);
    linkSources(d);
    const c80 = claim(text, '80 soldiers', 80, { event: 'died' });
    const c12 = claim(text, '12 soldiers', 12, { event: 'died' });
    d.claims.push(c80, c12);
    scopeClaims(d);
    linkTargets(d);
    expect(d.attributions[2]!.target).toBe(c80);
  });

  const owners: [string, string][] = [
    // The owner in the object names whose figure is answered, not the nearest one.
    ['The army said 40 fighters were killed. Medics said 8 civilians died. The rebels dismissed the army\'s figure.', '40 fighters'],
    // Negative neighbour: without an owner the nearest figure of another source is answered.
    ['The army said 40 fighters were killed. Medics said 8 civilians died. The rebels dismissed the figure.', '8 civilians'],
  ];
  for (const [text, want] of owners) {
    it(`aims a response at the owner's figure: ${text.slice(-32)}`, () => {
      const d = draftOf(text);
      linkSources(d);
      const c40 = claim(text, '40 fighters', 40, { event: 'killed' });
      const c8 = claim(text, '8 civilians', 8, { event: 'died' });
      d.claims.push(c40, c8);
      scopeClaims(d);
      linkTargets(d);
      const dismissed = d.attributions.find((a) => text.slice(a.cue.start, a.cue.end) === 'dismissed');
      expect(dismissed?.target).toBe(want === '40 fighters' ? c40 : c8);
    });
  }

  it('gives no target to a plain denial with nothing before it', () => {
    const text = 'The army denied the report.';
    const d = draftOf(text);
    linkSources(d);
    scopeClaims(d);
    linkTargets(d);
    expect(d.attributions[0]!.target).toBeUndefined();
  });
});

describe('compareFigures', () => {
  it('finds exactly one contested figure on the reference pattern: 58 vs 23, not the 9', () => {
    const { d, c58, c23 } = reference();
    compareFigures(d);
    expect(d.contested).toHaveLength(1);
    expect(d.contested[0]!.kind).toBe('contested');
    expect(d.contested[0]!.claims).toEqual([c58, c23]);
    expect(d.contested[0]!.about).toBe('Pakistani soldiers killed');
  });

  it('treats a repeat as the same claim, not a second opinion', () => {
    const { d, c58 } = reference();
    const text = REF;
    const again = claim(text, '58 Pakistani soldiers', 58, { counted: 'Pakistani soldiers', event: 'killed', repeatOf: c58, source: c58.source! });
    d.claims.push(again);
    compareFigures(d);
    expect(d.contested).toHaveLength(1);
    expect(d.contested[0]!.claims).not.toContain(again);
  });

  it('marks a changed figure from the same source as a revision', () => {
    const text = 'Police said 10 people died. Later, police said 14 people died.';
    const d = draftOf(text);
    linkSources(d);
    d.claims.push(claim(text, '10 people', 10, { counted: 'people', event: 'died' }), claim(text, '14 people', 14, { counted: 'people', event: 'died' }));
    scopeClaims(d);
    compareFigures(d);
    expect(d.contested.map((x) => x.kind)).toEqual(['revision']);
  });

  const notContested: [string, Partial<ClaimDraft>, Partial<ClaimDraft>][] = [
    ['different periods', { eventDate: '2024-10-01' }, { eventDate: '2024-10-09' }],
    ['different events', { event: 'killed' }, { event: 'injured' }],
    ['different counted groups', { counted: 'soldiers' }, { counted: 'civilians' }],
  ];
  for (const [why, a, b] of notContested) {
    it(`does not contest figures with ${why}`, () => {
      const text = 'Rebels said 80 soldiers died. The army said 12 soldiers died.';
      const d = draftOf(text);
      linkSources(d);
      d.claims.push(claim(text, '80 soldiers', 80, { event: 'died', ...a }), claim(text, '12 soldiers', 12, { event: 'died', ...b }));
      scopeClaims(d);
      compareFigures(d);
      expect(d.contested).toEqual([]);
    });
  }

  it('does not contest agreeing figures from two sources', () => {
    const text = 'Rebels said 12 soldiers died. The army said 12 soldiers died.';
    const d = draftOf(text);
    linkSources(d);
    d.claims.push(claim(text, '12 soldiers', 12, { event: 'died' }), claim(text, '12 soldiers', 12, { event: 'died' }));
    d.claims[1]!.range = at(text, '12 soldiers', 20);
    scopeClaims(d);
    compareFigures(d);
    expect(d.contested).toEqual([]);
  });
});
