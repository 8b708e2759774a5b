/**
 * The fast tagger: compromise-compatible tag sets for the tokens of one sentence, without loading
 * compromise. A compact port of compromise's pre-tagger on its own data (src/lexicon/words.generated.ts):
 * lexicon → title case → suffix → numbers → neighbours → noun fallback → noun/verb switches with their
 * clues; then a few of our own context rules for what the recognisers read (names after titles and first
 * names; "the claims" vs "he claims"). What it cannot decide is reported as `undecided`, so read.ts can
 * hand that sentence to compromise's full tagger.
 */
import type { Token } from '../doc.js';
import { names, orgName, placeName } from './names.js';
import { cueWord, doSwitch, nounOrVerb } from './switches.js';
import { acronym, byNeighbours, byWord, isHeadline, plurality, QUOTES, termsOf, WORDLIKE, type Term } from './words.js';

export interface Tagged {
  /** Tags per token of the sentence (punctuation: empty). */
  tags: Set<string>[];
  /** Tokens (sentence-relative) holding a noun/verb switch word nothing in reach decided. */
  undecided: number[];
}

/** Tag one sentence's tokens: `all[from..to)` (default: all of them), in order; results are relative to `from`. */
export function tagTokens(all: readonly Token[], from = 0, to = all.length): Tagged {
  // A range of the document's tokens, not a slice of them: no array copied per sentence.
  const n = to - from;
  const terms: Term[] = [];
  const chunks: Term[][] = [];
  let chunk: Term[] = [];
  let opens = true;
  for (let k = 0; k < n; k++) {
    const tok = all[from + k]!;
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
  // A token's tags are its first term's set (the passes are done with it), joined by any later term's.
  const tags: (Set<string> | undefined)[] = new Array<Set<string> | undefined>(n);
  const undecided: number[] = [];
  for (const t of terms) {
    if (t.implicit) continue;
    const into = tags[t.tok];
    if (!into) tags[t.tok] = t.tags;
    else for (const g of t.tags) into.add(g);
    if (cueWord(t) && !t.decided && undecided[undecided.length - 1] !== t.tok) undecided.push(t.tok);
  }
  for (let k = 0; k < tags.length; k++) tags[k] ??= new Set<string>();
  return { tags: tags as Set<string>[], undecided };
}
