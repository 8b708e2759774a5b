/**
 * Later restatements of the same figure get `repeatOf` the first claim: a bullet list or label-colon
 * line ("Taliban claim: 58 Pakistani soldiers killed") restating "as many as 58 Pakistani soldiers".
 * Same value, compatible event and counted noun, and no conflicting source. A headline's figure is a repeat
 * of the body's (the body says who said it), so headline claims are linked last. Never by matching strings of
 * the article: by value + event family + counted head.
 */
import { canonical, type ClaimDraft, type Draft } from '../drafts.js';
import { rootActor } from './lookup.js';
import { table } from '../lexicon/table.js';

/** Events that can describe the same figure: a death toll said as killed, died, dead or casualties. */
const FAMILY: Readonly<Record<string, string>> = table({
  killed: 'death', died: 'death', casualties: 'casualty', injured: 'injury', wounded: 'injury',
  arrested: 'detention', detained: 'detention', captured: 'detention', kidnapped: 'kidnap', missing: 'missing',
  displaced: 'displacement', evacuated: 'displacement', fled: 'displacement',
});

function eventsCompatible(a?: string, b?: string): boolean {
  if (!a || !b) return a === b || (!a && !b);
  if (a === b) return true;
  const fa = FAMILY[a] ?? a;
  const fb = FAMILY[b] ?? b;
  // "casualties" covers both deaths and injuries: "nine casualties" restated as "9 killed".
  return fa === fb || fa === 'casualty' || fb === 'casualty';
}

const singular = (w: string) => w.replace(/ies$/, 'y').replace(/(?:es|s)$/, '');
const headOf = (c: ClaimDraft) => {
  const words = c.counted.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length ? singular(words[words.length - 1]!) : '';
};
/** Counted nouns that name no kind of person ("casualties", "dead") agree with any head. */
const GENERIC = new Set(['casualty', 'death', 'fatality', 'dead', 'people', 'person', 'victim', 'loss', 'life', '']);

function countedCompatible(a: ClaimDraft, b: ClaimDraft): boolean {
  const ha = headOf(a);
  const hb = headOf(b);
  return ha === hb || GENERIC.has(ha) || GENERIC.has(hb);
}

function sourcesCompatible(a: ClaimDraft, b: ClaimDraft): boolean {
  const sa = a.source ?? a.attribution?.source;
  const sb = b.source ?? b.attribution?.source;
  // A spokesman's or an official's figure restates their organisation's: compare the top actors.
  return !sa || !sb || rootActor(sa) === rootActor(sb);
}

/** Two figures placed in different places or on different dates are two incidents, not one restated. */
function sceneCompatible(a: ClaimDraft, b: ClaimDraft): boolean {
  if (a.eventDate && b.eventDate && a.eventDate !== b.eventDate) return false;
  if (!a.locations.length || !b.locations.length) return true;
  const la = new Set(a.locations.map(canonical));
  return b.locations.some((l) => la.has(canonical(l)));
}

/**
 * @example
 * linkRepeats(draft) // "* Taliban claim: 58 Pakistani soldiers killed" → repeatOf the body's "as many as 58" claim
 */
export function linkRepeats(draft: Draft): void {
  // The headline restates the story: its figures are repeats of the body's, so they come last.
  const sentences = draft.doc.sentences;
  let firstBody = sentences.length;
  for (let i = 0; i < sentences.length && i < 12; i++) if (sentences[i]!.kind === 'body') { firstBody = i; break; }
  const lead = (c: ClaimDraft) => (c.sentence < firstBody && sentences[c.sentence]?.kind === 'heading' ? 1 : 0);
  const claims = draft.claims.filter((c) => !c.dropped).sort((a, b) => lead(a) - lead(b) || a.range.start - b.range.start);
  // First claim per value: figures are few per article, so a map by value keeps this linear.
  const byValue = new Map<number, ClaimDraft[]>();
  for (const c of claims) {
    const earlier = byValue.get(c.value) ?? [];
    const first = earlier.find(
      (e) => e.sentence !== c.sentence && e.category === c.category && e.unit === c.unit &&
        eventsCompatible(e.event, c.event) && countedCompatible(e, c) && sourcesCompatible(e, c) &&
        sceneCompatible(e, c),
    );
    if (first && !c.repeatOf) c.repeatOf = first.repeatOf ?? first;
    // Only the first few statements of a value can be "the" original: keeps this linear on degenerate input.
    if (earlier.length < 8 && !c.repeatOf) earlier.push(c);
    byValue.set(c.value, earlier);
  }
}
