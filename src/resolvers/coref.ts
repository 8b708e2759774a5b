/** Possessives and pronouns ('its soldiers', 'the group', 'he') to the nearest compatible actor; counted owners of claims. */
import { canonical, type ActorDraft, type Draft, type Range } from '../drafts.js';
import type { ActorKind } from '../schema.js';
import { SUBJECT_VERBS } from '../lexicon/actors.js';
import { baseLower, DEMONYM_INDEX, keyOf, PLACE_INDEX, tokenAt } from '../recognisers/gazetteer.js';
import { actorAt } from './lookup.js';
import { governmentOf } from './capitals.js';
import { table } from '../lexicon/table.js';
import { startsLower } from '../chars.js';

interface Mention { range: Range; actor: ActorDraft; sentence: number }

// Definite descriptions and the kinds they may refer to: "the group" → the nearest armed group.
const DEFINITES: Record<string, readonly ActorKind[]> = table({
  group: ['armed_group', 'organization'], militants: ['armed_group'], movement: ['armed_group', 'organization'],
  organisation: ['organization', 'armed_group'], organization: ['organization', 'armed_group'],
  ministry: ['government'], government: ['government'], military: ['military'], army: ['military'],
  company: ['organization'], agency: ['organization', 'government'], party: ['organization'],
  department: ['government', 'organization'], commission: ['organization', 'government'], service: ['government', 'organization'],
});
// Head nouns that must be in the antecedent's name: "the department's director" → "Department of Disaster Management".
const NAMED_HEADS = new Set(['ministry', 'department', 'commission', 'service', 'agency']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her']);
const THING_PRONOUNS = new Set(['it', 'its']);
const PLURAL_PRONOUNS = new Set(['they', 'their', 'them']);
const LOOKBACK = 3; // sentences
const SUFFER_WORDS = new Set(['suffer', 'suffers', 'suffered', 'suffering', 'lost', 'lose', 'loses', 'losing', 'sustained', 'sustaining', 'took', 'taking']);

function mentionsInOrder(draft: Draft): Mention[] {
  const out: Mention[] = [];
  for (const a of draft.actors) {
    if (a.mentions.length === 0) continue;
    const c = canonical(a);
    for (const m of a.mentions) {
      const ti = tokenAt(draft.doc, m.start);
      if (ti >= 0) out.push({ range: m, actor: c, sentence: draft.doc.tokens[ti]!.sentence });
    }
  }
  return out.sort((x, y) => x.range.start - y.range.start);
}

/** Index of the first mention starting at or after `offset` (binary search). */
function firstAtOrAfter(ms: Mention[], offset: number): number {
  let lo = 0, hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.range.start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The nearest actor mentioned before `at` (same sentence first, then up to LOOKBACK back) that `ok` accepts. */
function nearestBefore(ms: Mention[], at: number, sentence: number, ok: (a: ActorDraft) => boolean, subjectFirst: boolean): ActorDraft | undefined {
  const upto = firstAtOrAfter(ms, at);
  // The sentence subject (its first actor) wins for "its": "Pakistan … said 23 of its soldiers".
  if (subjectFirst) {
    let k = upto - 1;
    while (k >= 0 && ms[k]!.sentence === sentence) k--;
    for (let j = k + 1; j < upto; j++) if (ms[j]!.range.end <= at && ok(ms[j]!.actor)) return ms[j]!.actor;
  }
  for (let k = upto - 1; k >= 0; k--) {
    const m = ms[k]!;
    if (m.sentence < sentence - LOOKBACK) break;
    if (m.range.end <= at && ok(m.actor)) return m.actor;
  }
  return undefined;
}

/**
 * "Rally Canada, the group behind the protest, said it got emails and Facebook messages. The group says …":
 * a definite description refers to the most salient fitting actor — the first one its sentence (or, going
 * back, each earlier sentence) names — not a body named in passing later in that sentence.
 */
function firstInSentenceBefore(ms: Mention[], at: number, sentence: number, ok: (a: ActorDraft) => boolean): ActorDraft | undefined {
  const upto = firstAtOrAfter(ms, at);
  let k = upto - 1;
  for (let s = sentence; s >= sentence - LOOKBACK && k >= 0; s--) {
    let first: ActorDraft | undefined;
    while (k >= 0 && ms[k]!.sentence >= s) {
      const m = ms[k]!;
      if (m.sentence === s && m.range.end <= at && ok(m.actor)) first = m.actor;
      k--;
    }
    if (first) return first;
  }
  return undefined;
}

const notPerson = (a: ActorDraft) => a.kind !== 'person' && a.kind !== 'other' && a.kind !== 'media';

export function linkReferences(draft: Draft): void {
  const { doc } = draft;
  const toks = doc.tokens;
  let ms = mentionsInOrder(draft);

  // Whose people a claim counts: "its soldiers", "Pakistani soldiers", "Pakistan's troops".
  for (const c of draft.claims) {
    if (!c.countedOwner || c.countedActor) continue;
    const text = doc.text.slice(c.countedOwner.start, c.countedOwner.end);
    const lower = text.toLowerCase().replace(/['\u2019]s?$/, '');
    let who: ActorDraft | undefined;
    if (THING_PRONOUNS.has(lower) || PLURAL_PRONOUNS.has(lower)) {
      who = nearestBefore(ms, c.countedOwner.start, c.sentence, notPerson, true);
    } else if (PERSON_PRONOUNS.has(lower)) {
      who = nearestBefore(ms, c.countedOwner.start, c.sentence, (a) => a.kind === 'person', false);
    } else {
      const code = DEMONYM_INDEX.get(keyOf(lower)) ?? PLACE_INDEX.get(keyOf(lower))?.countryCode;
      const direct = actorAt(draft, c.countedOwner);
      if (direct && direct.kind !== 'military') who = direct;
      else if (code && (DEMONYM_INDEX.has(keyOf(lower)) || PLACE_INDEX.get(keyOf(lower))?.kind === 'country')) {
        who = governmentOf(draft, code, 'coref/demonym-government');
        if (who.mentions.length === 0) who.mentions.push({ ...c.countedOwner });
      } else who = direct;
    }
    if (who) c.countedActor = canonical(who);
  }
  // "The Taliban acknowledged suffering nine casualties": losses suffered are the subject's own.
  for (const c of draft.claims) {
    if (c.countedOwner || c.countedActor || c.category !== 'casualty') continue;
    let ti = tokenAt(doc, c.range.start);
    if (ti < 0) continue;
    const sentence = toks[ti]!.sentence;
    let suffered = false;
    for (let k = ti - 1; k >= 0 && k >= ti - 4 && toks[k]!.sentence === sentence; k--) {
      if (SUFFER_WORDS.has(toks[k]!.lower)) { suffered = true; ti = k; break; }
    }
    if (!suffered) continue;
    const who = nearestBefore(ms, toks[ti]!.start, sentence, notPerson, true);
    if (who) c.countedActor = canonical(who);
  }
  ms = mentionsInOrder(draft);

  // "The department's director, Kamrul Hasan", "the group's spokesman, Zhao Mingde": the role's owner is
  // the nearest earlier actor the definite noun can refer to.
  for (const a of draft.actors) {
    if (a.mergedInto || a.kind !== 'person' || a.affiliation) continue;
    for (const m of a.mentions) {
      const ti = tokenAt(doc, m.start);
      if (ti < 3 || toks[ti]!.start !== m.start) continue;
      let k = ti - 1;
      if (toks[k]!.text === ',') k--;
      if (k < 1 || !startsLower(toks[k]!.text)) continue;
      const owner = toks[k - 1]!;
      const noun = baseLower(owner);
      if (owner === undefined || owner.lower === noun || toks[k - 2]?.lower !== 'the' || !DEFINITES[noun]) continue;
      const kinds = DEFINITES[noun]!;
      const ok = (x: ActorDraft) => x !== a && kinds.includes(x.kind) && (!NAMED_HEADS.has(noun) || x.name.toLowerCase().includes(noun));
      // Bounded look-back over mentions (not sentences): an organisation is often named paragraphs earlier.
      let who: ActorDraft | undefined;
      const upto = firstAtOrAfter(ms, toks[k - 2]!.start);
      for (let j = upto - 1; j >= 0 && j >= upto - 60 && !who; j--) if (ok(ms[j]!.actor)) who = ms[j]!.actor;
      if (who) { a.affiliation = who; break; }
    }
  }

  // "the group said", "he added", "it alleges": a reference that speaks or acts joins its antecedent.
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.lastToken; i++) {
      const t = toks[i]!;
      let ok: ((a: ActorDraft) => boolean) | undefined;
      let from = i;
      let subjectFirst = false;
      if (t.lower === 'the' && i + 1 < s.lastToken && DEFINITES[baseLower(toks[i + 1]!)]) {
        const kinds = DEFINITES[baseLower(toks[i + 1]!)]!;
        const head = baseLower(toks[i + 1]!);
        ok = (a) => kinds.includes(a.kind) && (head !== 'ministry' || /ministry/i.test(a.name));
        i++;
      } else if (t.lower === 'he' || t.lower === 'she') {
        ok = (a) => a.kind === 'person';
      } else if (t.lower === 'it') {
        ok = notPerson;
        subjectFirst = true;
      }
      if (!ok) continue;
      const next = toks[i + 1];
      if (!next || i + 1 >= s.lastToken || !SUBJECT_VERBS.has(next.lower)) continue;
      // A definite description: a body whose name has the head word, else the most salient fitting one.
      const named = ok;
      const headWord = baseLower(toks[i]!);
      const who = from < i
        ? nearestBefore(ms, t.start, s.index, (a) => named(a) && a.name.toLowerCase().split(/\s+/).includes(headWord), false) ?? firstInSentenceBefore(ms, t.start, s.index, ok)
        : nearestBefore(ms, t.start, s.index, ok, subjectFirst);
      if (!who) continue;
      who.mentions.push({ start: toks[from]!.start, end: toks[i]!.end });
      void from;
    }
  }
}
