/**
 * The fast tagger: compromise-compatible tag sets for the tokens of one sentence, without loading
 * compromise. A compact port of compromise's pre-tagger on its own data (src/lexicon/words.generated.ts):
 * lexicon → title case → suffix → numbers → neighbours → noun fallback → noun/verb switches with their
 * clues; then a few of our own context rules for what the recognisers read (names after titles and first
 * names; "the claims" vs "he claims"). What it cannot decide is reported as `undecided`, so read.ts can
 * hand that sentence to compromise's full tagger.
 */
import type { Token } from '../doc.js';
import { CLUES, NEIGHBOURS, SUFFIXES } from '../lexicon/words.generated.js';
import { REPORTING_NOUNS, REPORTING_VERBS } from '../lexicon/reporting-cues.js';
import { addTag, endingTags, isOrgWord, isPlaceWord, lexiconWord, setTag, switchForm, withParents } from './model.js';

/** One compromise-style term: a word, or a part of a hyphenated or contracted token. */
interface Term {
  /** Index of the token it came from (relative to the sentence's first token). */
  tok: number;
  text: string;
  /** Lower case, curly apostrophes straightened. */
  normal: string;
  /** The lexicon key: `normal` without a possessive 's. */
  machine: string;
  tags: Set<string>;
  form?: string;
  /** A switch word decided by our own context rules (or unambiguous): no fallback needed. */
  decided?: boolean;
  /** First term of the sentence, or first after an opening quote: title case says nothing there. */
  opens: boolean;
  /** A word implied by a contraction ("not" in "didn't"): a neighbour for the rules, no tags of its own. */
  implicit?: boolean;
}

export interface Tagged {
  /** Tags per token of the sentence (punctuation: empty). */
  tags: Set<string>[];
  /** Tokens (sentence-relative) holding a noun/verb switch word nothing in reach decided. */
  undecided: number[];
}

