/**
 * Look-up tables built once from the lexicon data (countries, places, armed groups, media) and
 * the token-level helpers the actor and location recognisers and resolvers share: phrase matching
 * over tokens, per-sentence case mode (mixed / upper / lower / title), capitalised name chunks.
 */
import type { CaseMode, Doc, Sentence, Token } from '../doc.js';
import type { LocationKind } from '../schema.js';
import { COUNTRIES } from '../lexicon/countries.generated.js';
import { AMBIGUOUS_PLACE_WORDS, COUNTRY_ALIASES, DEMONYM_ALIASES, PLACES } from '../lexicon/places.js';
import { ARMED_GROUPS, DATE_WORDS, MEDIA, NAME_CONNECTORS, ORG_HEADS, ORGANIZATIONS } from '../lexicon/actors.js';
import type { ActorKind } from '../schema.js';
import { hasLetter, startsLetter, startsUpper } from '../chars.js';

export interface PlaceInfo {
  name: string;
  kind: LocationKind;
  countryCode?: string;
  /** Set on capitals: the ISO code of the country they stand for. */
  capitalOf?: string;
}
export interface GroupInfo { name: string; aliases: readonly string[]; countryCode?: string }

// The segmenter's token pattern, so lexicon phrases split exactly as document text does.
const TOKEN_RE = /'s(?![\p{L}\p{N}])|[\p{L}\p{M}]+(?:[-'][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*(?:[\p{L}]+)?|\S/gu;

/** "U.S." → "u . s .", "Pakistan's" → "pakistan 's": the key both lexicon and text use. */
export function keyOf(name: string): string {
  return (name.toLowerCase().match(TOKEN_RE) ?? []).join(' ');
}

function build<T>(rows: Iterable<readonly [string, T]>, keep: 'first' | 'last' = 'first'): Map<string, T> {
  const m = new Map<string, T>();
  for (const [name, v] of rows) {
    const k = keyOf(name);
    if (k && (keep === 'last' || !m.has(k))) m.set(k, v);
  }
  return m;
}

export const COUNTRY_NAME = new Map<string, string>(COUNTRIES.map((r) => [r[0], r[1]]));
const short = (code: string, name: string) => (code === 'US' ? 'United States' : code === 'GB' ? 'Britain' : name);

function* placeRows(): Generator<readonly [string, PlaceInfo]> {
  for (const [code, name, , , alt] of COUNTRIES) {
    yield [name, { name, kind: 'country', countryCode: code }];
    for (const a of alt) yield [a, { name, kind: 'country', countryCode: code }];
  }
  for (const [alias, code] of COUNTRY_ALIASES) {
    yield [alias, { name: short(code, COUNTRY_NAME.get(code) ?? alias), kind: 'country', countryCode: code }];
  }
  for (const [name, kind, code] of PLACES) yield [name, { name, kind, ...(code ? { countryCode: code } : {}) }];
  for (const [code, , , capitals] of COUNTRIES) {
    for (const c of capitals) yield [c, { name: c, kind: 'city', countryCode: code, capitalOf: code }];
  }
}
export const PLACE_INDEX = build(placeRows());

export const DEMONYM_INDEX = build<string>(
  (function* () {
    // Curated first: territories share demonyms with their states ("American" is also Guam's).
    for (const [d, code] of DEMONYM_ALIASES) yield [d, code] as const;
    for (const [code, , demonyms] of COUNTRIES) for (const d of demonyms) yield [d, code] as const;
  })(),
);

export const GROUP_INDEX = build<GroupInfo>(
  (function* () {
    for (const [name, aliases, code] of ARMED_GROUPS) {
      const info: GroupInfo = { name, aliases, ...(code ? { countryCode: code } : {}) };
      yield [name, info] as const;
      for (const a of aliases) yield [a, info] as const;
    }
  })(),
);
export const ORG_INDEX = build<{ name: string; kind: ActorKind }>(
  (function* () {
    for (const [name, kind, aliases] of ORGANIZATIONS) for (const n of [name, ...aliases]) yield [n, { name, kind }] as const;
  })(),
);
export const MEDIA_INDEX = build<string>(MEDIA.map((m) => [m, m.replace(/^The /, '')] as const));

const MAX_PHRASE = 8;
const MAX_NAME = 10;

/**
 * How far capitals can be trusted in a sentence: 'mixed' (normal prose), 'upper' (ALL CAPS wire copy),
 * 'lower' (no capitals at all), 'title' (a Title Case heading).
 */
export function caseMode(doc: Doc, s: Sentence): CaseMode {
  // By sentence index on the document: this runs for every lexicon match (a WeakMap look-up per call showed
  // in the profile, issue #6).
  const caseModes = (doc.memo.caseModes ??= []);
  const hit = caseModes[s.index];
  if (hit) return hit;
  let words = 0, upper = 0, cap = 0;
  for (let i = s.firstToken; i < s.lastToken; i++) {
    const t = doc.tokens[i]!.text;
    const c0 = t.charCodeAt(0);
    if (!startsLetter(t)) continue;
    words++;
    if (startsUpper(t)) cap++;
    // A lower-case ASCII first letter is no ALL CAPS word: no upper-casing needed.
    if (t.length > 1 && !(c0 >= 97 && c0 <= 122) && t === t.toUpperCase() && t !== t.toLowerCase()) upper++;
  }
  let mode: CaseMode = 'mixed';
  if (words > 0 && cap === 0) mode = 'lower';
  else if (words >= 3 && upper / words >= 0.7) mode = 'upper';
  else if (s.kind === 'heading' && cap / words >= 0.7) mode = 'title';
  caseModes[s.index] = mode;
  return mode;
}

export const isCap = (t: Token) => startsUpper(t.text);
export const isWord = (t: Token) => /^[\p{L}\p{N}]/u.test(t.text);
const isLowerConnector = (t: Token) => NAME_CONNECTORS.has(t.lower) || t.lower === 'the';

/** Whether a phrase matched from the lexicon is written like a name in this sentence. */
function caseOk(doc: Doc, s: Sentence, from: number, to: number, key: string): boolean {
  const mode = caseMode(doc, s);
  if (mode === 'upper' || mode === 'title') return true;
  if (mode === 'lower') return !AMBIGUOUS_PLACE_WORDS.has(key);
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i]!;
    if (!startsLetter(t.text)) continue;
    if (!isCap(t) && !(i > from && isLowerConnector(t)) && !/^al-/.test(t.lower)) return false;
  }
  return true;
}

