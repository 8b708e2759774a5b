/**
 * Diagnostics for the polnear set: every gold source span with whether we found it, its cue, and the
 * structure around it; plus our predicted source spans that match no gold source. Writes JSONL to the
 * path given (default /tmp/polnear-misses.jsonl) and prints counts by cue lemma and structure.
 * Usage: npx tsx test/eval/tools/polnear-misses.ts [--limit N] [--out path] [--base path]
 * With --base (an earlier output of this tool), also prints what changed: gold sources whose status changed
 * and false sources that appeared or went away (copy the output aside before a change, pass it after).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extract } from '../../../src/index.js';
import { REPORTING_VERBS, REPORTING_NOUNS } from '../../../src/lexicon/reporting-cues.js';
import { hasShared, readJsonl, sharedPath } from '../../helpers/shared.js';

interface Part { spans: [number, number][]; text: string }
interface Gold { source: Part | null; cue: Part | null; content: Part | null }
interface Doc { id: string; text: string; gold: { attributions: Gold[] } }
interface R { start: number; end: number }

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const outAt = args.indexOf('--out');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : undefined;
const out = outAt >= 0 ? args[outAt + 1]! : '/tmp/polnear-misses.jsonl';
const baseAt = args.indexOf('--base');
const base = baseAt >= 0 ? args[baseAt + 1]! : undefined;

const rangesOf = (p: Part | null | undefined): R[] => (p ? p.spans.map(([start, end]) => ({ start, end })) : []);
const overlap = (a: R[], b: R[]) => {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
};
const lemma = (cue: string) => {
  const w = cue.toLowerCase().replace(/[’]/g, "'").split(/\s+/).filter((x) => !/^(has|have|had|is|was|were|be|been|also|not|will|would)$/.test(x));
  return (w.join(' ') || cue.toLowerCase()).slice(0, 30);
};
const PRON = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its']);

if (!hasShared) process.exit(0);
let docs = readJsonl<Doc>(sharedPath('eval', 'polnear-dev.jsonl'));
if (limit !== undefined) docs = docs.slice(0, limit);
const rows: unknown[] = [];
const byLemma = new Map<string, [number, number]>();
const byShape = new Map<string, [number, number]>();
const bump = (m: Map<string, [number, number]>, k: string, hit: boolean) => {
  const v = m.get(k) ?? [0, 0];
  v[hit ? 0 : 1]++;
  m.set(k, v);
};
let fpN = 0;
for (const d of docs) {
  const res = extract(d.text);
  const preds = res.attributions;
  const predSrc = preds.filter((a) => a.sourceSpan).map((a) => a.sourceSpan as R);
  const seen = new Set<string>();
  for (const g of d.gold.attributions) {
    if (!g.source || !g.content) continue;
    const key = g.source.spans.map((x) => x.join(':')).join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const src = rangesOf(g.source);
    const hit = predSrc.some((p) => overlap([p], src) > 0);
    const cue = rangesOf(g.cue);
    const content = rangesOf(g.content);
    const cueText = g.cue?.text ?? '';
    const words = cueText.toLowerCase().split(/\s+/);
    const inLex = words.some((w) => REPORTING_VERBS[w] || REPORTING_NOUNS[w]);
    const s0 = src[0]!.start, c0 = cue[0]?.start ?? s0, k0 = content[0]!.start;
    const order = [['S', s0], ['C', c0], ['K', k0]].sort((a, b) => (a[1] as number) - (b[1] as number)).map((x) => x[0]).join('');
    const srcLower = g.source.text.toLowerCase();
    const srcKind = PRON.has(srcLower) ? 'pron' : /^\p{Lu}/u.test(g.source.text) ? 'cap' : 'np';
    const cueEnd = cue[cue.length - 1]?.end ?? s0;
    const afterCue = d.text.slice(cueEnd, cueEnd + 12).trim().split(/\s+/)[0] ?? '';
    const thatAfter = /^that$/i.test(afterCue);
    // Did some prediction cover the content, with another source?
    const covering = preds.find((a) => overlap([a.content], content) > 0);
    const status = hit ? 'hit' : covering ? (covering.sourceSpan ? 'wrong-src' : 'no-src') : 'no-att';
    const shape = `${order}${thatAfter ? '+that' : ''}/${srcKind}${inLex ? '' : '/unlex'}`;
    bump(byLemma, lemma(cueText), hit);
    bump(byShape, shape, hit);
    const from = Math.max(0, Math.min(s0, c0, k0) - 30);
    const to = Math.min(d.text.length, Math.max(src[src.length - 1]!.end, cueEnd, Math.min(content[content.length - 1]!.end, Math.max(s0, cueEnd) + 120)) + 20);
    rows.push({
      doc: d.id, status, shape, lemma: lemma(cueText), source: g.source.text, cue: cueText, inLex,
      got: covering ? { src: covering.sourceText, cue: covering.cue, rule: covering.rule } : undefined,
      context: d.text.slice(from, to).replace(/\s+/g, ' '),
    });
  }
  for (const a of preds) {
    if (!a.sourceSpan) continue;
    const p = a.sourceSpan as R;
    const golds = d.gold.attributions.filter((g) => g.source);
    if (golds.some((g) => overlap([p], rangesOf(g.source)) > 0)) continue;
    fpN++;
    rows.push({ doc: d.id, status: 'false-src', source: a.sourceText, cue: a.cue, rule: a.rule, context: d.text.slice(Math.max(0, a.span.start - 30), a.span.end + 20).replace(/\s+/g, ' ').slice(0, 400) });
  }
}
writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const print = (title: string, m: Map<string, [number, number]>, n = 40) => {
  console.log(`\n${title} (hit / missed)`);
  for (const [k, [h, x]] of [...m].sort((a, b) => b[1][1] - a[1][1]).slice(0, n)) console.log(`  ${String(x).padStart(4)} missed ${String(h).padStart(4)} hit  ${k}`);
};
print('by cue lemma', byLemma);
print('by shape (S source, C cue, K content; +that; source kind; unlex = cue not in lexicon)', byShape);
const status = new Map<string, number>();
for (const r of rows as { status: string }[]) status.set(r.status, (status.get(r.status) ?? 0) + 1);
console.log('\nstatus', Object.fromEntries(status), 'false sources', fpN, '→', out);

// Changes against an earlier run: a gold source is keyed by document, source and cue; a false source by its rule too.
if (base && existsSync(base)) {
  interface Row { doc: string; status: string; source: string; cue: string; rule?: string; context: string }
  const keyOf = (r: Row) => [r.doc, r.status === 'false-src' ? 'false' : 'gold', r.source, r.cue].join('\u0000');
  const load = (text: string) => new Map(text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row).map((r) => [keyOf(r), r]));
  const before = load(readFileSync(base, 'utf8'));
  const after = load(rows.map((r) => JSON.stringify(r)).join('\n'));
  const line = (r: Row) => `${r.source.slice(0, 40)} | ${r.cue.slice(0, 30)} | ${r.context.slice(0, 140)}`;
  console.log(`\nchanges against ${base}`);
  for (const [k, r] of after) {
    const b = before.get(k);
    if (r.status !== 'false-src' && b && b.status !== r.status) console.log(`  gold ${b.status} → ${r.status}: ${line(r)}`);
    if (r.status === 'false-src' && !b) console.log(`  new false source (${r.rule}): ${line(r)}`);
  }
  for (const [k, r] of before) if (r.status === 'false-src' && !after.has(k)) console.log(`  false source gone (${r.rule}): ${line(r)}`);
}