const APOSTROPHES = /[’‘`]/;
const LETTER_FIRST = /^\p{L}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;
const TITLE = /^\p{Lu}[\p{Ll}']/u;
const DIGIT = /\d/;
const NUMBER = /^[-+]?\d+(?:,\d{3})*(?:\.\d+)?\+?$/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const PERCENT = /^\d+(?:\.\d+)?%$/;
const NUMERIC_UNIT = /^[\d.]{1,12}[a-z°]{1,4}$/;
const ACRONYM = /^[A-Z]{2,5}$/;
const UPPER_S = /^[A-Z]{3,5}s$/;
const ONE_LETTER = /^[A-Z]$/;
const QUOTES = new Set(['"', "'", '“', '‘', '«', '(', '[']);
const NOT_PROPER = ['Date', 'Month', 'WeekDay', 'Unit', 'Expression'];
const UNCOUNTABLE = ['Acronym', 'Abbreviation', 'ProperNoun', 'Uncountable', 'Possessive', 'Pronoun', 'Activity', 'Honorific', 'Month'];
const PLACE_ACRONYMS = new Set(['la', 'ny', 'us', 'dc', 'gb', 'uk']);
const SWITCH_PREFIX = /^(?:under|over|mis|re|un|dis|semi)-?/;

/** Bases of "can't", "won't", "shan't", "ain't". */
const NOT_BASES: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
const CLITICS: Readonly<Record<string, string>> = { "'re": 'are', "'ll": 'will', "'ve": 'have', "'d": 'would', "'m": 'am', "'s": 'is' };
const S_IS = new Set(['he', 'she', 'it', 'that', 'there', 'what', 'who', 'where', 'here', 'let']);

function looksPlural(s: string): boolean {
  if (s.length <= 3) return false;
  if (s.endsWith('men') || s.endsWith('feet') || s.endsWith('mice')) return true;
  if (!s.endsWith('s')) return false;
  return !/(?:bus|mas|was|ias|xas|vas|cis|lis|nis|ois|ris|sis|tis|xis|aus|cus|eus|fus|gus|ius|lus|nus|das|ous|pus|rus|sus|tus|xus|aos|igos|ados|ogos|'s|ss)$/.test(s);
}

function suffixTag(s: string): string | undefined {
  const max = Math.min(7, s.length - 1);
  for (let n = max; n > 1; n--) {
    const tag = SUFFIXES[n]?.[s.slice(s.length - n)];
    if (tag) return tag;
  }
  return undefined;
}

/** Split one token into compromise-style terms. */
function termsOf(tok: Token, rel: number, opens: boolean, out: Term[]): void {
  const text = APOSTROPHES.test(tok.text) ? tok.text.replace(/[’‘`]/g, "'") : tok.text;
  const push = (t: string, machine?: string, tags?: string[], implicit?: boolean) => {
    const normal = implicit ? machine! : t.toLowerCase();
    const term: Term = { tok: rel, text: t, normal, machine: machine ?? normal, tags: new Set(), opens, implicit };
    if (tags) for (const g of tags) addTag(term.tags, g);
    out.push(term);
    opens = false;
  };
  const lower = text === tok.text ? tok.lower : text.toLowerCase();
  // "year-old", "Abu-Dhabi": each part is a term (compromise splits on hyphens too).
  if (text.includes('-') && !lexiconWord(lower) && text.length > 2) {
    const parts = text.split('-').filter((p) => p !== '');
    if (parts.length > 1 && parts.length <= 6) { for (const p of parts) push(p); return; }
  }
  if (!text.includes("'")) { push(text); return; }
  // "didn't", "they're", "he's": compromise splits off the clitic as an implied word with no text of its
  // own, so the token carries the first word's tags only.
  const nt = /^(\p{L}+)n't$/u.exec(lower);
  if (nt) { push(text, NOT_BASES[nt[1]!] ?? nt[1]!); push('', 'not', undefined, true); return; }
  const cl = /^(\p{L}+)('re|'ll|'ve|'d|'m|'s)$/u.exec(lower);
  if (cl) {
    const base = cl[1]!;
    const pronoun = lexiconWord(base)?.includes('Pronoun') === true || S_IS.has(base);
    if (cl[2] !== "'s" || pronoun) { push(text, base); push('', CLITICS[cl[2]!], undefined, true); return; }
    push(text, base, ['Possessive']);
    return;
  }
  if (/^\p{L}+s'$/u.test(lower)) { push(text, lower.slice(0, -1), ['Possessive']); return; }
  push(text);
}

/** Second pass: what the word alone says (lexicon, title case, suffix, number shape). */
function byWord(t: Term, index: number, headline: boolean): void {
  const lex = lexiconWord(t.machine);
  if (lex) for (const g of lex) addTag(t.tags, g);
  t.form = switchForm(t.normal);
  if (!t.form && SWITCH_PREFIX.test(t.normal)) {
    const stem = t.normal.replace(SWITCH_PREFIX, '');
    if (stem.length > 3) t.form = switchForm(stem);
  }
  // An unknown (or known noun) title-case word inside a sentence is a proper noun.
  // In a headline ("Former White House Doctor Says") every word is title case: only unknown words are names.
  if ((!headline || !lex) && index !== 0 && !t.opens && TITLE.test(t.text) && !DIGIT.test(t.text) && t.normal !== 'the' && !hasAny(t.tags, NOT_PROPER)) {
    if (!t.tags.has('Noun')) t.tags.clear();
    addTag(t.tags, 'ProperNoun');
  }
  if (t.tags.size === 0 && !DIGIT.test(t.normal)) {
    const tag = suffixTag(t.normal);
    if (tag) addTag(t.tags, tag);
    else for (const g of endingTags(t.normal) ?? []) addTag(t.tags, g);
  }
  if (DIGIT.test(t.normal)) {
    if (NUMBER.test(t.normal)) { addTag(t.tags, 'Cardinal'); addTag(t.tags, 'NumericValue'); }
    else if (ORDINAL.test(t.normal)) { addTag(t.tags, 'Ordinal'); addTag(t.tags, 'NumericValue'); }
    else if (PERCENT.test(t.normal)) { addTag(t.tags, 'Percent'); addTag(t.tags, 'Cardinal'); addTag(t.tags, 'NumericValue'); }
    else if (NUMERIC_UNIT.test(t.normal)) addTag(t.tags, 'NumericValue');
    // "1990": a year (compromise tags four-digit numbers in this range as dates).
    if (/^\d{4}$/.test(t.normal) && +t.normal >= 1000 && +t.normal <= 2100) addTag(t.tags, 'Year');
  }
}

