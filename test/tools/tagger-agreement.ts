/**
 * npx tsx test/tools/tagger-agreement.ts [N] [--diff TAG]: how often the fast tagger (src/tagger/) agrees
 * with compromise's full tagger, per tag the recognisers read, over the sentences of the first N (300)
 * articles of ../shared/corpus/bbc-news.jsonl. Agreement per tag = tokens where both say yes or both say no,
 * over word tokens; precision/recall treat compromise as the reference. `--diff Verb` prints disagreements.
 * Also prints how many sentences hold a two-way word the fast rules left to compromise's switch clues
 * (`undecided`; before compromise left the run time they went to its full tagger).
 */
import { normalise } from '../../src/normalise.js';
import { segment } from '../../src/segment.js';
import { compromiseTags } from './compromise-tags.js';
import { tagTokens } from '../../src/tagger/tag.js';
import { hasShared, readJsonl, sharedPath } from '../helpers/shared.js';

/** The tags read by src/recognisers and src/resolvers (grep "has('"). */
export const READ_TAGS = ['Noun', 'Verb', 'Adjective', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Value', 'PastTense', 'Gerund',
  'Plural', 'Pronoun', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific', 'Organization', 'Place', 'Country', 'Date', 'ProperNoun'];

export interface Agreement { tokens: number; sentences: number; undecided: number; perTag: Record<string, { agree: number; tp: number; fp: number; fn: number }> }

export function measure(texts: readonly string[], onDiff?: (tag: string, word: string, fast: boolean, sentence: string) => void): Agreement {
  const perTag: Agreement['perTag'] = Object.fromEntries(READ_TAGS.map((t) => [t, { agree: 0, tp: 0, fp: 0, fn: 0 }]));
  let tokens = 0, sentences = 0, undecided = 0;
  for (const text of texts) {
    const n = normalise(text);
    const doc = segment(text, n.text, n.furniture);
    for (const s of doc.sentences) {
      if (s.text.length > 2000) continue;
      const toks = doc.tokens.slice(s.firstToken, s.lastToken);
      const fast = tagTokens(toks);
      const ref = compromiseTags(doc, s);
      sentences++;
      if (fast.undecided.length) undecided++;
      toks.forEach((tok, k) => {
        if (!/[\p{L}\p{N}]/u.test(tok.text)) return;
        tokens++;
        const f = fast.tags[k]!;
        for (const tag of READ_TAGS) {
          const a = f.has(tag), b = ref[k]!.has(tag), c = perTag[tag]!;
          if (a === b) c.agree++;
          if (a && b) c.tp++; else if (a) c.fp++; else if (b) c.fn++;
          if (a !== b) onDiff?.(tag, tok.text, a, s.text);
        }
      });
    }
  }
  return { tokens, sentences, undecided, perTag };
}

if (process.argv[1]?.endsWith('tagger-agreement.ts')) {
  if (!hasShared) throw new Error('../shared is missing');
  const N = Number(process.argv[2] ?? 300);
  const diffTag = process.argv.includes('--diff') ? process.argv[process.argv.indexOf('--diff') + 1] : undefined;
  const texts = readJsonl<{ text: string }>(sharedPath('corpus', 'bbc-news.jsonl')).slice(0, N).map((a) => a.text);
  const diffs = new Map<string, number>();
  const r = measure(texts, (tag, word, fast, sent) => {
    if (tag !== diffTag) return;
    const key = `${fast ? 'fast+' : 'fast-'} ${word}`;
    diffs.set(key, (diffs.get(key) ?? 0) + 1);
    if (process.argv.includes('--context') && diffs.get(key) === 1) console.log(`  ${key} | ${sent.slice(0, 160)}`);
  });
  console.log(`${r.sentences} sentences, ${r.tokens} word tokens, with an undecided two-way word ${r.undecided} (${(100 * r.undecided / r.sentences).toFixed(1)}%)`);
  let all = 0;
  for (const [tag, c] of Object.entries(r.perTag)) {
    all += c.agree;
    const p = c.tp / (c.tp + c.fp || 1), rc = c.tp / (c.tp + c.fn || 1);
    console.log(`${tag.padEnd(13)} agree ${(100 * c.agree / r.tokens).toFixed(2)}%  P ${p.toFixed(3)} R ${rc.toFixed(3)}  fp ${c.fp} fn ${c.fn}`);
  }
  console.log(`all read tags: ${(100 * all / (r.tokens * READ_TAGS.length)).toFixed(2)}%`);
  if (diffTag) console.log([...diffs].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${v} ${k}`).join('\n'));
}
