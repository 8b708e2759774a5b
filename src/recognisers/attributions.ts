/**
 * recognise attributions: reporting cue + source + content, with stance.
 * Shapes: "X said (that) …", "…, X said.", "…, said X.", "X said: …", "according to X, …",
 * "…, according to X.", "…, citing X", "X, who …, said …", "X's claim that …", label lines
 * "Taliban claim: 58 …", hedges ("reportedly"), and direct quotes (multi-sentence, across paragraphs).
 * The source is kept as written (a range); resolvers/sources.ts links it to an actor.
 */
import { sentenceAt, type Doc, type Sentence, type Token } from '../doc.js';
import { attributionDraft, type AttributionDraft, type Range } from '../drafts.js';
import type { Stance } from '../schema.js';
import { sentenceTags } from '../read.js';
import { quoteCue, subjectBefore } from './quote-speakers.js';
import { tokenAt } from './gazetteer.js';
import {
  ATTITUDE_ADJECTIVES, AUXILIARIES, CLAUSE_ONLY_VERBS, EVIDENCE_NOUNS, EVIDENCE_VERBS, FINITE_AUX, NOUN_LINKS_TO, NOUN_MODIFIERS, HEDGES, INFINITIVE_VERBS, NOT_SPEAKER_LABELS, PARENTHETICALS, PERSON_ROLES, PRONOUN_SOURCES,
  INVERSION_VERBS, MESSAGE_NOUNS, MESSAGE_VERBS, PASSIVE_AGENT_VERBS, QUOTE_ONLY_VERBS, RAISING_VERBS, REPORTING_NOUNS, REPORTING_PHRASES, REPORTING_VERBS, SOURCE_NOUNS, SUBJECT_PRONOUNS, WH_WORDS,
} from '../lexicon/reporting-cues.js';
import { hasLetter, startsLetter, startsLower, startsUpper } from '../chars.js';
import { MONTHS, TIME_AFTER_BY, WEEKDAYS } from '../lexicon/dates.js';
import { extend } from '../extend.js';

/** Words that end a source noun phrase when scanning away from the cue. */
const NP_STOP = new Set([
  'that', 'who', 'whom', 'which', 'whose', 'and', 'or', 'but', 'as', 'if', 'when', 'while', 'because', 'after',
  'before', 'than', 'so', 'to', 'not', 'what', 'where', 'how', 'why', 'there', 'then', 'also', 'said', 'says',
  'by', 'with', 'on', 'into', 'over', 'under', 'about', 'against', 'since', 'until', 'during', 'through',
]);
/** Prepositions allowed inside a source phrase ("the Taliban's government in Afghanistan"). */
const NP_PREPS = new Set(['of', 'for', 'in', 'at', 'from']);
const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'this', 'those', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'such', 'some', 'any', 'no', 'another', 'every', 'each']);
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
/** Words after a cue that still belong to the reporting frame, not the content ("said on Tuesday that"). */
const FRAME_AFTER = new Set(['that', ':', ',', 'in', 'a', 'statement', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'earlier', 'later', 'this', 'week', 'last', 'late', 'also', 'again', 'previously']);
const TRAILING_OK = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'yesterday', 'today', 'earlier', 'later', 'late', 'after', 'before', 'while', 'when', 'adding', 'according', 'citing', 'told', 'in', 'to', 'via', 'from', 'following']);
const TIME_NOUNS = new Set(['morning', 'evening', 'night', 'afternoon', 'yesterday', 'today', 'tonight', 'overnight']);
const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'morning', 'evening', 'night', 'afternoon', 'week', 'month', 'year', 'earlier', 'later', 'last', 'this']);

/** A possessive token: "Taliban's" (one token) or a bare "'s". */
/** A possessive ("Obama's", "voters'"); "he's" is a pronoun with its auxiliary. */
const isPoss = (t: Token) => (t.lower.endsWith("'s") && fusedPronoun(t) === 0) || t.lower.endsWith("s'");
const isWord = (t: Token) => /^[\p{L}\p{N}]/u.test(t.text) || t.text === "'s";
const isCap = (t: Token) => startsUpper(t.text);

const DECLINE_FORMS = new Set(['decline', 'declines', 'declined', 'declining']);

/** Forms of "be": before a past participle they make a passive ("was charged"), whose subject is no source. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"]);
/** Words allowed between "be" and its participle ("was later revealed", "is widely expected"). */
const PASSIVE_GAP = new Set(['also', 'not', 'never', 'first', 'later', 'already', 'often', 'long', 'still', 'now', 'then', 'once', 'since', 'previously', 'initially']);
/** Word shapes of evaluative adjectives ("unfounded", "outrageous", "laughable", "reckless", "hypocritical"). */
const JUDGEMENT_ADJECTIVE = /^(?:(?:un|dis)\p{Ll}{3,}(?:ed|able|ible|ful)|\p{Ll}{3,}(?:ous|able|ible|less|ful|ical))$/u;
/** Subject pronouns that open a relative clause without "that" ("the experts I interviewed"). */
const CONTACT_PRONOUNS = new Set(['I', 'we', 'they', 'he', 'she', 'you']);
const CALL_VERBS = new Set(['call', 'calls', 'called', 'calling']);
/** Prepositions inside the object of "called" ("called his remarks on Saturday "a wake-up call""). */
const CALL_OBJECT_PREPS = new Set(['of', 'on', 'in', 'at', 'about', 'over', 'during', 'against', 'with', 'for']);
/** Question words that open content after a clause-only verb; "if" and "when" more often open an adverbial clause. */
const CONTENT_WH = new Set([...WH_WORDS].filter((w) => w !== 'if' && w !== 'when'));

/**
 * Does a clause without "that" open at token j (before `end`): a subject pronoun and its verb ("believes he
 * can win", "thinks it's over"), or a short noun phrase and a finite auxiliary ("found the bank had lied")?
 * Token-only, so it can run before any tagging.
 */
function bareClauseAt(toks: readonly Token[], j: number, end: number): boolean {
  if (j >= end) return false;
  const t = toks[j]!;
  const m = /^(\p{L}+)('(?:s|d|ll|re|ve|m))?$/u.exec(t.lower);
  if (m && SUBJECT_PRONOUNS.has(m[1]!)) {
    if (m[2]) return true;
    const n = toks[j + 1];
    if (!n || j + 1 >= end) return false;
    return FINITE_AUX.has(n.lower) || /n't$/.test(n.lower) || (/^\p{Ll}+(?:ed|s)$/u.test(n.text) && !NP_STOP.has(n.lower));
  }
  // "believes his efforts to cut taxes will …": a possessive opens a noun phrase.
  if (!isWord(t) || NP_STOP.has(t.lower) || NP_PREPS.has(t.lower) || FINITE_AUX.has(t.lower) || (PRONOUN_SOURCES[t.lower] !== undefined && !POSSESSIVES.has(t.lower))) return false;
  // "believe bigotry and xenophobia are acceptable": a coordinated subject.
  for (let k = j + 1; k < end && k <= j + 7; k++) {
    const w = toks[k]!;
    // Lower case only: "in May" is a month, not a modal.
    if (FINITE_AUX.has(w.text)) return true;
    // "found his keys and was relieved": "and" before a verb joins two predicates.
    const andNoun = w.lower === 'and' && k === j + 1 + (POSSESSIVES.has(t.lower) ? 1 : 0) && k + 1 < end && isWord(toks[k + 1]!) && !FINITE_AUX.has(toks[k + 1]!.lower);
    if (!isWord(w) || (NP_STOP.has(w.lower) && !andNoun && !(w.lower === 'to' && POSSESSIVES.has(t.lower)))) return false;
  }
  return false;
}

/** After a clause-only verb at k: "that", ":", a quote, a comma, a clause without "that", a question word, or an infinitive. */
function clauseNextTo(toks: readonly Token[], k: number, end: number, verb: string): boolean {
  const next = toks[k + 1];
  if (!next || k + 1 >= end) return false;
  if (QUOTE_ONLY_VERBS.has(verb)) return next.text === ':' || next.text === '"' || (next.text === ',' && toks[k + 2]?.text === '"');
  // "responded to the charge", "did not respond to requests for comment", "responded with attacks".
  if (/^(?:respond|responds|responded|responding|reply|replies|replied)$/.test(verb) && (next.lower === 'to' || next.lower === 'with')) return true;
  // "was first reported by The Post": a passive's agent (verbCue checks the form of "be").
  if (next.lower === 'by' && /ed$/.test(verb)) return true;
  if (next.lower === 'that' || next.text === ':' || next.text === '"' || next.text === ',') return true;
  // "Battleground state Florida is …": "state" opens a clause only with "that" or a colon.
  if (verb === 'state' || verb === 'states') return false;
  // "called the plan a hoax", "calls him "a fraud"": naming someone or something is a judgement.
  if (CALL_VERBS.has(verb) && isWord(next) && next.lower !== 'a' && next.lower !== 'an' && next.lower !== 'for' && next.lower !== 'on') {
    for (let j = k + 2; j < end && j <= k + 14; j++) {
      const w = toks[j]!;
      // A quoted name in single marks too: "calls Obamacare ‘crazy system’".
      const opensSingle = w.text === "'" && toks[j - 1]!.end < w.start && toks[j + 1] !== undefined && toks[j + 1]!.start === w.end && isWord(toks[j + 1]!);
      if (w.lower === 'a' || w.lower === 'an' || w.text === '"' || opensSingle) return true;
      // "called the charges unfounded and fabricated": an evaluative adjective closing the object.
      const nx = toks[j + 1];
      if (j > k + 2 && JUDGEMENT_ADJECTIVE.test(w.lower) && (!nx || nx.lower === 'and' || nx.text === ',' || nx.text === '.')) return true;
      if (!isWord(w) && w.text !== '-' && w.text !== "'s") break;
      if (NP_STOP.has(w.lower) && !CALL_OBJECT_PREPS.has(w.lower) && w.lower !== 'and') break;
    }
  }
  if (CONTENT_WH.has(next.lower)) return true;
  if (next.lower === 'to' && INFINITIVE_VERBS.has(verb)) return true;
  // "voted Thursday to hold", "decided on Monday to rest": a time between the verb and its infinitive.
  if (INFINITIVE_VERBS.has(verb)) {
    let j = k + 1;
    if (toks[j]!.lower === 'on' || toks[j]!.lower === 'last' || toks[j]!.lower === 'this') j++;
    if (j < end && DAY_WORDS.has(toks[j]!.lower) && toks[j + 1]?.lower === 'to' && j + 1 < end) return true;
  }
  return bareClauseAt(toks, k + 1, end);
}

const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'week', 'month', 'year', 'night']);

interface Quote { start: number; end: number }

/** Quote spans over the normalised text: pairs of '"' inside a paragraph, continued across paragraphs. */
function findQuotes(doc: Doc): Quote[] {
  const out: Quote[] = [];
  const text = doc.text;
  let open = -1;
  let carried = 0;
  // '"' after normalising, or two apostrophes (some archives write quotes as '' … '').
  const mark = /"|''/g;
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p]!;
    let skipFirst = false;
    if (open >= 0) {
      // News style: an unclosed quote continues when the next paragraph opens with a quote mark.
      let k = para.start;
      while (k < para.end && /\s|\*/.test(text[k]!)) k++;
      const opens = text[k] === '"' || (text[k] === "'" && text[k + 1] === "'");
      if (opens && carried < 6) { skipFirst = true; carried++; } else { open = -1; carried = 0; }
    }
    mark.lastIndex = para.start;
    let m: RegExpExecArray | null;
    while ((m = mark.exec(text)) !== null && m.index < para.end) {
      const at = m.index;
      if (skipFirst) skipFirst = false;
      else if (open < 0) open = at;
      else { out.push({ start: open, end: at + m[0].length }); open = -1; carried = 0; }
    }
  }
  return out;
}

/** The quote containing `pos`, by binary search over sorted, disjoint quotes. */
function quoteAt(quotes: Quote[], pos: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (pos < q.start) hi = mid - 1;
    else if (pos >= q.end) lo = mid + 1;
    else return q;
  }
  return undefined;
}

interface Ctx {
  doc: Doc;
  s: Sentence;
  toks: Token[];
  /** compromise tags per token, computed on first use (tagging is the expensive step). */
  tagAt: (k: number) => Set<string>;
  quotes: Quote[];
  /** Is the sentence a headline in title case? Computed on first use. */
  titleCase?: boolean;
}

const tagOf = (c: Ctx, k: number) => c.tagAt(k);
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'at', 'by', 'as', 'with', 'from']);
/** A headline in title case: nearly every word other than small function words is capitalised. */
function titleCase(c: Ctx): boolean {
  if (c.titleCase !== undefined) return c.titleCase;
  let words = 0;
  let caps = 0;
  for (const t of c.toks) {
    if (!startsLetter(t.text) || SMALL_WORDS.has(t.text)) continue;
    words++;
    if (isCap(t)) caps++;
  }
  return (c.titleCase = words >= 3 && caps >= words * 0.8);
}
/** Capitalised words that open clauses, never names: decided without the tagger. */
const FUNCTION_CAPS = new Set([
  'in', 'on', 'at', 'but', 'and', 'or', 'though', 'although', 'when', 'while', 'after', 'before', 'as', 'if', 'because',
  'since', 'despite', 'during', 'for', 'from', 'with', 'without', 'under', 'over', 'then', 'yet', 'so', 'now', 'here',
  'there', 'still', 'meanwhile', 'however', 'instead', 'indeed', 'thus', 'until', 'unless', 'once', 'where', 'why',
  'how', 'what', 'which', 'who', 'whether', 'by', 'to', 'of', 'into', 'about', 'against', 'among', 'between', 'through',
  'like', 'unlike', 'even', 'just', 'only', 'also', 'asked', 'speaking', 'according', 'separately', 'similarly',
]);

/** -ing words inside job titles ("managing director", "acting minister"), not verbs. */
const TITLE_MODIFIERS = new Set(['managing', 'acting', 'founding', 'leading', 'governing', 'ruling', 'presiding', 'ranking', 'outgoing', 'incoming', 'visiting', 'consulting', 'supervising', 'reporting']);

/** Abbreviated titles whose full stop stays inside a name ("Dr. Matthew Bowes", "Sen. Perdue"). */
const TITLE_ABBR = new Set(['dr', 'mr', 'mrs', 'ms', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'st', 'jr', 'sr', 'rev', 'hon', 'maj', 'adm', 'cpl', 'supt', 'insp', 'det', 'const']);

