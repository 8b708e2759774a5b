/**
 * Buckets the quotes eval failures: why a gold quote is not found, or found with the wrong speaker.
 * Usage: npx tsx test/eval/tools/quote-buckets.ts [--limit N] [--show BUCKET] [--from N]
 * Reads ../shared (publishers' text): prints only to the terminal, never writes the text anywhere.
 */
import { writeFileSync } from 'node:fs';
import { extract } from '../../../src/index.js';
import { readJsonl, sharedPath } from '../../helpers/shared.js';

interface Part { start: number; end: number; text: string }
interface GoldQuote { speaker?: Part; verb?: Part; content: Part; reference?: string }
interface Doc { id: string; text: string; gold: { quotes: GoldQuote[]; people?: string[] } }

const args = process.argv.slice(2);
const opt = (k: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
const limit = opt('--limit') ? Number(opt('--limit')) : undefined;
const from = opt('--from') ? Number(opt('--from')) : 0;
const show = opt('--show');
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an) /, '');

let docs = readJsonl<Doc>(sharedPath('eval', 'ggt-quotes-dev.jsonl'));
docs = docs.slice(from, limit !== undefined ? from + limit : undefined);
const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
const dump: string[] = [];
const bump = (k: string, ex: string) => {
  dump.push(`${k}\t${ex.split('\n')[0]}`); counts.set(k, (counts.get(k) ?? 0) + 1); const l = examples.get(k) ?? []; l.push(ex); examples.set(k, l); };
const PRON = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'him', 'her']);
for (const [di, d] of docs.entries()) {
  const res = extract(d.text);
  const actors = new Map(res.actors.map((a) => [a.id, a]));
  for (const q of d.gold.quotes) {
    if (!q.reference || !q.content) continue;
    let best: (typeof res.attributions)[number] | undefined; let bestOv = 0;
    for (const a of res.attributions) {
      const ov = Math.min(a.content.end, q.content.end) - Math.max(a.content.start, q.content.start);
      if (ov > bestOv) { best = a; bestOv = ov; }
    }
    const sp = q.speaker?.text ?? '';
    const ctxStart = Math.max(0, Math.min(q.content.start, q.speaker?.start ?? 1e9) - 120);
    const ctxEnd = Math.min(d.text.length, Math.max(q.content.end, q.speaker?.end ?? 0) + 60);
    const ctx = d.text.slice(ctxStart, ctxEnd).replace(/\n/g, ' ⏎ ');
    const head = `[doc ${di + from}] @${q.content.start} ref=${q.reference} gold-speaker="${sp}"`;
    if (!best) {
      const quoted = /^["“]/.test(q.content.text.trim());
      const spIn = q.speaker ? (q.speaker.start > q.content.end ? 'after' : 'before') : 'none';
      const sameSent = q.speaker ? !/[.!?]["”]?\s/.test(d.text.slice(Math.min(q.speaker.end, q.content.end), Math.max(q.speaker.start, q.content.start))) : false;
      const kind = !q.speaker ? 'nospeaker' : sameSent ? 'same-sentence' : 'other-sentence';
      bump(`notfound:${quoted ? 'quoted' : 'plain'}:${kind}:${q.verb ? 'verb' : 'noverb'}`, `${head} verb="${q.verb?.text ?? ''}" spk-${spIn}\n    ${ctx}`);
      continue;
    }
    const actor = best.sourceId ? actors.get(best.sourceId) : undefined;
    const names = actor ? [actor.name, ...actor.aliases] : [];
    if (names.some((x) => norm(x) === norm(q.reference!))) { bump('right', `${head} content@${q.content.start}`); continue; }
    const spanRight = q.speaker && best.sourceSpan && best.sourceSpan.start < q.speaker.end && q.speaker.start < best.sourceSpan.end;
    const ours = `ours: src="${best.sourceText}" actor=${actor ? `${actor.name} (${actor.kind}) aliases=${actor.aliases.join('|')}` : '-'} rule=${best.rule}`;
    let b: string;
    if (!spanRight) b = q.speaker ? 'found:wrong-span' : 'found:gold-no-speaker';
    else if (!actor) b = 'span:no-actor';
    else if (PRON.has(sp.toLowerCase())) b = 'span:pronoun-wrong';
    else if (norm(actor.name).includes(norm(q.reference).split(' ').pop()!)) b = 'span:name-partial';
    else if (norm(q.reference).includes(norm(actor.name).split(' ').pop()!)) b = 'span:name-partial';
    else if (actor.kind !== 'person') b = `span:actor-${actor.kind}`;
    else b = 'span:other-person';
    bump(b, `${head}\n    ${ours}\n    ${ctx}`);
  }
}
if (opt('--dump')) writeFileSync(opt('--dump')!, dump.join('\n'));
const total = [...counts.values()].reduce((a, b) => a + b, 0);
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)} ${(n / total * 100).toFixed(1).padStart(5)}%  ${k}`);
console.log(`total ${total}`);
if (show) for (const [k, l] of examples) if (k.includes(show)) { console.log(`\n== ${k}`); for (const e of l.slice(0, Number(opt('--n') ?? 25))) console.log(e); }
