/**
 * compromise's full tagger on one sentence, its tags mapped onto our tokens by offset (index relative to
 * sentence.firstToken): the reference the fast tagger (src/tagger/) is measured against. Development only:
 * the library itself never loads compromise (src/read.ts says why).
 * Sentences are parsed alone, never the whole document (one 1 MB parse costs ~750 MB of memory).
 */
import { createRequire } from 'node:module';
import type { Doc, Sentence } from '../../src/doc.js';

interface Term { text: string; pre: string; post: string; tags: Set<string> }
type Nlp = typeof import('compromise').default;

const nlp = createRequire(import.meta.url)('compromise') as Nlp;

// Tags are all we read, so: tokenise, run the tagging hooks only (not 'chunks', which sets term.chunk,
// never a tag), and read term.tags straight from the parsed document (offsets from pre/text/post, as
// compromise's own 'offset' compute does) instead of building JSON for every term.
const TOKENIZE_HOOKS = new Set(['alias', 'normal', 'machine', 'contractions']);
const tagHooks = nlp.hooks().filter((h: string) => h !== 'chunks' && !TOKENIZE_HOOKS.has(h));

export function compromiseTags(doc: Doc, sentence: Sentence): Set<string>[] {
  const n = sentence.lastToken - sentence.firstToken;
  const out: Set<string>[] = Array.from({ length: n }, () => new Set<string>());
  if (n === 0 || sentence.text.length > 2000) return out;
  let sents: Term[][] = [];
  try {
    sents = (nlp.tokenize(sentence.text).compute(tagHooks) as unknown as { document: Term[][] }).document;
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
  return out;
}
