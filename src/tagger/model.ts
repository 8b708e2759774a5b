/**
 * The fast tagger's tables: compromise's own lexicon, tag hierarchy and switch words, read from the
 * generated src/lexicon/words.generated.ts (no compromise load) and unpacked into Maps on first use.
 */
import { ENDS_WITH, ORG_WORDS, PLACE_WORDS, SWITCHES, TAG_CONFLICTS, TAG_PARENTS, WORDS } from '../lexicon/words.generated.js';

let words: Map<string, readonly string[]> | undefined;
let switches: Map<string, string> | undefined;

/** compromise's lexicon tags of one lower-case word (['PastTense'], ['MaleName'] …), undefined when unknown. */
export function lexiconWord(lower: string): readonly string[] | undefined {
  if (!words) {
    words = new Map();
    for (const [tags, list] of WORDS) {
      const t = Object.freeze(tags.split(','));
      for (const w of list.split('|')) words.set(w, t);
    }
  }
  return words.get(lower);
}

/** The switch form of a word that reads two ways ('Noun|Verb', 'Plural|Verb', 'Adj|Past' …), if any. */
export function switchForm(lower: string): string | undefined {
  if (!switches) {
    switches = new Map();
    for (const [form, list] of SWITCHES) for (const w of list.split('|')) switches.set(w, form);
  }
  return switches.get(lower);
}

const closures = new Map<string, readonly string[]>();
/** A tag and all its ancestors: 'FemaleName' → FemaleName, Noun, Singular, Person, FirstName, ProperNoun. */
export function withParents(tag: string): readonly string[] {
  let c = closures.get(tag);
  if (!c) closures.set(tag, (c = Object.freeze([tag, ...(TAG_PARENTS[tag] ?? [])])));
  return c;
}

/** Add a tag and its ancestors to a set. */
export function addTag(into: Set<string>, tag: string): void {
  // Indexed, not for…of: this runs for every tag of every word (the iterator showed in the allocation profile).
  const all = withParents(tag);
  for (let k = 0; k < all.length; k++) into.add(all[k]!);
}

/** Set a tag over earlier ones: drop what conflicts with it (a country word inside "Sudan Doctors Network"). */
export function setTag(into: Set<string>, tag: string): void {
  for (const t of TAG_CONFLICTS[tag] ?? []) into.delete(t);
  addTag(into, tag);
}

let orgWords: Set<string> | undefined;
let placeWords: Set<string> | undefined;
/** A word that ends an organisation's name ("network", "bank", "agency"). */
export const isOrgWord = (lower: string) => (orgWords ??= new Set(ORG_WORDS.split('|'))).has(lower);
/** A word that makes a place name ("bay", "lake", "river"). */
export const isPlaceWord = (lower: string) => (placeWords ??= new Set(PLACE_WORDS.split('|'))).has(lower);

let endsWith: Map<string, [RegExp, readonly string[]][]> | undefined;
/** compromise's last-resort guess for an unknown word from its ending ("criticized" → PastTense), if any. */
export function endingTags(lower: string): readonly string[] | undefined {
  // Short, anchored suffix patterns on one word; bounded so a junk token costs nothing.
  if (lower.length > 40) return undefined;
  // redos-ok: compromise's suffix patterns, anchored at the end and run on one word of at most 40 characters.
  endsWith ??= new Map(ENDS_WITH.map(([ch, rules]) => [ch, rules.map(([src, flags, tags]) => [new RegExp(src, flags), tags.split(',')] as [RegExp, readonly string[]])]));
  return endsWith.get(lower[lower.length - 1]!)?.find(([re]) => re.test(lower))?.[1];
}
