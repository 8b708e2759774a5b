/**
 * recognise actors: one draft per mention; resolvers merge aliases and link roles.
 * Pass 1 finds names (lexicon groups and outlets, countries acting, "X's military", demonym +
 * collective noun, capitalised names, "Long Name (ACR)"); pass 2 reads role words around them
 * ("Taliban spokesman Ahmad Karimi", "Karimi, the Taliban's spokesman").
 */
import type { Doc, Sentence } from '../doc.js';
import { actorDraft, type ActorDraft } from '../drafts.js';
import type { ActorKind } from '../schema.js';
import {
  ARMED_GROUP_WORDS, COLLECTIVES, ORG_APPOSITIVES, ORG_OF_NOUNS, ORG_POSSESSIONS, NAME_CONNECTORS, DATE_WORDS, NON_NAME_WORDS, NOT_ACTOR_HEADS, NOT_ORG_ACRONYMS, ORG_HEADS, ROLES, STANCE_NOUNS, STATE_PARTS,
  SUBJECT_VERBS, TITLES,
} from '../lexicon/actors.js';
import { PLACE_HEADS } from '../lexicon/places.js';
import { lexiconTags } from '../read.js';
import { teamNames } from './teams.js';
import {
  baseLower, caseMode, COUNTRY_NAME, isWord, DEMONYM_INDEX, keyOf, ORG_INDEX, GROUP_INDEX, isCap, matchAt, MEDIA_INDEX, nameEnd, nameEndChar,
  PLACE_INDEX, possessiveOf,
} from './gazetteer.js';
import { startsLetter, startsLower } from '../chars.js';

// A country after these is an object or a place, not an acting subject: "in Afghanistan has claimed".
const OBJECT_WORDS = new Set(['in', 'of', 'from', 'to', 'with', 'into', 'at', 'on', 'near', 'across', 'against', 'between', 'and', 'for', 'by', 'inside', 'within', 'toward', 'towards']);
const OWNER_WORDS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

// Titles that are also ordinary words of names: "General Motors", "Major League", "Chief Executive".
const RANK_WORDS = new Set(['general', 'major', 'captain', 'chief', 'secretary', 'father', 'justice', 'lord', 'lady', 'director', 'head', 'marshal']);
const PLACE_PREFIXES = new Set(['san', 'santa', 'santo', 'sao', 'st', 'saint', 'fort', 'port', 'mount', 'lake', 'cape', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater', 'new']);
const isCommonWord = (w: string) => {
  const tg = lexiconTags(w);
  return tg.some((x) => COMMON_TAGS.has(x)) && !tg.some((x) => PERSON_TAGS.has(x) || x === 'LastName');
};
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'asked', 'replied', 'insisted', 'stressed', 'wrote', 'recalled', 'explained', 'admitted', 'denied']);
const TITLE_CASE_RULES = new Set(['actors/initial', 'actors/first-name', 'actors/last-name', 'actors/lexicon-person', 'actors/lexicon-org', 'actors/org-head', 'actors/titled-name']);

interface Found { from: number; to: number; draft: ActorDraft }

