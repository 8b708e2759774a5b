// (d) of test/bench/run.ts: stream the corpus, repeated in memory up to N MB, through extractMany and
// print one JSON line of numbers. Plain JavaScript run by plain node, so the peak RSS is the package's
// own, without a TypeScript loader in the process. Usage: node archive.mjs <dist/index.js> <corpus> <MB>
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';

const [dist, corpus, targetMb] = process.argv.slice(2);
const { extractMany } = await import(pathToFileURL(dist).href);
const texts = [];
for (const line of readFileSync(corpus, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const o = JSON.parse(line);
  if (typeof o.text === 'string') texts.push(o.text);
}
const target = Number(targetMb) * 1e6;
let produced = 0;
function* archive() {
  for (let round = 0; produced < target; round++) {
    for (let i = 0; i < texts.length && produced < target; i++) {
      produced += Buffer.byteLength(texts[i]);
      yield { id: `r${round}-${i}`, text: texts[i] };
    }
  }
}
const load0 = loadavg()[0];
const t0 = performance.now();
let n = 0;
let errors = 0;
let outBytes = 0;
for await (const r of extractMany(archive())) {
  n++;
  if (!r.ok) errors++;
  outBytes += JSON.stringify(r).length + 1; // what `newsclaims batch` would write
}
const s = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({ n, errors, bytes: produced, outBytes, s, maxRssKb: process.resourceUsage().maxRSS, load: [load0, loadavg()[0]] }));
