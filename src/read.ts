/**
 * read: the one module that talks to compromise, and the one place tags come from. Sentences are tagged
 * on demand (a sentence nobody asks about is never tagged) by the fast tagger (src/tagger/), a port of
 * compromise's pre-tagger on its own generated data; compromise's full tagger is only the fallback for
 * sentences the fast rules leave open, its tags mapped onto our tokens by offset.
 * We never call nlp.extend/addWords: the global compromise instance may be the user's too.
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
 */
import { createRequire } from 'node:module';
import { isAbsolute } from 'node:path';
import type { Doc, Sentence } from './doc.js';
import { lexiconWord } from './tagger/model.js';
import { tagTokens } from './tagger/tag.js';

type Nlp = typeof import('compromise').default;
let nlpFn: Nlp | undefined;
/**
 * compromise, loaded on first use, through its single-file CommonJS build even from our ESM build.
 * Measured cold (node 20, this machine): `import('compromise')` reads and links ~500 ES module files,
 * ~950 ms; `require('compromise')` ~350–550 ms, with the same tags (checked on 3,441 corpus sentences).
 * An article that needs no tag and no lexicon word never pays for it at all.
 */
function nlp(): Nlp {
  if (nlpFn) return nlpFn;
  // __filename is a path only in CommonJS (our .cjs builds; an eval'd worker has '[worker eval]');
  // elsewhere import.meta.url. A bundler's `require` shim would throw in ESM.
  const cjs = typeof __filename === 'string' && isAbsolute(__filename);
  const req = createRequire(cjs ? __filename : import.meta.url);
  const m = req('compromise') as Nlp | { default: Nlp };
  nlpFn = typeof m === 'function' ? m : m.default;
  return nlpFn;
}

/** Load the tagger's tables and compromise (the fallback) now: a worker does it before it reports ready, so no article's time pays for it. */
export function loadTagger(): void {
  lexiconWord('');
  nlp();
}

interface Term { text: string; pre: string; post: string; tags: Set<string> }

// Profile of the fallback (node --cpu-prof, extract over 150 BBC articles, before the fast tagger): compromise was
// ~50% of extract(), and of that postTagger ~60%, preTagger ~13%, the chunker ~12%, then .json() and offsets. Tags are all
// we read, so: tokenise, run the tagging hooks only (not 'chunks', which sets term.chunk, never a tag),
// and read term.tags straight from the parsed document (offsets from pre/text/post, as compromise's own
// 'offset' compute does) instead of building JSON for every term.
let tagHooks: string[] | undefined;
const TOKENIZE_HOOKS = new Set(['alias', 'normal', 'machine', 'contractions']);
function parse(text: string): Term[][] {
  tagHooks ??= nlp().hooks().filter((h: string) => h !== 'chunks' && !TOKENIZE_HOOKS.has(h));
  const view = nlp().tokenize(text).compute(tagHooks) as unknown as { document: Term[][] };
  return view.document;
}

const tagCache = new WeakMap<Doc, (Set<string>[] | undefined)[]>();
// The current document's cache, kept at hand: tags are read token by token, and a WeakMap look-up per
// read showed in the profile (issue #6).
let lastDoc: Doc | undefined;
let lastCache: (Set<string>[] | undefined)[] = [];

/**
 * compromise's full tagger on one sentence (index relative to sentence.firstToken): the fallback of
 * sentenceTags, and the reference the fast tagger is measured against (test/tools/tagger-agreement.ts).
 * Sentences are parsed alone, never the whole document (one 1 MB parse costs ~750 MB of memory).
 */
export function compromiseTags(doc: Doc, sentence: Sentence): Set<string>[] {
  const n = sentence.lastToken - sentence.firstToken;
  const out: Set<string>[] = Array.from({ length: n }, () => new Set<string>());
  // Very long "sentences" (tables, junk without punctuation) are not worth the tagger's time.
  if (n > 0 && sentence.text.length <= 2000) {
    let sents: Term[][] = [];
    try {
      sents = parse(sentence.text);
    } catch {
      sents = []; // compromise bug on odd input: the sentence simply goes untagged
    }
    let t = sentence.firstToken;
    let elapsed = 0;
    for (const s of sents) {
      for (const term of s) {
        const a = sentence.start + elapsed + term.pre.length;
        const b = a + term.text.length;
        elapsed += term.pre.length + term.text.length + term.post.length;
        while (t < sentence.lastToken && doc.tokens[t]!.end <= a) t++;
        for (let k = t; k < sentence.lastToken && doc.tokens[k]!.start < b; k++) {
          const into = out[k - sentence.firstToken]!;
          for (const tag of term.tags) into.add(tag);
        }
      }
    }
  }
  return out;
}

/** How many sentences were tagged, and how many of them needed compromise (for measurements). */
export const tagStats = { sentences: 0, fallback: 0 };

/**
 * Tags for each token of a sentence (index relative to sentence.firstToken), compromise's tag names.
 * The fast tagger (src/tagger/) answers; a sentence holding a noun-or-verb word ("claims", "reports")
 * that no neighbour decides goes to compromise's full tagger instead. Computed once per sentence per document.
 */
export function sentenceTags(doc: Doc, sentence: Sentence): Set<string>[] {
  if (doc !== lastDoc) {
    let c = tagCache.get(doc);
    if (!c) tagCache.set(doc, (c = []));
    lastDoc = doc;
    lastCache = c;
  }
  const cache = lastCache;
  const hit = cache[sentence.index];
  if (hit) return hit;
  tagStats.sentences++;
  const fast = tagTokens(doc.tokens, sentence.firstToken, sentence.lastToken);
  let out = fast.tags;
  if (fast.undecided.length > 0 && sentence.text.length <= 2000) {
    tagStats.fallback++;
    out = compromiseTags(doc, sentence);
  }
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
