/**
 * Attribution sources to actors (as written → resolved). Links to an existing actor when one is
 * mentioned in the source phrase; resolves pronouns ("he said" → the nearest person, "it" → the
 * nearest organisation-like actor); otherwise creates an actor from the phrase ("officials", "Reuters")
 * so every attribution with a source phrase gets a sourceId.
 */
import { canonical, type ActorDraft, type AttributionDraft, type Draft, type Range } from '../drafts.js';
import type { ActorKind } from '../schema.js';
import type { Doc, Token } from '../doc.js';
import { tokenTags } from '../read.js';
import { unnamedSource } from './affiliations.js';
import { MEDIA_WORDS, PRONOUN_SOURCES, SOURCE_NOUNS } from '../lexicon/reporting-cues.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'this', 'those', 'that', 'another', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'senior', 'top']);
const ARTICLES = new Set(['the', 'a', 'an']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their']);
/** "X's government" speaks as X itself. */
const SELF_HEADS = new Set(['government', 'administration', 'leadership', 'authorities', 'regime']);
const PREPS = new Set(['of', 'for', 'in', 'at', 'from']);
/** Definite descriptions that refer back ("the ministry said") → what they may refer to. */
const BACK_REFERENCE: Readonly<Record<string, readonly ActorKind[]>> = {
  group: ['armed_group', 'organization', 'group'], ministry: ['government'], government: ['government'],
  military: ['military'], army: ['military'], company: ['organization'], firm: ['organization'],
  organisation: ['organization'], organization: ['organization'], militants: ['armed_group'], police: ['government'],
  agency: ['organization', 'government', 'media'], spokesman: ['person'], spokeswoman: ['person'], minister: ['person'],
  president: ['person'], official: ['person', 'government'], newspaper: ['media'], broadcaster: ['media'],
};
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'president', 'minister', 'prime', 'senator', 'sen', 'rep', 'gov', 'governor', 'general', 'gen', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'secretary', 'mayor', 'judge', 'professor', 'prof', 'lt', 'col', 'capt', 'sgt', 'officer', 'director', 'leader', 'commander', 'ambassador', 'chairman', 'ceo']);

const isPoss = (t: Token) => t.lower.endsWith("'s") || t.lower.endsWith("s'");
const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

function tokensIn(doc: Doc, r: Range): Token[] {
  // Binary search for the first token at or after r.start.
  const ts = doc.tokens;
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid]!.end <= r.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < ts.length && ts[i]!.start < r.end; i++) out.push(ts[i]!);
  return out;
}

interface Resolver {
  draft: Draft;
  /** Actor mentions sorted by start, for "nearest preceding" look-ups. */
  mentions: { start: number; actor: ActorDraft }[];
  byName: Map<string, ActorDraft>;
  /** Surname → full name ('' when none), filled lazily. */
  fullNames: Map<string, string>;
}

function indexMentions(draft: Draft): { start: number; actor: ActorDraft }[] {
  const out: { start: number; actor: ActorDraft }[] = [];
  for (const a of draft.actors) if (!a.mergedInto) for (const m of a.mentions) out.push({ start: m.start, actor: a });
  return out.sort((x, y) => x.start - y.start);
}

/** Words that may stand capitalised before a surname without being a first name. */
const NOT_FIRST_NAMES = new Set(['but', 'and', 'the', 'when', 'while', 'as', 'if', 'so', 'then', 'said', 'says', 'told', 'according', 'because', 'after', 'before', 'since', 'although', 'though', 'yet', 'or', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'of', 'new', 'north', 'south', 'east', 'west']);

