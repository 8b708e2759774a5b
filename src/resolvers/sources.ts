/**
 * Attribution sources to actors (as written → resolved). Links to an existing actor when one is
 * mentioned in the source phrase; resolves pronouns ("he said" → the nearest person, "it" → the
 * nearest organisation-like actor); otherwise creates an actor from the phrase ("officials", "Reuters")
 * so every attribution with a source phrase gets a sourceId.
 */
import { actorDraft, canonical, type ActorDraft, type AttributionDraft, type Draft, type Range } from '../drafts.js';
import type { ActorKind } from '../schema.js';
import { sentenceAt, type Doc, type Sentence, type Token } from '../doc.js';
import { lexiconTags, tokenTags } from '../read.js';
import { unnamedSource } from './affiliations.js';
import { firstFrom } from './lookup.js';
import { GENDERED_WORDS } from '../lexicon/gender-words.js';
import { MEDIA_WORDS, PRONOUN_SOURCES, SOURCE_NOUNS } from '../lexicon/reporting-cues.js';
import { table } from '../lexicon/table.js';
import { startsLower, startsUpper } from '../chars.js';
import { extend } from '../extend.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'this', 'those', 'that', 'another', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'senior', 'top']);
const ARTICLES = new Set(['the', 'a', 'an']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their']);
/** "X's government" speaks as X itself. */
const SELF_HEADS = new Set(['government', 'administration', 'leadership', 'authorities', 'regime']);
const PREPS = new Set(['of', 'for', 'in', 'at', 'from']);
/** Words that open a clause, so the name after them may be its subject (and "by" before a passive's agent). */
const CLAUSE_OPENERS = new Set(['that', 'by', 'when', 'while', 'because', 'after', 'before', 'as', 'since', 'until', 'although', 'though', 'if', 'where', 'whereas', 'but', 'so']);
/** Head nouns of a definite description of one person in the story ("the affable proprietor"); no kin words. */
const DESCRIBED_PEOPLE = new Set([
  'professor', 'proprietor', 'founder', 'owner', 'resident', 'maverick', 'veteran', 'entrepreneur', 'artist', 'author',
  'writer', 'chef', 'cook', 'designer', 'director', 'executive', 'economist', 'researcher', 'scientist', 'analyst',
  'teenager', 'student', 'athlete', 'player', 'coach', 'actor', 'actress', 'singer', 'musician', 'dancer', 'choreographer',
  'politician', 'lawmaker', 'senator', 'mayor', 'premier', 'minister', 'councillor', 'councilor', 'candidate', 'activist',
  'advocate', 'organizer', 'organiser', 'retiree', 'doctor', 'physician', 'nurse', 'lawyer', 'publisher', 'editor',
  'mastermind', 'ceo', 'chairman', 'chairwoman', 'president', 'commissioner', 'chief', 'manager', 'host', 'star',
]);
/** A definite description: "the professor", or "soft-spoken professor" read out of "the tall, soft-spoken professor". */
function definite(doc: Doc, toks: Token[]): boolean {
  if (toks[0]!.lower === 'the') return true;
  if (!startsLower(toks[0]!.text)) return false;
  const ts = doc.tokens;
  for (let j = toks[0]!.i - 1, n = 0; j >= 0 && n < 4 && ts[j]!.sentence === toks[0]!.sentence; j--, n++) {
    const t = ts[j]!;
    if (t.lower === 'the') return true;
    if (t.text !== ',' && !/^\p{Ll}[\p{L}-]*$/u.test(t.text)) return false;
  }
  return false;
}

/** What a person writes or issues: "her statement read", "Foster's book says" → the author speaks. */
const AUTHORED = new Set(['statement', 'statements', 'letter', 'email', 'e-mail', 'post', 'tweet', 'tweets', 'message', 'book', 'column', 'blog', 'memoir', 'speech', 'remarks', 'testimony', 'affidavit', 'essay', 'op-ed', 'note', 'memo', 'website', 'account', 'post', 'video']);
/** Definite descriptions that refer back ("the ministry said") → what they may refer to. */
const BACK_REFERENCE: Readonly<Record<string, readonly ActorKind[]>> = table({
  group: ['armed_group', 'organization', 'group'], ministry: ['government'], government: ['government'],
  military: ['military'], army: ['military'], company: ['organization'], firm: ['organization'],
  organisation: ['organization'], organization: ['organization'], militants: ['armed_group'], police: ['government'],
  agency: ['organization', 'government', 'media'], spokesman: ['person'], spokeswoman: ['person'], minister: ['person'],
  president: ['person'], official: ['person', 'government'], newspaper: ['media'], broadcaster: ['media'],
  department: ['government', 'organization'],
  council: ['government', 'organization'], service: ['government', 'organization'],
});
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'president', 'minister', 'prime', 'senator', 'sen', 'rep', 'gov', 'governor', 'general', 'gen', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'secretary', 'mayor', 'judge', 'professor', 'prof', 'lt', 'col', 'capt', 'sgt', 'officer', 'director', 'leader', 'commander', 'ambassador', 'chairman', 'ceo', 'captain', 'colonel', 'lieutenant', 'sergeant', 'corporal', 'inspector', 'superintendent', 'commissioner']);

/** Lower-case words that may sit inside an organisation's name between capitalised words. */
const NAME_LINKS = new Set(['of', 'for', 'and', 'on']);
const isPoss = (t: Token) => t.lower.endsWith("'s") || t.lower.endsWith("s'");
const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

function tokensIn(doc: Doc, r: Range): Token[] {
  // The first token ending after r.start.
  const ts = doc.tokens;
  const lo = firstFrom(ts, r.start + 1, (t) => t.end);
  const out: Token[] = [];
  for (let i = lo; i < ts.length && ts[i]!.start < r.end; i++) out.push(ts[i]!);
  return out;
}

interface Resolver {
  draft: Draft;
  /** Actor mentions sorted by start, for "nearest preceding" look-ups. */
  mentions: { start: number; end: number; actor: ActorDraft }[];
  byName: Map<string, ActorDraft>;
  /** Surname → full name ('' when none), filled lazily. */
  fullNames: Map<string, string>;
  /** Token positions by lower-case word (possessive 's dropped), built once: look-ups stay linear. */
  positions?: Map<string, number[]>;
  /** Given name → gender from compromise's name lists, filled lazily. */
  givenGenders: Map<string, 'm' | 'f' | '' | undefined>;
  /** Actor → gender, filled lazily (a Map owned by the resolver, not a module WeakMap: see doc.ts DocMemo). */
  genders: Map<ActorDraft, 'm' | 'f' | ''>;
  /** Source phrases by the sentence of their cue, built on first use. */
  sourcesBySentence?: Map<number, Range[]>;
  /** Title word → the people written with it ("Minister Ana Ruiz"), built on first use. */
  titled?: Map<string, Titled[]>;
  /** Surname → people with a full name ending with it, built on first use. */
  surnames?: Map<string, ActorDraft[]>;
}

function indexMentions(draft: Draft): { start: number; end: number; actor: ActorDraft }[] {
  const out: { start: number; end: number; actor: ActorDraft }[] = [];
  for (const a of draft.actors) if (!a.mergedInto) for (const m of a.mentions) out.push({ start: m.start, end: m.end, actor: a });
  return out.sort((x, y) => x.start - y.start);
}

/** Words that may stand capitalised before a surname without being a first name. */
const NOT_FIRST_NAMES = new Set(['but', 'and', 'the', 'when', 'while', 'as', 'if', 'so', 'then', 'said', 'says', 'told', 'according', 'because', 'after', 'before', 'since', 'although', 'though', 'yet', 'or', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'of', 'new', 'north', 'south', 'east', 'west']);

/** Surname → full name: the first "Firstname Surname" in the text (one scan per surname, cached). */
function fullName(r: Resolver, surname: string): string | undefined {
  if (r.fullNames.has(surname)) return r.fullNames.get(surname) || undefined;
  const ts = r.draft.doc.tokens;
  let found = '';
  for (const i of positionsOf(r, surname)) {
    if (i < 1) continue;
    const b = ts[i]!;
    // "Damon Green's future": the possessive still names him.
    if (b.lower !== surname && b.lower !== `${surname}'s` && b.lower !== `${surname}'`) continue;
    const a = ts[i - 1]!;
    if (a.sentence !== b.sentence || b.start - a.end !== 1) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(a.text) || PERSON_TITLES.has(a.lower) || NOT_FIRST_NAMES.has(a.lower)) continue;
    // "Both Green", "When Smith": a function word is no first name.
    const at = tokenTags(r.draft.doc, a.i);
    if (at.has('Determiner') || at.has('Preposition') || at.has('Conjunction') || at.has('Adverb') || at.has('Pronoun')) continue;
    found = `${a.text} ${b.text.replace(/'s?$/, '')}`;
    // "Anne Marie Cerato": a second given name.
    const z = ts[i - 2];
    if (z && z.sentence === a.sentence && a.start - z.end === 1 && /^\p{Lu}\p{Ll}+$/u.test(z.text) && !PERSON_TITLES.has(z.lower) && !NOT_FIRST_NAMES.has(z.lower)) {
      const zt = tokenTags(r.draft.doc, z.i);
      if (zt.has('FirstName')) found = `${z.text} ${found}`;
    }
    break;
  }
  // Family name first ("Wang Qishan" → "Wang"), or a given name used alone ("Jordan Stewart" → "Jordan").
  if (!found) found = nameStartingWith(r, surname);
  r.fullNames.set(surname, found);
  return found || undefined;
}

/** Positions of a word (or its possessive) in the document, from an index built on first use. */
function positionsOf(r: Resolver, word: string): number[] {
  if (!r.positions) {
    const m = new Map<string, number[]>();
    const ts = r.draft.doc.tokens;
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (!startsUpper(t.text)) continue;
      const key = t.lower.replace(/'s?$/, '');
      const list = m.get(key);
      if (list) list.push(i);
      else m.set(key, [i]);
    }
    r.positions = m;
  }
  return r.positions.get(word) ?? [];
}

/** The first "Word Next" in the text that compromise reads as a person's name, as a string ('' when none). */
function nameStartingWith(r: Resolver, word: string): string {
  const ts = r.draft.doc.tokens;
  for (const i of positionsOf(r, word)) {
    if (i + 1 >= ts.length) continue;
    const a = ts[i]!;
    if (a.lower !== word) continue;
    const b = ts[i + 1]!;
    if (b.sentence !== a.sentence || b.start - a.end !== 1 || !/^\p{Lu}\p{Ll}/u.test(b.text) || NOT_FIRST_NAMES.has(b.lower) || PERSON_TITLES.has(b.lower)) continue;
    const bt = tokenTags(r.draft.doc, b.i);
    const at = tokenTags(r.draft.doc, a.i);
    if (bt.has('Place') || bt.has('Country') || bt.has('Organization') || bt.has('Verb')) continue;
    if (!(at.has('Person') || bt.has('Person'))) continue;
    return `${a.text} ${b.text.replace(/'s?$/, '')}`;
  }
  return '';
}

