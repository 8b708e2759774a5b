/**
 * The fast tagger's word-level passes (compromise's pre-tagger, 1st and 2nd pass, and its guesses for
 * unknown words): a token split into compromise-style terms, then what each word alone says.
 */
import type { Token } from '../doc.js';
import { NEIGHBOURS, SUFFIXES } from '../lexicon/words.generated.js';
import { addTag, endingTags, lexiconWord, switchForm, withParents } from './model.js';
import { table } from '../lexicon/table.js';

/** One compromise-style term: a word, or a part of a hyphenated or contracted token. */
export interface Term {
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

const APOSTROPHES = /[’‘`]/;
const LETTER_FIRST = /^\p{L}/u;
export const WORDLIKE = /[\p{L}\p{N}]/u;
export const TITLE = /^\p{Lu}[\p{Ll}']/u;
const DIGIT = /\d/;
const NUMBER = /^[-+]?\d+(?:,\d{3})*(?:\.\d+)?\+?$/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const PERCENT = /^\d+(?:\.\d+)?%$/;
const NUMERIC_UNIT = /^[\d.]{1,12}[a-z°]{1,4}$/;
const ACRONYM = /^[A-Z]{2,5}$/;
const UPPER_S = /^[A-Z]{3,5}s$/;
const ONE_LETTER = /^[A-Z]$/;
export const QUOTES = new Set(['"', "'", '“', '‘', '«', '(', '[']);
const NOT_PROPER = ['Date', 'Month', 'WeekDay', 'Unit', 'Expression'];
const UNCOUNTABLE = ['Acronym', 'Abbreviation', 'ProperNoun', 'Uncountable', 'Possessive', 'Pronoun', 'Activity', 'Honorific', 'Month'];
const PLACE_ACRONYMS = new Set(['la', 'ny', 'us', 'dc', 'gb', 'uk']);
const SWITCH_PREFIX = /^(?:under|over|mis|re|un|dis|semi)-?/;

/** Bases of "can't", "won't", "shan't", "ain't". */
const NOT_BASES: Readonly<Record<string, string>> = table({ ca: 'can', wo: 'will', sha: 'shall', ai: 'is' });
const CLITICS: Readonly<Record<string, string>> = table({ "'re": 'are', "'ll": 'will', "'ve": 'have', "'d": 'would', "'m": 'am', "'s": 'is' });
const S_IS = new Set(['he', 'she', 'it', 'that', 'there', 'what', 'who', 'where', 'here', 'let']);

/** Whether a tag set holds any of the tags (a plain loop: this runs for every word). */
export function hasAny(tags: ReadonlySet<string>, list: readonly string[]): boolean {
  for (const g of list) if (tags.has(g)) return true;
  return false;
}

function looksPlural(s: string): boolean {
  if (s.length <= 3) return false;
  if (s.endsWith('men') || s.endsWith('feet') || s.endsWith('mice')) return true;
  if (!s.endsWith('s')) return false;
  return !/(?:bus|mas|was|ias|xas|vas|cis|lis|nis|ois|ris|sis|tis|xis|aus|cus|eus|fus|gus|ius|lus|nus|das|ous|pus|rus|sus|tus|xus|aos|igos|ados|ogos|'s|ss)$/.test(s);
}

// Unknown words come back (names, jargon): their answers are kept, in a bounded memo, instead of
// slicing up to six suffixes each time (issue #6 profile).
const suffixMemo = new Map<string, string | null>();
function suffixTag(s: string): string | undefined {
  const known = suffixMemo.get(s);
  if (known !== undefined) return known ?? undefined;
  let found: string | null = null;
  const max = Math.min(7, s.length - 1);
  for (let n = max; n > 1; n--) {
    const tag = SUFFIXES[n]?.[s.slice(s.length - n)];
    if (tag) { found = tag; break; }
  }
  if (suffixMemo.size >= 20_000) suffixMemo.clear();
  suffixMemo.set(s, found);
  return found ?? undefined;
}

/**
 * A term is made by `new`, not as an object literal: V8 tracks a literal's allocation site and, once a
 * scavenge finds most of what a site made still alive, allocates everything it makes later straight in
 * the old generation (pretenuring; see segment.ts's SegmentToken). A sampling heap profile of what
 * outlived scavenges in three fresh workers (1,500 articles after 2,500 of warm-up) gave 6.5, 83.7 and
 * 10.9 KB per article, and in the bad one 60% was terms and their tag sets: the signature tokens had
 * before they were made by `new`. In eight more workers since (four of this build, four of the last),
 * 5.2–9.0 KB, so how often the bad case came is not pinned down; a class instance cannot be pretenured
 * at all. Every field is set here, `form` and `decided` included, so all terms share one hidden class.
 */
class TermObject implements Term {
  readonly tags = new Set<string>();
  form: string | undefined = undefined;
  decided: boolean | undefined = undefined;
  constructor(
    public tok: number,
    public text: string,
    public normal: string,
    public machine: string,
    public opens: boolean,
    public implicit: boolean | undefined,
  ) {}
}

function term(rel: number, t: string, lower: string, opens: boolean, machine?: string, tags?: string[], implicit?: boolean): Term {
  const normal = implicit ? machine! : lower;
  const out = new TermObject(rel, t, normal, machine ?? normal, opens, implicit);
  if (tags) for (const g of tags) addTag(out.tags, g);
  return out;
}
const POSSESSIVE: string[] = ['Possessive'];

/** Split one token into compromise-style terms (no closure per token: this runs for every word). */
export function termsOf(tok: Token, rel: number, opens: boolean, out: Term[]): void {
  const text = APOSTROPHES.test(tok.text) ? tok.text.replace(/[’‘`]/g, "'") : tok.text;
  const lower = text === tok.text ? tok.lower : text.toLowerCase();
  // "year-old", "Abu-Dhabi": each part is a term (compromise splits on hyphens too).
  if (text.includes('-') && !lexiconWord(lower) && text.length > 2) {
    const parts = text.split('-').filter((p) => p !== '');
    if (parts.length > 1 && parts.length <= 6) {
      for (const p of parts) { out.push(term(rel, p, p.toLowerCase(), opens)); opens = false; }
      return;
    }
  }
  if (!text.includes("'")) { out.push(term(rel, text, lower, opens)); return; }
  // "didn't", "they're", "he's": compromise splits off the clitic as an implied word with no text of its
  // own, so the token carries the first word's tags only.
  const nt = /^(\p{L}+)n't$/u.exec(lower);
  if (nt) { out.push(term(rel, text, lower, opens, NOT_BASES[nt[1]!] ?? nt[1]!), term(rel, '', '', false, 'not', undefined, true)); return; }
  const cl = /^(\p{L}+)('re|'ll|'ve|'d|'m|'s)$/u.exec(lower);
  if (cl) {
    const base = cl[1]!;
    const pronoun = lexiconWord(base)?.includes('Pronoun') === true || S_IS.has(base);
    if (cl[2] !== "'s" || pronoun) { out.push(term(rel, text, lower, opens, base), term(rel, '', '', false, CLITICS[cl[2]!], undefined, true)); return; }
    out.push(term(rel, text, lower, opens, base, POSSESSIVE));
    return;
  }
  if (/^\p{L}+s'$/u.test(lower)) { out.push(term(rel, text, lower, opens, lower.slice(0, -1), POSSESSIVE)); return; }
  out.push(term(rel, text, lower, opens));
}