/** Surname → full name: the first "Firstname Surname" in the text (one scan per surname, cached). */
function fullName(r: Resolver, surname: string): string | undefined {
  if (r.fullNames.has(surname)) return r.fullNames.get(surname) || undefined;
  const ts = r.draft.doc.tokens;
  let found = '';
  for (let i = 1; i < ts.length; i++) {
    const b = ts[i]!;
    if (b.lower !== surname) continue;
    const a = ts[i - 1]!;
    if (a.sentence !== b.sentence || b.start - a.end !== 1) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(a.text) || PERSON_TITLES.has(a.lower) || NOT_FIRST_NAMES.has(a.lower)) continue;
    // "Both Green", "When Smith": a function word is no first name.
    const at = tokenTags(r.draft.doc, a.i);
    if (at.has('Determiner') || at.has('Preposition') || at.has('Conjunction') || at.has('Adverb') || at.has('Pronoun')) continue;
    found = `${a.text} ${b.text}`;
    // "Anne Marie Cerato": a second given name.
    const z = ts[i - 2];
    if (z && z.sentence === a.sentence && a.start - z.end === 1 && /^\p{Lu}\p{Ll}+$/u.test(z.text) && !PERSON_TITLES.has(z.lower) && !NOT_FIRST_NAMES.has(z.lower)) {
      const zt = tokenTags(r.draft.doc, z.i);
      if (zt.has('FirstName')) found = `${z.text} ${found}`;
    }
    break;
  }
  r.fullNames.set(surname, found);
  return found || undefined;
}

/** The nearest actor mentioned before `pos` (within `window` characters) that passes `ok`. */
function nearestBefore(r: Resolver, pos: number, window: number, ok: (a: ActorDraft) => boolean): ActorDraft | undefined {
  const ms = r.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1, n = 0; i >= 0 && n < 200; i--, n++) {
    const m = ms[i]!;
    if (pos - m.start > window) break;
    const a = canonical(m.actor);
    if (ok(a)) return a;
  }
  return undefined;
}

function addMention(r: Resolver, a: ActorDraft, range: Range): void {
  if (!a.mentions.some((m) => m.start === range.start && m.end === range.end)) a.mentions.push(range);
  // Keep the index sorted: insert in place (sources arrive in text order, so this is near the end).
  let i = r.mentions.length;
  while (i > 0 && r.mentions[i - 1]!.start > range.start) i--;
  r.mentions.splice(i, 0, { start: range.start, actor: a });
}

function kindOf(doc: Doc, toks: Token[], headLower: string): ActorKind {
  if (toks.some((t) => MEDIA_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text))) return 'media';
  const noun = SOURCE_NOUNS[headLower];
  if (noun === 'person') return 'person';
  if (noun === 'media') return 'media';
  if (noun === 'military') return 'military';
  if (noun === 'government') return toks.length === 1 || /s$/.test(headLower) ? 'government' : 'government';
  if (noun === 'group') return 'group';
  if (noun === 'organization') return 'organization';
  const head = toks[toks.length - 1]!;
  const tags = tokenTags(doc, head.i);
  if (tags.has('Person') || PERSON_TITLES.has(toks[0]!.lower)) return 'person';
  if (tags.has('Country') || tags.has('Place')) return 'government';
  if (tags.has('Organization')) return 'organization';
  if (/^\p{Lu}/u.test(head.text)) return toks.length >= 2 && toks.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) ? 'person' : 'organization';
  return 'group';
}

const genders = new WeakMap<ActorDraft, 'm' | 'f' | ''>();

