/**
 * read: the one place tags come from. Sentences are tagged on demand (a sentence nobody asks about is never
 * tagged) by the fast tagger (src/tagger/), a port of compromise's pre-tagger on its own generated data
 * (src/lexicon/words.generated.ts). compromise itself is not loaded at run time any more: it is the source
 * of that data (`npm run gen:words`) and the reference the fast tagger is measured against
 * (test/tools/tagger-agreement.ts).
 *
 * Profile (node --cpu-prof, extract over 300 BBC articles, 670 KB; issue #6): extract() took 4.5 s, of which
 * compromise 3.05 s (68%): sentenceTags for the attribution recogniser 2.2 s, tokenTags for the source
 * resolver 0.6 s, and loading compromise for lexiconTags 0.2 s (+ ~240 ms at every cold start, so any
 * article that loads compromise cannot beat compromise's own cold start). Our own code was ~1.4 s. Hence:
 * lexiconTags reads a generated table, tags come from the fast tagger, compromise only for the rest.
 * Measured after (same 300 articles, npx tsx test/tools/tagger-speed.ts, 2 cores shared with other jobs, so
 * noisy): extract() 3.9–4.7× faster than nlp() (1.3× before; ~2–3× only in the busiest runs); 22 of 1,712
 * tagged sentences (1.3%) went to compromise, in 22 of 300 articles, and each costs ~3 ms (about one whole
 * article of ours); cold start (import + first extract of a 3 KB article, which loads no compromise) 240–440 ms
 * against compromise's 250–970 ms (725 ms before). What is left of a cold start is mostly linking zod's ES
 * modules. The fast tags agree with compromise's on 99.4% of (token, tag) pairs for the tags we read
 * (test/tools/tagger-agreement.ts), with no loss on the eval sets.
 *
 * Profile again in round 2 (same 300 articles, node --cpu-prof, 3 warm rounds): round 1's attribution recall
 * made more sentences ask for tags (2,358 tagged, was 1,712) and 62 of them (2.6%, was 1.3%) go to compromise,
 * now 12% of extract(); the fast tagger is ~11%. The attribution recogniser is ~41% inclusive (its own
 * token scans ~12%, tagging the rest), actors ~11%, locations ~9%, resolvers ~13%, quantities ~6.5%,
 * the zod check of the result ~3%, the garbage collector ~5%. The undecided words are mostly "plans to",
 * "hopes to", "figures", "calls": compromise itself reads them both ways in the same frame ("company plans
 * to" verb, "government plans to" noun), so no token rule can take them without changing output. Small
 * fixes here (no slice per sentence, no closure per token, the current document's caches kept at hand, a
 * memo for suffix guesses) gave a few percent, within noise on a shared machine.
 *
 * Round 3 (issue #6, 2 workers ≥ 1.7× 1 worker): per-thread CPU of a worker over 2,000 corpus articles showed
 * V8's background threads at 1.3–2.5 ms per article beside ~4 ms in the worker itself, and they compete with
 * the second worker for the second core. An allocation profile (HeapProfiler sampling with objects collected
 * by GC) put compromise's parse at ~12% of all allocation although it tagged 2.6% of sentences; loading it
 * cost each worker ~8 MB of heap (~27 MB of RSS) and kept TurboFan recompiling its rarely-run functions.
 * The fallback's sentences hold a two-way word ("figures", "plans", "calls") that the fast rules read by
 * compromise's own switch clues; on them the two taggers agree on noun vs verb 94% of the time, and where
 * they differ compromise is as often wrong ("Budget documents show" as a verb, "raise concerns" as a verb).
 * Without the fallback the eval sets are unchanged (polnear, quotes, conll, numbers, muc4). So the fallback
 * went, and with it compromise at run time.
 */
import type { Doc, Sentence } from './doc.js';
import { lexiconWord } from './tagger/model.js';
import { tagTokens } from './tagger/tag.js';

/** Load the tagger's tables now: a worker does it before it reports ready, so no article's time pays for it. */
export function loadTagger(): void {
  lexiconWord('');
}

/**
 * Tags for each token of a sentence (index relative to sentence.firstToken), compromise's tag names, from
 * the fast tagger (src/tagger/). Computed once per sentence per document.
 */
export function sentenceTags(doc: Doc, sentence: Sentence): Set<string>[] {
  // On the document (doc.ts DocMemo): tags are read token by token, so this look-up must be cheap.
  const cache = (doc.memo.tags ??= []);
  const hit = cache[sentence.index];
  if (hit) return hit;
  const out = tagTokens(doc.tokens, sentence.firstToken, sentence.lastToken).tags;
  cache[sentence.index] = out;
  return out;
}

/** Tags of one token (tags of its sentence, tagged on demand). */
export function tokenTags(doc: Doc, tokenIndex: number): Set<string> {
  const tok = doc.tokens[tokenIndex]!;
  const s = doc.sentences[tok.sentence]!;
  return sentenceTags(doc, s)[tokenIndex - s.firstToken]!;
}

const NO_TAGS: readonly string[] = Object.freeze([]);

/**
 * What compromise's lexicon says about one lower-case word, without parsing anything and without
 * loading compromise (the table is generated from its model: src/lexicon/words.generated.ts):
 * ['MaleName'], ['City'], ['PastTense'] … or [] when it does not know the word.
 */
export function lexiconTags(lower: string): readonly string[] {
  return lexiconWord(lower) ?? NO_TAGS;
}