/** Second pass: what the word alone says (lexicon, title case, suffix, number shape). */
export function byWord(t: Term, index: number, headline: boolean): void {
  const lex = lexiconWord(t.machine);
  // Once per term (text and normal hold the same digits).
  const digit = DIGIT.test(t.normal);
  if (lex) for (let k = 0; k < lex.length; k++) addTag(t.tags, lex[k]!);
  t.form = switchForm(t.normal);
  if (!t.form && SWITCH_PREFIX.test(t.normal)) {
    const stem = t.normal.replace(SWITCH_PREFIX, '');
    if (stem.length > 3) t.form = switchForm(stem);
  }
  // An unknown (or known noun) title-case word inside a sentence is a proper noun.
  // In a headline ("Former White House Doctor Says") every word is title case: only unknown words are names.
  if ((!headline || !lex) && index !== 0 && !t.opens && TITLE.test(t.text) && !digit && t.normal !== 'the' && !hasAny(t.tags, NOT_PROPER)) {
    if (!t.tags.has('Noun')) t.tags.clear();
    addTag(t.tags, 'ProperNoun');
  }
  if (t.tags.size === 0 && !digit) {
    const tag = suffixTag(t.normal);
    if (tag) addTag(t.tags, tag);
    else for (const g of endingTags(t.normal) ?? []) addTag(t.tags, g);
  }
  if (digit) {
    if (NUMBER.test(t.normal)) { addTag(t.tags, 'Cardinal'); addTag(t.tags, 'NumericValue'); }
    else if (ORDINAL.test(t.normal)) { addTag(t.tags, 'Ordinal'); addTag(t.tags, 'NumericValue'); }
    else if (PERCENT.test(t.normal)) { addTag(t.tags, 'Percent'); addTag(t.tags, 'Cardinal'); addTag(t.tags, 'NumericValue'); }
    else if (NUMERIC_UNIT.test(t.normal)) addTag(t.tags, 'NumericValue');
    // "1990": a year (compromise tags four-digit numbers in this range as dates).
    if (/^\d{4}$/.test(t.normal) && +t.normal >= 1000 && +t.normal <= 2100) addTag(t.tags, 'Year');
  }
}

export function plurality(t: Term): void {
  if (!t.tags.has('Noun') || t.tags.has('Plural') || t.tags.has('Singular')) return;
  if (hasAny(t.tags, UNCOUNTABLE)) return;
  addTag(t.tags, looksPlural(t.normal) ? 'Plural' : 'Singular');
}

export function acronym(t: Term): boolean {
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
export function byNeighbours(c: Term[], i: number): void {
  const t = c[i]!;
  if (t.tags.size > 0) return;
  const l = c[i - 1];
  const r = c[i + 1];
  const tag = (l && firstHit(NEIGHBOURS.leftWords, (w) => w === l.normal)) ?? (r && firstHit(NEIGHBOURS.rightWords, (w) => w === r.normal)) ??
    (l && firstHit(NEIGHBOURS.leftTags, (g) => l.tags.has(g))) ?? (r && firstHit(NEIGHBOURS.rightTags, (g) => r.tags.has(g)));
  addTag(t.tags, tag ?? 'Noun');
}

/** Title Case Headline: at least four words and most of the lower-case-able ones capitalised. */
export function isHeadline(terms: Term[]): boolean {
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
