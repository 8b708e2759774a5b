/** Merge actor mentions that name the same actor: aliases, acronyms, 'Long Name (ACR)', repeats, surnames. */
import type { ActorDraft, Draft } from '../drafts.js';
import { keyOf } from '../recognisers/gazetteer.js';
import { table } from '../lexicon/table.js';
import { startsUpper } from '../chars.js';

// How much a rule's kind is to be trusted when mentions of one actor disagree ("Taliban" is an armed
// group in the lexicon, but "the Taliban's government in Afghanistan" says it governs).
const RANK: Record<string, number> = table({
  'actors/government-in': 10, 'actors/armed-group': 8, 'actors/organization': 8, 'actors/long-name-acronym': 8, 'actors/media': 8,
  'actors/state-part': 7, 'actors/country-acting': 7, 'actors/demonym-collective': 6, 'actors/titled-name': 6,
  'actors/org-head': 5, 'actors/team-row': 6, 'actors/org-cue': 6, 'actors/group-word': 5, 'actors/lexicon-org': 4, 'actors/lexicon-person': 4,
  'actors/first-name': 4, 'actors/initial': 4, 'actors/last-name': 4, 'actors/acronym': 3, 'actors/name-with-connector': 2, 'actors/name-with-place': 2,
  'actors/name-words': 2, 'actors/speaking-name': 2, 'actors/long-name': 2, 'actors/collective': 1, 'actors/name': 0,
});
const rank = (a: ActorDraft) => (RANK[a.rule] ?? 1) + (a.role ? 3 : 0) + (a.kind === 'other' ? -5 : 0);

// Nouns naming one body of a state (not "soldiers", who are many people).
const INSTITUTIONS = new Set(['military', 'army', 'navy', 'air force', 'government', 'police', 'authorities', 'defense ministry', 'defence ministry', 'foreign ministry', 'interior ministry']);