/** The nearest actor mentioned before `pos` (within `window` characters) that passes `ok`. */
function nearestBefore(r: Resolver, pos: number, window: number, ok: (a: ActorDraft) => boolean): ActorDraft | undefined {
  const ms = r.mentions;
  const lo = firstFrom(ms, pos, (m) => m.start);
  for (let i = lo - 1, n = 0; i >= 0 && n < 200; i--, n++) {
    const m = ms[i]!;
    if (pos - m.start > window) break;
    const a = canonical(m.actor);
    if (ok(a)) return a;
  }
  return undefined;
}

/**
 * "EDC declined to answer questions about the Suncor policy. '…,' it said": the nearest body named before
 * sits in a sentence another body opens as its subject — "it" is that subject.
 */
const IT_KINDS = new Set<ActorKind>(['organization', 'government', 'armed_group', 'media']);
function sentenceSubjectBefore(r: Resolver, pos: number, ok: (a: ActorDraft) => boolean): ActorDraft | undefined {
  const doc = r.draft.doc;
  const ms = r.mentions;
  const lo = firstFrom(ms, pos, (m) => m.start);
  let sent: Sentence | undefined;
  for (let i = lo - 1, n = 0; i >= 0 && n < 60; i--, n++) {
    const m = ms[i]!;
    if (pos - m.start > 1500) return undefined;
    if (!sent) {
      if (!ok(canonical(m.actor))) continue;
      const si = sentenceAt(doc, m.start);
      if (si === undefined) return undefined;
      sent = doc.sentences[si]!;
      if (pos < sent.end) return undefined; // the pronoun's own sentence: leave it to the nearest
    }
    if (m.start < sent.start) return undefined;
    const lead = doc.input.slice(sent.start, m.start).trim();
    const c = canonical(m.actor);
    // A body, not a plural group ("Reporters asked …" is no "it").
    if ((lead === '' || lead === 'The') && ok(c) && IT_KINDS.has(c.kind) && !/\p{Ll}s$/u.test(c.name)) return c;
  }
  return undefined;
}

function addMention(r: Resolver, a: ActorDraft, range: Range): void {
  if (!a.mentions.some((m) => m.start === range.start && m.end === range.end)) a.mentions.push(range);
  // Keep the index sorted: insert in place (sources arrive in text order, so this is near the end).
  let i = r.mentions.length;
  while (i > 0 && r.mentions[i - 1]!.start > range.start) i--;
  r.mentions.splice(i, 0, { start: range.start, end: range.end, actor: a });
}

function kindOf(doc: Doc, toks: Token[], headLower: string): ActorKind {
  if (toks.some((t) => MEDIA_WORDS.has(t.lower) && startsUpper(t.text))) return 'media';
  const noun = SOURCE_NOUNS[headLower];
  if (noun === 'person') return 'person';
  if (noun === 'media') return 'media';
  if (noun === 'military') return 'military';
  if (noun === 'government') return toks.length === 1 || /s$/.test(headLower) ? 'government' : 'government';
  if (noun === 'group') return 'group';
  if (noun === 'organization') return 'organization';
  const head = toks[toks.length - 1]!;
  const tags = tokenTags(doc, head.i);
  // "the regional governor", "a spokesman": a role noun as the head names a person.
  if (tags.has('Person') || PERSON_TITLES.has(toks[0]!.lower) || (startsLower(head.text) && PERSON_TITLES.has(headLower))) return 'person';
  if (tags.has('Country') || tags.has('Place')) return 'government';
  if (tags.has('Organization')) return 'organization';
  if (startsUpper(head.text)) return toks.length >= 2 && toks.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) ? 'person' : 'organization';
  return 'group';
}


/** 'f' / 'm' from compromise's first-name lists, '' when unknown. */
function genderOf(r: Resolver, a: ActorDraft): 'm' | 'f' | '' {
  const hit = r.genders.get(a);
  if (hit !== undefined) return hit;
  let g: 'm' | 'f' | '' = '';
  const m = a.mentions[0];
  if (m) {
    const toks = tokensIn(r.draft.doc, m);
    const first = toks.find((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !PERSON_TITLES.has(t.lower));
    // "Kim Jong-un", "Ri Sol-ju": a family name first, before a hyphenated given name, tells no gender.
    const given = first ? toks[toks.indexOf(first) + 1] : undefined;
    if (first && !(given && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(given.text))) {
      const tags = tokenTags(r.draft.doc, first.i);
      g = tags.has('FemaleName') ? 'f' : tags.has('MaleName') ? 'm' : '';
    }
    if (!g) {
      const fl = toks[0]?.lower;
      if (fl === 'mrs' || fl === 'ms') g = 'f';
      else if (fl === 'mr') g = 'm';
    }
  }
  if (!g) g = givenNameGender(a);
  r.genders.set(a, g);
  return g;
}

/**
 * 'f' / 'm' from the given name in the actor's full name ("Donald Trump" first written as "Trump"), by the
 * word lists only; '' when the name has no given name of known gender ("Kim Jong-un" keeps '').
 */
function givenNameGender(a: ActorDraft): 'm' | 'f' | '' {
  const words = a.name.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !PERSON_TITLES.has(w.toLowerCase()));
  if (words.length < 2 || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!)) return '';
  const tags = lexiconTags(words[0]!.toLowerCase());
  const f = tags.includes('FemaleName');
  const m = tags.includes('MaleName');
  return f === m ? '' : f ? 'f' : 'm';
}

/**
 * The nearest person named in subject position before token i (within 300 tokens), of a compatible
 * gender: "Dave Martell runs the clinic. … he says", or a surname alone when the full name was written
 * earlier ("Martell, the addictions doctor, is more blunt … He says"). Bylines and photo credits
 * ("Lauren Pelley", "(Alex Lynch/CBC)") are not people in the story.
 */