/** Words written capitalised inside body sentences (not first in them), lower-cased: one pass per document. */
function bodyNameWords(doc: Doc): Set<string> {
  let w = doc.memo.bodyWords;
  if (w) return w;
  w = doc.memo.bodyWords = new Set();
  for (const s of doc.sentences) {
    if (s.kind === 'heading') continue;
    for (let k = s.firstToken + 1; k < s.lastToken; k++) {
      const tok = doc.tokens[k]!;
      if (isCap(tok) && !/^[*"'(\-:]$/.test(doc.tokens[k - 1]!.text)) w.add(baseLower(tok));
    }
  }
  return w;
}

// Roles held in companies and clubs: "Cofinec CEO Stephen Frater" (not "Agriculture Secretary Dan Glickman").
const BUSINESS_ROLES = new Set(['ceo', 'chairman', 'chairwoman', 'coach', 'manager', 'founder', 'cfo', 'executive']);
// Kinds given on weak evidence (capitalisation alone): an organisation cue beside the name overrides them.
const WEAK_RULES = new Set(['actors/name', 'actors/name-words', 'actors/speaking-name']);

/**
 * Words beside a name [from, to) that say it is an organisation: "tyre giant Pirelli", "the Brewers",
 * "Pirelli's cables division", "Cofinec shares", "Deportivo chairman Augusto Lendoiro", "shares in Cofinec".
 */
function orgCue(doc: Doc, s: Sentence, from: number, to: number): boolean {
  const t = doc.tokens;
  const prev = from > s.firstToken ? t[from - 1] : undefined;
  const next = to < s.lastToken ? t[to] : undefined;
  const single = to - from === 1;
  const poss = possessiveOf(t[to - 1]!) !== '';
  if (prev && startsLower(prev.text) && ORG_APPOSITIVES.has(prev.lower)) return true;
  // "the Brewers", "the Springboks": a capitalised plural that is no people and no place names a team or band.
  if (single && prev?.lower === 'the' && /\p{Ll}[^aiusu']s$/u.test(t[from]!.text) && lexiconTags(t[from]!.lower).length === 0 &&
    !lexiconTags(t[from]!.lower.slice(0, -1)).some((x) => PERSON_TAGS.has(x) || x === 'LastName')) return true;
  if (next && single && poss) {
    if (ORG_POSSESSIONS.has(next.lower)) return true;
    const n2 = to + 1 < s.lastToken ? t[to + 1]! : undefined;
    if (n2 && startsLower(next.text) && ORG_POSSESSIONS.has(n2.lower)) return true;
  }
  if (next && !poss && (next.lower === 'shares' || next.lower === 'stock' || next.lower === 'shareholders')) return true;
  // "Reds manager Ray Knight": a name, a role, then the person who holds it.
  if (next && !poss && startsLower(next.text) && ROLES[next.lower] && to + 1 < s.lastToken && isCap(t[to + 1]!)) return true;
  if (prev && (prev.lower === 'in' || prev.lower === 'of') && from - 2 >= s.firstToken && ORG_OF_NOUNS.has(t[from - 2]!.lower)) return true;
  return false;
}

const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);
const NOT_ACTOR_TAGS = new Set(['City', 'Region', 'Country', 'Place', 'Demonym', 'Month', 'WeekDay', 'Currency', 'Unit', 'Holiday', 'Language']);
// Tags of ordinary words: a capitalised sentence-initial word with one of these is not a name.
const COMMON_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Adjective', 'Verb', 'PastTense', 'PresentTense',
  'Infinitive', 'Gerund', 'Participle', 'Plural', 'Singular', 'Noun', 'Uncountable', 'Comparative', 'Superlative',
  'Expression', 'Modal', 'Copula', 'Auxiliary', 'QuestionWord', 'Value', 'Cardinal', 'Ordinal', 'PhrasalVerb', 'Actor',
]);

const textOf = (doc: Doc, from: number, to: number) => doc.text.slice(doc.tokens[from]!.start, nameEndChar(doc, to));
const range = (doc: Doc, from: number, to: number) => ({ start: doc.tokens[from]!.start, end: nameEndChar(doc, to) });

function make(doc: Doc, from: number, to: number, name: string, kind: ActorKind, rule: string, extra: Partial<ActorDraft> = {}): ActorDraft {
  return actorDraft({ name, kind, aliases: [], mentions: [range(doc, from, to)], rule, ...extra });
}

// First words of each table's keys: most tokens are rejected with one Set look-up, no string building.
const firstWords = new WeakMap<object, Set<string>>();
function firstWordsOf(table: Readonly<Record<string, unknown>>): Set<string> {
  let f = firstWords.get(table);
  if (!f) firstWords.set(table, (f = new Set(Object.keys(table).map((k) => k.split(' ')[0]!))));
  return f;
}

/** Up to two words after i that form a key of `table` ("defense ministry", "military"). */
function phraseIn<T>(doc: Doc, s: Sentence, i: number, table: Readonly<Record<string, T>>): { end: number; key: string } | undefined {
  const t = doc.tokens;
  if (i >= s.lastToken) return undefined;
  const first = firstWordsOf(table);
  if (!first.has(t[i]!.lower) && !first.has(baseLower(t[i]!))) return undefined;
  if (i + 1 < s.lastToken) {
    const two = `${t[i]!.lower} ${baseLower(t[i + 1]!)}`;
    if (Object.prototype.hasOwnProperty.call(table, two)) return { end: i + 2, key: two };
  }
  const one = baseLower(t[i]!);
  return Object.prototype.hasOwnProperty.call(table, one) ? { end: i + 1, key: one } : undefined;
}

