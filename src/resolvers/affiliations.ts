/**
 * Who belongs to whom: parts of a state ("Pakistan's military", "Afghan authorities") belong to that
 * country's government when the article has one as an actor, and an unnamed official ("a Pakistani
 * military official", "police officials") belongs to the body its modifiers name. So a spokesman's
 * claims and his organisation's claims resolve to one top actor (lookup.rootActor).
 */
import { actorDraft, canonical, type ActorDraft, type Draft, type Range } from '../drafts.js';
import type { Token } from '../doc.js';
import { DEMONYM_INDEX, keyOf, PLACE_INDEX } from '../recognisers/gazetteer.js';
import { UNNAMED_SOURCES } from '../lexicon/actors.js';
import { governmentOf } from './capitals.js';
import { startsLower, startsUpper } from '../chars.js';

const STATE_RULES = new Set(['actors/state-part', 'actors/demonym-collective']);
// Bodies of a state an official can speak for, as written before the head noun: "military official".
const INSTITUTIONS = new Set(['military', 'army', 'navy', 'police', 'government', 'ministry', 'security', 'intelligence', 'border', 'defense', 'defence', 'foreign', 'interior', 'health', 'air', 'forces']);

/** Parts of a state without an owner join the country's government, when the article names one. */
export function linkStateParts(draft: Draft): void {
  const govs = new Map<string, ActorDraft>();
  for (const a of draft.actors) {
    if (a.mergedInto || a.kind !== 'government' || !a.countryCode || STATE_RULES.has(a.rule) || a.mentions.length === 0) continue;
    if (!govs.has(a.countryCode)) govs.set(a.countryCode, a);
  }
  if (govs.size === 0) return;
  for (const a of draft.actors) {
    if (a.mergedInto || a.affiliation || !a.countryCode || !STATE_RULES.has(a.rule)) continue;
    if (a.kind !== 'military' && a.kind !== 'government') continue;
    const g = govs.get(a.countryCode);
    if (g && canonical(g) !== a) a.affiliation = canonical(g);
  }
}

/**
 * An unnamed person-like source: "Pakistani military official" → a person (group when plural) with the
 * role of its head noun, affiliated to Pakistan's military if the article has it, else to Pakistan's
 * government. Undefined when the phrase's head is not such a noun.
 */
export function unnamedSource(draft: Draft, head: Token[], range: Range, byName: Map<string, ActorDraft>): ActorDraft | undefined {
  const last = head[head.length - 1]!;
  const noun = UNNAMED_SOURCES[last.lower];
  if (!noun || !startsLower(last.text)) return undefined;
  const mods = head.slice(0, -1);
  let code: string | undefined;
  let codeTok: Token | undefined;
  let owner: ActorDraft | undefined;
  const bodies: string[] = [];
  for (const t of mods) {
    const w = t.lower.replace(/['\u2019]s?$/, '');
    const k = keyOf(w);
    const c = DEMONYM_INDEX.get(k) ?? (PLACE_INDEX.get(k)?.kind === 'country' ? PLACE_INDEX.get(k)!.countryCode : undefined);
    if (c && !code) { code = c; codeTok = t; }
    if (INSTITUTIONS.has(w)) bodies.push(w);
    else if (startsUpper(t.text)) {
      const known = byName.get(w);
      if (known && canonical(known).kind !== 'person') owner ??= canonical(known);
    }
  }
  // The body itself: "military" → an actor of that country (or that owner) whose name holds the word.
  const body = bodies.find((b) => b !== 'air' && b !== 'border' && b !== 'security') ?? bodies[0];
  let affiliation: ActorDraft | undefined;
  if (body) {
    affiliation = draft.actors.find((a) => !a.mergedInto && a.kind !== 'person' && a.mentions.length > 0 && a.mentions[0]!.start < range.start &&
      a.name.toLowerCase().includes(body) && (code ? a.countryCode === code : owner ? canonical(a.affiliation ?? a) === owner : true));
  }
  if (!affiliation && !owner && code && codeTok) {
    // The country's government, named here through its demonym when the article has no other mention of it.
    const g = governmentOf(draft, code, 'sources/unnamed-affiliation');
    if (g.mentions.length === 0) g.mentions.push({ start: codeTok.start, end: codeTok.end - (codeTok.text.match(/['\u2019]s?$/)?.[0].length ?? 0) });
    affiliation = g;
  }
  affiliation ??= owner;
  const name = draft.doc.input.slice(range.start, range.end);
  const role = noun.role;
  const actor = actorDraft({
    name, kind: noun.plural ? 'group' : 'person', aliases: [], mentions: [{ ...range }], rule: 'sources/unnamed-source',
    role, affiliation: affiliation ? canonical(affiliation) : undefined, countryCode: code,
  });
  draft.actors.push(actor);
  return actor;
}