const nameKey = (s: string) => keyOf(s.replace(/^the\s+/i, '').replace(/['\u2019]s$/i, ''));

/**
 * "Export Development Canada (EDC)" read as "Development Canada" with the alias EDC: the acronym has one
 * more initial, and the capitalised word just before the name gives it — the name takes that word back.
 */
function regainFirstWord(draft: Draft, a: ActorDraft): void {
  const acr = a.aliases.find((x) => /^\p{Lu}{3,6}$/u.test(x));
  if (!acr) return;
  const words = a.name.split(/\s+/).filter((w) => startsUpper(w));
  if (words.map((w) => w[0]).join('') !== acr.slice(1)) return;
  const input = draft.doc.input;
  for (const m of a.mentions) {
    if (input.slice(m.start, m.end) !== a.name) continue;
    const back = /(?:^|[\s(])(\p{Lu}\p{Ll}+) $/u.exec(input.slice(Math.max(0, m.start - 24), m.start));
    if (!back || back[1]![0] !== acr[0]) continue;
    a.name = `${back[1]} ${a.name}`;
    m.start -= back[1]!.length + 1;
    return;
  }
}

export function mergeActors(draft: Draft): void {
  const live = draft.actors.filter((a) => !a.mergedInto);
  for (const a of live) if (a.aliases.length > 0 && a.kind !== 'person') regainFirstWord(draft, a);
  const parent = new Map<ActorDraft, ActorDraft>(live.map((a) => [a, a]));
  const find = (a: ActorDraft): ActorDraft => {
    let x = a;
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (a: ActorDraft, b: ActorDraft) => { const ra = find(a), rb = find(b); if (ra !== rb) parent.set(rb, ra); };

  // Same name or alias (case-insensitive): one actor.
  const byKey = new Map<string, ActorDraft>();
  for (const a of live) {
    for (const n of [a.name, ...a.aliases]) {
      const k = nameKey(n);
      if (!k) continue;
      const seen = byKey.get(k);
      if (seen) union(seen, a);
      else byKey.set(k, a);
    }
  }
  // "Pakistan's military" and "the Pakistani military": one institution of one country.
  const byInstitution = new Map<string, ActorDraft>();
  for (const a of live) {
    if (!a.countryCode || (a.rule !== 'actors/state-part' && a.rule !== 'actors/demonym-collective')) continue;
    const noun = a.name.toLowerCase().split(/\s+/).slice(1).join(' ');
    if (!INSTITUTIONS.has(noun)) continue;
    const k = `${a.countryCode} ${noun}`;
    const seen = byInstitution.get(k);
    if (seen) union(seen, a); else byInstitution.set(k, a);
  }
  // "Press Patrick Bardos" (a caption run into a name) and "Patrick Bardos": a full name that ends
  // with another full name is the same person.
  const byLast = new Map<string, ActorDraft[]>();
  for (const a of live) {
    if (a.kind !== 'person') continue;
    const words = a.name.toLowerCase().split(/\s+/);
    if (words.length < 2) continue;
    const k = words[words.length - 1]!;
    const l = byLast.get(k);
    if (!l) byLast.set(k, [a]); else if (l.length < 20) l.push(a);
  }
  for (const l of byLast.values()) {
    for (const a of l) for (const b of l) {
      const an = a.name.toLowerCase(), bn = b.name.toLowerCase();
      if (an.length > bn.length && an.endsWith(` ${bn}`)) union(b, a);
    }
  }
  // "Karimi" after "Ahmad Karimi": a lone surname or first name joins the one person that has it.
  // Two people share it ("Dorie Greenspan", her husband "Michael Greenspan"): one who is called by
  // the given name alone elsewhere ("Michael") is not the one the surname names.
  const single = new Set(live.filter((a) => (a.kind === 'person' || a.kind === 'other') && !/\s/.test(a.name)).map((a) => a.name.toLowerCase()));
  const byPart = new Map<string, { actor: ActorDraft; isLast: boolean }[]>();
  for (const a of live) {
    if (a.kind !== 'person') continue;
    const words = a.name.split(/\s+/);
    if (words.length < 2) continue;
    for (const [w, isLast] of [[words[0]!.toLowerCase(), false], [words[words.length - 1]!.toLowerCase(), true]] as const) {
      const had = byPart.get(w) ?? [];
      if (!had.some((x) => find(x.actor) === find(a))) had.push({ actor: a, isLast });
      byPart.set(w, had);
    }
  }
  const firstAt = (a: ActorDraft) => a.mentions.reduce((m, r) => Math.min(m, r.start), Infinity);
  for (const a of live) {
    // A one-word name from the organisation word list ("Baxter") is a surname when a full name ends with it.
    const orgWord = a.kind === 'organization' && a.rule === 'actors/lexicon-org';
    if ((a.kind !== 'other' && a.kind !== 'person' && !orgWord) || /\s/.test(a.name)) continue;
    let p = byPart.get(a.name.toLowerCase());
    if (!p) continue;
    if (p.length > 1) {
      // Two people share the name ("Dorie Greenspan", her husband "Michael Greenspan"): one who is called by
      // the given name alone elsewhere ("Michael") is not the one the surname names; nor is one first named
      // only after the surname was already in use.
      const at = firstAt(a);
      p = p.filter((x) => !(x.isLast && single.has(x.actor.name.split(/\s+/)[0]!.toLowerCase())) && firstAt(x.actor) < at);
    }
    if (p.length !== 1) continue;
    const person = p[0]!.actor;
    if (orgWord) {
      if (!p[0]!.isLast) continue;
      a.kind = 'person';
    }
    union(person, a);
  }

  // "Suncor" after "Calgary-based Suncor Energy": a one-word name read as a person, that no person's
  // name holds, is the one company or outlet whose name opens with it ("X-based" is a description).
  for (const a of live) {
    if (a.kind !== 'organization' && a.kind !== 'media') continue;
    const bare = a.name.replace(/^[\p{L}.]+-based\s+/u, '');
    if (bare !== a.name && /\s/.test(bare)) { a.aliases.push(a.name); a.name = bare; }
  }
  const byFirst = new Map<string, ActorDraft[]>();
  for (const a of live) {
    if ((a.kind !== 'organization' && a.kind !== 'media') || !/\s/.test(a.name)) continue;
    const w = a.name.split(/\s+/)[0]!.toLowerCase();
    const l = byFirst.get(w);
    if (!l) byFirst.set(w, [a]); else if (!l.some((x) => find(x) === find(a))) l.push(a);
  }
  for (const a of live) {
    if ((a.kind !== 'person' && a.kind !== 'other') || /\s/.test(a.name) || a.role || find(a) !== a) continue;
    const w = a.name.toLowerCase();
    const orgs = byFirst.get(w);
    if (!orgs || orgs.length !== 1 || byPart.has(w)) continue;
    a.kind = orgs[0]!.kind;
    union(orgs[0]!, a);
  }

  const groups = new Map<ActorDraft, ActorDraft[]>();
  for (const a of live) {
    const r = find(a);
    const g = groups.get(r);
    if (g) g.push(a); else groups.set(r, [a]);
  }
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const best = members.reduce((b, a) => (rank(a) > rank(b) ? a : b));
    // A person's fullest name ("Ahmad Karimi", not "Karimi").
    if (best.kind === 'person' || best.kind === 'other') {
      // Among full names the most mentioned ("Patrick Bardos", not a caption's "Press Patrick Bardos"), then the longest.
      const uses = new Map<string, number>();
      for (const a of members) uses.set(a.name.toLowerCase(), (uses.get(a.name.toLowerCase()) ?? 0) + a.mentions.length);
      const score = (a: ActorDraft) => (a.kind !== 'person' ? -1 : /\s/.test(a.name) ? uses.get(a.name.toLowerCase())! * 1000 + a.name.length : a.name.length);
      const longest = members.reduce((b, a) => (score(a) > score(b) ? a : b), best);
      if (longest !== best) { best.aliases.push(best.name); best.name = longest.name; }
    }
    if (best.kind === 'other') {
      const typed = members.find((a) => a.kind !== 'other');
      if (typed) best.kind = typed.kind;
    }
    for (const a of members) {
      if (a === best) continue;
      best.mentions.push(...a.mentions);
      best.aliases.push(...a.aliases, a.name);
      best.role ??= a.role;
      if (a.affiliation && !best.affiliation) best.affiliation = a.affiliation;
      best.countryCode ??= a.countryCode;
      a.mergedInto = best;
    }
    best.aliases = [...new Set(best.aliases)].filter((x) => x !== best.name);
  }
  expandAcronyms(draft);
  // A capitalised word we could not type and that is never repeated ("I'm", "Consumers") is noise, not an actor.
  for (const a of live) {
    if (!a.mergedInto && a.kind === 'other' && a.mentions.length < 2 && !a.role) a.mentions = [];
  }
}

const LINKS = new Set(['and', 'of', 'for', 'on', 'the', '&']);

/**
 * "IRCC" with no long form among the actors: the capitalised run in the text whose initials spell it
 * ("Immigration, Refugees and Citizenship Canada"; linking words and commas inside are skipped). Three
 * letters at least, one run per acronym; the runs are indexed once per document.
 */
function expandAcronyms(draft: Draft): void {
  const acronyms = draft.actors.filter((a) => !a.mergedInto && a.rule === 'actors/acronym' && /^\p{Lu}{3,6}$/u.test(a.name) && a.aliases.length === 0);
  if (acronyms.length === 0) return;
  const want = new Set(acronyms.map((a) => a.name));
  const found = new Map<string, string>();
  const ts = draft.doc.tokens;
  const isCapWord = (i: number) => /^\p{Lu}\p{Ll}/u.test(ts[i]!.text);
  for (let i = 0; i < ts.length; i++) {
    if (!isCapWord(i) || (i > 0 && ts[i - 1]!.sentence === ts[i]!.sentence && isCapWord(i - 1) && !/^(?:The|A|An)$/.test(ts[i - 1]!.text))) continue;
    // One run of capitalised words from i (with linking words and commas between them), at most 10 tokens.
    let initials = '';
    for (let j = i; j < ts.length && j - i < 10 && ts[j]!.sentence === ts[i]!.sentence; j++) {
      const t = ts[j]!;
      if (isCapWord(j)) { initials += t.text[0]!; if (want.has(initials) && !found.has(initials)) found.set(initials, draft.doc.input.slice(ts[i]!.start, t.end)); continue; }
      if (LINKS.has(t.lower) || t.text === ',') continue;
      break;
    }
  }
  for (const a of acronyms) {
    const long = found.get(a.name);
    if (!long || long.split(/\s+/).length < 3) continue;
    a.aliases.push(a.name);
    a.name = long.replace(/^The\s+/, '');
  }
}
