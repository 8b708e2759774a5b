/**
 * read: the one module that talks to compromise. It tags sentences on demand (a sentence
 * nobody asks about is never parsed) and maps compromise's tags onto our tokens by offset.
 * We never call nlp.extend/addWords: the global compromise instance may be the user's too.
 */
import { createRequire } from 'node:module';
import { isAbsolute } from 'node:path';
import type { Doc, Sentence } from './doc.js';

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

/** Load compromise now (a worker does it before it reports ready, so no article's time pays for it). */
export function loadTagger(): void {
  nlp();
}

interface Term { text: string; pre: string; post: string; tags: Set<string> }

// Profile (node --cpu-prof, extract over 150 BBC articles): compromise was ~50% of extract(), and
// of that postTagger ~60%, preTagger ~13%, the chunker ~12%, then .json() and offsets. Tags are all
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

const tagCache = new WeakMap<Doc, Map<number, Set<string>[]>>();

/**
 * compromise tags for each token of a sentence (index relative to sentence.firstToken).
 * Parsed once per sentence per document; sentences are parsed alone, never the whole document
 * (one 1 MB parse costs ~750 MB of memory).
 */
export function sentenceTags(doc: Doc, sentence: Sentence): Set<string>[] {
  let cache = tagCache.get(doc);
  if (!cache) tagCache.set(doc, (cache = new Map()));
  const hit = cache.get(sentence.index);
  if (hit) return hit;
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
  cache.set(sentence.index, out);
  return out;
}

/** Tags of one token (tags of its sentence, parsed on demand). */
export function tokenTags(doc: Doc, tokenIndex: number): Set<string> {
  const tok = doc.tokens[tokenIndex]!;
  const s = doc.sentences[tok.sentence]!;
  return sentenceTags(doc, s)[tokenIndex - s.firstToken]!;
}

// compromise's own word list (first names, surnames, cities, parts of speech), read, never changed.
let lexicon: Record<string, string | string[]> | undefined;
const lexiconSplit = new Map<string, readonly string[]>();
const NO_TAGS: readonly string[] = Object.freeze([]);

/**
 * What compromise's lexicon says about one lower-case word, without parsing anything:
 * ['MaleName'], ['City'], ['PastTense'] … or [] when it does not know the word.
 */
export function lexiconTags(lower: string): readonly string[] {
  lexicon ??= ((nlp().model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon) ?? {};
  const t = Object.prototype.hasOwnProperty.call(lexicon, lower) ? lexicon[lower] : undefined;
  if (t === undefined) return NO_TAGS;
  if (typeof t !== 'string') return t;
  // Profiled: the actor and location recognisers ask about every capitalised word, and the split
  // was a fresh array each time. Memoised per lexicon word (bounded by the lexicon's size).
  let split = lexiconSplit.get(lower);
  if (!split) lexiconSplit.set(lower, (split = Object.freeze(t.split(','))));
  return split;
}