function plurality(t: Term): void {
  if (!t.tags.has('Noun') || t.tags.has('Plural') || t.tags.has('Singular')) return;
  if (hasAny(t.tags, UNCOUNTABLE)) return;
  addTag(t.tags, looksPlural(t.normal) ? 'Plural' : 'Singular');
}

function acronym(t: Term): boolean {
  let s = t.text;
  if (UPPER_S.test(s)) s = s.slice(0, -1);
  if (ACRONYM.test(s) && (PLACE_ACRONYMS.has(t.normal) || !lexiconWord(t.normal))) {
    t.tags.clear();
    addTag(t.tags, 'Acronym'); addTag(t.tags, 'Noun');
    if (PLACE_ACRONYMS.has(t.normal)) addTag(t.tags, 'Place');
    if (UPPER_S.test(t.text)) addTag(t.tags, 'Plural');
    return true;
  }
  if (ONE_LETTER.test(t.text) && t.text !== 'I' && t.text !== 'A') { t.tags.clear(); addTag(t.tags, 'Acronym'); addTag(t.tags, 'Noun'); return true; }
  return false;
}

const firstHit = (list: readonly (readonly [string, string])[], test: (k: string) => boolean) => list.find((a) => test(a[0]))?.[1];

/** Third pass: an unknown word guessed from its neighbours (compromise's two.neighbours), else a noun. */
function byNeighbours(c: Term[], i: number): void {
  const t = c[i]!;
  if (t.tags.size > 0) return;
  const l = c[i - 1];
  const r = c[i + 1];
  const tag = (l && firstHit(NEIGHBOURS.leftWords, (w) => w === l.normal)) ?? (r && firstHit(NEIGHBOURS.rightWords, (w) => w === r.normal)) ??
    (l && firstHit(NEIGHBOURS.leftTags, (g) => l.tags.has(g))) ?? (r && firstHit(NEIGHBOURS.rightTags, (g) => r.tags.has(g)));
  addTag(t.tags, tag ?? 'Noun');
}