function npToken(c: Ctx, k: number): boolean {
  const t = c.toks[k]!;
  if (t.text === '.' && k > 0) {
    const p = c.toks[k - 1]!;
    return p.end === t.start && (TITLE_ABBR.has(p.lower) || /^\p{Lu}$/u.test(p.text)) && k + 1 < c.toks.length && isCap(c.toks[k + 1]!);
  }
  if (!isWord(t)) return false;
  if (t.text === "'s") return true;
  if (NP_STOP.has(t.lower)) return false;
  // "In a statement, …", "Though Justice Dunphy …": capitalised function words start no name.
  if (isCap(t)) {
    // "Ms. May", "Mr. Said": after a title every capitalised word is a name.
    const p = c.toks[k - 1];
    if (p && p.text === '.' && k >= 2 && TITLE_ABBR.has(c.toks[k - 2]!.lower)) return true;
    return !(AUXILIARIES.has(t.lower) || TIME_WORDS.has(t.lower) || FUNCTION_CAPS.has(t.lower));
  }
  // "On Thursday evening the department said": a time noun ends the source phrase.
  if (TIME_NOUNS.has(t.lower)) return false;
  if (SOURCE_NOUNS[t.lower] || DETERMINERS.has(t.lower) || POSSESSIVES.has(t.lower) || TITLE_MODIFIERS.has(t.lower)) return true;
  const tags = tagOf(c, k);
  if (tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective')) return false;
  if ((tags.has('Adverb') && !(t.text.includes('-') && tags.has('Noun'))) || tags.has('Preposition') || tags.has('Conjunction')) return false;
  return tags.has('Noun') || tags.has('Adjective') || tags.has('Determiner') || tags.has('Value') || DETERMINERS.has(t.lower) || tags.size === 0;
}

/** Quantifiers that stand alone as a subject ("Some believe …"): a cue after them is a verb, not a modifier. */
const QUANTIFIER_SOURCES = new Set(['some', 'many', 'most', 'all', 'both', 'several', 'few', 'each']);
/** A subject pronoun fused with its auxiliary: "he's", "she'd", "they've", "it'll" (length of the auxiliary part, else 0). */
function fusedPronoun(t: Token): number {
  const i = t.text.search(/['\u2019]/);
  if (i <= 0 || i > 4 || t.text.length - i > 3) return 0;
  const pro = t.lower.slice(0, i);
  if (pro === 'i' || pro === 'we' || pro === 'you' || pro === 'who' || PRONOUN_SOURCES[pro] === undefined) return 0;
  return /^['\u2019](?:s|d|ll|ve|re)$/.test(t.lower.slice(i)) ? t.text.length - i : 0;
}

/** A source phrase ending at token index `end` (inclusive), scanning backwards; null when none. */
function npBackward(c: Ctx, end0: number): { from: number; to: number } | null {
  let end = end0;
  if (end < 0) return null;
  const first = c.toks[end]!;
  if (PRONOUN_SOURCES[first.lower] !== undefined || fusedPronoun(first) > 0) return { from: end, to: end };
  let k = end;
  let n = 0;
  // "one slide says": after a determiner or a number, a lower-case word the tagger reads as a verb is the head noun.
  if (!npToken(c, end) && end > 0 && /^\p{Ll}+$/u.test(first.text) && !/ed$/.test(first.lower) && !REPORTING_VERBS[first.lower] && !AUXILIARIES.has(first.lower) &&
    (DETERMINERS.has(c.toks[end - 1]!.lower) || tagOf(c, end - 1).has('Value') || (tagOf(c, end - 1).has('Noun') && !tagOf(c, end - 1).has('Pronoun') && !tagOf(c, end - 1).has('Verb')))) { k--; n++; }
  while (k >= 0 && n < 10) {
    if (npToken(c, k)) { k--; n++; continue; }
    // "A 31-year-old passenger": a hyphenated compound written without spaces.
    if (c.toks[k]!.text === '-' && k > 0 && k < end && c.toks[k - 1]!.end === c.toks[k]!.start && c.toks[k]!.end === c.toks[k + 1]!.start) { k--; n++; continue; }
    // "state media", "state officials": a word before a source noun modifies it, whatever the tagger says.
    // "state news media": also two words before the source noun.
    const modHead = SOURCE_NOUNS[c.toks[k + 1]!.lower] || (k + 2 === end && SOURCE_NOUNS[c.toks[end]!.lower] && /^\p{Ll}+$/u.test(c.toks[k + 1]!.text) &&
      !DETERMINERS.has(c.toks[k + 1]!.lower) && !POSSESSIVES.has(c.toks[k + 1]!.lower) && !TIME_NOUNS.has(c.toks[k]!.lower) && !/ed$/.test(c.toks[k]!.lower) &&
      tagOf(c, k + 1).has('Noun') && !tagOf(c, k + 1).has('Determiner'));
    if (k < end && /^\p{Ll}+$/u.test(c.toks[k]!.text) && modHead && !NP_STOP.has(c.toks[k]!.lower) && !AUXILIARIES.has(c.toks[k]!.lower) && !REPORTING_VERBS[c.toks[k + 1]!.lower]) { k--; n++; continue; }
    // "Federal and state officials", "Tore Sohlberg and Lehla Abreder": a coordinated subject.
    if (c.toks[k]!.lower === 'and' && k > 0 && k < end && npToken(c, k - 1) && !tagOf(c, k - 1).has('Verb') && (isCap(c.toks[k - 1]!) === isCap(c.toks[k + 1]!) || tagOf(c, k - 1).has('Adjective'))) { k--; n++; continue; }
    // "Sen. David Perdue (R-Ga.) said": a bracketed aside inside the name.
    if (c.toks[k]!.text === ')') {
      let o = k - 1;
      while (o >= 0 && k - o <= 8 && c.toks[o]!.text !== '(') o--;
      if (o > 0 && c.toks[o]!.text === '(' && npToken(c, o - 1)) { if (k === end) end = o - 1; k = o - 1; continue; }
    }
    // "the Taliban's government in Afghanistan": a preposition between two noun words.
    if (NP_PREPS.has(c.toks[k]!.lower) && k > 0 && k < end && npToken(c, k - 1) && !DETERMINERS.has(c.toks[k - 1]!.lower)) { k--; n++; continue; }
    break;
  }
  // `"…," retired Air Force general Lloyd Newton said`: a participle opening the clause modifies a name.
  const lead = k >= 0 && k < end ? c.toks[k]! : undefined;
  if (lead && /^\p{Ll}+ed$/u.test(lead.text) && !REPORTING_VERBS[lead.lower] && isCap(c.toks[k + 1]!) && (k === 0 || !isWord(c.toks[k - 1]!))) k--;
  let from = k + 1;
  while (from <= end && NP_PREPS.has(c.toks[from]!.lower)) from++;
  if (from > end) return null;
  // A phrase made only of determiners/adjectives is not a source.
  const last = c.toks[end]!;
  if (DETERMINERS.has(last.lower) || isPoss(last)) return null;
  if (!isCap(last) && !SOURCE_NOUNS[last.lower] && PRONOUN_SOURCES[last.lower] === undefined) {
    const lastTags = tagOf(c, end);
    const afterDet = end > 0 && (DETERMINERS.has(c.toks[end - 1]!.lower) || tagOf(c, end - 1).has('Value') || (tagOf(c, end - 1).has('Noun') && !tagOf(c, end - 1).has('Pronoun') && !tagOf(c, end - 1).has('Verb')));
    if (!lastTags.has('Noun') && lastTags.size > 0 && !afterDet) return null;
  }
  return { from, to: end };
}

/** A source phrase starting at token index `start`, scanning forwards; null when none. */
function npForward(c: Ctx, start: number): { from: number; to: number } | null {
  if (start >= c.toks.length) return null;
  if (PRONOUN_SOURCES[c.toks[start]!.lower] !== undefined) return { from: start, to: start };
  let k = start;
  let n = 0;
  // "according to exit polls", "according to show insiders": a first modifier the tagger reads as a verb.
  const first = c.toks[start]!;
  if (!npToken(c, start) && /^\p{Ll}+$/u.test(first.text) && !/(?:ed|ing)$/.test(first.lower) && !AUXILIARIES.has(first.lower) &&
    !NP_STOP.has(first.lower) && start + 1 < c.toks.length && npToken(c, start + 1) && tagOf(c, start + 1).has('Noun') && !tagOf(c, start + 1).has('Verb')) { k++; n++; }
  while (k < c.toks.length && n < 10) {
    if (npToken(c, k)) { k++; n++; continue; }
    // "Heart and Stroke senior manager Erin Kim": "and" between two capitalised words.
    if (c.toks[k]!.lower === 'and' && k > start && k + 1 < c.toks.length && isCap(c.toks[k - 1]!) && isCap(c.toks[k + 1]!)) { k++; n++; continue; }
    if (NP_PREPS.has(c.toks[k]!.lower) && k > start && k + 1 < c.toks.length && npToken(c, k + 1)) { k++; n++; continue; }
    // "Ahmad Karimi, the Taliban spokesman," and "Smith, who …" end the phrase at the comma.
    break;
  }
  let to = k - 1;
  while (to >= start && (NP_PREPS.has(c.toks[to]!.lower) || DETERMINERS.has(c.toks[to]!.lower))) to--;
  if (to < start) return null;
  return { from: start, to };
}

/** Words that open a clause: a subject may start right after them. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'as', 'because', 'since', 'although', 'though', 'that', 'when', 'so', 'yet', 'what', 'where', 'if', 'after', 'before', 'until', 'unless', 'whether', 'or', 'once']);
/** Words inside a long subject: prepositions of its modifiers and "and" ("observers in Virginia and around the country"). */
const SUBJECT_LINKS = new Set(['of', 'in', 'at', 'from', 'for', 'on', 'to', 'with', 'by', 'around', 'about', 'among', 'near', 'across', 'outside', 'inside', 'within', 'close', 'over', 'through', 'along', 'against', 'and', '&']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it']);

/**
 * A subject with modifiers, ending at token `end`, scanning back to the start of its clause: "Political
 * observers in Virginia and around the country", "Those close to him", "A report released last year",
 * "The Commission on Presidential Debates". Null when a verb or a preposition opens the stretch.
 */
function longSubject(c: Ctx, end: number): { from: number; to: number } | null {
  const last = c.toks[end];
  if (!last || !isWord(last) || !(isCap(last) || SOURCE_NOUNS[last.lower] || OBJECT_PRONOUNS.has(last.lower) || tagOf(c, end).has('Noun'))) return null;
  let k = end;
  let and = -1;
  let n = 0;
  // The noun before a relative pronoun inside the subject: the source as written stops there.
  let relative = -1;
  for (; k >= 0 && n < 16; k--, n++) {
    const t = c.toks[k]!;
    if (!isWord(t)) {
      if (t.text === '.' && npToken(c, k)) continue;
      if ((t.text === '-' || t.text === '/') && k > 0 && k < end && c.toks[k - 1]!.end === t.start && c.toks[k + 1]!.start === t.end) continue;
      break;
    }
    if (t.lower === 'and' && k < end) { and = k; continue; }
    if (CLAUSE_OPENERS.has(t.lower)) break;
    if (SUBJECT_LINKS.has(t.lower) || OBJECT_PRONOUNS.has(t.lower) || (k < end && TIME_WORDS.has(t.lower)) || npToken(c, k)) continue;
    // "The latest poll released Friday shows": a time word ends a reduced relative inside the subject.
    if (k === end && k >= 2 && TIME_WORDS.has(t.lower) && /(?:ed|en)$/.test(c.toks[k - 1]!.lower) && npToken(c, k - 2)) { relative = k - 2; continue; }
    // A reduced relative: "a report released last year", "research conducted by the center".
    // It follows a noun and leads to a preposition or a time, not to an object ("the army shelled the town").
    const nx = c.toks[k + 1]!;
    if (/(?:ed|en)$/.test(t.lower) && k > 0 && k < end && isWord(c.toks[k - 1]!) && !DETERMINERS.has(c.toks[k - 1]!.lower) && npToken(c, k - 1) &&
      !tagOf(c, k - 1).has('Value') && (SUBJECT_LINKS.has(nx.lower) || TIME_WORDS.has(nx.lower))) continue;
    // "Protesters marching through the streets", "A union representing flight attendants": an -ing relative after a
    // plural or a name.
    if (/^\p{Ll}+ing$/u.test(t.text) && !REPORTING_VERBS[t.lower] && k > 0 && k < end && isWord(c.toks[k - 1]!) && !DETERMINERS.has(c.toks[k - 1]!.lower) &&
      npToken(c, k - 1) && (isCap(c.toks[k - 1]!) || /[^s]s$/.test(c.toks[k - 1]!.lower) || SOURCE_NOUNS[c.toks[k - 1]!.lower]) && !tagOf(c, k - 1).has('Verb')) continue;
    // After a determiner, a lower-case word the tagger reads as a verb modifies the head ("The appeals court").
    if (k > 0 && k < end && DETERMINERS.has(c.toks[k - 1]!.lower) && /^\p{Ll}+$/u.test(t.text) && !(REPORTING_VERBS[t.lower] && QUANTIFIER_SOURCES.has(c.toks[k - 1]!.lower))) continue;
    // A participle as an adjective: "a televised interview".
    if (/ed$/.test(t.lower) && k > 0 && k < end && DETERMINERS.has(c.toks[k - 1]!.lower)) continue;
    // An adverb and a participle before a noun: "an analysis of newly filed reports", "the recently released data".
    const lyEd = (i: number): boolean => i >= 1 && i + 2 <= end && /^\p{Ll}+ly$/u.test(c.toks[i]!.text) && /^\p{Ll}+ed$/u.test(c.toks[i + 1]!.text) &&
      (DETERMINERS.has(c.toks[i - 1]!.lower) || SUBJECT_LINKS.has(c.toks[i - 1]!.lower));
    if (lyEd(k) || lyEd(k - 1)) continue;
    // "…, top black lawmakers said": right after a boundary, a modifier the tagger reads as a verb.
    if (k < end && /^\p{Ll}+$/u.test(t.text) && !/(?:ed|ing)$/.test(t.lower) && !REPORTING_VERBS[t.lower] && !AUXILIARIES.has(t.lower) &&
      (k === 0 || !isWord(c.toks[k - 1]!))) continue;
    // "Local officials who reviewed the plan", "companies that had insured the mine": a relative clause inside the
    // subject, its verb right after the pronoun (auxiliaries and adverbs between), a noun before the pronoun.
    if (relative < 0 && k < end && /^\p{Ll}+$/u.test(t.text)) {
      let r = k - 1;
      while (r >= 1 && k - r <= 3 && (AUXILIARIES.has(c.toks[r]!.lower) || /^\p{Ll}+ly$/u.test(c.toks[r]!.text))) r--;
      const rel = c.toks[r];
      if (r >= 1 && rel && (rel.lower === 'who' || rel.lower === 'that') && isWord(c.toks[r - 1]!) && !DETERMINERS.has(c.toks[r - 1]!.lower) &&
        PRONOUN_SOURCES[c.toks[r - 1]!.lower] === undefined && npToken(c, r - 1)) {
        relative = r - 1;
        k = r;
        continue;
      }
    }
    // A verb: the subject starts after the last "and" ("He met them and officials in Kabul said").
    if (and < 0) return null;
    k = and;
    break;
  }
  if (n >= 16) return null;
  // The stretch must open its clause: the sentence start, punctuation or a clause opener before it.
  const pre = k >= 0 ? c.toks[k]! : undefined;
  if (pre && isWord(pre) && !CLAUSE_OPENERS.has(pre.lower)) return null;
  let from = k + 1;
  while (from <= end && (SUBJECT_LINKS.has(c.toks[from]!.lower) || OBJECT_PRONOUNS.has(c.toks[from]!.lower))) {
    if (c.toks[from]!.lower === 'and' || c.toks[from]!.lower === '&') from++;
    else return null;
  }
  // "Later the mayor": an opening time word or adverb is not part of the subject.
  while (from < end && (TIME_WORDS.has(c.toks[from]!.lower) || AUXILIARIES.has(c.toks[from]!.lower))) from++;
  if (from > end || from > (relative < 0 ? end : relative)) return null;
  return { from, to: relative < 0 ? end : relative };
}

/** Words before a subject that keep it in a main clause ("and then state leaders could call on …"). */
const MAIN_CLAUSE_LINKS = new Set(['and', 'but', 'then', 'so', 'yet']);
const MODALS = new Set(['would', 'could', 'might', 'can', 'cannot', "can't", 'may', 'should', 'must', 'shall', "wouldn't", "couldn't"]);
const SAY_FORMS = new Set(['say', 'says', 'said', 'tell', 'told', 'ask', 'asked']);
/** Prepositions before a cue word make it a noun ("in support of", "for plans", "of comments"); "to" and "by" do not. */
const NOUN_PREPS = new Set(['of', 'for', 'in', 'on', 'at', 'with', 'from', 'into', 'about', 'against', 'under', 'over', 'without', 'through', 'among', 'amid']);

/** Index of the first token before k that is not an adverb ("would sometimes dismiss"). */
function skipAdverbs(c: Ctx, k: number): number {
  let j = k;
  while (j >= 0 && (/^\p{Ll}+ly$/u.test(c.toks[j]!.text) || PASSIVE_GAP.has(c.toks[j]!.lower) || c.toks[j]!.lower === 'not')) j--;
  return j;
}

/** Prepositions before a participle of saying: "responded by saying", "ended the speech without mentioning". */
const PARTICIPLE_PREPS = new Set(['by', 'after', 'before', 'while', 'without', 'when', 'despite', 'upon']);

/** "appeared to blame", "continued to call for": the raising verb before a cue's "to", or the cue itself. */
function raisingLead(c: Ctx, k: number): number {
  if (k < 2 || c.toks[k - 1]!.lower !== 'to') return k;
  if (RAISING_VERBS.has(c.toks[k - 2]!.lower)) return k - 2;
  // "went on to explain", "goes on to say".
  if (k >= 3 && c.toks[k - 2]!.lower === 'on' && RAISING_VERBS.has(c.toks[k - 3]!.lower)) return k - 3;
  return k;
}

/** Skip auxiliaries, adverbs and short parentheticals backwards from k; returns the index of the subject's last token. */
const DASHES = new Set(['-', '--', '\u2014', '\u2013']);
/** A party and state tag after a politician's name: "R-Ky.", "D-N.Y.", "I-Vt.". */
const PARTY_TAG = /^[RDI]-\p{Lu}/u;
const TIME_LEADS = new Set(['on', 'last', 'this', 'late', 'early', 'in', 'earlier', 'next']);

function skipBackFrame(c: Ctx, k: number): number {
  let j = k;
  // Set once an apposition between commas has been skipped: only then may a second one precede it.
  let skipped = false;
  for (let guard = 0; guard < 7 && j >= 0; guard++) {
    // A capitalised auxiliary inside the sentence is a name ("Ms. May said").
    while (j >= 0 && ((AUXILIARIES.has(c.toks[j]!.lower) && !(j > 0 && isCap(c.toks[j]!))) || (/ly$/.test(c.toks[j]!.lower) && tagOf(c, j).has('Adverb')))) j--;
    // "Sanders on Tuesday said", "McConnell in 2010 said": a time phrase between subject and verb.
    if (j >= 1 && (TIME_WORDS.has(c.toks[j]!.lower) || /^\d{4}$/.test(c.toks[j]!.text)) && TIME_LEADS.has(c.toks[j - 1]!.lower)) { j -= 2; continue; }
    if (j < 0) return j;
    // "Pat Kall -- co-editor of a book on the debates -- said": a name with a description between dashes.
    if (DASHES.has(c.toks[j]!.text)) {
      let o = j;
      while (o > 0 && DASHES.has(c.toks[o - 1]!.text)) o--;
      let p = o - 1;
      while (p >= 0 && o - p <= 25 && !DASHES.has(c.toks[p]!.text)) p--;
      let q = p;
      while (q > 0 && DASHES.has(c.toks[q - 1]!.text)) q--;
      const inner = c.toks.slice(p + 1, o);
      if (p < 1 || inner.length === 0 || !DASHES.has(c.toks[p]!.text) || !isCap(c.toks[q - 1]!) || CLAUSE_OPENERS.has(inner[0]!.lower) || !inner.every((t) => isWord(t) || t.text === ',' || t.text === '.')) return j;
      j = q - 1;
      continue;
    }
    if (c.toks[j]!.text !== ',') {
      // "Ana Reyes, 59, of Tarlac, Pa., who …, said": an age, a hometown and a state between a name and its verb.
      let o2 = j - 1;
      while (o2 >= 0 && j - o2 <= 6 && c.toks[o2]!.text !== ',') o2--;
      if (o2 < 1 || c.toks[o2]!.text !== ',') return j;
      const inner = c.toks.slice(o2 + 1, j + 1);
      const capsOnly = (ts: Token[]) => ts.every((t) => isCap(t) || t.text === '.');
      const named = isCap(c.toks[o2 - 1]!);
      const hometown = inner.length >= 2 && inner[0]!.lower === 'of' && capsOnly(inner.slice(1));
      const state = named && c.toks[j]!.text === '.' && inner.length <= 4 && capsOnly(inner);
      const age = named && inner.length === 1 && /^\d{1,3}$/.test(inner[0]!.text);
      // "Ann Lee, the attorney general of Ohio, one of the states suing, said": a second apposition before the first.
      const np = skipped && !hometown && !state && !age ? npBackward(c, j) : null;
      if (np && np.from >= 2 && c.toks[np.from - 1]!.text === ',' && isCap(c.toks[np.from - 2]!) && !FUNCTION_CAPS.has(c.toks[np.from - 2]!.lower) &&
        DETERMINERS.has(c.toks[np.from]!.lower)) { j = np.from - 2; continue; }
      if (!hometown && !state && !age) return j;
      j = o2 - 1;
      continue;
    }
    // ", however," / ", on the other hand," / ", who …,": find the opening comma within 25 tokens;
    // a relative clause may run to 40 (", who as a young officer was … and later retired …,").
    let o = j - 1;
    while (o >= 0 && j - o <= 40 && c.toks[o]!.text !== ',') o--;
    if (o < 1 || c.toks[o]!.text !== ',') return j;
    if (j - o > 26 && !RELATIVES.has(c.toks[o + 1]!.lower)) return j;
    const inner = c.toks.slice(o + 1, j);
    const phrase = inner.map((t) => t.lower).join(' ');
    // ", who chairs the committee," and ", citing witnesses," sit between a subject and its verb.
    const relative = inner.length > 0 && (RELATIVES.has(inner[0]!.lower) || /ing$/.test(inner[0]!.lower));
    // "Rep. Ann Lee (D-N.Y.), chairman of …,": a bracket or an abbreviation also ends a name.
    const named = o > 0 && (isCap(c.toks[o - 1]!) || c.toks[o - 1]!.text === ')' || (c.toks[o - 1]!.text === '.' && o > 1 && isCap(c.toks[o - 2]!)));
    // "The state's campaign chairman, Phil Lovas, said": a name in apposition.
    // "Mitch McConnell, R-Ky., said": a party and state tag is no name.
    const nameInside = inner.length > 0 && inner.length <= 5 && inner.every((t) => isCap(t) || t.text === '.') && !PARTY_TAG.test(inner[0]!.text);
    // An apposition is a noun phrase: no clause opener, no finite verb outside a relative clause
    // ("…, and the meeting deteriorated from there, said X" is a clause, not an apposition).
    let finiteVerb = false;
    for (let i = o + 1; i < j && !finiteVerb; i++) {
      if (RELATIVES.has(c.toks[i]!.lower) || c.toks[i]!.lower === 'that') break;
      // After a determiner or a possessive a word is a noun, whatever the tagger says ("an adviser to the campaign").
      const pw = c.toks[i - 1]!;
      // "…, the losses would outstrip the gains, said X": a modal or a form of "be" makes a clause.
      if (MODALS.has(c.toks[i]!.lower) || (BE_FORMS.has(c.toks[i]!.lower) && c.toks[i]!.lower !== 'being' && c.toks[i]!.lower !== 'be')) { finiteVerb = true; break; }
      if (DETERMINERS.has(pw.lower) || POSSESSIVES.has(pw.lower) || isPoss(pw)) continue;
      const tg = tagOf(c, i);
      // "the city police chief": a bare present form after a singular noun is a compound, not a finite verb.
      if (tg.has('PresentTense') && !tg.has('PastTense') && !/s$/.test(c.toks[i]!.lower) && tagOf(c, i - 1).has('Singular') && !tagOf(c, i - 1).has('Pronoun')) continue;
      // "one of the states suing the agency": an -ing form is no finite verb.
      finiteVerb = tg.has('Verb') && (tg.has('PastTense') || tg.has('PresentTense')) && !tg.has('Noun') && !tg.has('Adjective') && !tg.has('Participle') && !/ing$/.test(c.toks[i]!.lower);
    }
    const apposition = inner.length > 0 && inner.every((t) => isWord(t) || t.text === '-' || t.text === '.') && !CLAUSE_OPENERS.has(inner[0]!.lower) && !finiteVerb &&
      ((inner.length <= 14 && DETERMINERS.has(inner[0]!.lower)) || (named && inner.length <= 24));
    if (!PARENTHETICALS.has(phrase) && !relative && !apposition && !nameInside) return j;
    // "His father, Ernie LeBlanc, says": a name in apposition to a description is the more specific source.
    if (nameInside && describedBefore(c, o - 1)) return j - 1;
    j = o - 1;
    skipped = true;
  }
  return j;
}

/** Does the phrase ending at token k describe a person by role or kin ("his lawyer", "the director of EHS")? */
function describedBefore(c: Ctx, k: number): boolean {
  const np = npBackward(c, k);
  if (!np) return false;
  for (let i = np.from; i <= np.to; i++) {
    const t = c.toks[i]!;
    if (PERSON_ROLES.has(t.lower.replace(/'s?$/, ''))) return true;
  }
  return false;
}

function contentEnd(c: Ctx): number {
  // The sentence without its final full stop (keep a closing quote mark).
  let e = c.s.end;
  const text = c.doc.text;
  while (e > c.s.start && /[.!?;\s]/.test(text[e - 1]!)) e--;
  return e;
}

function contentStart(c: Ctx): number {
  let s = c.s.start;
  const text = c.doc.text;
  while (s < c.s.end && /[\s*\-+]/.test(text[s]!)) s++;
  return s;
}

/** Extend a content range over the quote it opens or closes (quotes may cross sentences). */
function overQuotes(c: Ctx, r: Range): Range {
  let { start, end } = r;
  const qs = quoteAt(c.quotes, start);
  if (qs && qs.start < start) start = qs.start;
  const qe = quoteAt(c.quotes, Math.max(start, end - 1));
  if (qe && qe.end > end) end = qe.end;
  return { start, end };
}

function direct(c: Ctx, r: Range): boolean {
  const q = quoteAt(c.quotes, r.start) ?? quoteAt(c.quotes, r.end - 1);
  if (q) return true;
  // A partial quote inside paraphrase.
  let open = c.doc.text.indexOf('"', r.start);
  const open2 = c.doc.text.indexOf("''", r.start);
  if (open < 0 || (open2 >= 0 && open2 < open)) open = open2;
  if (open < 0 || open >= r.end) return false;
  const q2 = quoteAt(c.quotes, open);
  return !!q2 && q2.end <= r.end + 1 && q2.end - q2.start > 2;
}

interface Found {
  cueFrom: number; // token indexes in the sentence
  cueTo: number;
  stance: Stance;
  source?: { from: number; to: number };
  content: Range;
  rule: string;
  /** Last token of the cue as written when shorter than the matched phrase ("told | reporters"). */
  shownTo?: number;
  /** Shares the subject of the cue before it ("rejected … and said"). */
  coordinated?: boolean;
}

function rangeOf(c: Ctx, from: number, to: number): Range {
  // "He's claiming", "as I've suggested": the source as written is the pronoun, without its auxiliary.
  const first = from === to ? /^(?:i|we|you)['\u2019](?:ve|d|ll|re|m)$/.exec(c.toks[from]!.lower) : null;
  if (first) return { start: c.toks[from]!.start, end: c.toks[from]!.start + c.toks[from]!.lower.search(/['\u2019]/) };
  return { start: c.toks[from]!.start, end: c.toks[to]!.end - (from === to ? fusedPronoun(c.toks[to]!) : 0) };
}

/** Content after a cue at token index k: skip the frame ("that", ":", "on Tuesday"), to the sentence end. */
function contentAfter(c: Ctx, k: number, verb: string): Range | null {
  let j = k + 1;
  // "told reporters that …", "told Reuters: …": the addressee is not content.
  if (/^tol[dl]|^tell/.test(verb)) {
    let m = j;
    while (m < c.toks.length && m - j < 6 && isWord(c.toks[m]!) && c.toks[m]!.lower !== 'that') m++;
    if (m < c.toks.length && (c.toks[m]!.lower === 'that' || c.toks[m]!.text === ':' || c.toks[m]!.text === ',' || c.toks[m]!.text === '"')) j = m;
  }
  let skipped = 0;
  while (j < c.toks.length && skipped < 6 && FRAME_AFTER.has(c.toks[j]!.lower)) {
    // "said that" and "said:" end the frame; keep "this" and "a" when they start the content itself.
    if ((c.toks[j]!.lower === 'this' || c.toks[j]!.lower === 'a' || c.toks[j]!.lower === 'in') && !(j + 1 < c.toks.length && FRAME_AFTER.has(c.toks[j + 1]!.lower))) break;
    j++;
    skipped++;
  }
  if (j >= c.toks.length) return null;
  const start = c.toks[j]!.start;
  const end = contentEnd(c);
  if (end <= start) return null;
  return overQuotes(c, { start, end });
}

/** Content before a trailing cue: from the sentence (or quote) start to the comma before the source. */
function contentBefore(c: Ctx, commaTok: number): Range | null {
  if (commaTok < 2) return null;
  const end = c.toks[commaTok - 1]!.end;
  const start = contentStart(c);
  if (end <= start) return null;
  let r: Range = { start, end };
  // `"…," she said.`: the comma sits inside the closing quote; the quote may open sentences earlier.
  const text = c.doc.text;
  let q = c.toks[commaTok]!.end;
  while (q < c.s.end && text[q] === ' ') q++;
  const closing = text[q] === '"' || text[q] === "'" ? quoteAt(c.quotes, q) : quoteAt(c.quotes, c.toks[commaTok]!.start);
  if (closing) r = { start: Math.min(closing.start, r.start), end: Math.max(closing.end, r.end) };
  return r;
}

/** After a trailing cue only frame words may follow: "…, she said on Tuesday, adding …" — no clause, no quote. */
function tailIsFrame(c: Ctx, cueTo: number, quoted: boolean): boolean {
  const n = c.toks.length;
  if (cueTo + 1 >= n) return true;
  const next = c.toks[cueTo + 1]!;
  if (next.text === ',' || next.text === '.') return true;
  // After a plain comma only a frame may follow ("…, officials said on Tuesday"), never a clause
  // ("Despite the distrust, Lonechild said she is hopeful").
  if (!quoted && !TRAILING_OK.has(next.lower) && !TIME_WORDS.has(next.lower)) return false;
  // "…, he decided to take aim at the mine": an infinitive is content, not frame ("said to reporters" is).
  if (!quoted && next.lower === 'to' && cueTo + 2 < n && tagOf(c, cueTo + 2).has('Verb') && !tagOf(c, cueTo + 2).has('Noun') && !DETERMINERS.has(c.toks[cueTo + 2]!.lower)) return false;
  if (!quoted && n - 1 - cueTo > 12) return false;
  for (let j = cueTo + 1; j < n; j++) {
    const w = c.toks[j]!;
    if (w.lower === 'that' || w.text === ':' || w.text === '"') return false;
    if (w.text === ',') return true;
  }
  return true;
}

/** The noun phrase opening the sentence, when it reads as a subject (a name, a pronoun, a source noun). */
function sentenceSubject(c: Ctx, before: number): { from: number; to: number } | undefined {
  let i = 0;
  while (i < before && !isWord(c.toks[i]!)) i++;
  // "BRUSSELS - European leaders met …": a dateline in capitals and a dash opens the story, not the subject.
  if (i + 2 < before && /^\p{Lu}{3,}$/u.test(c.toks[i]!.text) && DASHES.has(c.toks[i + 1]!.text)) i += 2;
  // "In an interview with CNBC on Monday, U.S. Secretary of State Mike Pompeo praised … and said …"
  // "Stung by the criticism, the mayor …": an opening participle phrase too.
  const participle = i + 1 < before && c.toks[i + 1]!.lower === 'by' && /^\p{Lu}\p{Ll}+$/u.test(c.toks[i]!.text) &&
    (/ed$/.test(c.toks[i]!.lower) || tagOf(c, i).has('Participle') || tagOf(c, i).has('PastTense'));
  if (i < before && (NP_PREPS.has(c.toks[i]!.lower) || FUNCTION_CAPS.has(c.toks[i]!.lower) || participle || tagOf(c, i).has('Preposition'))) {
    let j = i + 1;
    while (j < before && j - i < 16 && c.toks[j]!.text !== ',') j++;
    if (j >= before || c.toks[j]!.text !== ',') return undefined;
    i = j + 1;
    // "On Thursday, however, the mayor …": a parenthetical adverb between commas.
    if (i + 1 < before && c.toks[i + 1]!.text === ',' && (FUNCTION_CAPS.has(c.toks[i]!.lower) || /^\p{Ll}+ly$/u.test(c.toks[i]!.text))) i += 2;
  }
  const np = npForward(c, i);
  if (!np || np.to >= before) return undefined;
  const head = c.toks[np.to]!;
  if (isCap(head) || PRONOUN_SOURCES[head.lower] !== undefined || SOURCE_NOUNS[head.lower] || PERSON_ROLES.has(head.lower)) return np;
  return undefined;
}

function verbCue(c: Ctx, k: number, stance: Stance, cueTo: number, prev: Found | undefined): Found | null {
  const f = verbCueAt(c, k, stance, cueTo, prev);
  // "continued to call for": the cue as written starts at the raising verb.
  if (f && f.cueFrom === k && f.rule !== 'attributions/said-x') f.cueFrom = raisingLead(c, k);
  return f;
}

function verbCueAt(c: Ctx, k: number, stance: Stance, cueTo: number, prev: Found | undefined): Found | null {
  const t = c.toks[k]!;
  // Only words that can also be nouns ("claims", "reports") need the tagger to be read as verbs.
  const before = k > 0 ? c.toks[k - 1]! : undefined;
  // A noun reading ("these claims", "the reports", "in support of") is not a reporting verb: decided on tokens,
  // before any tagging (tagging is the expensive step).
  // "But some note that …", "Many argue that …": a quantifier opening its clause is the subject, the cue a verb.
  const b2 = k >= 2 ? c.toks[k - 2]! : undefined;
  const quantSubject = !!before && QUANTIFIER_SOURCES.has(before.lower) && (!b2 || !isWord(b2) || CLAUSE_OPENERS.has(b2.lower)) &&
    (c.toks[cueTo + 1]?.lower === 'that' || c.toks[cueTo + 1]?.text === ':') &&
    // A plural quantifier takes a plural verb: "some claim that", but "some claims that he made" is a noun.
    (before.lower === 'each' || !/[^s]s$/.test(t.lower));
  if (before && !quantSubject && (DETERMINERS.has(before.lower) || isPoss(before) || NOUN_PREPS.has(before.lower)) && k === cueTo) return null;
  // A capitalised cue word after a capitalised word is part of a name or a title ("the United States", "A Curious Plan").
  // A headline in title case is the exception ("Obama Seeks More Refugees", "New Poll Shows Bump").
  if (isCap(t) && before && isCap(before) && t.text !== t.text.toUpperCase() && !titleCase(c)) return null;
  const ambiguous = REPORTING_NOUNS[t.lower] !== undefined || CLAUSE_ONLY_VERBS.has(t.lower) || !/(?:ed|id|ld|ote|aid)$/.test(t.lower);
  const tags = ambiguous ? tagOf(c, k) : new Set<string>(['Verb', 'PastTense']);
  // "…, saying …" is a participle even when the tagger reads a gerund noun.
  // The tagger reads some verbs before a clause as nouns ("Data from the survey show that …"): a clause after them decides.
  // "Having said that, …": a linking phrase, not a report.
  if (before?.lower === 'having' && c.toks[cueTo + 1]?.lower === 'that' && c.toks[cueTo + 2]?.text === ',') return null;
  // "the analysis shows", "tax reports shows": an -s form right after a document noun is its verb, not a plural.
  const afterEvidence = (!!before && EVIDENCE_NOUNS.has(before.lower) && /[^s]s$/.test(t.lower) && !EVIDENCE_NOUNS.has(t.lower) && REPORTING_NOUNS[t.lower] === undefined) ||
    // "The average of polls taken over the past two weeks shows …": an evidence verb after its document's modifiers.
    (k === cueTo && EVIDENCE_VERBS.has(t.lower) && /[^s]s$/.test(t.lower) && evidenceBefore(c, k));
  // "footage of Trent saying …": an -ing form right after a name or an object pronoun is a participle.
  const ingAfterName = /ing$/.test(t.lower) && !!before && ((isCap(before) && !FUNCTION_CAPS.has(before.lower)) || OBJECT_PRONOUNS.has(before.lower));
  if (tags.has('Noun') && !tags.has('Verb') && k === cueTo && !afterEvidence && !ingAfterName && !quantSubject && !(/ing$/.test(t.lower) && before?.text === ',') &&
    !(before && isWord(before) && !tagOf(c, k - 1).has('Adjective') && clauseNextTo(c.toks, cueTo, c.toks.length, t.lower) && c.toks[cueTo + 1]!.text !== ',')) return null;

  // Adjective use: "alleged airstrikes", "the disputed region".
  const after = c.toks[cueTo + 1];
  // "The real Trump showed up": a phrasal verb, no showing.
  if (k === cueTo && /^show/.test(t.lower) && after?.lower === 'up') return null;
  // "which advocates say", "as critics charge": a plural noun before the real reporting verb.
  if (k === cueTo && /s$/.test(t.lower) && after && !/ing$/.test(after.lower) && REPORTING_VERBS[after.lower] && !REPORTING_NOUNS[after.lower] && before && (RELATIVES.has(before.lower) || before.lower === 'as' || before.lower === 'that')) return null;
  // "Support has declined slightly", "sales declined 4 percent": a fall, not a refusal ("declined to comment",
  // "declined the offer").
  if (k === cueTo && DECLINE_FORMS.has(t.lower)) {
    const n2 = c.toks[cueTo + 2];
    const refusal = !!after && ((after.lower === 'to' && !!n2 && startsLetter(n2.text)) || DETERMINERS.has(after.lower) || POSSESSIVES.has(after.lower));
    if (!refusal) return null;
  }
  if (t.lower === 'alleged' || t.lower === 'disputed' || t.lower === 'contested' || t.lower === 'reported' || t.lower === 'confirmed' || t.lower === 'estimated') {
    if (after && tagOf(c, cueTo + 1).has('Noun') && !tagOf(c, cueTo + 1).has('Determiner') && !DETERMINERS.has(after.lower) && !isCap(after) && before && !isWord(before)) return null;
    if (before && (NP_PREPS.has(before.lower) || before.lower === 'to' || before.lower === 'by')) return null;
  }
  // A passive ("was charged with", "is expected to", "were revealed"): its subject is not the source; with
  // "by" the agent is ("was first reported by The Post", "a view echoed by everyone").
  if (!/ing$/.test(t.lower)) {
    let b = k - 1;
    while (b >= 0 && (PASSIVE_GAP.has(c.toks[b]!.lower) || /^\p{Ll}+ly$/u.test(c.toks[b]!.text))) b--;
    // "they're expected to", "he's expected to" ("'s" reads as "is" before "to" or "by", as "has" elsewhere: "he's said").
    const fusedBe = b === k - 1 && b >= 0 && fusedPronoun(c.toks[b]!) > 0 && /ed$/.test(t.lower) &&
      (/'re$/.test(c.toks[b]!.lower.replace('\u2019', "'")) || (/'s$/.test(c.toks[b]!.lower.replace('\u2019', "'")) && /^(?:to|by)$/.test(c.toks[cueTo + 1]?.lower ?? '')));
    const be = b >= 0 && (BE_FORMS.has(c.toks[b]!.lower) || fusedBe);
    const reduced = !be && /ed$/.test(t.lower) && c.toks[cueTo + 1]?.lower === 'by' && b === k - 1 && b >= 0 && isWord(c.toks[b]!) && tagOf(c, b).has('Noun') && !isCap(c.toks[b]!) && !tagOf(c, b).has('Pronoun');
    if (be || reduced) return passiveBy(c, k, cueTo, stance, be ? b : -1);
  }
  // Participle after a comma: "…, saying it retaliated" — the subject is the previous cue's or the sentence's.
  const lead = raisingLead(c, k);
  const subjEnd = skipBackFrame(c, lead - 1);
  const subjTok = subjEnd >= 0 ? c.toks[subjEnd]! : undefined;
  // "… responded by saying …", "… began by saying …": a participle after a preposition also takes the clause's subject.
  const afterPrep = !!subjTok && subjEnd === k - 1 && PARTICIPLE_PREPS.has(subjTok.lower);
  if (/ing$/.test(t.lower) && subjTok && (subjTok.text === ',' || afterPrep)) {
    const content = contentAfter(c, cueTo, t.lower);
    if (!content) return null;
    // Without a cue before, only a finite verb ("and said", "and claims") takes the sentence's subject:
    // "Federal and state officials" has no verb "state".
    const nx = c.toks[cueTo + 1];
    const clauseNext = !!nx && (nx.lower === 'that' || nx.text === ':' || nx.text === '"' || nx.text === ',');
    const finite = (/(?:s|ed)$/.test(t.lower) || tags.has('PastTense')) && (!CLAUSE_ONLY_VERBS.has(t.lower) || clauseNext);
    // "Clinton mocked the complaint, saying …": a participle of saying shares the main clause's subject.
    const speechIng = /ing$/.test(t.lower) && (!CLAUSE_ONLY_VERBS.has(t.lower) || clauseNext);
    // After a relative clause's cue ("… an architect who said he was stiffed, saying …") the participle goes back to
    // the main clause's subject.
    const main = finite || speechIng ? sentenceSubject(c, k) : undefined;
    const src = prev && prev.rule === 'attributions/who-said' && main ? main : prev?.source ?? main;
    if (!src) return null;
    return { cueFrom: k, cueTo, stance, source: src, content, rule: 'attributions/participle', coordinated: true };
  }
  // "The mayor issued a statement saying …", "posted a series of tweets early Friday claiming …": a participle after
  // the message the subject sent speaks for that subject.
  if (/ing$/.test(t.lower) && k === cueTo && subjTok && isWord(subjTok) && !CLAUSE_ONLY_VERBS.has(t.lower)) {
    for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
      const w = c.toks[j]!;
      if (!isWord(w) || CLAUSE_OPENERS.has(w.lower) || RELATIVES.has(w.lower)) break;
      if (!MESSAGE_NOUNS.has(w.lower)) continue;
      // The message is the object of the clause's verb: a verb right before its determiner.
      let d = j - 1;
      while (d >= 0 && j - d <= 4 && (DETERMINERS.has(c.toks[d]!.lower) || /^\p{Ll}+$/u.test(c.toks[d]!.text) && tagOf(c, d).has('Adjective') || c.toks[d]!.lower === 'of' || c.toks[d]!.lower === 'series' || c.toks[d]!.lower === 'number')) d--;
      if (d < 1 || !tagOf(c, d).has('Verb') || tagOf(c, d).has('Noun')) break;
      // The subject right before that verb ("after Donald Trump unleashed tweets criticizing …"), else the sentence's.
      const se = skipBackFrame(c, d - 1);
      const near = se >= 0 ? npBackward(c, se) : null;
      const nearOk = !!near && (isCap(c.toks[near.to]!) || PRONOUN_SOURCES[c.toks[near.to]!.lower] !== undefined || !!SOURCE_NOUNS[c.toks[near.to]!.lower] || PERSON_ROLES.has(c.toks[near.to]!.lower));
      const src = nearOk ? near : prev?.source ?? sentenceSubject(c, d);
      const content = src ? contentAfter(c, cueTo, t.lower) : null;
      if (src && content) return { cueFrom: k, cueTo, stance, source: src, content, rule: 'attributions/participle', coordinated: true };
      break;
    }
  }
  // Coordinated verbs share the subject: "rejected the figure and said …"; without a cue before,
  // the subject that opens the sentence ("Authorities met protesters and said …").
  if (subjTok && (subjTok.lower === 'and' || subjTok.lower === 'but')) {
    // Without a cue before, only a finite verb ("and said", "and claims") takes the sentence's subject:
    // "Federal and state officials" has no verb "state".
    const nx = c.toks[cueTo + 1];
    const clauseNext = !!nx && (nx.lower === 'that' || nx.text === ':' || nx.text === '"' || nx.text === ',');
    const finite = (/(?:s|ed)$/.test(t.lower) || tags.has('PastTense')) && (!CLAUSE_ONLY_VERBS.has(t.lower) || clauseNext || cueTo > k);
    const src = prev?.source ?? (finite ? sentenceSubject(c, k) : undefined);
    const content = src ? contentAfter(c, cueTo, t.lower) : null;
    if (!src || !content) return null;
    return { cueFrom: k, cueTo, stance, source: src, content, rule: 'attributions/coordinated', coordinated: true };
  }
  // "an architect who said he was stiffed": the relative pronoun stands for the phrase before it.
  // "nations that oppose …", "a company that had declared …": "that" after a noun is a relative pronoun too.
  const relThat = !!subjTok && subjTok.lower === 'that' && subjEnd >= 1 && isWord(c.toks[subjEnd - 1]!) && !isCap(c.toks[subjEnd - 1]!) &&
    tagOf(c, subjEnd - 1).has('Noun') && !tagOf(c, subjEnd - 1).has('Verb') && !REPORTING_NOUNS[c.toks[subjEnd - 1]!.lower];
  if (subjTok && (RELATIVES.has(subjTok.lower) || relThat) && subjEnd >= 1) {
    // "an expert who writes about the Kremlin": a clause-only verb needs its clause here too.
    // "…, who joked of the museum, "I haven't seen it yet"": a quote a few words on is its content.
    let quoteFrom = -1;
    if (CLAUSE_ONLY_VERBS.has(t.lower) && k === cueTo && !clauseNextTo(c.toks, cueTo, c.toks.length, t.lower)) {
      for (let j = cueTo + 2; j < c.toks.length && j <= cueTo + 6 && quoteFrom < 0; j++) {
        const w = c.toks[j]!;
        if (w.text === '"' && c.toks[j - 1]!.text === ',' && quoteAt(c.quotes, w.start)?.start === w.start) quoteFrom = j;
        else if (!isWord(w) && w.text !== ',') break;
      }
      if (quoteFrom < 0) return null;
    }
    let e = subjEnd - 1;
    // "victims' families, many of whom say …": the quantifier and its relative are the source as written.
    if (subjEnd >= 2 && c.toks[e]!.lower === 'of' && (c.toks[subjEnd]!.lower === 'whom' || c.toks[subjEnd]!.lower === 'which') &&
      (QUANTIFIER_SOURCES.has(c.toks[e - 1]!.lower) || /^(?:none|one|two|three|half|some|several)$/.test(c.toks[e - 1]!.lower))) {
      const content = contentAfter(c, cueTo, t.lower);
      return content ? { cueFrom: k, cueTo, stance, source: { from: e - 1, to: subjEnd }, content, rule: 'attributions/who-said' } : null;
    }
    if (c.toks[e]!.text === ',') e--;
    const src = e >= 0 ? npBackward(c, e) : null;
    const content = !src ? null : quoteFrom >= 0 ? overQuotes(c, { start: c.toks[quoteFrom]!.start, end: contentEnd(c) }) : contentAfter(c, cueTo, t.lower);
    // The source as written runs to the relative pronoun ("an architect who"): the pronoun is the verb's subject
    // (PolNeAR marks it as the source) and the phrase before it names the speaker.
    if (src && content) return { cueFrom: k, cueTo, stance, source: { from: src.from, to: subjEnd }, content, rule: 'attributions/who-said' };
    return null;
  }
  // `"… our country?" said Clinton.`: the inversion as a sentence of its own after a question or exclamation.
  if (k === 0 && isCap(t) && INVERSION_VERBS.has(t.lower)) {
    const q = quoteBeforeSentence(c);
    const src = q ? npForward(c, cueTo + 1) : null;
    if (q && src && (src.to >= c.toks.length - 2 || /^[,(.]$/.test(c.toks[src.to + 1]!.text))) {
      return { cueFrom: k, cueTo, stance, source: src, content: q, rule: 'attributions/said-x' };
    }
    // `Said Ellis: "…"`, "Added the mayor: …": an opening inversion before a colon.
    const named = npForward(c, cueTo + 1);
    if (named && c.toks[named.to + 1]?.text === ':') {
      const content = contentAfter(c, named.to + 1, t.lower);
      if (content) return { cueFrom: k, cueTo, stance, source: named, content, rule: 'attributions/said-x' };
    }
  }
  // Inversion: "…, said X." / `"…," said the minister.`
  const quoteInv = subjTok && subjTok.text === '"' && subjEnd === k - 1 && k >= 2 && /^[,?!.]$/.test(c.toks[k - 2]!.text);
  if (subjTok && ((subjTok.text === ',' && subjEnd === k - 1) || quoteInv) && INVERSION_VERBS.has(t.lower)) {
    const src = npForward(c, cueTo + 1);
    // "…, state media reported": "state" modifies the subject of the real cue.
    const nextVerb = src && c.toks[src.to + 1] && REPORTING_VERBS[c.toks[src.to + 1]!.lower];
    // "…, an economist, told me this week": an object pronoun after the verb is its addressee.
    if (src && !nextVerb && !OBJECT_PRONOUNS.has(c.toks[src.from]!.lower) && (src.to >= c.toks.length - 3 || /^[,(.]$/.test(c.toks[src.to + 1]!.text))) {
      const content = contentBefore(c, quoteInv ? k - 2 : k - 1);
      if (content) return { cueFrom: k, cueTo, stance, source: src, content, rule: 'attributions/said-x' };
    }
  }
  let src = subjEnd >= 0 ? npBackward(c, subjEnd) : null;
  // "all the experts I interviewed said", "the lawyers we spoke to say": a relative clause without "that".
  if (subjEnd >= 2) {
    let v = subjEnd;
    if ((c.toks[v]!.lower === 'to' || c.toks[v]!.lower === 'with') && v > 2) v--;
    const vt = c.toks[v]!;
    const pr = c.toks[v - 1]!;
    const head = c.toks[v - 2]!;
    if (/^\p{Ll}+(?:ed|oke|et|aw|ew)$/u.test(vt.text) && CONTACT_PRONOUNS.has(pr.text) && /^\p{Ll}+$/u.test(head.text) &&
      !NP_STOP.has(head.lower) && !DETERMINERS.has(head.lower) && PRONOUN_SOURCES[head.lower] === undefined && tagOf(c, v - 2).has('Noun') && !tagOf(c, v - 2).has('Verb')) {
      const np = npBackward(c, v - 2) ?? longSubject(c, v - 2);
      if (np && np.to === v - 2) src = { from: np.from, to: subjEnd };
    }
  }
  // "The Commission on Presidential Debates says", "Those close to him say": a subject with modifiers.
  if (subjEnd >= 0 && (!src || (src.from > 0 && PRONOUN_SOURCES[c.toks[src.from]!.lower] === undefined && isWord(c.toks[src.from - 1]!) && !CLAUSE_OPENERS.has(c.toks[src.from - 1]!.lower)))) {
    // "A report released last year found": the time phrase skipped as frame may belong to the subject.
    const long = longSubject(c, subjEnd) ?? (lead - 1 > subjEnd ? longSubject(c, lead - 1) : null);
    if (long) src = long;
  }
  if (!src && quantSubject && k === cueTo) src = { from: k - 1, to: k - 1 };
  if (!src) {
    // A quote's speaker in the sentence opening: `"…" That is what she said.` is left to later work.
    return null;
  }
  // Where is the content: after the cue ("X said that …") or before ("…, X said." / `"…," X said`)?
  const bq = src.from > 0 ? c.toks[src.from - 1]! : undefined;
  const bq2 = src.from > 1 ? c.toks[src.from - 2]! : undefined;
  const closes = !!bq && bq.text === '"' && quoteAt(c.quotes, bq.start)?.end === bq.end;
  const quoteBefore = closes && !!bq2;
  // "…, as police have said.": an "as" clause after the content.
  // `… "lawful income," as one memo put it.`: the comma may sit inside a closing quote.
  const asClause = !quoteBefore && !!bq && bq.lower === 'as' && !!bq2 && (bq2.text === ',' || (bq2.text === '"' && c.toks[src.from - 3]?.text === ','));
  const commaBefore = quoteBefore ? (/^[,?!.]$/.test(bq2!.text) ? src.from - 2 : src.from - 1) : bq && bq.text === ',' ? src.from - 1 : asClause ? src.from - 2 : -1;
  if (commaBefore >= 0 && tailIsFrame(c, cueTo, quoteBefore)) {
    let content = contentBefore(c, commaBefore);
    // "Too often, he says, they get it.": a parenthetical cue inside the clause; the content runs on.
    const n1 = c.toks[cueTo + 1];
    const n2 = c.toks[cueTo + 2];
    if (content && !quoteBefore && n1?.text === ',' && n2 && isWord(n2) && !/ing$/.test(n2.lower) && !REPORTING_PHRASES.some((p) => p.kind === 'source-after' && p.words[0] === n2.lower)) {
      const end = contentEnd(c);
      if (end > content.end) content = { start: content.start, end };
    }
    if (content) return { cueFrom: k, cueTo, stance, source: src, content, rule: 'attributions/x-said-trailing' };
  }
  // The subject must start the clause: "…, X said" with a long tail, or a subject right after a verb, is suspect.
  const pre = src.from > 0 ? c.toks[src.from - 1]! : undefined;
  // "Later the mayor said", "On Monday, officials said": an opening adverb does not stop the clause.
  const adverbOpen = !!pre && (AUXILIARIES.has(pre.lower) || TIME_WORDS.has(pre.lower)) && (src.from - 1 === 0 || !isWord(c.toks[src.from - 2]!));
  // "On Thursday evening the department said": an opening time phrase without a comma.
  let m = src.from - 1;
  while (m >= 0 && src.from - m <= 5 && (TIME_WORDS.has(c.toks[m]!.lower) || TIME_LEADS.has(c.toks[m]!.lower))) m--;
  const timeOpen = m < src.from - 1 && (m < 0 || !isWord(c.toks[m]!));
  // A subject pronoun always opens its clause ("By Friday afternoon it said …").
  const pronoun = src.from === src.to && (PRONOUN_SOURCES[c.toks[src.from]!.lower] !== undefined || fusedPronoun(c.toks[src.from]!) > 0);
  // "the system, which advocates say hurts schools": a relative pronoun before a subject is the verb's object.
  const objectWhich = src.from >= 2 && c.toks[src.from - 1]!.lower === 'which' && !NOUN_PREPS.has(c.toks[src.from - 2]!.lower) && c.toks[src.from - 2]!.lower !== 'during';
  const startsClause = objectWhich || src.from === 0 || pronoun || timeOpen || adverbOpen || !isWord(c.toks[src.from - 1]!) || ['and', 'but', 'while', 'as', 'because', 'since', 'although', 'though', 'that', 'when', 'so', 'yet', 'what', 'where', 'if', 'after', 'before', 'until', 'unless', 'whether', 'or', 'once'].includes(c.toks[src.from - 1]!.lower);
  // "footage of the senator saying …", "with critics warning that …": a participle after its subject, the pair
  // the object of "of" or "with".
  let ingAfterOf = false;
  if (!startsClause && /ing$/.test(t.lower) && k === src.to + 1) {
    let p = src.to - 1;
    while (p >= src.from - 1 && c.toks[p]!.lower !== 'of' && c.toks[p]!.lower !== 'with') p--;
    const head = c.toks[src.to]!;
    const speaker = isCap(head) || PRONOUN_SOURCES[head.lower] !== undefined || OBJECT_PRONOUNS.has(head.lower) || !!SOURCE_NOUNS[head.lower] || PERSON_ROLES.has(head.lower);
    if (p >= src.from - 1 && p < src.to && speaker) {
      ingAfterOf = true;
      src = { from: p + 1, to: src.to };
    }
  }
  if (!startsClause && !ingAfterOf) return null;
  // "The footage of a wife pleading for …": a bare -ing form after its subject is a reduced relative, no finite verb
  // ("is pleading", "footage of her pleading" are).
  const ingHead = c.toks[src.to]!;
  if (/ing$/.test(t.lower) && k === src.to + 1 && !ingAfterOf && /^\p{Ll}+$/u.test(ingHead.text) && PRONOUN_SOURCES[ingHead.lower] === undefined &&
    !SOURCE_NOUNS[ingHead.lower] && !MESSAGE_NOUNS.has(ingHead.lower) && !EVIDENCE_NOUNS.has(ingHead.lower) && !PERSON_ROLES.has(ingHead.lower)) return null;
  // "the $18 million he says he raised", "policies she supported": a pronoun subject right after a noun opens a
  // relative clause without "that", whose verb reports nothing new ("In the speech he said" keeps its opening preposition).
  if (pronoun && src.from >= 2) {
    const p = src.from - 1;
    const pt = tagOf(c, p);
    const nominal = isWord(c.toks[p]!) && !isCap(c.toks[p]!) && (pt.has('Noun') || pt.has('Value')) && !pt.has('Verb') && !TIME_WORDS.has(c.toks[p]!.lower) && !CLAUSE_OPENERS.has(c.toks[p]!.lower);
    let q = p - 1;
    while (q >= 0 && p - q <= 3 && !tagOf(c, q).has('Preposition') && isWord(c.toks[q]!)) q--;
    const opening = q >= 0 && p - q <= 3 && tagOf(c, q).has('Preposition') && (q === 0 || !isWord(c.toks[q - 1]!));
    if (nominal && !opening) return null;
  }
  // "would encourage", "could threaten": a cue under a modal is a possibility, not something said.
  // PolNeAR marks them in a main clause ("They can't blame this on him", "Voters should know …"), not in a
  // subordinate one ("… because it would encourage investors", "… that she would discuss it").
  const srcHead = c.toks[src.to]!;
  const mainClause = (src.from === 0 || !isWord(c.toks[src.from - 1]!) || MAIN_CLAUSE_LINKS.has(c.toks[src.from - 1]!.lower)) &&
    (isCap(srcHead) || (PRONOUN_SOURCES[srcHead.lower] !== undefined && srcHead.lower !== 'it') || !!SOURCE_NOUNS[srcHead.lower] || PERSON_ROLES.has(srcHead.lower));
  // "If I told them, …": a cue whose subject opens an "if" clause is a hypothesis, not something said.
  if (src.from > 0 && (c.toks[src.from - 1]!.lower === 'if' || c.toks[src.from - 1]!.lower === 'unless')) return null;
  // "If I told them, they would think …": after "if" or "unless" the modal is a hypothesis, not something said.
  let conditional = false;
  for (let i = 0; i < src.from && !conditional; i++) conditional = c.toks[i]!.lower === 'if' || c.toks[i]!.lower === 'unless';
  if (MODALS.has(c.toks[skipAdverbs(c, lead - 1)]?.lower ?? '') && !SAY_FORMS.has(t.lower) && (!mainClause || conditional)) return null;
  // `"… this in our country?" Clinton said.`: a sentence of its own after a quote that ends in "?" or "!".
  if (src.from === 0 || c.toks.slice(0, src.from).every((x) => !isWord(x))) {
    const q = quoteBeforeSentence(c);
    if (q && tailIsFrame(c, cueTo, true) && !c.toks.slice(cueTo + 1).some((x) => x.lower === 'that' || x.text === '"' || x.text === ':')) {
      return { cueFrom: k, cueTo, stance, source: src, content: q, rule: 'attributions/x-said-trailing' };
    }
  }
  const content = contentAfter(c, cueTo, t.lower);
  if (!content) {
    const colon = c.toks[cueTo + 1];
    if (!colon || (colon.text !== ':' && colon.text !== ',')) return null;
    // `X said:` ending the sentence, the quote in the next paragraph: handled by the caller.
    return { cueFrom: k, cueTo, stance, source: src, content: { start: c.toks[cueTo]!.end, end: c.toks[cueTo]!.end }, rule: 'attributions/x-said-colon' };
  }
  // Clause-only verbs need a clause or a quote after them: "questioned the decision" is not an attribution.
  // "A 2014 study found 31 cases": a document or a study finds a plain object.
  let evidence = false;
  for (let i = src.from; i <= src.to && EVIDENCE_VERBS.has(t.lower) && !evidence; i++) evidence = EVIDENCE_NOUNS.has(c.toks[i]!.lower.replace(/'s?$/, ''));
  if (CLAUSE_ONLY_VERBS.has(t.lower) && k === cueTo && !evidence) {
    if (!clauseNextTo(c.toks, cueTo, c.toks.length, t.lower)) {
      // "joked in his turn to answer the question, "It was …"": the clause or quote comes a little later.
      for (let j = cueTo + 2; j < c.toks.length && j <= cueTo + 10; j++) {
        const w = c.toks[j]!;
        // "who writes about the Kremlin, noted that …": the clause is the later verb's.
        if (REPORTING_VERBS[w.lower] && !tagOf(c, j).has('Noun')) return null;
        if (w.lower === 'that' || w.text === ':' || w.text === '"') {
          const from = w.text === '"' ? w.start : c.toks[j + 1]?.start;
          if (from === undefined || from >= content.end) return null;
          return { cueFrom: k, cueTo, stance, source: src, content: overQuotes(c, { start: from, end: content.end }), rule: 'attributions/x-said-that' };
        }
      }
      return null;
    }
  }
  return { cueFrom: k, cueTo, stance, source: src, content, rule: 'attributions/x-said-that' };
}

/**
 * "The issue was first reported by The Washington Post": the agent after "by" is the source, the subject the content.
 * `be` is the index of the form of "be", or -1 for a reduced passive ("a penalty imposed by the bureau").
 */
/** "by the spring", "by the end of May", "by 2020", "by Friday": a time after "by", no agent. */
function timeAgent(c: Ctx, from: number, to: number): boolean {
  let i = from;
  while (i < to && TIME_MODIFIERS.has(c.toks[i]!.lower)) i++;
  const w = c.toks[i]!.lower;
  return TIME_AFTER_BY.has(w) || MONTHS[w] !== undefined || WEEKDAYS[w] !== undefined || /^\d{4}s?$/.test(w);
}
const AGENT_ENDS = new Set(['in', 'at', 'on', 'during', 'last', 'this', 'next', 'earlier', 'yesterday', 'today', 'after', 'before', 'since']);
const TIME_MODIFIERS = new Set(['the', 'this', 'that', 'next', 'last', 'early', 'late', 'mid']);

function passiveBy(c: Ctx, k: number, cueTo: number, stance: Stance, be: number): Found | null {
  const by = c.toks[cueTo + 1];
  if (!by || by.lower !== 'by') return null;
  const src = npForward(c, cueTo + 2);
  if (!src) return null;
  // "by the council in 2015": a time after the agent is not part of it.
  if (src.to - 1 > src.from && tagOf(c, src.to).has('Value') && NP_PREPS.has(c.toks[src.to - 1]!.lower)) src.to -= 2;
  // "by all 25 members in Rome last October": a place or time after the agent is not part of it either.
  for (let i = src.from + 1; i <= src.to; i++) if (AGENT_ENDS.has(c.toks[i]!.lower)) { src.to = i - 1; break; }
  const head = c.toks[src.to]!;
  if (!isCap(head) && !SOURCE_NOUNS[head.lower] && !EVIDENCE_NOUNS.has(head.lower) && !PERSON_ROLES.has(head.lower) && !tagOf(c, src.to).has('Noun')) return null;
  if (timeAgent(c, src.from, src.to)) return null;
  let content: Range | null = null;
  if (be >= 0) {
    // The subject: from the clause start (sentence start or the last comma) to the form of "be".
    let s0 = be - 1;
    while (s0 >= 0 && c.toks[s0]!.text !== ',' && !CLAUSE_OPENERS.has(c.toks[s0]!.lower)) s0--;
    // Auxiliaries before "be" ("has been endorsed") stay out of the content.
    let e0 = be - 1;
    while (e0 > s0 && AUXILIARIES.has(c.toks[e0]!.lower)) e0--;
    // "Calls for an inquiry, where the army is fighting, were rejected by the council": the subject sits before an
    // aside between commas; it runs from the clause start.
    if (e0 <= s0 && s0 >= 1 && c.toks[s0]!.text === ',') {
      let o = s0 - 1;
      while (o > 0 && s0 - o <= 25 && c.toks[o]!.text !== ',') o--;
      if (o > 0 && c.toks[o]!.text === ',') {
        e0 = o - 1;
        s0 = e0;
        while (s0 >= 0 && !CLAUSE_OPENERS.has(c.toks[s0]!.lower)) s0--;
      }
    }
    if (e0 <= s0) return null;
    content = { start: c.toks[s0 + 1]!.start, end: c.toks[e0]!.end };
  } else {
    const np = npBackward(c, k - 1);
    if (!np) return null;
    content = rangeOf(c, np.from, np.to);
  }
  return { cueFrom: k, cueTo, stance, source: src, content, rule: 'attributions/passive-by' };
}

/** The quote that closes right before this sentence (only spaces between), if any. */
function quoteBeforeSentence(c: Ctx): Range | undefined {
  const text = c.doc.text;
  let p = c.s.start;
  while (p > 0 && p > c.s.start - 4 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  if (p === 0 || text[p - 1] !== '"') return undefined;
  const q = quoteAt(c.quotes, p - 1);
  if (!q || q.end !== p) return undefined;
  // The quote must end a question or an exclamation: "…," would have kept the cue in its sentence.
  return /[?!]/.test(text.slice(Math.max(q.start, p - 4), p - 1)) ? { start: q.start, end: q.end } : undefined;
}

/** "according to X, …", "…, according to X.", "…, citing X." */
function sourceAfterCue(c: Ctx, k: number, cueTo: number, stance: Stance, word: string): Found | null {
  let src = npForward(c, cueTo + 1);
  if (!src) return null;
  if (word === 'citing') {
    const head = c.toks[src.to]!;
    if (!isCap(c.toks[src.from]!) && !isCap(head) && !SOURCE_NOUNS[head.lower]) return null;
  }
  let afterSrc = src.to + 1;
  // "According to the group's spokesman, Zhao Mingde, the army …": the name in apposition is the source.
  if (c.toks[afterSrc]?.text === ',') {
    let e = afterSrc + 1;
    while (e < c.toks.length && e - afterSrc <= 5 && (isCap(c.toks[e]!) || c.toks[e]!.text === '.')) e++;
    if (e > afterSrc + 1 && c.toks[e]?.text === ',' && describedBefore(c, src.to)) {
      src = { from: afterSrc + 1, to: e - 1 };
      afterSrc = e;
    }
  }
  const atStart = k === 0 || c.toks.slice(0, k).every((t) => !isWord(t));
  // "… — or flat wrong — according to the journal.": a source closing the sentence trails its content.
  const srcHead = c.toks[src.to]!;
  const closes = (afterSrc >= c.toks.length || /^[.!?]$/.test(c.toks[afterSrc]!.text)) &&
    (DASHES.has(c.toks[k - 1]?.text ?? '') || isCap(srcHead) || !!SOURCE_NOUNS[srcHead.lower] || PERSON_ROLES.has(srcHead.lower));
  if (atStart || (k > 0 && c.toks[k - 1]!.text !== ',' && word !== 'citing' && !closes)) {
    // "According to X, the operations were …": content after the source.
    let j = afterSrc;
    if (j < c.toks.length && c.toks[j]!.text === ',') j++;
    if (j >= c.toks.length) return null;
    const end = contentEnd(c);
    if (end <= c.toks[j]!.start) return null;
    return { cueFrom: k, cueTo, stance, source: src, content: overQuotes(c, { start: c.toks[j]!.start, end }), rule: 'attributions/according-to' };
  }
  if (k < 2) return null;
  // Without a comma the word before the cue belongs to the content ("Prices rose 4 percent according to …").
  const content = contentBefore(c, isWord(c.toks[k - 1]!) ? k : k - 1);
  if (!content) return null;
  return { cueFrom: k, cueTo, stance, source: src, content, rule: word === 'citing' ? 'attributions/citing' : 'attributions/according-to-trailing' };
}

/** A document or a study (EVIDENCE_NOUNS) among the 12 words before k: "A 2014 study by a law professor found …". */
function evidenceBefore(c: Ctx, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 12 && isWord(c.toks[j]!); j--) if (EVIDENCE_NOUNS.has(c.toks[j]!.lower.replace(/'s?$/, ''))) return true;
  return false;
}

/** A "that", ":" or quote mark within 11 tokens after k, a quote just before, or k near the sentence end. */
function clauseInReach(c: Ctx, k: number): boolean {
  const n = c.toks.length;
  if (k >= n - 5 || clauseNextTo(c.toks, k, n, c.toks[k]!.lower)) return true;
  for (let j = k + 1; j < n && j <= k + 11; j++) {
    const w = c.toks[j]!;
    if (w.lower === 'that' || w.text === ':' || w.text === '"') return true;
  }
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) if (c.toks[j]!.text === '"') return true;
  // "A 2014 study by a law professor found 31 cases": a document or a study finds a plain object.
  return EVIDENCE_VERBS.has(c.toks[k]!.lower) && evidenceBefore(c, k);
}

/** Verbs with a "that" clause that report no one's words or views ("meant that", "ensured that", "required that"). */
const NOT_THAT_VERBS = new Set(['means', 'meant', 'ensures', 'ensured', 'requires', 'required', 'provided', 'provides', 'given', 'so', 'happens', 'happened',
  'seems', 'seemed', 'appears', 'appeared', 'matters', 'mattered', 'helps', 'helped', 'makes', 'made', 'guarantees', 'guaranteed', 'implies', 'implied',
  'dictates', 'dictated', 'stipulates', 'stipulated', 'follows', 'followed', 'proves', 'proved', 'reflects', 'reflected', 'explains', 'explained']);

/** Adverbs between "be" and an attitude adjective: "were also incensed", "is so frustrated". */
const DEGREE = new Set(['so', 'very', 'also', 'not', 'too', 'quite', 'increasingly', 'deeply', 'fully', 'now', 'still', 'clearly', 'particularly', 'absolutely', 'more', 'less']);

/** "Protesters were frustrated that …", "Many Democrats are afraid that …": "be" + an attitude adjective + a clause. */
function adjectiveCue(c: Ctx, k: number): Found | null {
  const next = c.toks[k + 1];
  if (!next || !(next.lower === 'that' || bareClauseAt(c.toks, k + 1, c.toks.length))) return null;
  let b = k - 1;
  while (b >= 0 && DEGREE.has(c.toks[b]!.lower)) b--;
  if (b < 1 || !BE_FORMS.has(c.toks[b]!.lower)) return null;
  const subjEnd = skipBackFrame(c, b - 1);
  if (subjEnd < 0) return null;
  let src = npBackward(c, subjEnd);
  if (src && src.from > 0 && isWord(c.toks[src.from - 1]!) && !CLAUSE_OPENERS.has(c.toks[src.from - 1]!.lower) && PRONOUN_SOURCES[c.toks[src.from]!.lower] === undefined) src = longSubject(c, subjEnd);
  if (!src) return null;
  const head = c.toks[src.to]!;
  // "It is clear that …": an expletive subject is no source.
  if (head.lower === 'it' || head.lower === 'there' || head.lower === 'this' || head.lower === 'that') return null;
  if (!isCap(head) && PRONOUN_SOURCES[head.lower] === undefined && !SOURCE_NOUNS[head.lower] && !PERSON_ROLES.has(head.lower) && !/s$/.test(head.lower)) return null;
  const content = contentAfter(c, k, t0(c, k));
  if (!content) return null;
  return { cueFrom: b, cueTo: k, stance: 'assert', source: src, content, rule: 'attributions/attitude-adjective' };
}
const t0 = (c: Ctx, k: number) => c.toks[k]!.lower;

/** "the ministry's claim that …", "his estimate that …". */
function nounCue(c: Ctx, k: number, stance: Stance): Found | null {
  const next = c.toks[k + 1];
  if (!next || !(next.lower === 'that' || (next.lower === 'to' && NOUN_LINKS_TO.has(c.toks[k]!.lower)))) return null;
  // "his plan that matches his rhetoric": "that" and a verb is a relative clause; "his threat to Europe": "to" and a
  // noun is no infinitive.
  const n2 = c.toks[k + 2];
  if (!n2) return null;
  const n2Tags = tagOf(c, k + 2);
  const n3 = c.toks[k + 3];
  const objectNext = !!n3 && (DETERMINERS.has(n3.lower) || POSSESSIVES.has(n3.lower) || OBJECT_PRONOUNS.has(n3.lower));
  if (next.lower === 'that' && /^\p{Ll}+s$/u.test(n2.text) && n2Tags.has('Verb') && !n2Tags.has('Noun') && objectNext) return null;
  if (next.lower === 'to' && (isCap(n2) || DETERMINERS.has(n2.lower) || (n2Tags.has('Noun') && !n2Tags.has('Verb')))) return null;
  // "the police's earlier claim that": one modifier between the owner and the noun.
  const own = k >= 2 && NOUN_MODIFIERS.has(c.toks[k - 1]!.lower) ? k - 1 : k;
  const before = c.toks[own - 1];
  if (!before) return null;
  let src: { from: number; to: number } | null = null;
  if (POSSESSIVES.has(before.lower)) src = { from: own - 1, to: own - 1 };
  else if (before.text === "'s" && own >= 2) src = npBackward(c, own - 2);
  else if (isPoss(before)) {
    // "the ministry's claim": the source phrase ends in the possessive token itself.
    let from = own - 1;
    while (from > 0 && own - from < 6 && npToken(c, from - 1)) from--;
    src = { from, to: own - 1 };
  }
  if (!src) return null;
  const end = contentEnd(c);
  // "his promise to cut taxes": the infinitive marker belongs to the content, as with "wants to".
  const start = next.lower === 'to' ? next.start : c.toks[k + 2]?.start;
  if (start === undefined || end <= start) return null;
  return { cueFrom: k, cueTo: k, stance, source: src, content: overQuotes(c, { start, end }), rule: 'attributions/noun-that' };
}

const QUOTED = new Set(['quoted', 'quotes', 'quoting']);

/**
 * "The paper quoted an unnamed general as saying the operation would continue": two attributions,
 * the outlet's ("quoted", content: the general and his words) and the general's ("as saying"), nested.
 */
function quotedAs(c: Ctx, k: number, prev: Found | undefined): [Found, Found] | null {
  let j = k + 1;
  while (j < c.toks.length && j - k <= 12 && !(c.toks[j]!.lower === 'as' && c.toks[j + 1]?.lower === 'saying')) j++;
  if (j >= c.toks.length || j === k + 1 || c.toks[j]!.lower !== 'as') return null;
  const inner = npForward(c, k + 1);
  if (!inner || inner.to !== j - 1) return null;
  const content = contentAfter(c, j + 1, 'saying');
  if (!content) return null;
  const subjEnd = skipBackFrame(c, k - 1);
  const outerSrc = /ing$/.test(c.toks[k]!.lower) ? prev?.source : subjEnd >= 0 ? npBackward(c, subjEnd) : null;
  if (!outerSrc) return null;
  const outer: Found = { cueFrom: k, cueTo: k, stance: 'report', source: outerSrc, content: { start: c.toks[k + 1]!.start, end: content.end }, rule: 'attributions/quoted-as-saying' };
  const said: Found = { cueFrom: j, cueTo: j + 1, stance: 'assert', source: inner, content, rule: 'attributions/quoted-as-saying' };
  return [outer, said];
}

/**
 * "Clinton said she plans to run", "what he called a hoax": a pronoun subject opening the content of the cue
 * before it, or after "what", restates that source's own words; the outer attribution holds it.
 */
function selfReport(c: Ctx, f: Found, prev: Found | undefined): boolean {
  if (!f.source || f.source.from !== f.source.to) return false;
  const src = c.toks[f.source.from]!;
  if (PRONOUN_SOURCES[src.lower] === undefined) return false;
  const before = c.toks[f.source.from - 1];
  if (before && (before.lower === 'what' || before.lower === 'whatever')) return true;
  return !!prev && prev.content.start === src.start && f.rule === 'attributions/x-said-that';
}

function cuesInSentence(c: Ctx): Found[] {
  const found: Found[] = [];
  const n = c.toks.length;
  for (let k = 0; k < n; k++) {
    const t = c.toks[k]!;
    // Phrases first: the longest one starting here.
    let phrase: (typeof REPORTING_PHRASES)[number] | undefined;
    for (const p of PHRASES_BY_FIRST.get(t.lower) ?? NO_PHRASES) {
      if (k + p.words.length > n || (phrase && phrase.words.length >= p.words.length)) continue;
      if (p.words.every((w, i) => c.toks[k + i]!.lower === w)) phrase = p;
    }
    // "as one official put it," / "put it bluntly:" — not "put it on the table".
    if (phrase && phrase.words[1] === 'it' && phrase.words.length === 2) {
      const nx = c.toks[k + 2];
      const nx2 = c.toks[k + 3];
      let asBefore = false;
      for (let j = k - 1; j >= 0 && j >= k - 7 && !asBefore; j--) asBefore = c.toks[j]!.lower === 'as' && (j === 0 || !isWord(c.toks[j - 1]!));
      if (nx && !asBefore && !/^[.,:;"]$/.test(nx.text) && !(/^\p{Ll}+ly$/u.test(nx.text) && !!nx2 && /^[.,:;]$/.test(nx2.text))) phrase = undefined;
    }
    if (phrase) {
      const cueTo = k + phrase.words.length - 1;
      const f = phrase.kind === 'source-after'
        ? sourceAfterCue(c, k, cueTo, phrase.stance, phrase.words[0]!)
        : verbCue(c, k, phrase.stance, cueTo, found[found.length - 1]);
      if (f) {
        if (phrase.cueWords && f.cueTo === cueTo) f.shownTo = k + phrase.cueWords - 1;
        found.push(f);
        k = cueTo;
        continue;
      }
    }
    if (QUOTED.has(t.lower)) {
      const pair = quotedAs(c, k, found[found.length - 1]);
      if (pair) { found.push(...pair); k = pair[1]!.cueTo; continue; }
    }
    const hedge = HEDGES[t.lower];
    if (hedge) {
      const start = contentStart(c);
      const end = contentEnd(c);
      if (end > start) found.push({ cueFrom: k, cueTo: k, stance: hedge, content: { start, end }, rule: 'attributions/hedge' });
      continue;
    }
    // "released a letter from his doctor", "unveiled a proposal for …", "issued a policy paper welcoming …": sending a
    // message is an attribution; the cue runs from the verb to the message.
    if (MESSAGE_VERBS.has(t.lower)) {
      let j = k + 1;
      while (j < n && j <= k + 4 && !MESSAGE_NOUNS.has(c.toks[j]!.lower) && isWord(c.toks[j]!) && !NP_STOP.has(c.toks[j]!.lower) && !NP_PREPS.has(c.toks[j]!.lower)) j++;
      // "He sent his message to the voters.": only an addressee after the message, nothing said.
      let addressOnly = c.toks[j + 1]?.lower === 'to';
      for (let i = j + 2; addressOnly && i < n && i <= j + 14; i++) if (/^(?:that|:|")$/.test(c.toks[i]!.lower) || (/ing$/.test(c.toks[i]!.lower) && REPORTING_VERBS[c.toks[i]!.lower])) addressOnly = false;
      // A bare noun ("police released video on Monday") is material, not a message.
      if (j < n && j > k + 1 && j <= k + 4 && MESSAGE_NOUNS.has(c.toks[j]!.lower) && !addressOnly) {
        const f = verbCue(c, k, 'assert', j, found[found.length - 1]);
        if (f && f.rule === 'attributions/x-said-that' && f.source) { found.push(f); k = j; continue; }
      }
    }
    const verb = REPORTING_VERBS[t.lower];
    // A clause-only verb with no clause, quote or trailing position in reach is skipped before any tagging.
    if (verb && (!CLAUSE_ONLY_VERBS.has(t.lower) || clauseInReach(c, k))) {
      const f = verbCue(c, k, verb, k, found[found.length - 1]);
      if (f && !selfReport(c, f, found[found.length - 1])) { found.push(f); continue; }
    }
    // Any finite verb with a "that" clause and a plausible source: "Federal agents uncovered that …".
    if (!verb && k > 0 && c.toks[k + 1]?.lower === 'that' && /^\p{Ll}+(?:ed|es|s)$/u.test(t.text) && !NOT_THAT_VERBS.has(t.lower) && bareClauseAt(c.toks, k + 2, n)) {
      const tg = tagOf(c, k);
      if (tg.has('Verb') && !tg.has('Noun') && !tg.has('Adjective')) {
        const f = verbCue(c, k, 'assert', k, found[found.length - 1]);
        if (f && f.source && f.rule === 'attributions/x-said-that') {
          const head = c.toks[f.source.to]!;
          const plausible = isCap(head) || (PRONOUN_SOURCES[head.lower] !== undefined && head.lower !== 'it') || !!SOURCE_NOUNS[head.lower] || PERSON_ROLES.has(head.lower) || EVIDENCE_NOUNS.has(head.lower);
          if (plausible) { found.push(extend(f, { rule: 'attributions/verb-that' })); continue; }
        }
      }
    }
    // "The bill was passed by Congress", "six were appointed by Democratic presidents": a decision verb in the
    // passive, its agent after "by".
    if (!verb && PASSIVE_AGENT_VERBS.has(t.lower) && c.toks[k + 1]?.lower === 'by') {
      let b = k - 1;
      while (b >= 0 && (PASSIVE_GAP.has(c.toks[b]!.lower) || /^\p{Ll}+ly$/u.test(c.toks[b]!.text))) b--;
      if (b >= 0 && BE_FORMS.has(c.toks[b]!.lower)) {
        const f = passiveBy(c, k, k, 'assert', b);
        if (f) { found.push(f); continue; }
      }
      // A reduced passive after its noun: "a $100 million penalty imposed by the bureau".
      const nb = c.toks[b];
      if (b >= 0 && nb && /^\p{Ll}+$/u.test(nb.text) && !DETERMINERS.has(nb.lower) && tagOf(c, b).has('Noun') && !tagOf(c, b).has('Verb') && !tagOf(c, b).has('Pronoun')) {
        const f = passiveBy(c, k, k, 'assert', -1);
        if (f) { found.push(f); continue; }
      }
    }
    if (ATTITUDE_ADJECTIVES.has(t.lower)) {
      const f = adjectiveCue(c, k);
      if (f) { found.push(f); continue; }
    }
    const noun = REPORTING_NOUNS[t.lower];
    if (noun) {
      const f = nounCue(c, k, noun);
      if (f) found.push(f);
    }
  }
  // "X said that …, state media reported.": the trailing cue and its source are not the inner content.
  for (let i = 1; i < found.length; i++) {
    const f = found[i]!;
    if ((f.rule !== 'attributions/x-said-trailing' && f.rule !== 'attributions/according-to-trailing') || !f.source) continue;
    const cut = c.toks[Math.min(f.source.from, f.cueFrom)]!.start;
    for (let j = 0; j < i; j++) {
      const p = found[j]!;
      if (p.content.start < cut && p.content.end > cut && p.cueTo < f.cueFrom) {
        let e = cut;
        while (e > p.content.start && /[\s,]/.test(c.doc.text[e - 1]!)) e--;
        p.content = { start: p.content.start, end: e };
      }
    }
  }
  // "The AP, citing a rescue worker, said …": the cited source vouches for the main verb's content.
  for (let i = 0; i + 1 < found.length; i++) {
    const f = found[i]!;
    const g = found[i + 1]!;
    if (f.rule === 'attributions/citing' && g.source && g.source.to < f.cueFrom && g.cueFrom > f.cueTo) f.content = g.content;
  }
  // A coordinated or participial cue ends the content of the cue before it ("rejected the figure | and said …").
  for (let i = 1; i < found.length; i++) {
    const f = found[i]!;
    const p = found[i - 1]!;
    if (!f.coordinated) continue;
    let cut = c.toks[f.cueFrom]!.start;
    for (let j = f.cueFrom - 1; j > p.cueTo && (c.toks[j]!.lower === 'and' || c.toks[j]!.text === ',' || c.toks[j]!.lower === 'but' || AUXILIARIES.has(c.toks[j]!.lower)); j--) cut = c.toks[j]!.start;
    if (p.content.start < cut && p.content.end > cut) {
      let e = cut;
      while (e > p.content.start && /[\s,]/.test(c.doc.text[e - 1]!)) e--;
      p.content = { start: p.content.start, end: e };
    }
  }
  return found;
}

const PHRASE_STARTS = new Set(REPORTING_PHRASES.map((p) => p.words[0]!));
/** The phrases by first word, in lexicon order (profiled: scanning every phrase at every token was 7% of extract). */
const PHRASES_BY_FIRST = new Map<string, (typeof REPORTING_PHRASES)[number][]>();
for (const p of REPORTING_PHRASES) {
  const list = PHRASES_BY_FIRST.get(p.words[0]!);
  if (list) list.push(p);
  else PHRASES_BY_FIRST.set(p.words[0]!, [p]);
}
const NO_PHRASES: (typeof REPORTING_PHRASES)[number][] = [];

/** Does this sentence hold any cue word at all? Cheap token check before tagging. */
function hasCue(doc: Doc, s: Sentence): boolean {
  // Only sentences that can hold a cue are tagged (tagging is the expensive step): a clause-only verb
  // or a reporting noun needs its "that" / ":" / quote within reach; a phrase needs its second word.
  for (let i = s.firstToken; i < s.lastToken; i++) {
    const w = doc.tokens[i]!.lower;
    if (HEDGES[w]) return true;
    if (PHRASE_STARTS.has(w)) {
      const n = doc.tokens[i + 1];
      if (n && i + 1 < s.lastToken && PHRASES_BY_FIRST.get(w)!.some((p) => p.words[1] === n.lower)) return true;
    }
    const verb = REPORTING_VERBS[w] !== undefined;
    if (verb && !CLAUSE_ONLY_VERBS.has(w)) return true;
    if (verb && clauseNextTo(doc.tokens, i, s.lastToken, w)) return true;
    if (ATTITUDE_ADJECTIVES.has(w) && i + 1 < s.lastToken && doc.tokens[i + 1]!.lower === 'that') return true;
    if (PASSIVE_AGENT_VERBS.has(w) && i + 1 < s.lastToken && doc.tokens[i + 1]!.lower === 'by') return true;
    if (MESSAGE_VERBS.has(w)) for (let j = i + 1; j < s.lastToken && j <= i + 4; j++) if (MESSAGE_NOUNS.has(doc.tokens[j]!.lower)) return true;
    // "his promises to …", "North Korea's claims about …": an owned reporting noun.
    if (NOUN_LINKS_TO.has(w) && i > s.firstToken && i + 1 < s.lastToken && doc.tokens[i + 1]!.lower === 'to') {
      const b = doc.tokens[i - 1]!;
      const b2 = NOUN_MODIFIERS.has(b.lower) && i - 2 >= s.firstToken ? doc.tokens[i - 2]! : b;
      if (POSSESSIVES.has(b2.lower) || isPoss(b2)) return true;
    }
    if (verb || REPORTING_NOUNS[w] !== undefined) {
      for (let j = i + 1; j < s.lastToken && j <= i + 11; j++) {
        const t = doc.tokens[j]!.text;
        if (t === 'that' || t === ':' || t === '"' || t === "'") return true;
      }
      // "…, the source added." / "…, police said on Tuesday.": a trailing verb.
      if (i >= s.lastToken - 5 || doc.tokens[i + 1]?.text === ',') return true;
      // "A 2014 study by a law professor found 31 cases": a study finds a plain object.
      if (EVIDENCE_VERBS.has(w)) {
        for (let j = i - 1; j >= s.firstToken && j >= i - 12 && isWord(doc.tokens[j]!); j--) if (EVIDENCE_NOUNS.has(doc.tokens[j]!.lower.replace(/'s?$/, ''))) return true;
      }
      // "…," she added. / "…," he told reporters.: a trailing verb after a closing quote.
      for (let j = i - 1; j >= s.firstToken && j >= i - 6; j--) if (doc.tokens[j]!.text === '"' || doc.tokens[j]!.text === "'") return true;
    }
  }
  return false;
}

/** A label source that is only a count: "Two questions:", "3 takeaways:". */
const COUNT_WORDS = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some|many)$/i;

/** A label line's attribution; 'none' for a label that is no one's statement (its line holds no cue either). */
function labelAttribution(doc: Doc, s: Sentence, quotes: Quote[]): AttributionDraft | 'none' | null {
  const label = s.label;
  if (!label) return null;
  // redos-ok: quadratic only in its input, a label of at most 61 characters.
  const words = /([\p{L}]+)\s*$/u.exec(label.text);
  if (!words) return null;
  const cueWord = words[1]!.toLowerCase();
  const stance = REPORTING_NOUNS[cueWord] ?? REPORTING_VERBS[cueWord];
  if (!stance) return null;
  const cue = { start: label.start + words.index, end: label.start + words.index + words[1]!.length };
  const srcText = label.text.slice(0, words.index).trimEnd();
  if (!hasLetter(srcText)) return null;
  // "Editor's note: …" is the paper's furniture; "Two questions: …" counts, it names no one.
  if (NOT_SPEAKER_LABELS.has(label.text.toLowerCase().replace(/\u2019/g, "'")) || COUNT_WORDS.test(srcText)) return 'none';
  let cs = label.end + 1;
  while (cs < s.end && /\s/.test(doc.text[cs]!)) cs++;
  let ce = s.end;
  while (ce > cs && /[.\s]/.test(doc.text[ce - 1]!)) ce--;
  if (ce <= cs) return null;
  const sourceRange = { start: label.start, end: label.start + srcText.length };
  return attributionDraft({
    sourceRange, sourceText: doc.input.slice(sourceRange.start, sourceRange.end), cue, stance,
    direct: !!quoteAt(quotes, cs) || !!quoteAt(quotes, ce - 1),
    content: { start: cs, end: ce }, range: { start: label.start, end: ce }, claims: [], sentence: s.index,
    rule: 'attributions/label-colon',
  });
}

/** A name signing a quote: 1-5 capitalised words ("Edwin G. Monroy", "Christina N Luis Olidem"). */
// redos-ok: quadratic only in its input, which is at most 80 characters (see signedQuotes).
const SIGNATURE = /^[ \t]*-{1,2}[ \t]*(\p{Lu}[\p{L}'.-]*(?:[ \t]+\p{Lu}[\p{L}'.-]*){0,4})[ \t]*(?=$|[\n.,(]|\s*\n)/u;

/**
 * `"…" - Sonya Herridge`: a quote signed by a dash and a name at the end of its line (reader comments,
 * epigraphs, embedded posts). The dash is the cue.
 */
/** A paragraph's closing name: "… thankful for what it's brought me. Morgan Reilly" (2–3 words). */
// A name word: "Morgan", "McNeely", "O'Hara" (letters of the two cases never overlap: no backtracking).
const PULL_NAME = /[.!?]["'”’]?[ \t]+(\p{Lu}(?:\p{Ll}+(?:\p{Lu}\p{Ll}+)?|['’]\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}(?:\p{Ll}+(?:\p{Lu}\p{Ll}+)?|['’]\p{Lu}\p{Ll}+)){1,2})[ \t]*$/u;

/**
 * A pull quote: a paragraph of speech ending with its speaker's full name and no mark
 * ("There's something about seeing that strength. Julie Easton"). The surname must be written
 * elsewhere in the article (a set of capitalised words built once), so a sentence ending on a
 * place ("… moved to New York") is not read as signed.
 */
function pullQuotes(doc: Doc): AttributionDraft[] {
  const out: AttributionDraft[] = [];
  let caps: Map<string, number> | undefined;
  for (const p of doc.paragraphs) {
    if (p.end - p.start > 600 || p.end - p.start < 30) continue;
    const para = doc.text.slice(p.start, p.end).trimEnd();
    if (para.includes('\n') || para.includes('"')) continue;
    const m = PULL_NAME.exec(para.slice(-60));
    if (!m) continue;
    const words = m[1]!.split(/[ \t]+/);
    if (words.some((w) => FUNCTION_CAPS.has(w.toLowerCase()))) continue;
    const ns = p.start + para.length - m[0].length + m[0].indexOf(m[1]!);
    const ne = ns + m[1]!.length;
    const content = { start: p.start, end: ns };
    while (content.end > content.start && /\s/.test(doc.text[content.end - 1]!)) content.end--;
    if (doc.text.slice(content.start, content.end).split(/\s+/).length < 6) continue;
    if (!caps) {
      caps = new Map();
      for (const t of doc.tokens) if (/^\p{Lu}\p{Ll}/u.test(t.text)) caps.set(t.lower, (caps.get(t.lower) ?? 0) + 1);
    }
    // The surname is used again outside the signature.
    if ((caps.get(words[words.length - 1]!.toLowerCase()) ?? 0) < 2) continue;
    out.push(attributionDraft({
      sourceRange: { start: ns, end: ne }, sourceText: doc.input.slice(ns, ne), cue: { start: ns, end: ne },
      stance: 'assert', direct: true, content, range: { start: p.start, end: ne },
      claims: [], sentence: sentenceAt(doc, content.start) ?? 0, rule: 'attributions/pull-quote',
    }));
  }
  return out;
}

function signedQuotes(doc: Doc, quotes: Quote[]): AttributionDraft[] {
  const out: AttributionDraft[] = [];
  const text = doc.text;
  for (const q of quotes) {
    const m = SIGNATURE.exec(text.slice(q.end, q.end + 80));
    if (!m) continue;
    const words = m[1]!.replace(/\.$/, '').split(/[ \t]+/);
    // A name, not a sentence: no capitalised function words ("- But He …").
    if (words.some((w) => FUNCTION_CAPS.has(w.toLowerCase()) || AUXILIARIES.has(w.toLowerCase()))) continue;
    if (doc.text.slice(q.start, q.end).split(/\s+/).length < 3) continue;
    const dash = q.end + m[0].indexOf('-');
    const ns = q.end + m[0].indexOf(m[1]!);
    const ne = ns + m[1]!.replace(/\.$/, '').length;
    const sourceRange = { start: ns, end: ne };
    out.push(attributionDraft({
      sourceRange, sourceText: doc.input.slice(ns, ne), cue: { start: dash, end: dash + (m[0].includes('--') ? 2 : 1) },
      stance: 'assert', direct: true, content: { start: q.start, end: q.end }, range: { start: q.start, end: ne },
      claims: [], sentence: sentenceAt(doc, q.start) ?? 0, rule: 'attributions/quote-signature',
    }));
  }
  return out;
}

/** "PENCE: Well, look …", "Pat Caddell: Democrat voters …": a line opened by a speaker's name and a colon. */
const SPEAKER_LABEL = /^["*\s]*(\p{Lu}[\p{L}'.-]*(?: [\p{L}'.-]+){0,3}):[ \t]+(?=\S)/u;

/** ALL-CAPS line labels that open two lines or more: the speakers of a transcript ("WALLACE:", "PENCE:"). */
function transcriptSpeakers(doc: Doc): Set<string> {
  const seen = new Map<string, number>();
  for (const p of doc.paragraphs) {
    const m = /^["*\s]*(\p{Lu}[\p{Lu}'.-]+(?: \p{Lu}[\p{Lu}'.-]+)?):[ \t]/u.exec(doc.text.slice(p.start, Math.min(p.end, p.start + 40)));
    if (m) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [k, n] of seen) if (n >= 2) out.add(k);
  return out;
}

function speakerLabel(doc: Doc, s: Sentence, quotes: Quote[], speakers: () => Set<string>): AttributionDraft | null {
  // Only a line's first sentence can open with its speaker.
  const para = doc.paragraphs[s.paragraph];
  if (!para) return null;
  // Only a line's first sentence can open with its speaker.
  let b = s.start;
  while (b > para.start && b > s.start - 4 && /[ \t*"]/.test(doc.text[b - 1]!)) b--;
  if (b > para.start && doc.text[b - 1] !== '\n') return null;
  const m = SPEAKER_LABEL.exec(s.text.slice(0, 60));
  if (!m) return null;
  const label = m[1]!;
  const words = label.split(' ');
  const lower = label.toLowerCase();
  if (NOT_SPEAKER_LABELS.has(lower) || words.some((w) => NOT_SPEAKER_LABELS.has(w.toLowerCase())) || /^(?:the|a|an) /.test(lower) || words.some((w) => FUNCTION_CAPS.has(w.toLowerCase()) || TIME_WORDS.has(w.toLowerCase()))) return null;
  const ls = s.start + m[0].indexOf(label);
  const le = ls + label.length;
  const rest = s.text.slice(m[0].length);
  const allCaps = label === label.toUpperCase();
  const head = words[words.length - 1]!.toLowerCase();
  // "Health ministry: 17 dead": a lower-case word is allowed only in a source noun phrase.
  const sourceHead = !!SOURCE_NOUNS[head] || PERSON_ROLES.has(head);
  if (words.some((w, i) => i > 0 && startsLower(w)) && !sourceHead) return null;
  if (words.length > 3 && !sourceHead) return null;
  // A transcript speaker ("WALLACE:") in mixed-case text; an all-caps document has no such signal.
  if (allCaps) {
    // Section labels ("ENERGY:", "KEEPING SCORE:") open one line each; a speaker takes turns.
    if (!/\p{Ll}/u.test(rest) || label.length < 3 || !speakers().has(label)) return null;
  } else {
    // A title-case label must read as a name or a source: "Pence:", "Rush Limbaugh:", "Poll:".
    const first = doc.tokens[s.firstToken]!.text === '"' ? s.firstToken + 1 : s.firstToken;
    const tags = sentenceTags(doc, s);
    const toks = words.length;
    let named = false;
    for (let i = first; i < first + toks && i < s.lastToken; i++) {
      const tg = tags[i - s.firstToken]!;
      if (tg.has('Place') || tg.has('Country') || tg.has('Date')) return null;
      if (tg.has('Person') || tg.has('Organization') || tg.has('ProperNoun')) named = true;
    }
    if (!named && !sourceHead) return null;
  }
  let cs = le + 1;
  while (cs < s.end && /\s/.test(doc.text[cs]!)) cs++;
  // The content runs to the end of the line (a turn may hold many sentences).
  let ce = doc.text.indexOf('\n', cs);
  if (ce < 0 || ce > para.end) ce = para.end;
  while (ce > cs && /[\s"]/.test(doc.text[ce - 1]!)) ce--;
  if (ce <= cs) return null;
  return attributionDraft({
    sourceRange: { start: ls, end: le }, sourceText: doc.input.slice(ls, le), cue: { start: le, end: le + 1 }, stance: 'assert',
    direct: allCaps || !!quoteAt(quotes, cs), content: { start: cs, end: ce }, range: { start: ls, end: ce }, claims: [],
    sentence: s.index, rule: 'attributions/speaker-label',
  });
}

/**
 * Find attributions in a document: one draft per reporting cue with a source (or a hedge).
 *
 * @example
 * recogniseAttributions(doc) // "Pakistan rejected the figure and said 23 died." → rejected (deny), said (assert)
 */
export function recogniseAttributions(doc: Doc): AttributionDraft[] {
  const out: AttributionDraft[] = [];
  const quotes = findQuotes(doc);
  let speakers: Set<string> | undefined;
  const speakersOnce = () => (speakers ??= transcriptSpeakers(doc));
  for (const s of doc.sentences) {
    // `Said Ellis: "…"`: an opening inversion before a colon is a cue, not a speaker label "Said Ellis".
    const first = doc.tokens[s.firstToken];
    const inverted = !!first && isCap(first) && INVERSION_VERBS.has(first.lower);
    const label = inverted ? null : labelAttribution(doc, s, quotes) ?? speakerLabel(doc, s, quotes, speakersOnce);
    if (label === 'none') continue;
    if (label) { out.push(label); continue; }
    if (!hasCue(doc, s)) continue;
    if (s.lastToken - s.firstToken > 400) continue; // a table or junk, not a sentence
    const { toks, orig } = mergedTokens(doc, s);
    let all: Set<string>[] | undefined;
    const none = new Set<string>();
    const tagAt = (k: number) => {
      const o = orig[k];
      if (o === undefined || o < 0) return none;
      all ??= sentenceTags(doc, s);
      return all[o - s.firstToken] ?? none;
    };
    const c: Ctx = { doc, s, toks, tagAt, quotes };
    for (const f of cuesInSentence(c)) {
      // A cue inside a quotation is the quoted speaker's own words ("I've never said there's a study").
      const inQuote = quoteAt(quotes, toks[f.cueFrom]!.start);
      if (inQuote && f.rule !== 'attributions/hedge') continue;

      if (f.source && badSource(c, f)) continue;
      let cueStart = toks[f.cueFrom]!.start;
      // "has claimed": the auxiliary belongs to the cue as written.
      const aux = toks[f.cueFrom - 1];
      if (aux && (aux.lower === 'has' || aux.lower === 'have' || aux.lower === 'had') && f.rule !== 'attributions/hedge') cueStart = aux.start;
      const cue = { start: cueStart, end: toks[f.shownTo ?? f.cueTo]!.end };
      const sourceRange = f.source ? rangeOf(c, f.source.from, f.source.to) : undefined;
      let content = f.content;
      if (content.end <= content.start) {
        // `X said:` with the quote in the next sentence or paragraph.
        const next = doc.sentences[s.index + 1];
        const q = next ? quoteAt(quotes, next.start) ?? quoteAt(quotes, contentStartOf(doc, next)) : undefined;
        // `The governor added:` and a block of speech without quote marks: the next sentence, in the next paragraph
        // at most, when the colon ends the sentence.
        const block = !q && !!next && toks[toks.length - 1]!.text === ':' && next.paragraph - s.paragraph <= 1 && next.kind === 'body';
        if (q) content = { start: q.start, end: q.end };
        else if (block) content = { start: contentStartOf(doc, next!), end: next!.end };
        else continue;
      }
      const starts = [cue.start, content.start, ...(sourceRange ? [sourceRange.start] : [])];
      const ends = [cue.end, content.end, ...(sourceRange ? [sourceRange.end] : [])];
      out.push(attributionDraft({
        sourceRange,
        sourceText: sourceRange ? doc.input.slice(sourceRange.start, sourceRange.end) : '',
        cue, stance: f.stance, direct: direct(c, content), content,
        range: { start: Math.min(...starts), end: Math.max(...ends) }, claims: [], sentence: s.index, rule: f.rule,
      }));
    }
  }
  return continueQuotes(doc, quotes, [...out, ...signedQuotes(doc, quotes), ...pullQuotes(doc)]);
}

const QUESTION_AUX = new Set(['do', 'does', 'did', 'would', 'could', 'can', 'will', 'should', 'shall', 'might']);

/**
 * A source phrase that cannot be one: it ends in an infinitive marker or a preposition ("obligates countries to |
 * offer", "There's no way to | tell"), it is the subject of "worth" ("It's worth noting"), or the cue asks a question
 * with the subject after its auxiliary ("Do you know where …?", "would I prefer …?").
 */
function badSource(c: Ctx, f: Found): boolean {
  const src = f.source!;
  const last = c.toks[src.to]!;
  // "The farmers we spoke to say …": a relative clause without "that" may end in a preposition.
  let contact = false;
  for (let i = src.from; i < src.to && !contact; i++) contact = CONTACT_PRONOUNS.has(c.toks[i]!.text);
  if (!contact && (last.lower === 'to' || last.lower === 'either' || last.lower === 'neither' || (NP_PREPS.has(last.lower) && src.to > src.from))) return true;
  // "Keeps | saying she …": a verb opening the sentence is no subject of the -ing cue after it. Before a finite
  // cue the same word is a name ("Marks said", "Banks, who …, said").
  const first = c.toks[src.from]!;
  const ft = tagOf(c, src.from);
  const participle = /ing$/.test(c.toks[f.cueFrom]?.lower ?? '');
  if (participle && src.from === src.to && src.from === 0 && isCap(first) && /s$/.test(first.lower) && ft.has('Verb') && ft.has('PresentTense') && !ft.has('Noun') && !ft.has('ProperNoun')) return true;
  if (f.cueFrom > 0 && c.toks[f.cueFrom - 1]!.lower === 'worth') return true;
  const pre = c.toks[src.from - 1];
  if (pre && QUESTION_AUX.has(pre.lower) && src.to < f.cueFrom) {
    let e = c.toks.length - 1;
    while (e > 0 && /^["')\]]$/.test(c.toks[e]!.text)) e--;
    if (c.toks[e]!.text === '?') return true;
  }
  return false;
}

/** Paragraph index of a position (binary search). */
function paragraphAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphs[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A quote with no cue of its own continues the speaker of the attribution just before it
 * (`"…," Warren said. "You squeezed them."`, or the next paragraph's quote after "she said:").
 */
function continueQuotes(doc: Doc, quotes: Quote[], found: AttributionDraft[]): AttributionDraft[] {
  const atts = [...found].sort((a, b) => a.range.start - b.range.start);
  const out = [...found];
  let j = 0;
  let last: AttributionDraft | undefined;
  let covered = 0; // end of the furthest content seen so far
  let continuedTo = 0; // end of the last quote continuing `last`'s speaker
  let hops = 0; // quotes continued since `last`
  // Attributions by the end of their cue: `X said, "…"` finds its clause reading in one look-up.
  const byCueEnd = new Map<number, AttributionDraft>();
  for (const a of found) if (!a.dropped && !byCueEnd.has(a.cue.end)) byCueEnd.set(a.cue.end, a);
  for (const q of quotes) {
    while (j < atts.length && atts[j]!.range.start < q.start) {
      const a = atts[j]!;
      // A speaker to continue has said something: "The painters agreed within a day." reports no speech.
      if (a.sourceRange && (a.direct || substantive(doc, a.content))) { last = a; continuedTo = 0; hops = 0; }
      covered = Math.max(covered, a.content.end);
      j++;
    }
    if (covered > q.start) continue;
    const next = atts[j];
    if (next && next.content.start < q.end) continue;
    // A title in quotes or a scare quote is not speech: three words at least.
    const words = doc.text.slice(q.start, q.end).split(/\s+/).length;
    // A short quote is speech only when it closes on the comma or mark of a speech frame (`"You're short," he said`).
    if (words < 2 || (words < 3 && !/[,!?]["']+$/.test(doc.text.slice(q.end - 3, q.end)))) continue;
    // The speaker written beside the quote: `"…," Ruiz blurted out`, `Ruiz said, "…"`.
    const beside = quoteCue(doc, q);
    if (!beside && words < 3) continue;
    if (beside) {
      const content = { start: q.start, end: q.end };
      // `X said, "…"` read as a trailing cue: its content is the quote after it.
      const same = beside.side === 'before' ? byCueEnd.get(beside.cue.end) : undefined;
      // `"…," he added, "…"`: a cue between two quotes keeps the first; the second is another turn.
      const quotedBefore = same ? quoteAt(quotes, same.content.start) !== undefined : false;
      if (same && same.content.end <= same.cue.start && !quotedBefore) {
        same.content = content;
        same.direct = true;
        same.range = { start: Math.min(same.range.start, q.start), end: Math.max(same.range.end, q.end) };
      } else if (same && quotedBefore) {
        // One turn split by its frame: the content runs over both quotes.
        same.content = { start: same.content.start, end: q.end };
        same.range = { start: Math.min(same.range.start, same.content.start), end: Math.max(same.range.end, q.end) };
      } else if (!same) {
        out.push(attributionDraft({
          sourceRange: beside.source, sourceText: doc.input.slice(beside.source.start, beside.source.end), cue: beside.cue, stance: beside.stance,
          direct: true, content, range: { start: Math.min(q.start, beside.source.start), end: Math.max(q.end, beside.source.end, beside.cue.end) },
          claims: [], sentence: sentenceAt(doc, q.start) ?? 0, rule: 'attributions/quote-speaker',
        }));
      }
      covered = q.end;
      last = same ?? out[out.length - 1];
      continuedTo = 0;
      hops = 0;
      continue;
    }
    // `"…," said Ruiz, and "…"`: one turn whose frame sits between its two quotes.
    if (last && last.direct && joinsTurn(doc, q, last)) {
      last.content = { start: last.content.start, end: q.end };
      last.range = { start: last.range.start, end: q.end };
      covered = q.end;
      continue;
    }
    // `Durning did not need much coaxing. "I'm thankful …"`: the subject just named speaks.
    const subject = quoteOpensSentence(doc, q) ? subjectBefore(doc, q, last ? last.range.end : 0) : null;
    if (subject) {
      out.push(attributionDraft({
        sourceRange: subject.source, sourceText: doc.input.slice(subject.source.start, subject.source.end), cue: subject.cue, stance: 'assert',
        direct: true, content: { start: q.start, end: q.end }, range: { start: subject.source.start, end: q.end }, claims: [],
        sentence: sentenceAt(doc, q.start) ?? 0, rule: 'attributions/quote-after-subject',
      }));
      covered = q.end;
      last = out[out.length - 1];
      continuedTo = 0;
      hops = 0;
      continue;
    }
    if (!last || !last.sourceRange) continue;
    // Only a quote standing as its own sentence continues a speaker; a partial quote inside
    // someone else's paraphrase ("X said Y had "an uncanny way"") belongs to that unparsed cue.
    const si = sentenceAt(doc, q.start);
    if (si === undefined || (contentStartOf(doc, doc.sentences[si]!) < q.start && hasCue(doc, doc.sentences[si]!))) continue;
    // Distance from the speaker's latest quote, continued ones included (a run of quoted paragraphs).
    const lastEnd = Math.max(last.range.end, continuedTo);
    if (q.start - lastEnd > 1500 || paragraphAt(doc, q.start) - paragraphAt(doc, lastEnd) > 2) continue;
    const src = last.sourceRange;
    out.push(attributionDraft({
      sourceRange: src, sourceText: last.sourceText, cue: last.cue, stance: last.stance, direct: true,
      content: { start: q.start, end: q.end }, range: { start: q.start, end: q.end }, claims: [],
      sentence: sentenceAt(doc, q.start) ?? last.sentence, rule: 'attributions/quote-continues',
    }));
    covered = q.end;
    // A run of quoted paragraphs carries the speaker on, two paragraphs of quotes at most past its frame.
    if (++hops <= 2) continuedTo = q.end;
  }
  return out;
}

/** `"…," said Ruiz, and "…"`: the quote follows ", and" right after the frame of the quoted turn before it. */
function joinsTurn(doc: Doc, q: Quote, last: AttributionDraft): boolean {
  const ts = doc.tokens;
  const i = tokenAt(doc, q.start);
  const and = ts[i - 1];
  const comma = ts[i - 2];
  const frameEnd = ts[i - 3];
  if (!and || !comma || !frameEnd || and.lower !== 'and' || comma.text !== ',' || frameEnd.end !== last.range.end) return false;
  // The frame closes the earlier quote in the same sentence (`"…," said Ruiz`), not a clause of its own.
  return last.content.end <= last.cue.start && frameEnd.sentence === and.sentence && sentenceAt(doc, last.content.start) === frameEnd.sentence;
}

const FRAME_WORDS = new Set(['within', 'in', 'on', 'at', 'by', 'after', 'before', 'during', 'for', 'over', 'with', 'to', 'a', 'an', 'the', 'last', 'this', 'next', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minutes', 'quickly', 'later', 'soon', 'immediately', 'eventually', 'again', 'too', 'also']);
/** Content that says something: three words at least, not only a time or manner phrase ("within a day"). */
function substantive(doc: Doc, r: Range): boolean {
  if (r.end - r.start > 200) return true;
  const words = doc.text.slice(r.start, r.end).toLowerCase().match(/[\p{L}\d'’]+/gu) ?? [];
  return words.length >= 3 && words.some((w) => !FRAME_WORDS.has(w));
}

/** Does the quote open its sentence (not a partial quote inside someone's paraphrase)? */
function quoteOpensSentence(doc: Doc, q: Quote): boolean {
  const si = sentenceAt(doc, q.start);
  return si !== undefined && contentStartOf(doc, doc.sentences[si]!) >= q.start;
}

/** The sentence's tokens with "''" merged into one '"' token; orig maps each to its doc token (-1 for merged marks). */
function mergedTokens(doc: Doc, s: Sentence): { toks: Token[]; orig: number[] } {
  const toks: Token[] = [];
  const orig: number[] = [];
  for (let i = s.firstToken; i < s.lastToken; i++) {
    const t = doc.tokens[i]!;
    const n = doc.tokens[i + 1];
    if (t.text === "'" && n && i + 1 < s.lastToken && n.text === "'" && n.start === t.end) {
      toks.push(extend(t, { end: n.end, text: '"', lower: '"' }));
      orig.push(-1);
      i++;
      continue;
    }
    toks.push(t);
    orig.push(i);
  }
  return { toks, orig };
}

function contentStartOf(doc: Doc, s: Sentence): number {
  let k = s.start;
  while (k < s.end && /[\s*]/.test(doc.text[k]!)) k++;
  return k;
}