/** 'f' / 'm' from compromise's first-name lists, '' when unknown. */
function genderOf(r: Resolver, a: ActorDraft): 'm' | 'f' | '' {
  const hit = genders.get(a);
  if (hit !== undefined) return hit;
  let g: 'm' | 'f' | '' = '';
  const m = a.mentions[0];
  if (m) {
    const toks = tokensIn(r.draft.doc, m);
    const first = toks.find((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !PERSON_TITLES.has(t.lower));
    if (first) {
      const tags = tokenTags(r.draft.doc, first.i);
      g = tags.has('FemaleName') ? 'f' : tags.has('MaleName') ? 'm' : '';
    }
    if (!g) {
      const fl = toks[0]?.lower;
      if (fl === 'mrs' || fl === 'ms') g = 'f';
      else if (fl === 'mr') g = 'm';
    }
  }
  genders.set(a, g);
  return g;
}

/**
 * The nearest "Firstname Lastname" written before token i (within 300 tokens) that compromise reads as
 * a person of a compatible gender: "Dave Martell runs the clinic. … he says".
 */
function personBefore(r: Resolver, i: number, g: 'm' | 'f'): { toks: Token[]; start: number; end: number } | undefined {
  const ts = r.draft.doc.tokens;
  for (let k = i - 1; k > 0 && i - k < 300; k--) {
    const b = ts[k]!;
    const a = ts[k - 1]!;
    if (!/^\p{Lu}\p{Ll}/u.test(b.text) || !/^\p{Lu}\p{Ll}+$/u.test(a.text) || a.sentence !== b.sentence) continue;
    if (NOT_FIRST_NAMES.has(a.lower) || PERSON_TITLES.has(a.lower)) continue;
    // Subject position only ("Dave Martell, a doctor, …", "Dave Martell runs …"): not "the death of Jordan Lafond".
    const sent = r.draft.doc.sentences[a.sentence]!;
    const after = ts[k + 1];
    const subject = a.i - sent.firstToken <= 3 || (after !== undefined && after.text === ',');
    if (!subject) continue;
    const tags = tokenTags(r.draft.doc, a.i);
    if (!tags.has('FirstName') && !tags.has('Person')) continue;
    const ag = tags.has('FemaleName') ? 'f' : tags.has('MaleName') ? 'm' : '';
    if (ag && ag !== g) continue;
    return { toks: [a, b], start: a.start, end: b.end };
  }
  return undefined;
}

/** The nearest "Title Firstname Lastname" before token i (within 2,000 tokens) for a given title word. */
function titledPersonBefore(r: Resolver, i: number, title: string): { toks: Token[]; start: number; end: number } | undefined {
  const ts = r.draft.doc.tokens;
  for (let k = i - 1; k >= 0 && i - k < 2000; k--) {
    if (ts[k]!.lower !== title) continue;
    const a = ts[k + 1];
    const b = ts[k + 2];
    if (!a || !b || a.sentence !== ts[k]!.sentence || b.sentence !== a.sentence) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(a.text) || !/^\p{Lu}\p{Ll}/u.test(b.text)) continue;
    const c = ts[k + 3];
    const three = c && c.sentence === b.sentence && c.start - b.end === 1 && /^\p{Lu}\p{Ll}+$/u.test(c.text) && !NOT_FIRST_NAMES.has(c.lower);
    const toks = three ? [a, b, c] : [a, b];
    return { toks, start: a.start, end: toks[toks.length - 1]!.end };
  }
  return undefined;
}