const TITLE_CASE = /^\p{Lu}[\p{Ll}']/u;
/** compromise's 3rd-pass/03-orgWords.js: "Sudan Doctors Network" — title-case words before an org word. */
function orgName(c: Term[], i: number, headline: boolean): void {
  const isOrg = (t: Term | undefined, k: number) => !!t && !t.tags.has('FirstName') && !t.tags.has('Place') &&
    (t.tags.has('ProperNoun') || t.tags.has('Organization') || t.tags.has('Acronym') || (!headline && TITLE_CASE.test(t.text) && (k !== 0 || t.tags.has('Singular'))));
  if (!isOrgWord(c[i]!.machine) || !isOrg(c[i - 1], i - 1)) return;
  setTag(c[i]!.tags, 'Organization');
  for (let k = i - 1; k >= 0 && isOrg(c[k], k); k--) setTag(c[k]!.tags, 'Organization');
}

const PLACE_CONT = new Set(['athletic', 'city', 'community', 'eastern', 'federal', 'financial', 'great', 'historic', 'historical', 'local', 'memorial', 'municipal', 'national', 'northern', 'provincial', 'southern', 'state', 'western', 'spring', 'pine', 'sunset', 'view', 'oak', 'maple', 'spruce', 'cedar', 'willow']);
const NO_BEFORE = new Set(['center', 'centre', 'way', 'range', 'bar', 'bridge', 'field', 'pit']);
/** compromise's 3rd-pass/04-placeWords.js: "Bondi Beach", "Lake Como". */
function placeName(c: Term[], i: number, headline: boolean): void {
  const t = c[i]!;
  if (!isPlaceWord(t.machine)) return;
  const isPlace = (u: Term, k: number) => !u.tags.has('Organization') && !u.tags.has('Possessive') && !u.normal.endsWith("'s") &&
    (u.tags.has('ProperNoun') || u.tags.has('Place') || (!headline && TITLE_CASE.test(u.text) && (k !== 0 || u.tags.has('Singular'))));
  const place = (from: number, to: number) => { for (let k = from; k <= to; k++) setTag(c[k]!.tags, 'Place'); };
  for (let n = i - 1; n >= 0; n--) {
    if (PLACE_CONT.has(c[n]!.normal)) continue;
    if (isPlace(c[n]!, n)) { place(n, i); continue; }
    break;
  }
  if (NO_BEFORE.has(t.machine)) return;
  for (let n = i + 1; n < c.length; n++) {
    if (isPlace(c[n]!, n)) { place(i, n); return; }
    if (c[n]!.normal !== 'of' && !PLACE_CONT.has(c[n]!.normal)) return;
  }
}

/** Tags of a term, most specific first (more ancestors first), as compromise's clue look-up sorts them. */
function specificFirst(t: Term): string[] {
  return [...t.tags].sort((a, b) => withParents(b).length - withParents(a).length);
}

const clueTag = (t: Term | undefined, clues: Readonly<Record<string, string>>) => {
  if (!t) return undefined;
  for (const g of specificFirst(t)) if (clues[g]) return clues[g];
  return undefined;
};
const clueWord = (t: Term | undefined, clues: Readonly<Record<string, string | null>>) =>
  t && Object.prototype.hasOwnProperty.call(clues, t.normal) ? clues[t.normal] ?? undefined : undefined;

/** Whether a tag set holds any of the tags (a plain loop: this runs for every word). */
function hasAny(tags: ReadonlySet<string>, list: readonly string[]): boolean {
  for (const g of list) if (tags.has(g)) return true;
  return false;
}

/** compromise's ad-hoc leanings per switch form (3rd-pass/_adhoc.js). */
function adhoc(form: string, c: Term[], i: number): string | undefined {
  const t = c[i]!;
  const capital = t.tags.has('ProperNoun') && /^[A-Z][a-z]/.test(t.text) ? 'Noun' : undefined;
  switch (form) {
    case 'Adj|Noun': return capital ?? (!c[i + 1] && c[i - 1]?.tags.has('Determiner') ? 'Noun' : undefined);
    case 'Noun|Verb': return (i > 0 ? capital : undefined) ?? (i === 0 && !c[1] ? 'Infinitive' : undefined);
    case 'Plural|Verb': return capital ?? (i === 0 && !c[1] ? 'PresentTense' : undefined) ?? (i === 0 && c.length > 3 ? 'Plural' : undefined);
    case 'Person|Verb': return i !== 0 ? capital : undefined;
    case 'Person|Adj': return (i === 0 && c.length > 1) || capital ? 'Person' : undefined;
    case 'Adj|Gerund': case 'Actor|Verb': case 'Adj|Past': case 'Adj|Present': case 'Noun|Gerund': case 'Person|Noun': return capital;
    default: return undefined;
  }
}

/** compromise's switch step: a two-way word takes the reading its neighbours point to. */
function doSwitch(c: Term[], i: number): void {
  const t = c[i]!;
  if (!t.form || t.tags.has('Acronym')) return;
  const clues = CLUES[t.form];
  if (!clues) return;
  const b = c[i - 1]?.text !== 'also' ? i - 1 : Math.max(0, i - 2);
  let tag = clueWord(c[i + 1], clues.afterWords) ?? clueWord(c[b], clues.beforeWords) ?? clueTag(c[b], clues.beforeTags) ?? clueTag(c[i + 1], clues.afterTags);
  tag = adhoc(t.form, c, i) ?? tag;
  // "the new book", "a rival claim": after a determiner (and an adjective), a noun (post-tagger).
  const d = c[i - 1]?.tags.has('Adjective') ? c[i - 2] : c[i - 1];
  if ((t.form === 'Noun|Verb' || t.form === 'Plural|Verb') && d && (d.tags.has('Determiner') || (d.tags.has('Possessive') && d.tags.has('Pronoun')))) tag = t.normal.endsWith('s') ? 'Plural' : 'Singular';
  // "ways that help Mr. Putin": after a relative pronoun, before an object, a verb (post-tagger).
  const l = c[i - 1];
  if ((t.form === 'Noun|Verb' || t.form === 'Plural|Verb') && l && RELATIVES.has(l.normal) && c[i + 1] && hasAny(c[i + 1]!.tags, OBJECT_TAGS)) tag = t.form === 'Noun|Verb' ? 'Infinitive' : 'PresentTense';
  // "paying an architect", "blaming his rivals": an -ing word before a determiner takes an object (post-tagger).
  const r = c[i + 1];
  if (t.form.endsWith('|Gerund') && r && (r.tags.has('Determiner') || (r.tags.has('Possessive') && r.tags.has('Pronoun')))) tag = 'Gerund';
  if (!tag) return;
  // The other reading's tags go; a name's stay when the reading is a noun ("… Network", "Mr Said").
  const names = withParents(tag).includes('Noun') ? NAME_TAGS.filter((g) => t.tags.has(g)) : [];
  t.tags.clear();
  addTag(t.tags, tag);
  for (const g of names) addTag(t.tags, g);
  plurality(t);
}

const RELATIVES = new Set(['that', 'which', 'who']);
const OBJECT_TAGS = ['Determiner', 'Pronoun', 'ProperNoun', 'Possessive'];
const NAME_TAGS = ['ProperNoun', 'Organization', 'Place', 'Person', 'Acronym', 'Possessive'];

const NOUN_BEFORE = ['Determiner', 'Possessive', 'Adjective', 'Value', 'Preposition', 'Date', 'Gerund', 'Demonym'];
/** Quantifiers compromise may tag otherwise: "no question", "more attacks". */
const QUANTIFIERS = new Set(['no', 'any', 'some', 'more', 'most', 'many', 'few', 'several', 'such', 'other', 'fresh', 'new']);
const VERB_BEFORE = ['Modal', 'Auxiliary', 'Negative'];
const DO_FORMS = new Set(['do', 'does', 'did', 'to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should']);
const SUBJECT_TAGS = ['Pronoun', 'Person', 'ProperNoun', 'Plural', 'Singular'];
const CLAUSE_AFTER = new Set(['that', 'the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'there', 'on', 'in', 'him', 'them', 'us', 'me', 'you']);
const FINITE_AFTER = ['Copula', 'Modal', 'Auxiliary', 'PastTense'];

/**
 * Our own context rules for a two-way reporting word (noun or verb), the reading the attribution code
 * reads: "the claims", "his reports", "deny claims", "World Bank report" → noun; "he claims", "must
 * recall", "officials say", "claims that" → verb. Returns true when decided; false leaves it to the
 * fallback (a noun before an -s form and no clause after: "the book claims" or "business figures").
 */
function nounOrVerb(c: Term[], i: number): boolean {
  const t = c[i]!;
  let j = i - 1;
  // "previously stated", "it also mentions", "never claims": look past adverbs.
  while (j > 0 && (c[j]!.tags.has('Adverb') || c[j]!.tags.has('Negative')) && !DO_FORMS.has(c[j]!.normal)) j--;
  const l = c[j];
  const r = c[i + 1];
  const plural = t.normal.endsWith('s');
  const setTo = (noun: boolean) => {
    t.tags.clear();
    addTag(t.tags, noun ? (plural ? 'Plural' : 'Singular') : plural ? 'PresentTense' : 'Infinitive');
    plurality(t);
    t.decided = true;
    return true;
  };
  if (l && (DO_FORMS.has(l.machine) || hasAny(l.tags, VERB_BEFORE))) return setTo(plural && l.normal !== 'to');
  if (l && l.tags.has('Pronoun') && !l.tags.has('Possessive') && !l.tags.has('Determiner')) return setTo(false);
  // "McCrummen reports:", "Isinbayeva claims new …": an -s form after a name.
  if (l && plural && TITLE.test(l.text) && !l.tags.has('Demonym') && !l.tags.has('Possessive') && !l.tags.has('Date') && (!r || CLAUSE_AFTER.has(r.normal) || TITLE.test(r.text) || r.tags.has('Value') || r.tags.has('Adjective'))) return setTo(false);
  if (l && (QUANTIFIERS.has(l.normal) || hasAny(l.tags, NOUN_BEFORE))) return setTo(true);
  // "to deny claims", "had broken promises": the object of another verb.
  if (l && l.tags.has('Verb') && !l.tags.has('Copula') && (!l.form || l.tags.has('PastTense'))) return setTo(true);
  // "figures showed", "questions were raised": a finite verb after it makes it the subject.
  if (r && hasAny(r.tags, FINITE_AFTER) && !r.form) return setTo(true);
  // "claims that …", "officials say the …", "the book claims Mr …": a clause or an object after a subject.
  if (l && r && (CLAUSE_AFTER.has(r.normal) || (TITLE.test(r.text) && !r.tags.has('Date')) || r.tags.has('Value')) && hasAny(l.tags, SUBJECT_TAGS) && !l.tags.has('Verb')) return setTo(false);
  if (l && (l.tags.has('Noun') || l.tags.has('ProperNoun'))) {
    // A base form needs a plural subject: "ministers claim" (verb), "the inflation report" (noun).
    if (!plural) return setTo(!l.tags.has('Plural') || l.tags.has('Possessive'));
    // "the tests shows" is no English; "the book claims" / "business figures" stay open.
    if (l.tags.has('Plural')) return setTo(true);
  }
  // Last word of its clause: "The Times reports:", "officials say." (a verb after its subject); else a noun.
  if (!r && l && !l.tags.has('Conjunction')) {
    // "officials say." is a verb; "phone calls." a noun, "the president claims." a verb: left open.
    if (l.tags.has('Noun') && plural && !l.tags.has('Plural')) return false;
    return setTo(!(l.tags.has('Noun') && !plural && l.tags.has('Plural')));
  }
  return false;
}

/**
 * A few of compromise's post-tagger name rules (postTagger/model/person, nouns), the ones the source
 * code reads: "Sudan Doctors" (nouns before a doer noun are one doer, not a place), "Mr. Said" / "Dr
 * Jane Bowes" (a title before a name), "John Meyer", "Jordan Stewart" (a surname after a first name).
 */
const NOT_DOERS = ['Honorific', 'Pronoun', 'Possessive', 'Person'];
const RANKS = new Set(['lieutenant', 'corporal', 'sergeant', 'captain', 'admiral', 'major', 'colonel', 'marshal', 'president', 'queen', 'king']);
function names(c: Term[]): void {
  for (let i = 1; i < c.length; i++) {
    const t = c[i]!;
    const l = c[i - 1]!;
    // '[#Noun+] #Actor' (air-traffic-controller), not after a title, pronoun or possessive.
    if (t.tags.has('Actor') && !t.tags.has('Person')) {
      for (let k = i - 1; k >= 0 && c[k]!.tags.has('Noun') && !c[k]!.tags.has('Actor') && !hasAny(c[k]!.tags, NOT_DOERS); k--) setTag(c[k]!.tags, 'Actor');
    }
    // "President Wang", "Captain Smith": a rank before a name is a title.
    if (t.tags.has('ProperNoun') && RANKS.has(l.normal) && !t.tags.has('Place') && !t.tags.has('Organization')) addTag(l.tags, 'Honorific');
    // '#Honorific #FirstName? #ProperNoun': a title, then a name.
    if (t.tags.has('ProperNoun') && (l.tags.has('Honorific') || (l.tags.has('FirstName') && c[i - 2]?.tags.has('Honorific')))) {
      setTag(t.tags, 'Person');
      setTag(l.tags, 'Person');
    }
    // '#FirstName #Acronym? [#ProperNoun]', '#FirstName [#FirstName]': a surname.
    const first = l.tags.has('FirstName') ? l : l.tags.has('Acronym') && c[i - 2]?.tags.has('FirstName') ? c[i - 2] : undefined;
    if (first && t.tags.has('ProperNoun') && !t.tags.has('Possessive') && !first.tags.has('Possessive') && !t.tags.has('LastName')) setTag(t.tags, 'LastName');
  }
  for (let i = c.length - 2; i >= 0; i--) {
    // '[#ProperNoun] #Person': a name word before a name.
    if (c[i]!.tags.has('ProperNoun') && !c[i]!.tags.has('Person') && !c[i]!.tags.has('Possessive') && c[i + 1]!.tags.has('Person')) setTag(c[i]!.tags, 'Person');
  }
}

/** Title Case Headline: at least four words and most of the lower-case-able ones capitalised. */
function isHeadline(terms: Term[]): boolean {
  let words = 0, caps = 0;
  for (const t of terms) {
    if (!LETTER_FIRST.test(t.text)) continue;
    words++;
    if (TITLE.test(t.text)) caps++;
  }
  if (words < 4 || caps < words * 0.75) return false;
  // "… Says", "… Were", "From …": capitalised words that are no nouns ("Chinese President Wang Qishan" has none).
  let verbsOrFunction = 0;
  for (let n = 1; n < terms.length; n++) {
    const lex = TITLE.test(terms[n]!.text) ? lexiconWord(terms[n]!.machine) : undefined;
    if (lex && !lex.some((g) => withParents(g).includes('Noun'))) verbsOrFunction++;
  }
  return verbsOrFunction >= 2;
}

/** Tag one sentence's tokens. `tokens` are the sentence's tokens, in order. */
export function tagTokens(tokens: readonly Token[]): Tagged {
  const terms: Term[] = [];
  const chunks: Term[][] = [];
  let chunk: Term[] = [];
  let opens = true;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (!WORDLIKE.test(tok.text)) {
      if (QUOTES.has(tok.text)) opens = true;
      // Clauses: compromise looks at neighbours within a comma/semicolon/colon chunk.
      if ((tok.text === ',' || tok.text === ';' || tok.text === ':') && chunk.length) { chunks.push(chunk); chunk = []; }
      continue;
    }
    const before = terms.length;
    termsOf(tok, k, opens, terms);
    for (let j = before; j < terms.length; j++) chunk.push(terms[j]!);
    opens = false;
  }
  if (chunk.length) chunks.push(chunk);
  const headline = isHeadline(terms);
  terms.forEach((t, n) => byWord(t, n, headline));
  for (const c of chunks) {
    for (let i = 0; i < c.length; i++) {
      const t = c[i]!;
      const isAcronym = !t.tags.has('Acronym') && acronym(t);
      plurality(t);
      if (!isAcronym) byNeighbours(c, i);
      plurality(t);
    }
    for (let i = 0; i < c.length; i++) {
      orgName(c, i, headline);
      placeName(c, i, headline);
      if (!cueWord(c[i]!) || !nounOrVerb(c, i)) doSwitch(c, i);
    }
    names(c);
  }
  const tags: Set<string>[] = tokens.map(() => new Set<string>());
  const undecided: number[] = [];
  for (const t of terms) {
    if (t.implicit) continue;
    const into = tags[t.tok]!;
    for (const g of t.tags) into.add(g);
    if (cueWord(t) && !t.decided && undecided[undecided.length - 1] !== t.tok) undecided.push(t.tok);
  }
  return { tags, undecided };
}

/** A lower-case word that compromise reads as noun or verb by context ('claims', 'report', 'warning'). */
function nounOrVerbWord(t: Term): boolean {
  return !!t.form && (t.form === 'Noun|Verb' || t.form === 'Plural|Verb' || t.form === 'Noun|Gerund') && !TITLE.test(t.text);
}

/** A two-way word the attribution recogniser reads as a reporting verb or noun: its reading decides a record. */
function cueWord(t: Term): boolean {
  // -ing forms ("saying", "warning") are read as verbs by the attribution code whatever the tag.
  return nounOrVerbWord(t) && t.form !== 'Noun|Gerund' && (REPORTING_VERBS[t.normal] !== undefined || REPORTING_NOUNS[t.normal] !== undefined);
}