export interface PhraseMatch<T> {
  /** Token index after the phrase. */
  end: number;
  /** Character offset where the name ends: before a possessive "'s" ("Pakistan's" → "Pakistan"). */
  endChar: number;
  possessive: boolean;
  value: T;
  key: string;
}

/** "Pakistan's" is one token: its possessive ending, or '' when it has none. */
export const possessiveOf = (t: Token): string => {
  const w = t.lower;
  if (w.length < 3) return '';
  if (w.charCodeAt(w.length - 2) === 39 && w.endsWith("'s")) return "'s";
  if (w.charCodeAt(w.length - 1) === 39 && w.endsWith("s'")) return "'";
  return '';
};
/** The token's text without a possessive ending, lower-cased. */
export const baseLower = (t: Token) => {
  const p = possessiveOf(t);
  return p ? t.lower.slice(0, t.lower.length - p.length) : t.lower;
};

// Every token-prefix of every key ("islamic", "islamic state"): a phrase
// search stops as soon as the words so far begin no key, so most tokens cost one Set look-up.
// A handful of indexes (places, groups, outlets …) alternate token by token: an identity scan of a short
// list beats a WeakMap look-up per call (issue #6 profile).
const prefixCache: [Map<string, unknown>, Set<string>][] = [];
function prefixesOf(index: Map<string, unknown>): Set<string> {
  for (const [m, p] of prefixCache) if (m === index) return p;
  const p = new Set<string>();
  for (const k of index.keys()) {
    const parts = k.split(' ');
    for (let n = 1; n <= parts.length; n++) p.add(parts.slice(0, n).join(' '));
  }
  if (prefixCache.length < 16) prefixCache.push([index, p]); // bounded: any other map is simply not kept
  return p;
}

