/**
 * The speaker written right beside a direct quote, for quotes the clause rules leave without a cue:
 * `"…," Bardos blurted out.`, `"…," says the affable proprietor.`, `"…," he remarks.`,
 * `"…," Ann Ruiz, a nurse at the clinic, said.`, and `As one veteran put it: "…"`.
 * Only the few tokens next to the quote marks are read (a bounded window per quote).
 */
import type { Doc, Token } from '../doc.js';
import type { Range } from '../drafts.js';
import type { Stance } from '../schema.js';
import { tokenAt } from './gazetteer.js';
import { lexiconTags } from '../read.js';
import { AUXILIARIES, REPORTING_VERBS } from '../lexicon/reporting-cues.js';
import { QUOTE_PARTICLES, QUOTE_VERBS } from '../lexicon/quote-verbs.js';
import { startsDigit, startsLower } from '../chars.js';

export interface QuoteCue { source: Range; cue: Range; stance: Stance; side: 'after' | 'before' }

const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am']);
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they']);
const NP_OPENERS = new Set(['the', 'a', 'an', 'one', 'another', 'his', 'her', 'their', 'its', 'our', 'this', 'that']);
/** Words that end a speaker phrase after the verb ("says Ann Ruiz with the union", "said Ruiz, who …"). */
const NP_ENDS = new Set([
  'who', 'which', 'whose', 'whom', 'that', 'with', 'at', 'in', 'on', 'as', 'while', 'when', 'before', 'after', 'during',
  'to', 'from', 'for', 'by', 'and', 'but', 'adding', 'noting', 'referring', 'speaking', 'describing', 'pointing',
  'explaining', 'because', 'since', 'about', 'into', 'than', 'if',
]);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight',
  'recently', 'later', 'earlier', 'last', 'this', 'then', 'now', 'again', 'also', 'simply', 'once', 'repeatedly',
]);

/** Words that may follow a closing speech verb without opening a clause ("…, she said on Tuesday"). */
const FRAME_AFTER = new Set(['in', 'on', 'at', 'to', 'during', 'after', 'before', 'while', 'as', 'when', 'last', 'this', 'yesterday', 'today', 'recently', 'later', 'earlier', 'of', 'with', 'from', 'into', 'over']);