/** The token after a name, skipping one comma-delimited aside: "Pakistan, however, rejected". */
function nextAfterAside(doc: Doc, s: Sentence, i: number): number {
  const t = doc.tokens;
  if (i < s.lastToken && t[i]!.text === ',') {
    for (let j = i + 1; j < s.lastToken && j <= i + 6; j++) if (t[j]!.text === ',') return j + 1;
  }
  return i;
}

const isVerbAt = (doc: Doc, s: Sentence, i: number) => i < s.lastToken && SUBJECT_VERBS.has(doc.tokens[i]!.lower);

/** "(TTP)" right after token `to`: the acronym's token index, or -1. */
function acronymAfter(doc: Doc, s: Sentence, to: number): number {
  const t = doc.tokens;
  if (to + 2 < s.lastToken && t[to]!.text === '(' && t[to + 2]!.text === ')' && /^\p{Lu}[\p{Lu}\p{N}-]{1,7}$/u.test(t[to + 1]!.text)) return to + 1;
  return -1;
}

const STATE_LEADS = new Set(['national', 'federal', 'state']);
const STATE_AGENCY_HEADS = new Set(['agency', 'commission', 'bureau', 'authority', 'administration', 'board', 'directorate']);
// Words of political movements: an "army" named with them is a non-state armed group ("Democratic Alliance Army").
const MOVEMENT_WORDS = new Set(['alliance', 'democratic', 'revolutionary', 'republican', 'resistance', 'independence', 'salvation', 'patriotic', 'solidarity']);
const movementArmy = (doc: Doc, from: number, to: number) => {
  for (let k = from; k < to; k++) if (MOVEMENT_WORDS.has(doc.tokens[k]!.lower)) return true;
  return false;
};