/** The longest lexicon phrase starting at token i (within its sentence), written like a name. */
export function matchAt<T>(doc: Doc, s: Sentence, i: number, index: Map<string, T>): PhraseMatch<T> | undefined {
  const prefixes = prefixesOf(index);
  let key = '';
  let best: PhraseMatch<T> | undefined;
  for (let j = i; j < s.lastToken && j < i + MAX_PHRASE; j++) {
    const t = doc.tokens[j]!;
    const pos = possessiveOf(t);
    const k = j === i ? t.lower : `${key} ${t.lower}`;
    if (pos) {
      const kb = j === i ? baseLower(t) : `${key} ${baseLower(t)}`;
      const vb = prefixes.has(kb) ? index.get(kb) : undefined;
      if (vb !== undefined && caseOk(doc, s, i, j + 1, kb)) best = { end: j + 1, endChar: t.end - pos.length, possessive: true, value: vb, key: kb };
      break; // a possessive ends the name
    }
    if (!prefixes.has(k)) break;
    const v = index.get(k);
    if (v !== undefined && caseOk(doc, s, i, j + 1, k)) best = { end: j + 1, endChar: t.end, possessive: false, value: v, key: k };
    key = k;
  }
  return best;
}

/**
 * The end (exclusive) of the capitalised name starting at token i, in mixed-case text:
 * "Ahmad Karimi", "Bank of England", "Hayat Tahrir al-Sham". i itself when no name starts there.
 */
export function nameEnd(doc: Doc, s: Sentence, i: number): number {
  const toks = doc.tokens;
  if (i >= s.lastToken || !isCap(toks[i]!) || !hasLetter(toks[i]!.text)) return i;
  let j = i + 1;
  // Names are short; the bound keeps "A A A A …" linear.
  const stop = Math.min(s.lastToken, i + MAX_NAME);
  while (j < stop && !possessiveOf(toks[j - 1]!)) {
    const t = toks[j]!;
    if (isCap(t) && hasLetter(t.text) && !DATE_WORDS.has(t.lower)) { j++; continue; }
    // "U.S.", "C. Lewis", "St. Louis": a full stop right after an initial or short abbreviation.
    if (t.text === '.' && t.start === toks[j - 1]!.end && toks[j - 1]!.text.length <= 2 && isCap(toks[j - 1]!)) { j++; continue; }
    // "Commission on Human Rights": "on" only straight after an organisation's head word.
    if (t.lower === 'on' && ORG_HEADS[toks[j - 1]!.lower] && j + 1 < stop && isCap(toks[j + 1]!) && !DATE_WORDS.has(toks[j + 1]!.lower)) { j += 2; continue; }
    // "Federation of Red Cross and Red Crescent Societies", "Fire and Rescue Service": "and" inside an
    // organisation's name, when the name already has "of" or the words after it end on a head word.
    if (t.lower === 'and' && j + 1 < stop && isCap(toks[j + 1]!)) {
      let k = j + 1;
      while (k < stop && isCap(toks[k]!) && hasLetter(toks[k]!.text) && !possessiveOf(toks[k]!)) k++;
      let hasOf = false;
      for (let m = i; m < j; m++) if (toks[m]!.lower === 'of') hasOf = true;
      if ((hasOf || j - i >= 2) && ORG_HEADS[toks[k - 1]!.lower] && !DATE_WORDS.has(toks[k - 1]!.lower)) { j = k; continue; }
    }
    // "Bank of England", "Abu Bakr al-Baghdadi": a connector only when a capitalised word follows.
    if ((NAME_CONNECTORS.has(t.lower) && t.lower !== 'and') || /^al-\p{Lu}/u.test(t.text)) {
      const n = toks[j + 1];
      if (/^al-/.test(t.lower)) { j++; continue; }
      if (n && j + 1 < stop && isCap(n) && hasLetter(n.text) && n.start - t.end <= 1) { j += 2; continue; }
    }
    break;
  }
  return j;
}

/** Index of the token starting at or containing offset (binary search). */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0, hi = doc.tokens.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** Lexicon value of a single token (for parts of a hyphenated token: "Pakistan-Afghanistan"). */
export const placeOf = (word: string) => PLACE_INDEX.get(keyOf(word));

/** End offset of tokens [from, to) without a final possessive: the name's end. */
export const nameEndChar = (doc: Doc, to: number) => doc.tokens[to - 1]!.end - possessiveOf(doc.tokens[to - 1]!).length;