const isCapWord = (t: Token) => /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text);
const isLowerWord = (t: Token) => /^\p{Ll}[\p{L}'’-]*$/u.test(t.text);
const TITLE_ABBR = new Set(['dr', 'mr', 'mrs', 'ms', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'st', 'rev', 'hon', 'jr', 'sr', 'maj', 'supt', 'insp', 'det', 'const', 'inc', 'corp', 'co', 'ltd', 'mt', 'ft', 'no']);
/** A full stop inside a name: an initial ("Harry J. Kazlow") or a title ("Sen. Ann Ruiz"). */
const isAbbrDot = (ts: Token[], k: number) => ts[k]!.text === '.' && k > 0 && (/^\p{Lu}$/u.test(ts[k - 1]!.text) || TITLE_ABBR.has(ts[k - 1]!.lower));

/** Stance of a speech verb as written, finite forms only ("saying" opens a clause, not a quote frame). */
function speechVerb(t: Token | undefined): Stance | undefined {
  if (!t || t.lower.endsWith('ing')) return undefined;
  return REPORTING_VERBS[t.lower] ?? QUOTE_VERBS[t.lower];
}

/** No line break between two offsets: the speaker stays in the quote's paragraph. */
function sameLine(doc: Doc, a: number, b: number): boolean {
  return b - a < 200 && !doc.text.slice(a, b).includes('\n');
}

/** A capitalised name run from k forwards ("Harry J. Kazlow", "Sen. Ann Ruiz"); index after its end. */
function nameRunForward(ts: Token[], k: number, limit: number): number {
  let j = k;
  while (j < limit && j - k < 7 && (isCapWord(ts[j]!) || (j > k && isAbbrDot(ts, j)))) j++;
  return j;
}

/** A descriptive phrase from k: "the lanky, bespectacled professor", "one of the players"; index after its end. */
function descriptionForward(ts: Token[], k: number, limit: number, stopAtVerb: boolean): number {
  if (!NP_OPENERS.has(ts[k]!.lower)) return k;
  let j = k + 1;
  while (j < limit && j - k < 9) {
    const t = ts[j]!;
    if (stopAtVerb && (speechVerb(t) || AUXILIARIES.has(t.lower) || BE.has(t.lower))) break;
    if (NP_ENDS.has(t.lower) && t.lower !== 'of') break;
    if (t.text === ',' && j + 1 < limit && isLowerWord(ts[j + 1]!) && !stopAtVerb) break;
    if (!(isLowerWord(t) || isCapWord(t) || startsDigit(t.text) || t.text === ',' || t.text === '-' || t.lower === 'of')) break;
    j++;
  }
  while (j > k + 1 && (ts[j - 1]!.text === ',' || ts[j - 1]!.lower === 'of' || ts[j - 1]!.text === '-')) j--;
  return j;
}

/** Skip auxiliaries and -ly adverbs forwards ("he later said", "Ruiz has often said"); -1 at a passive. */
function skipAux(ts: Token[], k: number, limit: number): number {
  let j = k;
  while (j < limit && j - k < 3 && (AUXILIARIES.has(ts[j]!.lower) || /^\p{Ll}+ly$/u.test(ts[j]!.text)) && !speechVerb(ts[j])) {
    // A passive ("The cake can be found in …") is no speech frame.
    if (BE.has(ts[j]!.lower)) return -1;
    j++;
  }
  return j;
}

/** The speaker written after a closing quote mark: `"…," says X` or `"…," X says`. */
function after(doc: Doc, q: Range): QuoteCue | null {
  const ts = doc.tokens;
  let k = tokenAt(doc, q.end);
  if (k < 0) return null;
  if (ts[k]!.start < q.end) k++;
  if (k < ts.length && ts[k]!.text === ',') k++;
  if (k >= ts.length || !sameLine(doc, q.end, ts[k]!.start)) return null;
  const sentence = ts[k]!.sentence;
  let limit = k;
  while (limit < ts.length && limit - k < 30) {
    const t = ts[limit]!;
    if (t.sentence !== sentence || t.text === '"' || (/^[.!?;]$/.test(t.text) && !isAbbrDot(ts, limit))) break;
    limit++;
  }
  if (limit === k) return null;
  const range = (a: number, b: number): Range => ({ start: ts[a]!.start, end: ts[b - 1]!.end });
  // `"…," according to Dr. Ann Ruiz, a family doctor` / `"…," according to a police spokesperson`.
  if (ts[k]!.lower === 'according' && k + 2 < limit && ts[k + 1]!.lower === 'to') {
    const j = k + 2;
    const e = NP_OPENERS.has(ts[j]!.lower) ? descriptionForward(ts, j, limit, false) : nameRunForward(ts, j, limit);
    return e > j ? { source: range(j, e), cue: range(k, k + 2), stance: 'assert', side: 'after' } : null;
  }
  // `"…," says X` (inversion).
  const v = speechVerb(ts[k]);
  if (v) {
    let j = k + 1;
    if (j < limit && QUOTE_PARTICLES.has(ts[j]!.lower)) j++;
    if (j >= limit) return null;
    const cue = range(k, j);
    const t = ts[j]!;
    if (SPEAKER_PRONOUNS.has(t.lower)) return { source: range(j, j + 1), cue, stance: v, side: 'after' };
    if (TIME_WORDS.has(t.lower)) return null;
    let e = NP_OPENERS.has(t.lower) ? descriptionForward(ts, j, limit, false) : j;
    if (e === j) {
      // Lower-case titles before a name: "says longtime resident Ann Ruiz", "said city councillor Bo Li".
      let a = j;
      while (a < limit && a - j < 4 && isLowerWord(ts[a]!) && !NP_ENDS.has(ts[a]!.lower)) a++;
      e = nameRunForward(ts, a, limit);
      if (e === a) return null;
    }
    // "says Rockets general manager Ann Ruiz": a role between the team and the name.
    let r = e;
    while (r < limit && r - e < 3 && isLowerWord(ts[r]!) && !NP_ENDS.has(ts[r]!.lower)) r++;
    if (r > e) {
      const n = nameRunForward(ts, r, limit);
      if (n > r) e = n;
    }
    // "says Campbell's partner, Jason Louth": the name in apposition is the speaker.
    if (e < limit && ts[e]!.text === ',') {
      const n = nameRunForward(ts, e + 1, limit);
      const tail = ts[n];
      if (n > e + 1 && !ts.slice(e + 1, n).some((t) => /['’]s?$/.test(t.text)) && (n >= limit || tail!.text === ',')) j = e + 1, e = n;
    }
    return { source: range(j, e), cue, stance: v, side: 'after' };
  }
  // `"…," he says` / `"…," Bardos blurted out` / `"…," Ann Ruiz, a nurse, said` / `"…," the father repeated`.
  let e: number;
  if (SPEAKER_PRONOUNS.has(ts[k]!.lower)) e = k + 1;
  else if (NP_OPENERS.has(ts[k]!.lower)) e = descriptionForward(ts, k, limit, true);
  else e = nameRunForward(ts, k, limit);
  if (e === k) return null;
  let from = k;
  // `"…," Acme's U.K. managing director Ann Ruiz said`: an employer and a role before the name; the name speaks.
  if (e < limit && isCapWord(ts[k]!) && isLowerWord(ts[e]!)) {
    let r = e;
    while (r < limit && r - e < 3 && isLowerWord(ts[r]!) && !NP_ENDS.has(ts[r]!.lower) && !speechVerb(ts[r]) && !AUXILIARIES.has(ts[r]!.lower) && !/^\p{Ll}+ly$/u.test(ts[r]!.text)) r++;
    const n = r > e ? nameRunForward(ts, r, limit) : r;
    if (n > r) { from = r; e = n; }
  }
  let m = e;
  // An appositive between commas: "Ann Ruiz, director of the clinic, said".
  if (m < limit && ts[m]!.text === ',' && e > k && isCapWord(ts[k]!)) {
    let c = m + 1;
    while (c < limit && c - m < 20 && ts[c]!.text !== ',') c++;
    if (c < limit && ts[c]!.text === ',') m = c + 1;
  }
  m = skipAux(ts, m, limit);
  if (m < 0 || m >= limit) return null;
  const v2 = speechVerb(ts[m]);
  if (!v2) return null;
  let ce = m + 1;
  if (ce < limit && QUOTE_PARTICLES.has(ts[ce]!.lower)) ce++;
  // After a quote that closed its sentence ("…." Ruiz said the plan failed), the verb must end the frame.
  if (/[.!?]["']*$/.test(doc.text.slice(Math.max(q.start, q.end - 3), q.end)) && ce < limit && ts[ce]!.text !== ',' && !FRAME_AFTER.has(ts[ce]!.lower)) return null;
  return { source: range(from, e), cue: range(m, ce), stance: v2, side: 'after' };
}

/** The speaker written before an opening quote mark: `X said: "…"`, `As one veteran put it, "…"`. */
function before(doc: Doc, q: Range): QuoteCue | null {
  const ts = doc.tokens;
  let k = tokenAt(doc, q.start) - 1;
  if (k < 1 || !/^[,:]$/.test(ts[k]!.text) || !sameLine(doc, ts[k]!.end, q.start)) return null;
  k--;
  let ve = k + 1;
  if (QUOTE_PARTICLES.has(ts[k]!.lower) && k > 0) k--;
  const v = speechVerb(ts[k]);
  if (!v) return inversionBefore(doc, k) ?? (ts[k + 1]!.text === ':' ? colonSubject(doc, k + 1) : null);
  const cue = { start: ts[k]!.start, end: ts[ve - 1]!.end };
  const sentence = ts[k]!.sentence;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && ts[j]!.sentence === sentence && (AUXILIARIES.has(ts[j]!.lower) || /^\p{Ll}+ly$/u.test(ts[j]!.text))) j--;
  if (j < 0 || ts[j]!.sentence !== sentence) return null;
  if (SPEAKER_PRONOUNS.has(ts[j]!.lower)) return { source: { start: ts[j]!.start, end: ts[j]!.end }, cue, stance: v, side: 'before' };
  // A capitalised name run ending at j.
  let b = j;
  while (b >= 0 && j - b < 6 && ts[b]!.sentence === sentence && (isCapWord(ts[b]!) || isAbbrDot(ts, b))) b--;
  if (b < j) {
    const first = ts[b + 1]!;
    if (/^(?:The|A|An|But|And|So|As|When|Then|If|In|On|At)$/.test(first.text) && b + 1 === j) return null;
    return { source: { start: ts[b + 1]!.start, end: ts[j]!.end }, cue, stance: v, side: 'before' };
  }
  // A descriptive phrase: "one veteran of the projects", "a friend".
  let o = j;
  while (o >= 0 && j - o < 8 && ts[o]!.sentence === sentence && !NP_OPENERS.has(ts[o]!.lower) && (isLowerWord(ts[o]!) || isCapWord(ts[o]!) || ts[o]!.text === '-') && !NP_ENDS.has(ts[o]!.lower)) o--;
  if (o < 0 || o === j || !NP_OPENERS.has(ts[o]!.lower) || ts[o]!.sentence !== sentence) return null;
  // "one veteran of the projects": the phrase's head comes before "of".
  if (o >= 2 && ts[o - 1]!.lower === 'of') {
    let p = o - 2;
    while (p >= 0 && o - p < 5 && ts[p]!.sentence === sentence && isLowerWord(ts[p]!) && !NP_OPENERS.has(ts[p]!.lower) && !NP_ENDS.has(ts[p]!.lower)) p--;
    if (p >= 0 && p < o - 2 && NP_OPENERS.has(ts[p]!.lower)) o = p;
  }
  return { source: { start: ts[o]!.start, end: ts[j]!.end }, cue, stance: v, side: 'before' };
}

/** `Martell, the addictions doctor, is more blunt: "…"`: the named subject of the clause the colon closes. */
function colonSubject(doc: Doc, colon: number): QuoteCue | null {
  const ts = doc.tokens;
  const s = doc.sentences[ts[colon]!.sentence]!;
  const k = s.firstToken;
  if (colon - k < 2 || colon - k > 25) return null;
  const first = ts[k]!;
  let e = k;
  if (first.lower === 'he' || first.lower === 'she') e = k + 1;
  else {
    while (e < colon && e - k < 3 && isCapWord(ts[e]!) && !/['’]s?$/.test(ts[e]!.text)) e++;
    if (e === k || FUNCTION_OPENERS.has(first.lower)) return null;
    if (!nameLike(doc, first)) return null;
  }
  // The clause goes on with a comma (an appositive) or a verb, not straight into the colon ("Ruiz: …" is a label).
  if (e >= colon) return null;
  return { source: { start: first.start, end: ts[e - 1]!.end }, cue: { start: ts[colon]!.start, end: ts[colon]!.end }, stance: 'assert', side: 'before' };
}

/** `asks Policy Options editor Jennifer Ditchburn, "…"`: a speech verb, then the speaker, then the quote. */
function inversionBefore(doc: Doc, k: number): QuoteCue | null {
  const ts = doc.tokens;
  const sentence = ts[k]!.sentence;
  let b = k;
  while (b >= 0 && k - b < 4 && ts[b]!.sentence === sentence && (isCapWord(ts[b]!) || isAbbrDot(ts, b))) b--;
  if (b === k) return null;
  const nameStart = b + 1;
  // Role words and an organisation before the name: "Policy Options editor".
  while (b >= 0 && k - b < 9 && ts[b]!.sentence === sentence && !speechVerb(ts[b]) && (isCapWord(ts[b]!) || (isLowerWord(ts[b]!) && !NP_ENDS.has(ts[b]!.lower) && !NP_OPENERS.has(ts[b]!.lower)))) b--;
  const v = speechVerb(ts[b]);
  if (b < 0 || !v || ts[b]!.sentence !== sentence) return null;
  return { source: { start: ts[nameStart]!.start, end: ts[k]!.end }, cue: { start: ts[b]!.start, end: ts[b]!.end }, stance: v, side: 'before' };
}

/**
 * The cue and speaker written next to a quote, after it first (the common news order), else before it.
 *
 * @example
 * quoteCue(doc, q) // `"We lost everything," Ruiz said.` → source "Ruiz", cue "said"
 */
export function quoteCue(doc: Doc, q: Range): QuoteCue | null {
  return after(doc, q) ?? before(doc, q);
}

/** Words written capitalised inside a sentence somewhere in the document (names, not sentence openers); built once. */
function properNouns(doc: Doc): Set<string> {
  let set = doc.memo.properNouns;
  if (set) return set;
  set = doc.memo.properNouns = new Set();
  const ts = doc.tokens;
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    const p = ts[i - 1]!;
    if (p.sentence === t.sentence && /^[\p{L}]/u.test(p.text) && /^\p{Lu}\p{Ll}/u.test(t.text)) set.add(t.lower.replace(/['’]s?$/, ''));
  }
  return set;
}

const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Organization', 'Month', 'WeekDay']);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
/** A name from the word lists or from how the document writes it (no sentence tagging: this runs per quote). */
function nameLike(doc: Doc, t: Token): boolean {
  const tags = lexiconTags(t.lower);
  if (tags.some((x) => PLACE_TAGS.has(x))) return false;
  return tags.some((x) => NAME_TAGS.has(x)) || properNouns(doc).has(t.lower);
}
const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal', 'Auxiliary', 'Participle']);
/** A verb by the word lists, or by an -ed / -s ending ("coaxed", "insists"). */
function verbLike(t: Token): boolean {
  const w = t.lower;
  return lexiconTags(w).some((x) => VERB_TAGS.has(x)) || (w.length > 3 && (w.endsWith('ed') || w.endsWith('s')) && /^\p{Ll}+$/u.test(w));
}

const FUNCTION_OPENERS = new Set(['the', 'a', 'an', 'but', 'and', 'so', 'as', 'when', 'then', 'if', 'in', 'on', 'at', 'for', 'it', 'this', 'that', 'there', 'they', 'we', 'i', 'you', 'after', 'before', 'while', 'since', 'with', 'by', 'from']);

/**
 * The person a quote follows in the news pattern `Durning did not need much coaxing. "I'm thankful …"`:
 * the subject of the sentence just before the quote (a name or he/she opening it, then a verb), when
 * that sentence starts at or after `from` and sits in the quote's paragraph or the one before.
 * The verb is returned as the cue.
 */
export function subjectBefore(doc: Doc, q: Range, from: number): { source: Range; cue: Range } | null {
  const ts = doc.tokens;
  const qi = tokenAt(doc, q.start);
  if (qi < 1) return null;
  const qs = ts[qi]!.sentence;
  const ps = doc.sentences[qs - 1];
  const own = doc.sentences[qs];
  if (!ps || !own || ps.start < from || ps.lastToken - ps.firstToken < 3 || own.paragraph - ps.paragraph > 1) return null;
  if (doc.text.slice(ps.start, ps.end).includes('"')) return null;
  let k = ps.firstToken;
  while (k < ps.lastToken && (ts[k]!.text === '*' || ts[k]!.text === '-')) k++;
  const first = ts[k];
  if (!first || FUNCTION_OPENERS.has(first.lower)) return null;
  let e = k;
  if (first.lower === 'he' || first.lower === 'she') e = k + 1;
  else {
    while (e < ps.lastToken && e - k < 3 && isCapWord(ts[e]!) && !/['’]s?$/.test(ts[e]!.text)) e++;
    if (e === k) return null;
    if (!nameLike(doc, first)) return null;
  }
  let v = e;
  // "Tim Guest with the health authority says …": an affiliation between the name and the verb.
  if (v < ps.lastToken && (ts[v]!.lower === 'with' || ts[v]!.lower === 'of' || ts[v]!.lower === 'from' || ts[v]!.lower === 'at')) {
    let w = v + 1;
    while (w < ps.lastToken && w - v < 8 && (isCapWord(ts[w]!) || ts[w]!.lower === 'the' || ts[w]!.lower === 'of' || ts[w]!.lower === 'and')) w++;
    if (w > v + 1 && speechVerb(ts[w])) v = w;
  }
  while (v < ps.lastToken && v - e < 3 && (AUXILIARIES.has(ts[v]!.lower) || /^\p{Ll}+ly$/u.test(ts[v]!.text))) v++;
  const verb = ts[v];
  if (!verb || v >= ps.lastToken || !startsLower(verb.text) || !verbLike(verb)) return null;
  return { source: { start: ts[k]!.start, end: ts[e - 1]!.end }, cue: { start: verb.start, end: verb.end } };
}