/** Create (or reuse by name) an actor for a source phrase. */
function actorFor(r: Resolver, toks0: Token[], range0: Range): ActorDraft {
  const doc = r.draft.doc;
  let toks = toks0;
  let range = range0;
  let role: string | undefined;
  let affiliation: ActorDraft | undefined;
  // "police Chief Joseph Boinnet", "the British aid group Gatsby": the name is the final capitalised run.
  const lastTok = toks[toks.length - 1]!;
  if (toks.length > 1 && /^\p{Lu}/u.test(lastTok.text)) {
    let a = toks.length - 1;
    while (a > 0 && (/^\p{Lu}/u.test(toks[a - 1]!.text) || (toks[a - 1]!.text === '.' && a > 1))) a--;
    while (a < toks.length - 1 && (PERSON_TITLES.has(toks[a]!.lower) || toks[a]!.text === '.')) { role ??= toks[a]!.lower; a++; }
    // "State Mike Pompeo" (after "Secretary of"): drop leading words until the given name.
    while (toks.length - a > 2) {
      const tg = tokenTags(doc, toks[a]!.i);
      if (tg.has('FirstName') || tg.has('Person') || /^\p{Lu}\.?$/u.test(toks[a]!.text)) break;
      a++;
    }
    if (a > 0) {
      const lower = toks.slice(0, a).filter((t) => /^\p{Ll}/u.test(t.text) && PERSON_TITLES.has(t.lower));
      if (!role && lower.length) role = lower[lower.length - 1]!.lower;
      const hasLower = toks.slice(0, a).some((t) => /^\p{Ll}/u.test(t.text) || PERSON_TITLES.has(t.lower));
      if (hasLower && !toks.slice(a).some((t) => isPoss(t))) {
        // "Taliban spokesman Zabihullah Mujahid": a known actor named before the role is the affiliation.
        const prefix = toks.slice(0, a).filter((t) => /^\p{Lu}/u.test(t.text) && !PERSON_TITLES.has(t.lower));
        for (const t of prefix) {
          const known = r.byName.get(norm(t.text.replace(/'s$/i, '')));
          if (known) { affiliation = canonical(known); break; }
        }
        toks = toks.slice(a);
        range = { start: toks[0]!.start, end: toks[toks.length - 1]!.end };
      }
    }
  }
  // "David Rowland's": the possessive is not part of the name.
  const endTok = toks[toks.length - 1]!;
  const possCut = toks.length > 1 && isPoss(endTok) ? (endTok.lower.endsWith("'s") ? 2 : 1) : 0;
  const name0 = doc.input.slice(toks[0]!.start, endTok.end - possCut);
  const headLower = toks[toks.length - 1]!.lower;
  let kind = kindOf(doc, toks, headLower);
  // A lone capitalised word written elsewhere as "Firstname Surname" is that person.
  if (kind !== 'person' && kind !== 'media' && toks.length === 1 && /^\p{Lu}\p{Ll}/u.test(toks[0]!.text)) {
    const tags = tokenTags(doc, toks[0]!.i);
    if (!tags.has('Place') && !tags.has('Country') && fullName(r, headLower)) kind = 'person';
  }
  let name = name0;
  // A bare surname takes the full name written elsewhere ("Lonechild" → "Darian Lonechild").
  if (kind === 'person' && toks.length === 1) name = fullName(r, headLower) ?? name;
  if (kind === 'person' && toks.length > 1 && (PERSON_TITLES.has(toks[0]!.lower) || toks.every((t) => /^\p{Lu}/u.test(t.text) || t.text === '.'))) {
    const last = toks[toks.length - 1]!;
    if (/^\p{Lu}/u.test(last.text)) name = fullName(r, last.lower) ?? name;
  }
  const key = norm(name);
  const known = r.byName.get(key);
  if (known) {
    const k = canonical(known);
    addMention(r, k, range);
    if (affiliation && !k.affiliation && affiliation !== k) k.affiliation = affiliation;
    if (role && !k.role && k.kind === 'person') k.role = role;
    return k;
  }
  // A person named by surname only links to the actor whose name ends with it.
  if (kind === 'person') {
    const last = toks[toks.length - 1]!.lower;
    for (const a of r.draft.actors) {
      if (a.mergedInto || a.kind !== 'person') continue;
      if (norm(a.name).endsWith(` ${last}`) || norm(a.name) === last) { addMention(r, a, range); return a; }
    }
  }
  const actor: ActorDraft = { name, kind, aliases: name !== name0 ? [name0] : [], mentions: [], rule: 'sources/source-phrase', ...(role && kind === 'person' ? { role } : {}), ...(affiliation && affiliation.kind !== 'person' ? { affiliation } : {}) };
  r.draft.actors.push(actor);
  r.byName.set(key, actor);
  addMention(r, actor, range);
  return actor;
}

/** Strip determiners and quantity words from the front, trailing prepositional phrases from the back. */
function headOf(toks: Token[]): Token[] {
  let a = 0;
  // Only articles go: "some residents" and "two officials" keep their quantifier.
  while (a < toks.length - 1 && ARTICLES.has(toks[a]!.lower)) a++;
  let b = toks.length;
  for (let i = a + 1; i < toks.length; i++) {
    if (!PREPS.has(toks[i]!.lower)) continue;
    // "University of the Fraser Valley political scientist Hamish Telford", "Secretary of State Mike
    // Pompeo": the name comes after the phrase.
    const tail = toks.slice(i + 1);
    if (PERSON_TITLES.has(toks[i - 1]!.lower) && tail.length >= 3 && /^\p{Lu}/u.test(toks[toks.length - 1]!.text)) break;
    if (/^\p{Lu}/u.test(toks[toks.length - 1]!.text) && tail.some((t) => /^\p{Ll}/u.test(t.text) && !DETERMINERS.has(t.lower) && !PREPS.has(t.lower))) break;
    b = i;
    break;
  }
  return toks.slice(a, b);
}

function resolveSource(r: Resolver, a: AttributionDraft, previous: AttributionDraft[]): ActorDraft | undefined {
  const doc = r.draft.doc;
  const range = a.sourceRange!;
  const toks = tokensIn(doc, range);
  if (toks.length === 0) return undefined;
  // Pronouns: he/she → nearest person; it/they → nearest organisation-like actor.
  if (toks.length === 1 && PRONOUN_SOURCES[toks[0]!.lower] !== undefined) {
    const p = PRONOUN_SOURCES[toks[0]!.lower]!;
    if (toks[0]!.lower === 'i' || toks[0]!.lower === 'we') {
      // Inside a quote, "I said" is the quoted speaker: leave it.
      return undefined;
    }
    if (p === 'person') {
      const g = toks[0]!.lower === 'she' ? 'f' : 'm';
      const want = (x: ActorDraft) => x.kind === 'person' && genderOf(r, x) !== (g === 'f' ? 'm' : 'f');
      // The last speaker of that gender, unless a person was introduced as a subject since.
      let speaker: AttributionDraft | undefined;
      for (let i = previous.length - 1; i >= 0 && i >= previous.length - 40; i--) {
        const x = previous[i]!;
        if (x.source && want(x.source) && x.sourceRange && x.sourceRange.start < range.start) { speaker = x; break; }
      }
      if (speaker && range.start - speaker.sourceRange!.start > 6000) speaker = undefined;
      const named = personBefore(r, toks[0]!.i, g);
      if (named && (!speaker || named.start > speaker.sourceRange!.end)) {
        return actorFor(r, named.toks, { start: named.start, end: named.end });
      }
      return speaker?.source ?? nearestBefore(r, range.start, 3000, want);
    }
    const want = (x: ActorDraft) => x.kind !== 'person';
    return nearestBefore(r, range.start, 3000, want) ?? [...previous].reverse().find((x) => x.source && want(x.source))?.source;
  }
  let head = headOf(toks);
  if (head.length === 0) return undefined;
  // "its defense ministry": the owner is resolved separately; the phrase is its own actor.
  // "Taliban's" is one token: split the owner off so "The Taliban's government" can speak as the Taliban.
  let sIdx = head.findIndex((t) => t.text === "'s");
  if (sIdx < 0) {
    const p = head.findIndex((t, i) => i < head.length - 1 && isPoss(t));
    if (p >= 0) {
      const t = head[p]!;
      const cut = t.lower.endsWith("'s") ? 2 : 1;
      const owner: Token = { ...t, end: t.end - cut, text: t.text.slice(0, -cut), lower: t.lower.slice(0, -cut) };
      head = [...head.slice(0, p), owner, { ...t, start: t.end - cut, text: t.text.slice(-cut), lower: t.lower.slice(-cut) }, ...head.slice(p + 1)];
      sIdx = p + 1;
    }
  }
  if (sIdx > 0 && sIdx === head.length - 2 && SELF_HEADS.has(head[head.length - 1]!.lower)) head = head.slice(0, sIdx);
  const headRange = { start: head[0]!.start, end: head[head.length - 1]!.end };
  const last = head[head.length - 1]!;
  // An actor mentioned on the head word (the phrase's last word) is the speaker.
  const lastRange = { start: last.start, end: last.end };
  let best: ActorDraft | undefined;
  let bestLen = -1;
  for (const x of r.draft.actors) {
    for (const m of x.mentions) {
      if (overlaps(m, lastRange) && m.start >= range.start - 40 && m.end - m.start > bestLen) { best = x; bestLen = m.end - m.start; }
    }
  }
  if (best) return canonical(best);
  const firstLower = toks[0]!.lower;
  // "the mayor said": the person written earlier as "Mayor Doug McCallum" / "Surrey mayor Doug McCallum".
  if (head.length <= 2 && (firstLower === 'the' || POSSESSIVE_PRONOUNS.has(firstLower)) && PERSON_TITLES.has(last.lower)) {
    const titled = titledPersonBefore(r, toks[0]!.i, last.lower);
    if (titled) {
      const p = actorFor(r, titled.toks, { start: titled.start, end: titled.end });
      if (!p.role) p.role = last.lower;
      return p;
    }
  }
  // "the ministry said", "the group said": the nearest earlier actor of a compatible kind.
  if (head.length === 1 && (firstLower === 'the' || POSSESSIVE_PRONOUNS.has(firstLower)) && BACK_REFERENCE[last.lower]) {
    const kinds = BACK_REFERENCE[last.lower]!;
    const found = nearestBefore(r, range.start, 4000, (x) => kinds.includes(x.kind) && (x.kind !== 'person' || norm(x.name).includes(last.lower) || x.role === last.lower));
    if (found) return found;
  }
  // "a Pakistani military official": a person-like unnamed source, affiliated to the body it names.
  const unnamed = sIdx < 0 && !r.byName.has(norm(doc.input.slice(headRange.start, headRange.end))) ? unnamedSource(r.draft, head, headRange, r.byName) : undefined;
  if (unnamed) { r.byName.set(norm(unnamed.name), unnamed); addMention(r, unnamed, headRange); return unnamed; }
  const actor = actorFor(r, head, headRange);
  // "Pakistan's military": the owner becomes the affiliation.
  if (sIdx > 0 && !actor.affiliation && actor.mentions.length === 1) {
    const ownerToks = head.slice(0, sIdx);
    const ownerRange = { start: ownerToks[0]!.start, end: ownerToks[ownerToks.length - 1]!.end };
    const owner = r.draft.actors.find((x) => x !== actor && x.mentions.some((m) => overlaps(m, ownerRange)));
    if (owner) actor.affiliation = canonical(owner);
    else if (ownerToks.every((t) => /^\p{Lu}/u.test(t.text))) actor.affiliation = actorFor(r, ownerToks, ownerRange);
  }
  return actor;
}

export function linkSources(draft: Draft): void {
  const atts = draft.attributions.filter((a) => !a.dropped && !a.source && a.sourceRange).sort((a, b) => a.cue.start - b.cue.start);
  if (atts.length === 0) return;
  const r: Resolver = { draft, mentions: indexMentions(draft), byName: new Map(), fullNames: new Map() };
  for (const a of draft.actors) if (!a.mergedInto) r.byName.set(norm(a.name), a);
  const done: AttributionDraft[] = [];
  // Attributions sharing one source phrase ("rejected … and said") share one actor.
  const cache = new Map<string, ActorDraft | undefined>();
  for (const a of atts) {
    const key = `${a.sourceRange!.start}:${a.sourceRange!.end}`;
    const s = cache.has(key) ? cache.get(key) : resolveSource(r, a, done);
    cache.set(key, s);
    if (s) a.source = canonical(s);
    done.push(a);
  }
}
