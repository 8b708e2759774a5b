/**
 * npx tsx test/tools/tagger-speed.ts [N]: a quick speed check of the fast tagger (not a timed test, not
 * `npm run bench`). Build first (`npx tsup`): it times dist/ — extract() over the first N (300) articles of
 * ../shared/corpus/bbc-news.jsonl against bare compromise nlp(text) on the same texts, interleaved rounds
 * so a noisy machine hits both alike; then cold start in fresh processes: import dist + the first extract()
 * of a ~3 KB corpus article, beside require('compromise') + the first nlp().
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, hasShared, readJsonl, sharedPath } from '../helpers/shared.js';

const N = Number(process.argv[2] ?? 300);
if (!hasShared) throw new Error('../shared is missing');
const articles = readJsonl<{ id: string; text: string }>(sharedPath('corpus', 'bbc-news.jsonl')).slice(0, N).map((a) => a.text);
const kb = articles.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;
const dist = join(ROOT, 'dist', 'index.js');
const lib = (await import(dist)) as { extract: (t: string) => unknown };
const require = createRequire(import.meta.url);
const nlp = require('compromise') as (t: string) => unknown;

const time = (f: () => void) => { const t0 = performance.now(); f(); return performance.now() - t0; };
const ours: number[] = [];
const theirs: number[] = [];
lib.extract(articles[0]!); nlp(articles[0]!); // warm both
for (let round = 0; round < 5; round++) {
  ours.push(time(() => { for (const a of articles) lib.extract(a); }));
  theirs.push(time(() => { for (const a of articles) nlp(a); }));
}
const best = (xs: number[]) => Math.min(...xs);
console.log(`${articles.length} articles, ${kb.toFixed(0)} KB`);
console.log(`extract(): ${best(ours).toFixed(0)} ms, ${(kb / best(ours) * 1000).toFixed(0)} KB/s`);
console.log(`nlp():     ${best(theirs).toFixed(0)} ms, ${(kb / best(theirs) * 1000).toFixed(0)} KB/s`);
console.log(`ratio nlp/extract: ${(best(theirs) / best(ours)).toFixed(2)}×`);

// Cold start: a ~3 KB article, fresh node each time, median of 5.
const cold = readJsonl<{ text: string }>(sharedPath('corpus', 'bbc-news.jsonl')).map((a) => a.text)
  .find((t) => Buffer.byteLength(t) >= 2800 && Buffer.byteLength(t) <= 3300)!;
const ourScript = `const t0=performance.now();import(${JSON.stringify(dist)}).then(m=>{m.extract(${JSON.stringify(cold)});console.log(performance.now()-t0)})`;
const nlpScript = `const t0=performance.now();const nlp=require('compromise');nlp(${JSON.stringify(cold)});console.log(performance.now()-t0)`;
const run = (script: string) => Number(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }).trim());
const a: number[] = [];
const b: number[] = [];
for (let k = 0; k < 5; k++) { a.push(run(ourScript)); b.push(run(nlpScript)); }
const med = (xs: number[]) => xs.sort((x, y) => x - y)[2]!;
console.log(`cold start (${Buffer.byteLength(cold)} B article): newsclaims ${med(a).toFixed(0)} ms, compromise ${med(b).toFixed(0)} ms`);