function personBefore(r: Resolver, i: number, g: 'm' | 'f'): { toks: Token[]; start: number; end: number } | undefined {
  const doc = r.draft.doc;
  const ts = doc.tokens;
  for (let k = i - 1; k >= 0 && i - k < 300; k--) {
    const b = ts[k]!;
    if (!/^\p{Lu}\p{Ll}/u.test(b.text) || NOT_FIRST_NAMES.has(b.lower) || PERSON_TITLES.has(b.lower)) continue;
    const sent = doc.sentences[b.sentence]!;
    if (sent.lastToken - sent.firstToken <= 4) continue; // a byline or a caption credit
    if (captionParagraph(doc, sent.paragraph)) continue; // a photo caption: its people are not the story's subjects
    const after = ts[k + 1];
    const before = ts[k - 1];
    if ((after && after.text === '/') || (before && (before.text === '(' || before.text === '/'))) continue;
    // "Stella's Cafe employees": a possessive that opens a longer capitalised name is no person subject.
    if (/['’]s$/.test(b.text) && after && after.sentence === b.sentence && /^\p{Lu}\p{Ll}/u.test(after.text)) continue;
    const a = before && before.sentence === b.sentence && /^\p{Lu}\p{Ll}+$/u.test(before.text) && !NOT_FIRST_NAMES.has(before.lower) && !PERSON_TITLES.has(before.lower) ? before : undefined;
    const first = a ?? b;
    // "Canadian Pacific Railways": the tail of a longer capitalised name is no person's name.
    const pre = ts[first.i - 1];
    // "her father Khaled": the word before the name gives the gender.
    const cued = pre && pre.sentence === b.sentence ? GENDERED_WORDS[pre.lower] : undefined;
    if (cued && cued !== g) continue;
    const longer = !!a && !!pre && pre.sentence === b.sentence && /^\p{Lu}\p{Ll}/u.test(pre.text) && !PERSON_TITLES.has(pre.lower) && !NOT_FIRST_NAMES.has(pre.lower);
    const threeNames = longer && (isGiven(pre!.text) || tokenTags(doc, pre!.i).has('FirstName'));
    if (longer && !threeNames && first.i - 1 > sent.firstToken) continue;
    // A bare capitalised word is a candidate only when a full name ends with it (an indexed look-up).
    if (!a && !fullName(r, b.lower.replace(/'s?$/, ''))) continue;
    // "Schumer, he said, …": the name just before the pronoun's own frame is its topic, not the speaker.
    if (after && after.text === ',' && k + 2 === i) continue;
    // Subject position: opening the sentence ("For Baxter, however,") or followed by a comma or a verb
    // ("Ann Ruiz, 50, says"), not inside a list or after an adjective ("as well as the legendary Julia Child,").
    const lead = ts[first.i - 1];
    const leadTags = lead && lead.sentence === b.sentence && startsLower(lead.text) ? tokenTags(doc, lead.i) : undefined;
    // A passive's agent ("e-mailed by Ann Ruiz, who …") still speaks; a verb's object ("handles Homeland Security,") does not.
    // A clause opener ("that Foster pieced", "when Ruiz told") introduces a subject.
    const inList = !!leadTags && !CLAUSE_OPENERS.has(lead!.lower) &&
      (leadTags.has('Adjective') || leadTags.has('Preposition') || lead!.lower === 'and' || lead!.lower === 'or' || leadTags.has('Determiner') || leadTags.has('Verb'));
    let subject = first.i - sent.firstToken <= 3 || (after !== undefined && after.sentence === b.sentence && after.text === ',' && !inList);
    if (!subject && !inList && after && after.sentence === b.sentence && startsLower(after.text)) subject = tokenTags(doc, after.i).has('Verb');
    // "Down the street, Mike Ruiz also rejoiced": a name after an opening phrase's comma, before a lower-case word.
    if (!subject && lead && lead.text === ',' && lead.sentence === b.sentence && lead.i - sent.firstToken <= 8 && !/['’]s$/.test(b.text) &&
      after && after.sentence === b.sentence && startsLower(after.text) && !CLAUSE_OPENERS.has(after.lower) && after.lower !== 'and') subject = true;
    if (!subject) continue;
    if (a) {
      const tags = tokenTags(doc, a.i);
      // A person the article names in full, whatever compromise makes of the given name ("Shanaaz Gokool").
      const known = r.byName.get(norm(`${a.text} ${b.text.replace(/['’]s?$/, '')}`));
      const lex = lexiconTags(a.lower);
      const nameLike = (lex.length === 0 || lex.includes('FirstName') || lex.includes('MaleName') || lex.includes('FemaleName')) &&
        ![a, b].some((t) => { const tg = tokenTags(doc, t.i); return tg.has('Place') || tg.has('Country') || tg.has('Organization'); });
      if (known && canonical(known).kind === 'person' && nameLike) {
        const kg = genderOf(r, canonical(known));
        if (kg && kg !== g) continue;
        return { toks: [a, b], start: a.start, end: b.end };
      }
      if (threeNames && pre) {
        const lt = lexiconTags(pre.lower);
        const pg = lt.includes('FemaleName') ? 'f' : lt.includes('MaleName') ? 'm' : '';
        if (pg && pg !== g) continue;
        return { toks: [pre, a, b], start: pre.start, end: b.end };
      }
      if (tags.has('FirstName') || tags.has('Person')) {
        const ag = tags.has('FemaleName') ? 'f' : tags.has('MaleName') ? 'm' : '';
        if (ag && ag !== g) continue;
        return { toks: [a, b], start: a.start, end: b.end };
      }
    }
    // A surname alone: a person only when the full name is written somewhere ("Dave Martell").
    const bare = b.lower.replace(/'s?$/, '');
    const full = fullName(r, bare);
    if (!full || norm(full) === bare) continue;
    const given = full.split(' ')[0]!;
    const known = r.byName.get(norm(full));
    if (known && known.kind !== 'person') continue;
    const gt = givenGender(r, given);
    // An unusual given name ("Guenther") still counts when the article names that person in full.
    const placeLike = lexiconTags(given.toLowerCase()).some((t) => t === 'City' || t === 'Place' || t === 'Country' || t === 'Region');
    if ((gt === undefined && !(known && canonical(known).kind === 'person' && !placeLike)) || (gt && gt !== g)) continue;
    return { toks: [b], start: b.start, end: b.start + (b.text.length - (b.text.length - b.text.replace(/'s?$/, '').length)) };
  }
  return undefined;
}

/** A photo credit closing a caption: "(THE CANADIAN PRESS FILE PHOTO)", "(Haweya Fadal/CBC)", "Jo Lin/Reuters". */
const CREDIT_WORDS = /\/|PHOTO|Photo|PRESS|Press|Getty|Reuters|\bAP\b|AFP/;
const CREDIT_TAIL = /\/ ?(?:THE CANADIAN PRESS|Reuters|AP|AFP|Getty Images|CBC|CTV)$/;
/** The text ends with a credit: a short parenthesis naming a photographer or agency, or "Name/AGENCY". */
function endsWithCredit(tail: string): boolean {
  if (tail.endsWith(')')) {
    const open = tail.lastIndexOf('(');
    return open >= 0 && tail.length - open <= 100 && !tail.slice(open + 1, -1).includes('\n') && CREDIT_WORDS.test(tail.slice(open + 1, -1));
  }
  return CREDIT_TAIL.test(tail);
}
/**
 * Is the paragraph a photo caption, ending with a credit? Checked once per paragraph (its last 120 characters),
 * so "Benjamin Layne, a retired porter, looks at photos … (THE CANADIAN PRESS FILE PHOTO)" names no subject.
 */
function captionParagraph(doc: Doc, p: number): boolean {
  const m = (doc.memo.captions ??= new Map());
  const hit = m.get(p);
  if (hit !== undefined) return hit;
  const para = doc.paragraphs[p];
  const yes = !!para && para.end - para.start < 600 && endsWithCredit(doc.text.slice(Math.max(para.start, para.end - 120), para.end).trimEnd());
  m.set(p, yes);
  return yes;
}

/**
 * 'f' / 'm' for a given name from compromise's name lists, '' when a name of unknown gender, undefined
 * when compromise does not read it as a given name at all ("Nova" in "Nova Scotia"); cached per name.
 */
function givenGender(r: Resolver, given: string): 'm' | 'f' | '' | undefined {
  const key = given.toLowerCase();
  if (r.givenGenders.has(key)) return r.givenGenders.get(key);
  let g: 'm' | 'f' | '' | undefined;
  const ts = r.draft.doc.tokens;
  for (const i of positionsOf(r, key)) {
    if (ts[i]!.lower !== key) continue;
    const tags = tokenTags(r.draft.doc, i);
    if (tags.has('FirstName') || tags.has('Person')) g = tags.has('FemaleName') ? 'f' : tags.has('MaleName') ? 'm' : '';
    break;
  }
  r.givenGenders.set(key, g);
  return g;
}

/** ", Jason Louth." right after token i (the name closes the clause or a comma follows): its tokens. */
function appositiveName(doc: Doc, i: number): Token[] | undefined {
  const ts = doc.tokens;
  const comma = ts[i + 1];
  if (!comma || comma.text !== ',' || comma.sentence !== ts[i]!.sentence) return undefined;
  let j = i + 2;
  // "Montana Sen. Jon Tester": capitalised words, a title's full stop among them.
  while (j < ts.length && j - i < 7 && ts[j]!.sentence === comma.sentence && (/^\p{Lu}\p{Ll}[\p{L}-]*$/u.test(ts[j]!.text) || (ts[j]!.text === '.' && PERSON_TITLES.has(ts[j - 1]!.lower)))) j++;
  if (j === i + 2 || j - i - 2 > 5) return undefined;
  const end = ts[j];
  if (end && end.sentence === comma.sentence && end.text !== ',' && end.text !== '.') return undefined;
  const name = ts.slice(i + 2, j);
  // A single word must be a given name ("Wise's dad, Darrin"), not a place ("the mayor, Ottawa").
  if (name.length === 1) {
    const tags = tokenTags(doc, name[0]!.i);
    if (!tags.has('FirstName') && !tags.has('Person')) return undefined;
  } else if (name.slice(-2).some((t) => { const tg = tokenTags(doc, t.i); return tg.has('Place') || tg.has('Country') || tg.has('Organization'); })) return undefined;
  return name;
}

/** "Donald Tusk, " right before token i (the name opens its sentence or follows a comma): its tokens. */
function namedBefore(doc: Doc, i: number): Token[] | undefined {
  const ts = doc.tokens;
  const comma = ts[i - 1];
  if (!comma || comma.text !== ',' || comma.sentence !== ts[i]!.sentence) return undefined;
  let j = i - 2;
  while (j >= 0 && i - 2 - j < 3 && ts[j]!.sentence === comma.sentence && /^\p{Lu}\p{Ll}[\p{L}-]*$/u.test(ts[j]!.text) && !PERSON_TITLES.has(ts[j]!.lower)) j--;
  const name = ts.slice(j + 1, i - 1);
  if (name.length < 2) return undefined;
  const s = doc.sentences[comma.sentence]!;
  if (j + 1 !== s.firstToken && ts[j]!.text !== ',' && !PERSON_TITLES.has(ts[j]!.lower) && !startsLower(ts[j]!.text)) return undefined;
  if (!isGiven(name[0]!.text) && !tokenTags(doc, name[0]!.i).has('FirstName')) return undefined;
  return name;
}

/** The surname token of "Hamilton", "Ms. May", "Dr Lee"; undefined for anything else. */
function surnameOnly(head: Token[]): Token | undefined {
  const last = head[head.length - 1]!;
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(last.text) || isPoss(last)) return undefined;
  const rest = head.slice(0, -1).filter((t) => t.text !== '.');
  if (rest.length === 0 || (rest.length === 1 && PERSON_TITLES.has(rest[0]!.lower) && startsUpper(rest[0]!.text))) return last;
  return undefined;
}

/**
 * The person a bare surname names: a person actor whose full name ends with it and who was named
 * before `pos` (the nearest such mention when two share it), else a "Given Surname" written in the text
 * whose given name compromise knows. An index built once per document.
 */
function personBySurname(r: Resolver, tok: Token, pos: number): ActorDraft | undefined {
  if (!r.surnames) {
    r.surnames = new Map();
    for (const a of r.draft.actors) {
      if (a.mergedInto || a.kind !== 'person') continue;
      const words = a.name.toLowerCase().split(/\s+/);
      if (words.length < 2) continue;
      const k = words[words.length - 1]!;
      const l = r.surnames.get(k);
      if (l) l.push(a); else r.surnames.set(k, [a]);
    }
  }
  const key = tok.lower;
  let best: ActorDraft | undefined;
  let bestAt = -1;
  let cands = [...new Set((r.surnames.get(key) ?? []).map((a) => canonical(a)))];
  // Two people share the surname: one called by the given name alone ("Khaled") is not the one it names.
  if (cands.length > 1) {
    const rest = cands.filter((c) => !c.aliases.some((x) => x.toLowerCase() === c.name.split(/\s+/)[0]!.toLowerCase()));
    if (rest.length > 0) cands = rest;
  }
  let secondAt = -1;
  for (const c of cands) {
    let at = -1;
    for (const m of c.mentions) if (m.start < pos && m.start > at && m.end - m.start > tok.text.length + 1) at = m.start;
    if (at > bestAt) { secondAt = bestAt; best = c; bestAt = at; } else if (at > secondAt) secondAt = at;
  }
  // Two people of that name both in recent view ("Imran Kasi met Sadiq Kasi"): leave it to the surname.
  if (best && secondAt >= 0 && bestAt - secondAt < 2000) return undefined;
  if (best) return best;
  const full = fullName(r, key);
  if (!full || norm(full) === key) return undefined;
  const given = full.split(' ')[0]!;
  if (givenGender(r, given) === undefined) return undefined;
  const known = r.byName.get(norm(full));
  if (known) return canonical(known).kind === 'person' ? canonical(known) : undefined;
  const actor = actorDraft({ name: full, kind: 'person', aliases: [tok.text], mentions: [], rule: 'sources/surname-full-name' });
  r.draft.actors.push(actor);
  r.byName.set(norm(full), actor);
  r.surnames.set(key, [...(r.surnames.get(key) ?? []), actor]);
  return actor;
}

interface Titled { k: number; toks: Token[]; start: number; end: number }

/**
 * "the minister said" → a person written with that title ("Foreign Minister Ana Ruiz"): the last person
 * who spoke, when the article gives them that title; else the nearest titled before; else the first one
 * named soon after ("the commissioner said … , commissioner Ron Roberts said"). An index built once.
 */
function titledPerson(r: Resolver, i: number, title: string, previous: AttributionDraft[]): Titled | undefined {
  if (!r.titled) {
    r.titled = new Map();
    const ts = r.draft.doc.tokens;
    for (let k = 0; k + 2 < ts.length; k++) {
      if (!PERSON_TITLES.has(ts[k]!.lower)) continue;
      const t = titledAt(r, k);
      if (!t) continue;
      const l = r.titled.get(ts[k]!.lower);
      if (l) l.push(t); else r.titled.set(ts[k]!.lower, [t]);
    }
  }
  const cands = r.titled.get(title) ?? [];
  if (cands.length === 0) return undefined;
  const doc = r.draft.doc;
  const nameOf = (t: Titled) => norm(doc.input.slice(t.start, t.end));
  for (let p = previous.length - 1; p >= 0 && p >= previous.length - 10; p--) {
    const src = previous[p]!.source;
    if (!src || src.kind !== 'person') continue;
    const c = canonical(src);
    const hit = cands.find((t) => t.k < i && [c.name, ...c.aliases].some((n) => norm(n) === nameOf(t)));
    if (hit) return hit;
    break;
  }
  let before: Titled | undefined;
  let after: Titled | undefined;
  for (const t of cands) {
    if (t.k < i && i - t.k < 2000) before = t;
    else if (t.k > i && t.k - i < 2000 && !after) after = t;
  }
  return before ?? after;
}

/** "Minister Ana Ruiz" at title token k: the two or three capitalised words after it. */
function titledAt(r: Resolver, k: number): Titled | undefined {
  const ts = r.draft.doc.tokens;
  const a = ts[k + 1];
  const b = ts[k + 2];
  if (!a || !b || a.sentence !== ts[k]!.sentence || b.sentence !== a.sentence) return undefined;
  if (!/^\p{Lu}\p{Ll}/u.test(a.text) || !/^\p{Lu}\p{Ll}/u.test(b.text) || PERSON_TITLES.has(a.lower)) return undefined;
  const c = ts[k + 3];
  const three = c && c.sentence === b.sentence && c.start - b.end === 1 && /^\p{Lu}\p{Ll}+$/u.test(c.text) && !NOT_FIRST_NAMES.has(c.lower);
  const toks = three ? [a, b, c] : [a, b];
  const lastT = toks[toks.length - 1]!;
  return { k, toks, start: a.start, end: lastT.end - (lastT.text.length - lastT.text.replace(/['’]s?$/, '').length) };
}

const isGiven = (w: string) => lexiconTags(w.toLowerCase()).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');

/**
 * A person inside a longer name a recogniser gave the source: "NDP MP Nathan Cullen", "Secretary of State
 * Mike Pompeo" (titles and acronyms before a given name and a surname), "Richard Shelby of Alabama" (a
 * home state after): the speaker is the person, named "Nathan Cullen", with the title as role.
 */
function personInName(r: Resolver, a: ActorDraft, range: Range): ActorDraft {
  const words = a.name.split(/\s+/);
  if (words.length < 3) return a;
  let name: string | undefined;
  const of = words.findIndex((w, i) => i >= 2 && (w === 'of' || w === 'from'));
  if (a.kind === 'person' && of > 0 && isGiven(words[0]!) && words.slice(of + 1).every((w) => startsUpper(w))) name = words.slice(0, of).join(' ');
  else if (a.kind !== 'person' || PERSON_TITLES.has(words[0]!.toLowerCase()) || /^\p{Lu}{2,}$/u.test(words[0]!)) {
    const g = words.length - 2;
    const sur = words[g + 1]!;
    if (isGiven(words[g]!) && /^\p{Lu}\p{Ll}/u.test(sur) && !isGiven(sur) && words.slice(0, g).every((w) => startsUpper(w) || w === 'of')) name = `${words[g]} ${sur}`;
  }
  if (!name) return a;
  const key = norm(name);
  const known = r.byName.get(key);
  if (known && canonical(known).kind === 'person') return canonical(known);
  const at = r.draft.doc.text.slice(range.start, range.end).indexOf(name);
  const start = at < 0 ? -1 : range.start + at;
  const actor = actorDraft({ name, kind: 'person', aliases: [a.name], mentions: [], rule: 'sources/person-in-name' });
  r.draft.actors.push(actor);
  r.byName.set(key, actor);
  addMention(r, actor, start >= 0 ? { start, end: start + name.length } : range);
  return actor;
}

/** Create (or reuse by name) an actor for a source phrase. */
function actorFor(r: Resolver, toks0: Token[], range0: Range): ActorDraft {
  const doc = r.draft.doc;
  let toks = toks0;
  let range = range0;
  let role: string | undefined;
  let affiliation: ActorDraft | undefined;
  // "police Chief Joseph Boinnet", "the British aid group Gatsby": the name is the final capitalised run.
  const lastTok = toks[toks.length - 1]!;
  if (toks.length > 1 && startsUpper(lastTok.text)) {
    let a = toks.length - 1;
    // "Global New Light of Myanmar", "Red Cross and Red Crescent Societies": linking words inside a name.
    while (a > 0 && (startsUpper(toks[a - 1]!.text) || (toks[a - 1]!.text === '.' && a > 1) || (a > 1 && NAME_LINKS.has(toks[a - 1]!.lower) && startsUpper(toks[a - 2]!.text) && !PERSON_TITLES.has(toks[a - 2]!.lower)))) a--;
    while (a < toks.length - 1 && (PERSON_TITLES.has(toks[a]!.lower) || toks[a]!.text === '.')) { role ??= toks[a]!.lower; a++; }
    // "State Mike Pompeo" (after "Secretary of"): drop leading words until the given name.
    // Only in a person's name: "Department of Disaster Management" keeps its head.
    const personal = toks.slice(a).some((t) => tokenTags(doc, t.i).has('FirstName'));
    while (personal && toks.length - a > 2) {
      const tg = tokenTags(doc, toks[a]!.i);
      if (tg.has('FirstName') || tg.has('Person') || /^\p{Lu}\.?$/u.test(toks[a]!.text)) break;
      a++;
    }
    if (a > 0) {
      const lower = toks.slice(0, a).filter((t) => startsLower(t.text) && PERSON_TITLES.has(t.lower));
      if (!role && lower.length) role = lower[lower.length - 1]!.lower;
      const hasLower = toks.slice(0, a).some((t) => startsLower(t.text) || PERSON_TITLES.has(t.lower));
      if (hasLower && !toks.slice(a).some((t) => isPoss(t))) {
        // "Taliban spokesman Ahmad Karimi": a known actor named before the role is the affiliation.
        const prefix = toks.slice(0, a).filter((t) => startsUpper(t.text) && !PERSON_TITLES.has(t.lower));
        for (const t of prefix) {
          const known = r.byName.get(norm(t.text.replace(/'s$/i, '')));
          if (known) { affiliation = canonical(known); break; }
        }
        toks = toks.slice(a);
        range = { start: toks[0]!.start, end: toks[toks.length - 1]!.end };
      }
    }
  }
  // "State Mike Pompeo" (the rest of "Secretary of State"): the name starts at the given name.
  if (toks.length > 2 && toks.every((t) => startsUpper(t.text))) {
    const gi = toks.findIndex((t, i) => i > 0 && i >= toks.length - 3 && tokenTags(doc, t.i).has('FirstName'));
    if (gi > 0 && !isGiven(toks[0]!.text) && !tokenTags(doc, toks[0]!.i).has('FirstName')) {
      toks = toks.slice(gi);
      range = { start: toks[0]!.start, end: toks[toks.length - 1]!.end };
    }
  }
  // "David Rowland's": the possessive is not part of the name.
  const endTok = toks[toks.length - 1]!;
  const possCut = toks.length > 1 && isPoss(endTok) ? (endTok.lower.endsWith("'s") ? 2 : 1) : 0;
  const name0 = doc.input.slice(toks[0]!.start, endTok.end - possCut);
  const headLower = toks[toks.length - 1]!.lower;
  let kind = kindOf(doc, toks, headLower);
  // A lone capitalised word written elsewhere as "Firstname Surname" is that person.
  if (kind !== 'person' && kind !== 'media' && toks.length === 1 && /^\p{Lu}\p{Ll}/u.test(toks[0]!.text)) {
    const tags = tokenTags(doc, toks[0]!.i);
    if (!tags.has('Place') && !tags.has('Country') && fullName(r, headLower)) kind = 'person';
  }
  let name = name0;
  // A bare surname takes the full name written elsewhere ("Lonechild" → "Darian Lonechild").
  if (kind === 'person' && toks.length === 1) name = fullName(r, headLower) ?? name;
  // "Mr. Smith" → the full name; "Megda Smith" is already one (not the first "X Smith" in the text).
  const titled = PERSON_TITLES.has(toks[0]!.lower) || (toks.every((t) => startsUpper(t.text) || t.text === '.') && !r.byName.has(norm(name0)));
  if (kind === 'person' && toks.length > 1 && titled) {
    const last = toks[toks.length - 1]!;
    if (startsUpper(last.text)) name = fullName(r, last.lower) ?? name;
  }
  const key = norm(name);
  const known = r.byName.get(key);
  if (known) {
    const k = canonical(known);
    addMention(r, k, range);
    if (affiliation && !k.affiliation && affiliation !== k) k.affiliation = affiliation;
    if (role && !k.role && k.kind === 'person') k.role = role;
    return k;
  }
  // A person named by surname only links to the actor whose name ends with it.
  if (kind === 'person') {
    const last = toks[toks.length - 1]!.lower;
    for (const a of r.draft.actors) {
      if (a.mergedInto || a.kind !== 'person') continue;
      if (norm(a.name).endsWith(` ${last}`) || norm(a.name) === last) { addMention(r, a, range); return a; }
    }
  }
  const actor = actorDraft({
    name, kind, aliases: name !== name0 ? [name0] : [], mentions: [], rule: 'sources/source-phrase',
    role: role && kind === 'person' ? role : undefined, affiliation: affiliation && affiliation.kind !== 'person' ? affiliation : undefined,
  });
  r.draft.actors.push(actor);
  r.byName.set(key, actor);
  addMention(r, actor, range);
  return actor;
}

const WITH_THE = new Set(['with', 'at', 'from']);
/** Strip determiners and quantity words from the front, trailing prepositional phrases from the back. */
function headOf(doc: Doc, toks: Token[]): Token[] {
  let a = 0;
  // Only articles go: "some residents" and "two officials" keep their quantifier.
  while (a < toks.length - 1 && ARTICLES.has(toks[a]!.lower)) a++;
  let b = toks.length;
  // "one of the players in the video", "some in the Muslim community": a quantifier's group is its phrase.
  const quantified = QUANTIFIERS.has(toks[a]!.lower) && a + 1 < toks.length && (PREPS.has(toks[a + 1]!.lower) || (a + 2 < toks.length && PREPS.has(toks[a + 2]!.lower) && startsLower(toks[a + 1]!.text)));
  let skipPrep = quantified ? 1 : 0;
  for (let i = a + 1; i < toks.length; i++) {
    if (skipPrep && PREPS.has(toks[i]!.lower)) { skipPrep--; continue; }
    // "Tim Guestly with the Harbour Transit Authority": "with/at/from the" after a name opens no part of it.
    if (WITH_THE.has(toks[i]!.lower) && toks[i + 1]?.lower === 'the' && /^\p{Lu}\p{Ll}/u.test(toks[i - 1]!.text)) { b = i; break; }
    // "Tim Guest with the health authority": an affiliation after a name is no part of it.
    if (toks[i]!.lower === 'with' && i >= a + 2 && /^\p{Lu}\p{Ll}/u.test(toks[i - 1]!.text) && startsUpper(toks[i - 2]!.text) && i + 1 < toks.length) { b = i; break; }
    if (!PREPS.has(toks[i]!.lower)) continue;
    // "Department of Disaster Management", "Law Society of Kenya": a preposition inside a proper name.
    const nx = toks[i + 1]?.lower === 'the' ? toks[i + 2] : toks[i + 1];
    // Not after a person's name: "Sen. Richard Shelby of Alabama", "Kent Moore at the University of Toronto".
    if (/^\p{Lu}\p{Ll}/u.test(toks[i - 1]!.text) && nx && /^\p{Lu}\p{Ll}/u.test(nx.text) && !PERSON_TITLES.has(toks[i - 1]!.lower) &&
      !toks.slice(0, i).some((t) => tokenTags(doc, t.i).has('Person'))) continue;
    // "University of the Fraser Valley political scientist Hamish Telford", "Secretary of State Mike
    // Pompeo": the name comes after the phrase.
    const tail = toks.slice(i + 1);
    if (PERSON_TITLES.has(toks[i - 1]!.lower) && tail.length >= 3 && startsUpper(toks[toks.length - 1]!.text)) break;
    if (startsUpper(toks[toks.length - 1]!.text) && tail.some((t) => startsLower(t.text) && !DETERMINERS.has(t.lower) && !PREPS.has(t.lower))) break;
    b = i;
    break;
  }
  return toks.slice(a, b);
}

/** he/she: the last speaker of that gender, unless a person was introduced as a subject since. */
function personPronoun(r: Resolver, tok: Token, g: 'm' | 'f', range: Range, previous: AttributionDraft[]): ActorDraft | undefined {
  const want = (x: ActorDraft) => x.kind === 'person' && genderOf(r, x) !== (g === 'f' ? 'm' : 'f');
  let speaker: AttributionDraft | undefined;
  for (let i = previous.length - 1; i >= 0 && i >= previous.length - 40; i--) {
    const x = previous[i]!;
    if (x.source && want(x.source) && x.sourceRange && x.sourceRange.start < range.start) { speaker = x; break; }
  }
  if (speaker && range.start - speaker.sourceRange!.start > 6000) speaker = undefined;
  const named = personBefore(r, tok.i, g);
  if (named && (!speaker || named.start > speaker.sourceRange!.end)) {
    // A surname alone ("Greenspan's name …"): the person it names in full.
    const one = named.toks.length === 1 ? named.toks[0]! : undefined;
    const p = one ? personBySurname(r, extend(one, { text: one.text.replace(/['’]s?$/, ''), lower: one.lower.replace(/['’]s?$/, '') }), range.start) : undefined;
    if (p) { addMention(r, p, { start: named.start, end: named.end }); return p; }
    return actorFor(r, named.toks, { start: named.start, end: named.end });
  }
  // "On Dec. 13, the mayor brought up … he said": a titled subject since the last speaker is the person
  // the article gives that title ("Mayor Doug McCallum").
  const floor = Math.max(speaker?.sourceRange?.end ?? 0, named?.end ?? 0);
  const titled = titledSubjectBefore(r, tok.i, floor, g, previous);
  if (titled) return titled;
  return speaker?.source ?? nearestBefore(r, range.start, 3000, want);
}

/**
 * "Macharia hid under a desk, he said": a pronoun that frames a clause naming a person is not that person
 * (a speaker writes "he hid", not his own name). True when the content, within the cue's sentence,
 * writes the name of `who` (a word of its name, capitalised).
 */
function namedInOwnContent(r: Resolver, a: AttributionDraft, who: ActorDraft): boolean {
  const doc = r.draft.doc;
  const si = sentenceAt(doc, a.cue.start);
  if (si === undefined || who.kind !== 'person') return false;
  const s = doc.sentences[si]!;
  // One clause around the cue, at most: a long quote's later sentences are another matter.
  const from = Math.max(a.content.start, s.start, a.cue.start - 300);
  const to = Math.min(a.content.end, s.end, a.cue.end + 300);
  if (to <= from) return false;
  // The words of the name itself, and one-word aliases (a surname): not descriptions kept as aliases ("MP George Galloway").
  const words = new Set([who.name, ...who.aliases.filter((x) => !/\s/.test(x))].flatMap((n) => n.split(/\s+/))
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => w.toLowerCase())
    .filter((w) => !PERSON_TITLES.has(w) && !HONORIFICS.has(w)));
  if (words.size === 0) return false;
  const ts = doc.tokens;
  const speakers = sourcesBySentence(r).get(si) ?? [];
  const nameWord = (t: Token | undefined) => !!t && t.sentence === si && startsUpper(t.text) && !words.has(t.lower) && !PERSON_TITLES.has(t.lower) && !HONORIFICS.has(t.lower);
  for (let i = firstFrom(ts, from, (t) => t.start); i < ts.length && ts[i]!.start < to && i <= s.lastToken; i++) {
    const t = ts[i]!;
    // A possessive ("Trump's microphone") is one token and never matches: only the person named as such counts.
    if (!startsUpper(t.text) || !words.has(t.lower)) continue;
    // "the Trump campaign", "Trump Tower", "Ivanka Trump": a name inside another name or phrase refers to no one here.
    if (nameWord(ts[i + 1]) || nameWord(ts[i - 1])) continue;
    const n = ts[i + 1];
    if (n && n.sentence === si && /^\p{Ll}+$/u.test(n.text) && ts[i - 1]?.lower === 'the') continue;
    // "Durning says it helps — a "scaffold," she calls it": the name that frames its own cue is that speaker.
    if (!speakers.some((x) => x.start <= t.start && t.end <= x.end)) return true;
  }
  return false;
}
/** Words of address that are not a person's own name ("Lord Woolf", "Miss Kidman"). */
const HONORIFICS = new Set(['miss', 'lord', 'lady', 'sir', 'dame', 'king', 'queen', 'prince', 'princess', 'pope', 'saint', 'justice', 'father', 'sister', 'brother', 'rev', 'reverend', 'rabbi', 'imam', 'sheikh', 'baroness', 'baron', 'earl', 'duke', 'duchess']);

/** Source phrases by the sentence of their cue, built once per draft. */
function sourcesBySentence(r: Resolver): Map<number, Range[]> {
  let m = r.sourcesBySentence;
  if (m) return m;
  m = r.sourcesBySentence = new Map();
  const draft = r.draft;
  for (const x of draft.attributions) {
    if (!x.sourceRange || x.dropped) continue;
    const si = sentenceAt(draft.doc, x.cue.start);
    if (si === undefined) continue;
    const l = m.get(si);
    if (l) l.push(x.sourceRange);
    else m.set(si, [x.sourceRange]);
  }
  return m;
}

/** The last earlier speaker of a compatible gender other than `not` (within 6,000 characters). */
function otherSpeaker(r: Resolver, not: ActorDraft, g: 'm' | 'f', range: Range, previous: AttributionDraft[]): ActorDraft | undefined {
  for (let i = previous.length - 1; i >= 0 && i >= previous.length - 40; i--) {
    const x = previous[i]!;
    if (!x.source || !x.sourceRange || x.sourceRange.start >= range.start) continue;
    if (range.start - x.sourceRange.start > 6000) return undefined;
    const c = canonical(x.source);
    if (c !== not && c.kind === 'person' && genderOf(r, c) !== (g === 'f' ? 'm' : 'f')) return c;
  }
  return undefined;
}

/** Head words of a body's name that a linking word may continue ("Institute on Drug Abuse", "Center for …"). */
const BODY_HEADS = new Set(['institute', 'center', 'centre', 'committee', 'council', 'department', 'ministry', 'office', 'foundation',
  'association', 'society', 'commission', 'bureau', 'agency', 'board', 'school', 'college', 'university', 'federation', 'union',
  'league', 'alliance', 'coalition', 'network', 'organization', 'organisation', 'fund', 'panel', 'tribunal', 'court', 'service']);
const TAIL_LINKS = new Set(['on', 'for', 'of']);
/** "the City Council on Monday": a date after the link word ends the name. */
const CALENDAR_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']);
const TAIL_STOPS = new Set(['but', 'and', 'who', 'which', 'that', 'said', 'says', 'told', 'to', 'because', 'while', 'when']);

/**
 * The words a source phrase cut short leaves after it: a body's name going on after a linking word
 * ("the National Institute" + "on Drug Abuse"), or "a person familiar" + "with the talks".
 * Tokens after the phrase, none when it is complete (at most 6, in its sentence).
 */
function nameTail(doc: Doc, toks: Token[]): Token[] {
  const last = toks[toks.length - 1];
  if (!last) return [];
  const ts = doc.tokens;
  const next = ts[last.i + 1];
  const after = ts[last.i + 2];
  if (!next || !after || next.sentence !== last.sentence || after.sentence !== last.sentence) return [];
  const out: Token[] = [];
  if (last.lower === 'familiar' && next.lower === 'with') {
    for (let k = last.i + 1; k < ts.length && k - last.i <= 6 && ts[k]!.sentence === last.sentence; k++) {
      const t = ts[k]!;
      if (!/^[\p{L}\d]/u.test(t.text) || (k > last.i + 1 && TAIL_STOPS.has(t.lower))) break;
      out.push(t);
    }
    return out.length >= 2 ? out : [];
  }
  if (startsUpper(last.text) && BODY_HEADS.has(last.lower) && TAIL_LINKS.has(next.lower) && /^\p{Lu}\p{Ll}/u.test(after.text) && !CALENDAR_WORDS.has(after.lower)) {
    for (let k = last.i + 1; k < ts.length && k - last.i <= 6 && ts[k]!.sentence === last.sentence; k++) {
      const t = ts[k]!;
      const linked = (TAIL_LINKS.has(t.lower) || t.lower === 'and') && startsUpper(ts[k + 1]?.text ?? '');
      if (!linked && !/^\p{Lu}[\p{L}'’-]*$/u.test(t.text)) break;
      out.push(t);
    }
    while (out.length > 0 && !startsUpper(out[out.length - 1]!.text)) out.pop();
    return out.length >= 2 ? out : [];
  }
  return [];
}

/**
 * "Rally Canada, the group behind the protest, said … The group says …": the speaker of the sentence just
 * before, when of a kind the description fits, before any body named inside what that speaker said.
 */
function lastSpeakerOfKind(r: Resolver, range: Range, kinds: readonly ActorKind[], head: string, previous: AttributionDraft[]): ActorDraft | undefined {
  const doc = r.draft.doc;
  const here = sentenceAt(doc, range.start);
  if (here === undefined) return undefined;
  // A body whose name has the head word ("the company" → "Tidewater Fishing Company") is named for it.
  const named = nearestBefore(r, range.start, 1500, (x) => kinds.includes(x.kind) && norm(x.name).split(' ').includes(head));
  if (named) return named;
  for (let i = previous.length - 1; i >= 0 && i >= previous.length - 6; i--) {
    const x = previous[i]!;
    const there = sentenceAt(doc, x.cue.start);
    if (there === undefined || here - there > 1) return undefined;
    if (!x.source || !x.sourceRange || x.sourceRange.start >= range.start) continue;
    const c = canonical(x.source);
    if (kinds.includes(c.kind) && (c.kind !== 'person' || norm(c.name).includes(head) || c.role === head)) return c;
  }
  return undefined;
}

/** People a news lede describes before it names them ("A Winnipeg woman says …"). */
const LEDE_PEOPLE = new Set([...DESCRIBED_PEOPLE, 'man', 'woman', 'mother', 'father', 'teen', 'girl', 'boy', 'grandmother', 'grandfather', 'mom', 'dad', 'widow', 'survivor', 'worker', 'employee', 'farmer', 'driver', 'patient', 'parent']);

/**
 * "A Vancouver peewee hockey coach says he is amazed … Stephen Gillis said the video …": an indefinite
 * description of one person that speaks, then a person named in full who speaks in the next sentence and
 * was not named before (photo captions aside): the description is that person, introduced the news way.
 */
function namedNext(r: Resolver, a: AttributionDraft, toks: Token[], last: Token): ActorDraft | undefined {
  if (toks[0]!.lower !== 'a' && toks[0]!.lower !== 'an' && toks[0]!.lower !== 'one') return undefined;
  if (!startsLower(last.text) || !LEDE_PEOPLE.has(last.lower) || toks.length > 7) return undefined;
  if (toks.some((t) => t.lower === 'of' || t.lower === 'who' || t.lower === 'and' || t.text === ',')) return undefined;
  const doc = r.draft.doc;
  const si = sentenceAt(doc, a.cue.start);
  if (si === undefined) return undefined;
  const next = doc.sentences[si + 1];
  if (!next || next.paragraph - doc.sentences[si]!.paragraph > 1) return undefined;
  for (const range of sourcesBySentence(r).get(si + 1) ?? []) {
    const words = tokensIn(doc, range);
    // The name opens the next sentence as its subject.
    if (words.length < 2 || words.length > 3 || !words.every(isNameWord) || words[0]!.i !== next.firstToken) continue;
    const p = r.byName.get(norm(doc.input.slice(range.start, range.end)));
    const c = p && canonical(p);
    if (!c || c.kind !== 'person') return undefined;
    const seen = c.mentions.some((m) => {
      if (m.start >= a.cue.start) return false;
      const ms = sentenceAt(doc, m.start);
      return ms === undefined || !captionParagraph(doc, doc.sentences[ms]!.paragraph);
    });
    return seen ? undefined : c;
  }
  return undefined;
}

/** Head nouns of a body that "it" may refer back to ("The ministry's travel office … It urged"). */
const IT_BODIES = new Set(['office', 'ministry', 'department', 'agency', 'committee', 'council', 'commission', 'board', 'bureau', 'association', 'union', 'company', 'firm', 'organization', 'organisation', 'institute', 'foundation', 'coalition']);
/**
 * "The foreign ministry's consular office also published a notice … It urged …": "it" opening a sentence is
 * the body the sentence before opens with, when that subject is a phrase the recognisers left alone ("The"
 * + up to six words ending in a body's head noun, then a lower-case verb).
 */
function bodySubjectBefore(r: Resolver, range: Range): ActorDraft | undefined {
  const doc = r.draft.doc;
  const ts = doc.tokens;
  const si = sentenceAt(doc, range.start);
  if (si === undefined || si === 0) return undefined;
  const own = doc.sentences[si]!;
  if (ts[own.firstToken]!.start !== range.start) return undefined;
  const prev = doc.sentences[si - 1]!;
  if (own.paragraph - prev.paragraph > 1) return undefined;
  const k = prev.firstToken;
  if (ts[k]?.text !== 'The') return undefined;
  for (let e = k + 1; e < prev.lastToken && e - k <= 6; e++) {
    const t = ts[e]!;
    if (!/^[\p{L}'’-]+$/u.test(t.text)) return undefined;
    const next = ts[e + 1];
    if (startsLower(t.text) && IT_BODIES.has(t.lower) && next && next.i < prev.lastToken && /^\p{Ll}+$/u.test(next.text) && !NAME_LINKS.has(next.lower) && !PREPS.has(next.lower)) {
      // "The committee": a definite description of a body named before ("the Commons pensions committee").
      if (e === k + 1) return nearestBefore(r, t.start, 3000, (x) => x.kind !== 'person' && norm(x.name).split(' ').includes(t.lower));
      const phrase = headOf(doc, ts.slice(k, e + 1));
      return phrase.length > 0 ? actorFor(r, phrase, { start: phrase[0]!.start, end: t.end }) : undefined;
    }
  }
  return undefined;
}

/** "his office said", "the office said": the nearest body named "… Office" before (within 3,000 characters). */
function namedOffice(r: Resolver, toks: Token[], range: Range): ActorDraft | undefined {
  if (toks.length !== 2 || toks[1]!.lower !== 'office' || !(POSSESSIVE_PRONOUNS.has(toks[0]!.lower) || toks[0]!.lower === 'the')) return undefined;
  const known = nearestBefore(r, range.start, 3000, (x) => x.kind !== 'person' && /\sOffice$/.test(x.name));
  if (known) return known;
  // A name the recognisers left alone: the capitalised run ending in "Office" in the 300 tokens before.
  const ts = r.draft.doc.tokens;
  for (let k = toks[0]!.i - 1; k > 0 && toks[0]!.i - k < 300; k--) {
    if (ts[k]!.text !== 'Office') continue;
    let b = k;
    while (b > 0 && k - b < 5 && ts[b - 1]!.sentence === ts[k]!.sentence && startsUpper(ts[b - 1]!.text)) b--;
    if (b === k) return undefined;
    return phraseActor(r, ts.slice(b, k + 1), 'organization', 'sources/named-office');
  }
  return undefined;
}

/**
 * "In its two-page statement claiming responsibility, the group said": a document owned by a pronoun in an
 * opening "In …," phrase belongs to the subject right after the comma (the pronoun points forward).
 */
function framingOwner(r: Resolver, toks: Token[]): ActorDraft | undefined {
  const n = toks.length;
  if (n < 2 || n > 4 || !POSSESSIVE_PRONOUNS.has(toks[0]!.lower)) return undefined;
  const noun = toks[n - 1]!.lower;
  if (!DOCUMENTS.has(noun) && !AUTHORED.has(noun)) return undefined;
  const doc = r.draft.doc;
  const ts = doc.tokens;
  const lead = ts[toks[0]!.i - 1];
  if (!lead || lead.lower !== 'in' || lead.sentence !== toks[0]!.sentence) return undefined;
  const s = doc.sentences[lead.sentence]!;
  if (lead.i !== s.firstToken && ts[lead.i - 1]!.text !== ',') return undefined;
  let c = toks[n - 1]!.i + 1;
  while (c < s.lastToken && c - toks[n - 1]!.i < 12 && ts[c]!.text !== ',') c++;
  const subj = ts[c + 1];
  if (c >= s.lastToken || ts[c]!.text !== ',' || !subj) return undefined;
  // The longest actor mention starting on the word after the comma.
  const ms = r.mentions;
  let best: ActorDraft | undefined;
  let len = 0;
  for (let i = firstFrom(ms, subj.start, (m) => m.start); i < ms.length && ms[i]!.start === subj.start; i++) {
    if (ms[i]!.end - ms[i]!.start > len) { best = ms[i]!.actor; len = ms[i]!.end - ms[i]!.start; }
  }
  const c0 = best && canonical(best);
  if (!c0) return undefined;
  const g = toks[0]!.lower === 'his' ? 'm' : toks[0]!.lower === 'her' ? 'f' : '';
  // "its" / "their" owner is a body or a group; "his" / "her" a person of that gender.
  if (g ? c0.kind !== 'person' || genderOf(r, c0) === (g === 'm' ? 'f' : 'm') : c0.kind === 'person') return undefined;
  return c0;
}

/** Documents that speak for their author ("the report said", "a statement said"). */
const DOCUMENTS = new Set(['statement', 'release', 'report', 'study', 'tweet', 'post', 'letter', 'notice', 'memo', 'email', 'e-mail', 'filing', 'survey', 'analysis', 'review', 'audit', 'document', 'paper', 'brief', 'submission']);
/** Verbs that write a document ("economist Ann Ruiz wrote in a report", "they tweeted"). */
const WRITING_VERBS = new Set(['wrote', 'writes', 'tweeted', 'posted', 'published', 'released', 'issued', 'filed', 'authored', 'commissioned', 'prepared', 'sent']);
/** Lower-case adjectives allowed before the document noun ("the two-page statement", "a recent report"). */
const isModifier = (t: Token) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !PREPS.has(t.lower);

/**
 * "the report said", "A statement said": a document with no author written in the phrase speaks for the
 * author of the document the story just wrote about — "A study by the Acme Institute found …", "economist
 * Ann Ruiz wrote in a report", "they tweeted" — in the three sentences before; an indefinite "a statement"
 * right after a speaker is that speaker's.
 */
function documentAuthor(r: Resolver, a: AttributionDraft, toks: Token[], previous: AttributionDraft[]): ActorDraft | undefined {
  const n = toks.length;
  // A common noun ("the report"), not a title ("The Post").
  if (n < 2 || n > 4 || !ARTICLES.has(toks[0]!.lower) || !/^\p{Ll}+$/u.test(toks[n - 1]!.text) || !DOCUMENTS.has(toks[n - 1]!.lower) || !toks.slice(1, -1).every(isModifier)) return undefined;
  const doc = r.draft.doc;
  const ts = doc.tokens;
  // "a report by the think-tank Demos": the author is written right after; other rules read it.
  const after = ts[toks[n - 1]!.i + 1];
  if (after && (after.lower === 'by' || after.lower === 'from' || after.lower === 'of')) return undefined;
  // An author is a named body or person ("Acme Institute", "Ann Ruiz"), not "research" or "findings".
  const named = (x: ActorDraft) => startsUpper(x.name) && !DOCUMENTS.has(x.name.toLowerCase());
  const si = sentenceAt(doc, toks[0]!.start);
  if (si === undefined) return undefined;
  const own = doc.sentences[si]!;
  for (let p = si - 1; p >= 0 && si - p <= 3; p--) {
    const s = doc.sentences[p]!;
    if (own.paragraph - s.paragraph > 2 || s.lastToken - s.firstToken > 80) break;
    for (let k = s.firstToken; k < s.lastToken; k++) {
      const t = ts[k]!;
      const docNoun = DOCUMENTS.has(t.lower) || (t.lower.endsWith('s') && DOCUMENTS.has(t.lower.slice(0, -1)));
      if (!docNoun && !WRITING_VERBS.has(t.lower)) continue;
      // "A study by the Acme Institute", "a report from Acme".
      const by = ts[k + 1];
      if (docNoun && by && (by.lower === 'by' || by.lower === 'from') && k + 2 < s.lastToken) {
        const named = capitalisedRun(ts, k + 2, s.lastToken);
        if (named) {
          const range = { start: named[0]!.start, end: named[named.length - 1]!.end };
          const known = r.byName.get(norm(doc.input.slice(range.start, range.end)));
          if (known) { addMention(r, canonical(known), range); return canonical(known); }
          return actorFor(r, named, range);
        }
      }
      // The speaker whose cue sits in that sentence, when it wrote the document ("economist Ann Ruiz wrote in a
      // recent report", "they tweeted"), not when it spoke about one ("Ruiz said the report was late").
      let written = WRITING_VERBS.has(t.lower);
      for (let j = k - 1; !written && j >= s.firstToken && k - j <= 3; j--) written = ts[j]!.lower === 'in' || WRITING_VERBS.has(ts[j]!.lower);
      for (let i = previous.length - 1; i >= 0 && i >= previous.length - 20; i--) {
        const x = previous[i]!;
        if (x.cue.start < s.start) break;
        // "But the Commission report says …": the document speaking there is the same one.
        const same = !!x.sourceRange && x.sourceRange.start <= t.start && t.end <= x.sourceRange.end;
        if ((written || same) && x.cue.start < s.end && x.source && named(canonical(x.source))) return canonical(x.source);
      }
    }
  }
  // "The aid group Gatsby said its director was killed. A statement said …": the speaker just before.
  if (toks[0]!.lower === 'a' || toks[0]!.lower === 'an') {
    const x = previous[previous.length - 1];
    const ps = doc.sentences[si - 1];
    if (x?.source && ps && x.cue.start >= ps.start && x.cue.start < own.start && canonical(x.source).kind !== 'person' && named(canonical(x.source))) return canonical(x.source);
  }
  return undefined;
}

/** "the University of Calgary's School of Public Policy" from k: capitalised words and name links, no article. */
function capitalisedRun(ts: Token[], k: number, limit: number): Token[] | undefined {
  let b = k;
  if (ARTICLES.has(ts[b]!.lower)) b++;
  let e = b;
  while (e < limit && e - b < 10 && (startsUpper(ts[e]!.text) || ts[e]!.text === "'s" || (e > b && NAME_LINKS.has(ts[e]!.lower) && startsUpper(ts[e + 1]?.text ?? '')))) e++;
  return e > b ? ts.slice(b, e) : undefined;
}

/** "the mayor" opening a clause (sentence start, or after a comma) between `floor` and token i: the titled person. */
function titledSubjectBefore(r: Resolver, i: number, floor: number, g: 'm' | 'f', previous: AttributionDraft[]): ActorDraft | undefined {
  const ts = r.draft.doc.tokens;
  for (let k = i - 1; k > 0 && i - k < 150 && ts[k]!.start >= floor; k--) {
    const t = ts[k]!;
    if (t.text !== t.lower || !PERSON_TITLES.has(t.lower)) continue;
    const det = ts[k - 1]!;
    const next = ts[k + 1];
    if (det.lower !== 'the' || det.sentence !== t.sentence || !next || next.sentence !== t.sentence || !startsLower(next.text)) continue;
    const lead = ts[k - 2];
    if (lead && lead.sentence === t.sentence && lead.text !== ',') continue;
    const found = titledPerson(r, k - 1, t.lower, previous);
    if (!found) {
      // No "Mayor Ana Ruiz" written: the person an earlier "the mayor said" resolved to.
      const doc = r.draft.doc;
      for (let p = previous.length - 1; p >= 0 && p >= previous.length - 40; p--) {
        const x = previous[p]!;
        if (!x.source || !x.sourceRange || x.sourceRange.end > t.start) continue;
        const c = canonical(x.source);
        if (c.kind === 'person' && genderOf(r, c) !== (g === 'f' ? 'm' : 'f') &&
          (c.role === t.lower || doc.input.slice(x.sourceRange.start, x.sourceRange.end).toLowerCase() === `the ${t.lower}`)) return c;
      }
      return undefined;
    }
    const known = r.byName.get(norm(r.draft.doc.input.slice(found.start, found.end)));
    if (known) {
      const c = canonical(known);
      if (c.kind !== 'person' || genderOf(r, c) === (g === 'f' ? 'm' : 'f')) return undefined;
    }
    const p = actorFor(r, found.toks, { start: found.start, end: found.end });
    if (!p.role) p.role = t.lower;
    return p;
  }
  return undefined;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);
const MUNICIPAL = new Set(['city', 'town', 'village', 'county', 'municipality', 'township', 'district']);
const PUBLISHED = new Set(['website', 'database', 'report', 'data', 'records', 'figures', 'statistics', 'study', 'survey', 'filing', 'filings', 'release', 'statement', 'tweet', 'post']);

/**
 * The capitalised owner of a published thing: "Infrastructure Canada's public database" (a possessive,
 * then lower-case words) or "the Acme website" (an article, a name, the noun). Person-style owners
 * of two words ("Foster's book") are left to the surname rules; tokens with the possessive cut.
 */
function publisher(toks: Token[]): Token[] | undefined {
  const n = toks.length;
  if (n < 2 || n > 8 || !PUBLISHED.has(toks[n - 1]!.lower)) return undefined;
  let p = n - 2;
  while (p > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[p]!.text) && !isPoss(toks[p]!)) p--;
  const t = toks[p]!;
  if (isPoss(t) && startsUpper(t.text)) {
    let b = p;
    while (b > 0 && p - b < 3 && isNameWord(toks[b - 1]!)) b--;
    if (b === p) return undefined;
    const cut = t.lower.endsWith('s') ? 2 : 1;
    return [...toks.slice(b, p), extend(t, { end: t.end - cut, text: t.text.slice(0, -cut), lower: t.lower.slice(0, -cut) })];
  }
  if (!ARTICLES.has(toks[0]!.lower) || n < 3 || n > 6) return undefined;
  const mid = toks.slice(1, n - 1);
  return mid.every(isNameWord) ? mid : undefined;
}
const QUANTIFIERS = new Set(['one', 'some', 'many', 'several', 'most', 'few', 'two', 'three', 'four', 'all', 'none', 'each']);
const isNameWord = (t: Token) => /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(t.text) && !isPoss(t) && !PERSON_TITLES.has(t.lower);

/**
 * "Global Affairs says": a one-word speaker read off the name's last word only ("Affairs"), while the
 * phrase is a longer capitalised name that opens with no given name or title.
 */
function clippedName(doc: Doc, a: ActorDraft, head: Token[], mentionStart: number): boolean {
  if (a.kind !== 'person' || a.rule !== 'actors/speaking-name' || /\s/.test(a.name) || head.length < 2 || head.length > 4) return false;
  if (mentionStart < head[0]!.start || a.name.toLowerCase() !== head[head.length - 1]!.lower || !head.every(isNameWord)) return false;
  const tags = tokenTags(doc, head[0]!.i);
  return !tags.has('FirstName') && !tags.has('Person') && !isGiven(head[0]!.text);
}

/** The actor named by exactly these tokens: a known one, else a new one of that kind. */
function phraseActor(r: Resolver, toks: Token[], kind: ActorKind, rule: string): ActorDraft {
  const range = { start: toks[0]!.start, end: toks[toks.length - 1]!.end };
  const name = r.draft.doc.input.slice(range.start, range.end);
  const known = r.byName.get(norm(name));
  if (known) { addMention(r, canonical(known), range); return canonical(known); }
  const actor = actorDraft({ name, kind, aliases: [], mentions: [], rule });
  r.draft.actors.push(actor);
  r.byName.set(norm(name), actor);
  addMention(r, actor, range);
  return actor;
}

/** "the Kenya Red Cross": a place or name before a known body's name is another body (its branch). */
function localBranch(a: ActorDraft, head: Token[], mentionStart: number): boolean {
  if ((a.kind !== 'organization' && a.kind !== 'media') || head.length < 2 || head.length > 5 || mentionStart <= head[0]!.start) return false;
  const before = head.filter((t) => t.start < mentionStart);
  if (!head.every(isNameWord)) return false;
  const name = a.name.toLowerCase();
  return before.every((t) => !name.includes(t.lower));
}

/** The phrase ends in two full names joined by "and" ("Tore Sohlberg and Lehla Abreder"): those tokens. */
function coordinatedNames(head: Token[]): Token[] | undefined {
  const n = head.length;
  let e = n;
  while (e > 0 && n - e < 4 && isNameWord(head[e - 1]!)) e--;
  if (n - e < 2 || e < 3 || head[e - 1]!.lower !== 'and') return undefined;
  let b = e - 1;
  while (b > 0 && e - 1 - b < 4 && isNameWord(head[b - 1]!)) b--;
  // "Federation of Red Cross and Red Crescent Societies": a linking word before the pair makes one name.
  if (e - 1 - b < 2 || (b > 0 && (startsUpper(head[b - 1]!.text) || NAME_LINKS.has(head[b - 1]!.lower)))) return undefined;
  return head.slice(b);
}
const GROUP_KINDS = new Set<ActorKind>(['group', 'government', 'organization', 'armed_group']);

/**
 * A common-noun actor ("officials") mentioned on the head word of a longer phrase whose words before it
 * narrow it ("South Korean officials", "justice officials", "some residents"): not a possessive, a
 * pronoun or a name of its own.
 */
function narrowedGroup(a: ActorDraft, head: Token[], mentionStart: number): boolean {
  if (!GROUP_KINDS.has(a.kind) || !startsLower(a.name) || /\s/.test(a.name) || head.length < 2 || head.length > 4) return false;
  const last = head[head.length - 1]!;
  if (mentionStart !== last.start || !/^\p{Ll}+$/u.test(last.text)) return false;
  return head.slice(0, -1).every((t) => /^[\p{L}-]+$/u.test(t.text) && !isPoss(t) && !POSSESSIVE_PRONOUNS.has(t.lower) && !ARTICLES.has(t.lower) && !PRONOUN_SOURCES[t.lower] && !PERSON_TITLES.has(t.lower));
}

function resolveSource(r: Resolver, a: AttributionDraft, previous: AttributionDraft[]): ActorDraft | undefined {
  const doc = r.draft.doc;
  const range = a.sourceRange!;
  const toks = tokensIn(doc, range);
  // "the National Institute" + "on Drug Abuse", "a person familiar" + "with the talks": the name goes on.
  toks.push(...nameTail(doc, toks));
  // "an architect who", "the ministry, which": the phrase before the relative pronoun names the speaker.
  while (toks.length > 1 && (RELATIVE_PRONOUNS.has(toks[toks.length - 1]!.lower) || toks[toks.length - 1]!.text === ',')) toks.pop();
  if (toks.length === 0) return undefined;
  // "He's claiming": a pronoun fused with its auxiliary speaks as the pronoun.
  const fused = toks.length === 1 ? /^(\p{L}+)['\u2019](?:s|d|ll|ve|re)$/u.exec(toks[0]!.text) : null;
  if (fused && PRONOUN_SOURCES[fused[1]!.toLowerCase()] !== undefined) toks[0] = extend(toks[0]!, { text: fused[1]!, lower: fused[1]!.toLowerCase(), end: toks[0]!.start + fused[1]!.length });
  // Pronouns: he/she → nearest person; it/they → nearest organisation-like actor.
  if (toks.length === 1 && PRONOUN_SOURCES[toks[0]!.lower] !== undefined) {
    const p = PRONOUN_SOURCES[toks[0]!.lower]!;
    if (toks[0]!.lower === 'i' || toks[0]!.lower === 'we') {
      // Inside a quote, "I said" is the quoted speaker: leave it.
      return undefined;
    }
    if (p === 'person') {
      const g = toks[0]!.lower === 'she' ? 'f' : 'm';
      const who = personPronoun(r, toks[0]!, g, range, previous);
      return who && namedInOwnContent(r, a, who) ? otherSpeaker(r, who, g, range, previous) ?? who : who;
    }
    const want = (x: ActorDraft) => x.kind !== 'person';
    // "Several executives have warned … They say …": plural speakers just before are "they".
    if (toks[0]!.lower === 'they') {
      const p = previous[previous.length - 1];
      if (p?.source && p.sourceRange && range.start - p.sourceRange.end < 600 && want(p.source) && (p.source.name.toLowerCase().endsWith('s') || p.source.name.toLowerCase().includes(' and '))) return p.source;
    }
    if (toks[0]!.lower === 'it') {
      const subj = bodySubjectBefore(r, range) ?? sentenceSubjectBefore(r, range.start, want);
      if (subj) return subj;
    }
    return nearestBefore(r, range.start, 3000, want) ?? [...previous].reverse().find((x) => x.source && want(x.source))?.source;
  }
  // "her statement read", "Foster's book says": the author speaks through what they wrote.
  if (toks.length === 2 && AUTHORED.has(toks[1]!.lower)) {
    const owner = toks[0]!;
    if (owner.lower === 'his' || owner.lower === 'her') return personPronoun(r, owner, owner.lower === 'her' ? 'f' : 'm', range, previous);
    if (isPoss(owner) && /^\p{Lu}\p{Ll}/u.test(owner.text)) {
      const bare: Token = extend(owner, { text: owner.text.replace(/['’]s?$/, ''), lower: owner.lower.replace(/['’]s?$/, '') });
      const p = personBySurname(r, bare, range.start);
      if (p) { addMention(r, p, { start: bare.start, end: bare.start + bare.text.length }); return p; }
    }
  }
  // "said his office": the office the story named ("the Prime Minister's Office").
  const office = namedOffice(r, toks, range);
  if (office) return office;
  // "In its statement, the ministry said": the owner is the subject after the opening phrase.
  const framed = framingOwner(r, toks);
  if (framed) return framed;
  // "A study by the Fraser Institute found … the report said": the author of the document just written about.
  const author = documentAuthor(r, a, toks, previous);
  if (author) return author;
  // "Infrastructure Canada's public database", "the Acme website": the body behind what it published.
  const owner = publisher(toks);
  if (owner) {
    const known = r.byName.get(norm(owner.map((t) => t.text).join(' ')));
    const or = { start: owner[0]!.start, end: owner[owner.length - 1]!.end };
    if (known) { addMention(r, canonical(known), or); return canonical(known); }
    return actorFor(r, owner, or);
  }
  let head = headOf(doc, toks);
  if (head.length === 0) return undefined;
  // "its defense ministry": the owner is resolved separately; the phrase is its own actor.
  // "Taliban's" is one token: split the owner off so "The Taliban's government" can speak as the Taliban.
  let sIdx = head.findIndex((t) => t.text === "'s");
  if (sIdx < 0) {
    const p = head.findIndex((t, i) => i < head.length - 1 && isPoss(t));
    if (p >= 0) {
      const t = head[p]!;
      const cut = t.lower.endsWith("'s") ? 2 : 1;
      const owner: Token = extend(t, { end: t.end - cut, text: t.text.slice(0, -cut), lower: t.lower.slice(0, -cut) });
      head = [...head.slice(0, p), owner, extend(t, { start: t.end - cut, text: t.text.slice(-cut), lower: t.lower.slice(-cut) }), ...head.slice(p + 1)];
      sIdx = p + 1;
    }
  }
  if (sIdx > 0 && sIdx === head.length - 2 && SELF_HEADS.has(head[head.length - 1]!.lower)) head = head.slice(0, sIdx);
  const headRange = { start: head[0]!.start, end: head[head.length - 1]!.end };
  const last = head[head.length - 1]!;
  // "Donald Tusk, the president of the council, urged": a description in apposition after a name.
  const before = startsLower(toks[0]!.text) || /^(?:One|An?|The)$/.test(toks[0]!.text) ? namedBefore(doc, toks[0]!.i) : undefined;
  if (before) return actorFor(r, before, { start: before[0]!.start, end: before[before.length - 1]!.end });
  // "says Campbell's partner, Jason Louth": a role named in apposition right after is that person.
  const described = startsLower(last.text) || /^(?:one|a|an|the|another)$/.test(toks[0]!.lower);
  const named = described ? appositiveName(doc, toks[toks.length - 1]!.i) : undefined;
  if (named) return actorFor(r, named, { start: named[0]!.start, end: named[named.length - 1]!.end });
  // "Hamilton said", "Ms. May said": a surname names the person written in full elsewhere, before a
  // place or a company of that name.
  const bare = surnameOnly(head);
  if (bare) {
    const p = personBySurname(r, bare, range.start);
    if (p) { addMention(r, p, { start: bare.start, end: bare.end }); return p; }
  }
  // "Tore Sohlberg and Lehla Abreder said": two people named in full speak together.
  const pair = coordinatedNames(head);
  if (pair) return phraseActor(r, pair, 'group', 'sources/coordinated-names');
  // "Rally Canada, the group behind it, said … The group says": the speaker just before, when it fits.
  if (head.length === 1 && toks[0]!.lower === 'the' && BACK_REFERENCE[last.lower]) {
    const speaker = lastSpeakerOfKind(r, range, BACK_REFERENCE[last.lower]!, last.lower, previous);
    if (speaker) return speaker;
  }
  // An actor mentioned on the head word (the phrase's last word) is the speaker.
  const lastRange = { start: last.start, end: last.end };
  let best: ActorDraft | undefined;
  let bestLen = -1;
  // Indexed mentions starting in [range.start - 40, last.end): a bounded scan, not every actor's mentions.
  const ms = r.mentions;
  const lo = firstFrom(ms, lastRange.end, (m) => m.start);
  let bestStart = 0;
  for (let i = lo - 1; i >= 0 && ms[i]!.start >= range.start - 40; i--) {
    const m = ms[i]!;
    if (overlaps(m, lastRange) && m.end - m.start > bestLen) { best = m.actor; bestLen = m.end - m.start; bestStart = m.start; }
  }
  if (best) {
    const c = canonical(best);
    // "South Korean officials", "some residents": a common noun that the phrase narrows is its own group.
    if (narrowedGroup(c, head, bestStart)) return actorFor(r, head, headRange);
    if (localBranch(c, head, bestStart)) return phraseActor(r, head, c.kind, 'sources/local-branch');
    if (clippedName(doc, c, head, bestStart)) {
      // The actor is that longer name, most likely a body ("Global Affairs" was read as a person "Affairs").
      c.aliases.push(c.name);
      c.name = doc.input.slice(headRange.start, headRange.end);
      c.kind = 'organization';
      r.byName.set(norm(c.name), c);
      addMention(r, c, headRange);
    }
    return c;
  }
  const firstLower = toks[0]!.lower;
  // "the mayor said": the person written earlier as "Mayor Doug McCallum" / "Surrey mayor Doug McCallum".
  if (head.length <= 2 && (firstLower === 'the' || POSSESSIVE_PRONOUNS.has(firstLower)) && PERSON_TITLES.has(last.lower)) {
    const titled = titledPerson(r, toks[0]!.i, last.lower, previous);
    if (titled) {
      const p = actorFor(r, titled.toks, { start: titled.start, end: titled.end });
      if (!p.role) p.role = last.lower;
      return p;
    }
  }
  // "according to the city": the city's government written earlier as "City of Surrey".
  if (head.length === 1 && firstLower === 'the' && MUNICIPAL.has(last.lower)) {
    const found = nearestBefore(r, range.start, 6000, (x) => x.kind !== 'person' && norm(x.name).startsWith(`${last.lower} of `));
    if (found) return found;
  }
  // "the ministry said", "the group said": the nearest earlier actor of a compatible kind.
  if (head.length === 1 && (firstLower === 'the' || POSSESSIVE_PRONOUNS.has(firstLower)) && BACK_REFERENCE[last.lower]) {
    const kinds = BACK_REFERENCE[last.lower]!;
    const speaker = lastSpeakerOfKind(r, range, kinds, last.lower, previous);
    if (speaker) return speaker;
    const found = nearestBefore(r, range.start, 4000, (x) => kinds.includes(x.kind) && (x.kind !== 'person' || norm(x.name).includes(last.lower) || x.role === last.lower));
    if (found) return found;
  }
  // "A Vancouver hockey coach says … Stephen Gillis said …": the lede's person, named in the next sentence.
  const lede = namedNext(r, a, toks, last);
  if (lede) return lede;
  // "the lanky, bespectacled professor said": a description of someone the story is about — the person
  // named as a subject just before (kin words introduce someone new: "the father said").
  if (definite(doc, toks) && toks.length <= 10 && startsLower(last.text) && DESCRIBED_PEOPLE.has(last.lower) &&
    // "the father of the victim" is someone else; "the founder of Acme Press" is a role.
    !toks.some((t, i) => (t.lower === 'of' || t.lower === 'at') && !startsUpper(toks[i + 1]?.text ?? ''))) {
    const m = personBefore(r, toks[0]!.i, 'm');
    const f = personBefore(r, toks[0]!.i, 'f');
    const near = m && f ? (m.start > f.start ? m : f) : m ?? f;
    if (near && range.start - near.end < 1500) return actorFor(r, near.toks, { start: near.start, end: near.end });
  }
  // "a Pakistani military official": a person-like unnamed source, affiliated to the body it names.
  const unnamed = sIdx < 0 && !r.byName.has(norm(doc.input.slice(headRange.start, headRange.end))) ? unnamedSource(r.draft, head, headRange, r.byName) : undefined;
  if (unnamed) { r.byName.set(norm(unnamed.name), unnamed); addMention(r, unnamed, headRange); return unnamed; }
  const actor = actorFor(r, head, headRange);
  // "Pakistan's military": the owner becomes the affiliation.
  if (sIdx > 0 && !actor.affiliation && actor.mentions.length === 1) {
    const ownerToks = head.slice(0, sIdx);
    const ownerRange = { start: ownerToks[0]!.start, end: ownerToks[ownerToks.length - 1]!.end };
    const owner = r.draft.actors.find((x) => x !== actor && x.mentions.some((m) => overlaps(m, ownerRange)));
    if (owner) actor.affiliation = canonical(owner);
    else if (ownerToks.every((t) => startsUpper(t.text))) actor.affiliation = actorFor(r, ownerToks, ownerRange);
  }
  return actor;
}

export function linkSources(draft: Draft): void {
  const atts = draft.attributions.filter((a) => !a.dropped && !a.source && a.sourceRange).sort((a, b) => a.cue.start - b.cue.start);
  if (atts.length === 0) return;
  const r: Resolver = { draft, mentions: indexMentions(draft), byName: new Map(), fullNames: new Map(), givenGenders: new Map(), genders: new Map() };
  for (const a of draft.actors) if (!a.mergedInto) r.byName.set(norm(a.name), a);
  const done: AttributionDraft[] = [];
  // Attributions sharing one source phrase ("rejected … and said") share one actor.
  const cache = new Map<string, ActorDraft | undefined>();
  for (const a of atts) {
    const key = `${a.sourceRange!.start}:${a.sourceRange!.end}`;
    let s = cache.has(key) ? cache.get(key) : resolveSource(r, a, done);
    if (s && !cache.has(key)) s = personInName(r, canonical(s), a.sourceRange!);
    cache.set(key, s);
    if (s) a.source = canonical(s);
    done.push(a);
  }
}