/** The kind of a capitalised name [from, to), or null when it is not an actor (a month, a place). */
function classify(doc: Doc, from: number, to: number): { kind: ActorKind; rule: string } | null {
  const t = doc.tokens;
  const n = to - from;
  const head = baseLower(t[to - 1]!);
  if (NOT_ACTOR_HEADS.has(head) || PLACE_HEADS[head]) return null;
  // "South Korean", "New York-based": adjectives of places.
  if (DEMONYM_INDEX.has(head) || DEMONYM_INDEX.has(keyOf(doc.text.slice(t[from]!.start, t[to - 1]!.end))) || /-(?:based|born|led|backed|listed|made)$/.test(head)) return null;
  if (n > 2 && head === 'army' && movementArmy(doc, from, to)) return { kind: 'armed_group', rule: 'actors/group-word' };
  // "National Emergency Management Agency", "Federal Aviation Administration": a state's own agency.
  if (n > 2 && STATE_AGENCY_HEADS.has(head) && STATE_LEADS.has(baseLower(t[from]!))) return { kind: 'government', rule: 'actors/org-head' };
  if (n > 1 && ORG_HEADS[head]) return { kind: ORG_HEADS[head]!, rule: 'actors/org-head' };
  // "Department of Disaster Management", "Ministry of Interior": a head word then "of" names that body.
  const lead = baseLower(t[from]!);
  if (n > 2 && ORG_HEADS[lead] && (t[from + 1]!.lower === 'of' || t[from + 1]!.lower === 'on' || t[from + 1]!.lower === 'for')) return { kind: ORG_HEADS[lead]!, rule: 'actors/org-head' };
  const words = [];
  for (let k = from; k < to; k++) words.push(baseLower(t[k]!));
  if (words.some((w) => ARMED_GROUP_WORDS.has(w)) && n > 1) return { kind: 'armed_group', rule: 'actors/group-word' };
  const firstTags = lexiconTags(words[0]!);
  if (n === 1) {
    if (DATE_WORDS.has(words[0]!)) return null;
    // "Pakistan-Afghanistan", "Kabul-based": a compound of a place is not an actor.
    if (t[from]!.text.includes('-') && t[from]!.text.split('-').some((part) => PLACE_INDEX.has(part.toLowerCase()) || DEMONYM_INDEX.has(part.toLowerCase()))) return null;
    if (firstTags.some((x) => NOT_ACTOR_TAGS.has(x))) return null;
    if (firstTags.includes('Organization') || firstTags.includes('SportsTeam')) return { kind: 'organization', rule: 'actors/lexicon-org' };
    if (firstTags.some((x) => PERSON_TAGS.has(x) || x === 'LastName')) return { kind: 'person', rule: 'actors/lexicon-person' };
    const bare = t[from]!.text.replace(/'s$/, '');
    if (/^\p{Lu}[\p{Lu}&]{1,5}$/u.test(bare) && !NOT_ORG_ACRONYMS.has(bare.toLowerCase())) return { kind: 'organization', rule: 'actors/acronym' };
    if (ORG_HEADS[head]) return null; // "Police", "Parliament" alone: a collective, not a name
    return { kind: 'other', rule: 'actors/name' };
  }
  if (firstTags.some((x) => PERSON_TAGS.has(x))) return { kind: 'person', rule: 'actors/first-name' };
  if (words.some((w) => lexiconTags(w).includes('LastName'))) return { kind: 'person', rule: 'actors/last-name' };
  if (words.some((w) => NAME_CONNECTORS.has(w))) return { kind: 'organization', rule: 'actors/name-with-connector' };
  // "Air France", "Real Madrid": a name built on a place names an organisation, not a person.
  if (words.some((w) => PLACE_INDEX.has(w))) return { kind: 'organization', rule: 'actors/name-with-place' };
  // "San Andreas", "Port Said", "Nintendo DS": shapes of place and product names, not people.
  if (PLACE_PREFIXES.has(words[0]!) || /^\p{Lu}{2,}$/u.test(t[to - 1]!.text)) return { kind: 'other', rule: 'actors/name' };
  // "M. Butcher", "C. Lewis": an initial then a word.
  if (/^\p{Lu}$/u.test(t[from]!.text) && t[from + 1]?.text === '.' && n >= 3) return { kind: 'person', rule: 'actors/initial' };
  // "Human Rights", "Purchasing Managers": a name ending in an ordinary word is not a person's.
  const lastTags = lexiconTags(head);
  if (lastTags.some((x) => COMMON_TAGS.has(x)) && !lastTags.some((x) => PERSON_TAGS.has(x) || x === 'LastName')) {
    return { kind: 'other', rule: 'actors/name' };
  }
  if (n <= 3) return { kind: 'person', rule: 'actors/name-words' };
  return { kind: 'organization', rule: 'actors/long-name' };
}

function sentenceActors(doc: Doc, s: Sentence, out: Found[]): void {
  const t = doc.tokens;
  const mode = caseMode(doc, s);
  const push = (from: number, to: number, draft: ActorDraft) => { out.push({ from, to, draft }); return draft; };

  /** "X's military", "X's defense ministry": a part of X's state, affiliated to X. */
  const statePart = (from: number, nameTo: number, owner: ActorDraft | undefined, countryCode: string | undefined): number => {
    const part = phraseIn(doc, s, nameTo, STATE_PARTS);
    if (!part) return nameTo;
    push(from, part.end, make(doc, from, part.end, textOf(doc, from, part.end), STATE_PARTS[part.key]!, 'actors/state-part', {
      affiliation: owner, countryCode: countryCode || undefined,
    }));
    return part.end;
  };

  // In a heading, a name nobody knows must also be written in the body: "Wang Donghai", not "Clashes Escalate".
  const inBody = (from: number, to: number) => {
    const words = bodyNameWords(doc);
    for (let k = from; k < to; k++) if (isWord(t[k]!) && !words.has(baseLower(t[k]!))) return false;
    return true;
  };
  // Words compromise does not know at all: "Costantino Rocca", not "Clashes Escalate".
  const allUnknown = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (lexiconTags(baseLower(t[k]!)).length > 0) return false;
    return true;
  };
  // A results or list line ("285 Costantino Rocca (Italy) 71 73"), not a section heading.
  let table: boolean | undefined;
  const tableLine = () => {
    if (table === undefined) {
      table = false;
      for (let k = s.firstToken; k < s.lastToken && !table; k++) if (/^[\d(,]/.test(t[k]!.text)) table = true;
    }
    return table;
  };
  // ALL CAPS: up to three words after k that are no ordinary English words ("JAMES MWANGI"), or k.
  const capsNameEnd = (k: number) => {
    let j = k;
    while (j < s.lastToken && j < k + 3) {
      const w = t[j]!;
      if (!startsLetter(w.text) || NON_NAME_WORDS.has(w.lower) || SUBJECT_VERBS.has(w.lower) || ROLES[w.lower] || TITLES.has(w.lower)) break;
      if (PLACE_INDEX.has(w.lower) || DEMONYM_INDEX.has(w.lower)) break;
      const tg = lexiconTags(w.lower);
      if (tg.length > 0 && !tg.some((x) => PERSON_TAGS.has(x) || x === 'LastName')) break;
      j++;
    }
    return j - k >= 2 ? j : k;
  };
  /** ALL CAPS wire copy: "CAPTAIN JAMES MWANGI", "..., ABDI NOOR HASSAN, TOLD": a name after a title, or set off by commas before a speech verb. */
  const capsPerson = (k: number): number | undefined => {
    const w = t[k]!.lower;
    if (TITLES.has(w) || ROLES[w]) {
      const e = capsNameEnd(k + 1);
      if (e === k + 1 || (e < s.lastToken && t[e]!.text !== ',' && !SUBJECT_VERBS.has(t[e]!.lower))) return undefined;
      const d = make(doc, k + 1, e, textOf(doc, k + 1, e), 'person', 'actors/titled-name', { role: ROLES[w] ?? w });
      push(k, e, d);
      return e;
    }
    if (k > s.firstToken && t[k - 1]!.text === ',') {
      const e = capsNameEnd(k);
      if (e === k || e + 1 >= s.lastToken || t[e]!.text !== ',' || !SPEECH_VERBS.has(t[e + 1]!.lower)) return undefined;
      push(k, e, make(doc, k, e, textOf(doc, k, e), 'person', 'actors/caps-apposition'));
      return e;
    }
    return undefined;
  };
  // "Andy Colquhoun" alone on a line under the headline: the byline.
  const byline = (from: number, to: number) => s.index >= 1 && s.index < 4 && doc.sentences[s.index - 1]!.kind === 'heading' && from === s.firstToken && to === s.lastToken && to - from >= 2;
  let i = s.firstToken;
  let pendingAffiliation: ActorDraft | undefined;
  const teams = teamNames(doc);
  while (i < s.lastToken) {
    const tok = t[i]!;
    pendingAffiliation = undefined;
    // "Orrell 13 Bath 56": a team on a results or standings line.
    const team = teams.get(i);
    if (team !== undefined) {
      push(i, team, make(doc, i, team, textOf(doc, i, team), 'organization', 'actors/team-row'));
      i = team;
      continue;
    }
    const first = i === s.firstToken || /^[*"'(\-:]$/.test(t[i - 1]!.text);
    // Armed groups and outlets from the lexicon.
    const g = matchAt(doc, s, i, GROUP_INDEX);
    if (g) {
      const info = g.value;
      const d = push(i, g.end, make(doc, i, g.end, info.name, 'armed_group', 'actors/armed-group', {
        aliases: [...new Set([textOf(doc, i, g.end)])], ...(info.countryCode ? { countryCode: info.countryCode } : {}),
      }));
      let next = g.end;
      // "The Taliban's government in Afghanistan": the group governs that country.
      if (g.possessive && t[next]?.lower === 'government' && t[next + 1]?.lower === 'in' && next + 2 < s.lastToken) {
        const c = matchAt(doc, s, next + 2, PLACE_INDEX);
        if (c && c.value.kind === 'country') {
          d.kind = 'government';
          d.countryCode = c.value.countryCode!;
          d.rule = 'actors/government-in';
        }
      } else if (g.possessive) next = statePart(i, g.end, d, undefined);
      const acr = acronymAfter(doc, s, g.end);
      if (acr >= 0) { d.aliases.push(t[acr]!.text); d.mentions.push({ start: t[acr]!.start, end: t[acr]!.end }); next = acr + 2; }
      i = next;
      continue;
    }
    const o = matchAt(doc, s, i, ORG_INDEX);
    if (o && (mode !== 'mixed' || nameEnd(doc, s, i) <= o.end)) {
      const d = push(i, o.end, make(doc, i, o.end, o.value.name, o.value.kind, 'actors/organization'));
      i = o.possessive ? statePart(i, o.end, d, undefined) : o.end;
      continue;
    }
    const m = matchAt(doc, s, i, MEDIA_INDEX);
    if (m) { push(i, m.end, make(doc, i, m.end, m.value, 'media', 'actors/media')); i = m.end; continue; }

    const chunkEnd = mode === 'mixed' || mode === 'title' ? nameEnd(doc, s, i) : i;
    const p = matchAt(doc, s, i, PLACE_INDEX);
    let orgChunk = chunkEnd > (p?.end ?? i) && ORG_HEADS[baseLower(t[chunkEnd - 1]!)] !== undefined && !PLACE_HEADS[baseLower(t[chunkEnd - 1]!)];
    // "Kenya National Commission on Human Rights": a head word then "on"/"of" inside the name.
    for (let k = p?.end ?? i; p && !orgChunk && k < chunkEnd - 2; k++) {
      if (ORG_HEADS[t[k]!.lower] && !PLACE_HEADS[t[k]!.lower] && (t[k + 1]!.lower === 'on' || t[k + 1]!.lower === 'of')) orgChunk = true;
    }
    if (p && !orgChunk) {
      const cc = p.value.kind === 'country' ? p.value.countryCode : undefined;
      if (cc) {
        // "Pakistan's military"; "Pakistan, however, rejected"; "Pakistan's position".
        const name = COUNTRY_NAME.get(cc) === p.value.name ? p.value.name : p.value.name;
        const gov = () => push(i, p.end, make(doc, i, p.end, name, 'government', 'actors/country-acting', { countryCode: cc }));
        if (p.possessive) {
          const after = statePart(i, p.end, undefined, cc);
          if (after > p.end) { i = after; continue; }
          if (STANCE_NOUNS.has(baseLower(t[p.end] ?? tok))) gov();
        } else if (!OBJECT_WORDS.has(t[i - 1]?.lower ?? '') && isVerbAt(doc, s, nextAfterAside(doc, s, p.end))) gov();
        else {
          // "US officials", "Pakistan army": a country name used as a modifier of a collective.
          const c = phraseIn(doc, s, p.end, COLLECTIVES);
          if (c && startsLower(t[p.end]!.text)) {
            push(i, c.end, make(doc, i, c.end, textOf(doc, i, c.end), COLLECTIVES[c.key]!, 'actors/demonym-collective', { countryCode: cc }));
            i = c.end;
            continue;
          }
        }
      }
      i = p.end;
      continue;
    }
    // "Afghan forces", "Pakistani security forces", "Afghan authorities".
    const dm = DEMONYM_INDEX.has(baseLower(tok)) && (mode !== 'mixed' || isCap(tok)) ? DEMONYM_INDEX.get(baseLower(tok)) : undefined;
    if (dm && !possessiveOf(tok)) {
      let k = i + 1;
      let c = phraseIn(doc, s, k, COLLECTIVES);
      if (!c && k + 1 < s.lastToken && startsLower(t[k]!.text)) c = phraseIn(doc, s, ++k, COLLECTIVES);
      if (c) {
        push(i, c.end, make(doc, i, c.end, textOf(doc, i, c.end), COLLECTIVES[c.key]!, 'actors/demonym-collective', { countryCode: dm }));
        i = c.end;
        continue;
      }
      i++;
      continue;
    }
    // Unnamed collectives that act or are counted: "police said", "12 gunmen".
    const col = phraseIn(doc, s, i, COLLECTIVES);
    if (col && startsLower(tok.text) && !possessiveOf(t[col.end - 1]!) && !OWNER_WORDS.has(t[i - 1]?.lower ?? '')) {
      const prev = i > s.firstToken ? t[i - 1]! : undefined;
      const counted = prev !== undefined && /^\p{N}/u.test(prev.text);
      if (counted || isVerbAt(doc, s, col.end)) {
        // "Taliban officials": the collective belongs to the actor named right before it.
        const owner = out.length > 0 && out[out.length - 1]!.to === i && out[out.length - 1]!.draft.kind !== 'person' ? out[out.length - 1]!.draft : undefined;
        push(i, col.end, make(doc, i, col.end, textOf(doc, i, col.end), COLLECTIVES[col.key]!, 'actors/collective', owner ? { affiliation: owner } : {}));
      }
      i = col.end;
      continue;
    }
    if (mode === 'upper') {
      const caps = capsPerson(i);
      if (caps) { i = caps; continue; }
    }
    if (chunkEnd === i) { i++; continue; }
    let from = i;
    const to = chunkEnd;
    if (NON_NAME_WORDS.has(tok.lower)) { i++; continue; }
    // "Later Karimi added": an ordinary word capitalised only because it starts the sentence.
    if (first && to - from > 1) {
      const tags = lexiconTags(baseLower(tok));
      if (tags.some((x) => COMMON_TAGS.has(x)) && !tags.some((x) => PERSON_TAGS.has(x) || x === 'LastName') && !ROLES[tok.lower] && !TITLES.has(tok.lower) && !ORG_HEADS[tok.lower] && !ROLES[`${tok.lower} ${t[i + 1]!.lower}`]) { i++; continue; }
    }
    // Titles and capitalised roles before a name: "Foreign Minister Ishaq Dar", "Mr Sharif".
    let role: string | undefined;
    while (from < to - 1) {
      const r = phraseIn(doc, s, from, ROLES);
      const w = baseLower(t[from]!).replace(/\.$/, '');
      if (r && r.end < to) { role = ROLES[r.key]; from = r.end; continue; }
      if (TITLES.has(w)) { from++; if (t[from]?.text === '.') from++; continue; }
      break;
    }
    // "General Motors", "Major League": a title word before an ordinary word is part of a name.
    if (from > i && from < to && RANK_WORDS.has(baseLower(t[i]!)) && (isCommonWord(baseLower(t[from]!)) || (to - from === 1 && /s$/.test(t[from]!.lower) && lexiconTags(baseLower(t[from]!)).length === 0))) {
      from = i;
      role = undefined;
    }
    // "Bosnian President Alija Izetbegovic", "Education Minister Nagoum Yamassoum": a role inside the name.
    for (let r = to - 2; r > from; r--) {
      const w = baseLower(t[r]!);
      if (ROLES[w] === undefined && !TITLES.has(w)) continue;
      let owner = classify(doc, from, r);
      // "Cofinec CEO Stephen Frater": a word nobody knows before a role is the employer.
      if (owner?.kind === 'other' && r - from === 1 && BUSINESS_ROLES.has(baseLower(t[r]!)) && lexiconTags(baseLower(t[from]!)).length === 0 && !DEMONYM_INDEX.has(baseLower(t[from]!))) owner = { kind: 'organization', rule: 'actors/org-cue' };
      if (owner && owner.kind !== 'person' && owner.kind !== 'other') {
        const od = push(from, r, make(doc, from, r, textOf(doc, from, r), owner.kind, owner.rule));
        pendingAffiliation = od;
      }
      role = ROLES[w] ?? role;
      from = r + 1;
      break;
    }
    if (from >= to) { i = to; continue; }
    // Sentence-initial ordinary words: "Trailing by 213", "Independent verification".
    if (first && from === i && to - from === 1 && lexiconTags(baseLower(tok)).some((x) => COMMON_TAGS.has(x))) { i = to; continue; }
    const acr = acronymAfter(doc, s, to);
    let cls = role || from > i ? { kind: 'person' as ActorKind, rule: 'actors/titled-name' } : classify(doc, from, to);
    if (acr >= 0 && cls) {
      const words = [];
      for (let k = from; k < to; k++) words.push(baseLower(t[k]!));
      cls = words.some((w) => ARMED_GROUP_WORDS.has(w)) || (words[words.length - 1] === 'army' && movementArmy(doc, from, to)) ? { kind: 'armed_group', rule: 'actors/long-name-acronym' }
        : { kind: ORG_HEADS[words[words.length - 1]!] ?? 'organization', rule: 'actors/long-name-acronym' };
    }
    // In a Title Case heading or table row every word is capitalised: only strong evidence names someone.
    // (A rejected Title Case run is re-read from its next word: "Claims Pakistani Troops Killed".)
    if (!cls || (mode === 'title' && !TITLE_CASE_RULES.has(cls.rule) && !(cls.rule === 'actors/name-words' && (inBody(from, to) || byline(from, to) || (tableLine() && allUnknown(from, to)))))) {
      i = mode === 'title' ? i + 1 : to;
      continue;
    }
    if (s.kind === 'heading' && mode === 'mixed' && (cls.rule === 'actors/name-words' || cls.rule === 'actors/name') && cls.kind !== 'organization' && !inBody(from, to) && !byline(from, to) && !tableLine()) {
      i = to;
      continue;
    }
    // "Lebed said", "Yeltsin told": an unknown single name that speaks is most often a person.
    if (cls.kind === 'other' && to - from === 1 && !possessiveOf(t[from]!) && to < s.lastToken && SPEECH_VERBS.has(t[to]!.lower)) {
      cls = { kind: 'person', rule: 'actors/speaking-name' };
    }
    if ((cls.kind === 'other' || WEAK_RULES.has(cls.rule)) && orgCue(doc, s, from, to)) cls = { kind: 'organization', rule: 'actors/org-cue' };
    const d = push(from, to, make(doc, from, to, textOf(doc, from, to), cls.kind, cls.rule, {
      role: role || undefined, affiliation: cls.kind === 'person' ? pendingAffiliation : undefined,
    }));
    pendingAffiliation = undefined;
    let next = to;
    if (acr >= 0) { d.aliases.push(t[acr]!.text); d.mentions.push({ start: t[acr]!.start, end: t[acr]!.end }); next = acr + 2; }
    else if (possessiveOf(t[to - 1]!)) next = statePart(from, to, d, undefined);
    i = next;
  }
}

/** Pass 2: role words next to names give a person a role and an affiliation. */
function linkRoles(doc: Doc, s: Sentence, found: Found[]): void {
  const t = doc.tokens;
  const startsAt = new Map<number, Found>();
  const endsAt = new Map<number, Found>();
  for (const f of found) { startsAt.set(f.from, f); endsAt.set(f.to, f); }
  const personish = (f: Found | undefined) => !!f && (f.draft.kind === 'person' || f.draft.kind === 'other');
  for (let r = s.firstToken; r < s.lastToken; r++) {
    if (!startsLower(t[r]!.text) && caseMode(doc, s) !== 'upper') continue;
    const role = phraseIn(doc, s, r, ROLES);
    if (!role) continue;
    const value = ROLES[role.key]!;
    const before = endsAt.get(r);
    const after = startsAt.get(role.end);
    // "Taliban spokesman Ahmad Karimi", "the Taliban's spokesman, Ahmad Karimi"
    const named = personish(after) ? after : t[role.end]?.text === ',' && personish(startsAt.get(role.end + 1)) ? startsAt.get(role.end + 1) : undefined;
    if (named) {
      named.draft.kind = 'person';
      // "A police spokesman, Captain James Mwangi": the apposed function says more than the rank.
      if (named.draft.role && RANK_WORDS.has(named.draft.role) && !RANK_WORDS.has(value)) named.draft.role = value;
      named.draft.role ??= value;
      if (before && before.draft !== named.draft && before.draft.kind !== 'person') named.draft.affiliation ??= before.draft;
      continue;
    }
    // "Ahmad Karimi, the Taliban's spokesman" / "…, a spokesman for the Taliban"
    let k = r;
    let aff = before && before.draft.kind !== 'person' ? before : undefined;
    if (aff) k = aff.from;
    if (k - 1 >= s.firstToken && /^(?:the|a|an)$/.test(t[k - 1]!.lower)) k--;
    const person = t[k - 1]?.text === ',' ? endsAt.get(k - 1) : undefined;
    if (!personish(person)) continue;
    if (!aff && (t[role.end]?.lower === 'for' || t[role.end]?.lower === 'of')) {
      let j = role.end + 1;
      if (t[j]?.lower === 'the') j++;
      const f = startsAt.get(j);
      if (f && f.draft.kind !== 'person') aff = f;
    }
    person!.draft.kind = 'person';
    person!.draft.role ??= value;
    if (aff) person!.draft.affiliation ??= aff.draft;
  }
}

/**
 * Every actor mention: people (with role and affiliation from the words around them), organisations,
 * governments (a country that acts), ministries and militaries ("X's military"), armed groups,
 * media, and collectives that act or are counted ("Afghan forces", "police said").
 *
 * @example
 * recogniseActors(doc) // "Taliban spokesman Ahmad Karimi said" → person, role spokesman, affiliation Taliban
 */
export function recogniseActors(doc: Doc): ActorDraft[] {
  const out: ActorDraft[] = [];
  for (const s of doc.sentences) {
    const found: Found[] = [];
    sentenceActors(doc, s, found);
    linkRoles(doc, s, found);
    for (const f of found) out.push(f.draft);
  }
  return out;
}
