/** recognise locations: one draft per mention; resolvers merge and set containment. */
import type { Doc, Sentence } from '../doc.js';
import { locationDraft, type LocationDraft } from '../drafts.js';
import type { LocationKind } from '../schema.js';
import { AMBIGUOUS_PLACE_WORDS, PLACE_HEADS, PLACE_LAST_WORDS, PLACE_PREPOSITIONS } from '../lexicon/places.js';
import { DATE_WORDS, NAME_CONNECTORS, NON_NAME_WORDS, NOT_ACTOR_HEADS, ORG_HEADS, ROLES, TITLES } from '../lexicon/actors.js';
import { lexiconTags } from '../read.js';
import {
  caseMode, DEMONYM_INDEX, nameEndChar, possessiveOf, baseLower, GROUP_INDEX, isCap, matchAt, MEDIA_INDEX, nameEnd, PLACE_INDEX, placeOf, type PlaceInfo,
} from './gazetteer.js';
import { teamNames } from './teams.js';
import { table } from '../lexicon/table.js';
import { startsLetter, startsLower, startsUpper } from '../chars.js';

const PLURAL_HEADS = new Set(['crossings', 'districts', 'provinces', 'regions', 'towns', 'villages', 'cities']);
// compromise lexicon tags that say a capitalised word is a place, and of which kind.
const LEXICON_PLACE: Record<string, LocationKind> = table({ City: 'city', Region: 'region', Country: 'country', Place: 'other' });
const LEXICON_NOT_PLACE = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Organization', 'SportsTeam', 'Month', 'WeekDay', 'Demonym', 'Currency']);

function draft(doc: Doc, from: number, to: number, name: string, kind: LocationKind, rule: string, countryCode?: string): LocationDraft {
  return locationDraft({
    name, kind, countryCode: countryCode || undefined,
    mentions: [{ start: doc.tokens[from]!.start, end: nameEndChar(doc, to) }], rule,
  });
}
const fromInfo = (doc: Doc, from: number, to: number, p: PlaceInfo, rule: string) => draft(doc, from, to, p.name, p.kind, rule, p.countryCode);

/** The kind a capitalised unknown name gets from compromise's word list, or undefined. */
function lexiconPlaceKind(doc: Doc, from: number, to: number): LocationKind | undefined {
  if (to - from !== 1) return undefined;
  const tags = lexiconTags(baseLower(doc.tokens[from]!));
  let kind: LocationKind | undefined;
  for (let k = 0; k < tags.length; k++) {
    if (LEXICON_NOT_PLACE.has(tags[k]!)) return undefined;
    kind ??= LEXICON_PLACE[tags[k]!];
  }
  return kind;
}

// "Pakistan PM": a trailing acronym is a title, not part of the place's name.
const isInitialOrAcronym = (t: { text: string }) => /^\p{Lu}{2,4}$/u.test(t.text);
void NOT_ACTOR_HEADS;

/** Text of tokens [from, to) as written (normalised), for names. */
const textOf = (doc: Doc, from: number, to: number) => doc.text.slice(doc.tokens[from]!.start, nameEndChar(doc, to));

// Place words that take "of" + name: "the town of Garissa" (not "the region of the country").
const OF_HEADS = new Set(['town', 'city', 'village', 'district', 'province', 'region', 'county', 'state', 'municipality', 'island', 'port']);

/** "the town of Garissa": the name after "<place word> of", in any case mode (ALL CAPS wire copy too). */
function placeOfPhrase(doc: Doc, s: Sentence, i: number, mode: string): { from: number; to: number; kind: LocationKind; info?: PlaceInfo } | undefined {
  const toks = doc.tokens;
  if (toks[i]!.lower !== 'the' || i + 3 >= s.lastToken) return undefined;
  // "the northern town of Lashio": one describing word may come between.
  const dem = DEMONYM_INDEX.get(baseLower(toks[i + 1]!));
  const h = !OF_HEADS.has(toks[i + 1]!.lower) && i + 4 < s.lastToken && (startsLower(toks[i + 1]!.text) || dem) ? i + 2 : i + 1;
  const head = toks[h]!.lower;
  if (!OF_HEADS.has(head) || toks[h + 1]!.lower !== 'of') return undefined;
  const from = h + 2;
  let to = from;
  if (mode === 'mixed' || mode === 'title') to = nameEnd(doc, s, from);
  else if (mode === 'upper') {
    // ALL CAPS: up to three words that are not ordinary English words.
    while (to < s.lastToken && to < from + 3 && startsLetter(toks[to]!.text) && !NON_NAME_WORDS.has(toks[to]!.lower) &&
      !lexiconTags(toks[to]!.lower).some((x) => !LEXICON_PLACE[x] && x !== 'ProperNoun')) to++;
  }
  if (to === from || to - from > 4 || possessiveOf(toks[to - 1]!) || DEMONYM_INDEX.has(baseLower(toks[from]!))) return undefined;
  const known = PLACE_INDEX.get(toks.slice(from, to).map((t) => t.lower).join(' '));
  // "the Peruvian city of Arequipa": the demonym gives the country.
  const info: PlaceInfo | undefined = known ?? (dem && h === i + 2 ? { name: textOf(doc, from, to), kind: PLACE_HEADS[head] ?? 'other', countryCode: dem } : undefined);
  return { from, to, kind: known?.kind ?? PLACE_HEADS[head] ?? 'other', ...(info ? { info } : {}) };
}

function sentenceLocations(doc: Doc, s: Sentence, out: LocationDraft[]): void {
  const toks = doc.tokens;
  const mode = caseMode(doc, s);
  let i = s.firstToken;
  const teams = teamNames(doc);
  while (i < s.lastToken) {
    const t = toks[i]!;
    // "Bath 56" on a results line is a team, not the town.
    const team = teams.get(i);
    if (team !== undefined) { i = team; continue; }
    // A known name that is an armed group or outlet ("Hayat Tahrir al-Sham") is not a place.
    const g = matchAt(doc, s, i, GROUP_INDEX) ?? matchAt(doc, s, i, MEDIA_INDEX);
    const p = matchAt(doc, s, i, PLACE_INDEX);
    if (g && (!p || g.end >= p.end)) { i = g.end; continue; }
    if (p) {
      // "U.S. Open", "Hong Kong Telecom", "New York Times": a place that starts a longer name is part of
      // that name, unless a role ("U.S. President Bill Clinton") or another place follows.
      const e = mode === 'mixed' ? nameEnd(doc, s, i) : p.end;
      if (e > p.end && !p.possessive) {
        const next = toks[p.end]!;
        const head = baseLower(toks[e - 1]!);
        const keeps = TITLES.has(next.lower) || ROLES[next.lower] !== undefined || PLACE_INDEX.has(next.lower) ||
          (PLACE_HEADS[head] !== undefined && !ORG_HEADS[head]) || (p.end === e - 1 && isInitialOrAcronym(next));
        // "Oklahoma City", "Kuwait City": a place name and "City" name another place.
        if (e === p.end + 1 && baseLower(next) === 'city') {
          out.push(draft(doc, i, e, textOf(doc, i, e), 'city', 'locations/place-word-name', p.value.countryCode));
          i = e;
          continue;
        }
        if (!keeps) { i = e; continue; }
      }
      out.push(fromInfo(doc, i, p.end, p.value, 'locations/gazetteer'));
      i = p.end;
      continue;
    }
    // "the town of Garissa", "the city of Lashio", "Sylhet division": a place word then "of" and a name.
    const of = placeOfPhrase(doc, s, i, mode);
    if (of) {
      out.push(of.info ? fromInfo(doc, of.from, of.to, of.info, 'locations/place-of') : draft(doc, of.from, of.to, textOf(doc, of.from, of.to), of.kind, 'locations/place-of'));
      i = of.to;
      continue;
    }
    // "Pakistan-Afghanistan border": the tokenizer keeps the pair as one token.
    if (t.text.includes('-') && startsLetter(t.text)) {
      const parts = t.text.split('-');
      let at = t.start;
      const found: { p: PlaceInfo; start: number; end: number }[] = [];
      for (const part of parts) {
        const pi = part.length > 1 ? placeOf(part) : undefined;
        if (pi && (mode !== 'mixed' || startsUpper(part))) found.push({ p: pi, start: at, end: at + part.length });
        at += part.length + 1;
      }
      if (found.length && (found.length === parts.length || found.length >= 2)) {
        for (const f of found) out.push(locationDraft({ name: f.p.name, kind: f.p.kind, countryCode: f.p.countryCode || undefined, mentions: [{ start: f.start, end: f.end }], rule: 'locations/gazetteer' }));
        const n = toks[i + 1];
        if (found.length >= 2 && n && i + 1 < s.lastToken && (n.lower === 'border' || n.lower === 'frontier')) {
          out.push(locationDraft({ name: `${found.map((f) => f.p.name).join('-')} border`, kind: 'border', mentions: [{ start: t.start, end: n.end }], rule: 'locations/pair-border' }));
          i += 2;
          continue;
        }
      }
      i++;
      continue;
    }
    if (mode !== 'mixed' || !isCap(t)) {
      // ALL CAPS datelines and tables: a single word compromise knows as a city or region still counts.
      const lk = mode !== 'lower' && startsLetter(t.text) && !AMBIGUOUS_PLACE_WORDS.has(t.lower) && (i + 1 >= s.lastToken || !startsUpper(toks[i + 1]!.text) || mode === 'upper') ? lexiconPlaceKind(doc, i, i + 1) : undefined;
      if (lk && lk !== 'other') out.push(draft(doc, i, i + 1, textOf(doc, i, i + 1), lk, 'locations/lexicon'));
      i++;
      continue;
    }
    const e = nameEnd(doc, s, i);
    const first = i === s.firstToken || /^[*"'(\-]$/.test(toks[i - 1]!.text);
    if (e === i || (first && NON_NAME_WORDS.has(t.lower))) { i++; continue; }
    if (DEMONYM_INDEX.has(baseLower(t))) { i = e; continue; }
    const head = e < s.lastToken && !possessiveOf(toks[e - 1]!) ? toks[e]!.lower : '';
    const prev = i > s.firstToken ? toks[i - 1]!.lower : '';
    const name = textOf(doc, i, e);
    const last = baseLower(toks[e - 1]!);
    if (e - i > 1 && PLACE_LAST_WORDS[last] && !NAME_CONNECTORS.has(toks[i + 1]!.lower)) {
      out.push(draft(doc, i, e, name, PLACE_LAST_WORDS[last]!, 'locations/place-word-name'));
      i = e;
      continue;
    }
    if (PLACE_HEADS[head] && !ORG_HEADS[toks[e - 1]!.lower]) {
      // "Swat region", "Wagah crossing", "Khyber and Swat districts" (each name of the list).
      const kind = PLACE_HEADS[head]!;
      // "Residents of Zorgabad district": the place is the name after the last connector.
      let from = i;
      for (let k = e - 1; k > i; k--) if (NAME_CONNECTORS.has(toks[k]!.lower)) { from = k + 1; break; }
      out.push(draft(doc, from, e, textOf(doc, from, e), kind, 'locations/name-head'));
      i = e;
      continue;
    }
    const lk = lexiconPlaceKind(doc, i, e);
    if (lk) { out.push(draft(doc, i, e, name, lk, 'locations/lexicon')); i = e; continue; }
    // "in Nairobi and Mombasa": an unknown name joined to a place just found is a place of the same kind.
    const partner = (prev === 'and' || prev === 'or') && i >= 2 && out.length > 0 && out[out.length - 1]!.mentions[0]!.end === nameEndChar(doc, i - 1) ? out[out.length - 1]! : undefined;
    const partnerOk = partner && partner.kind !== 'country' && partner.kind !== 'border' && e - i === 1 && lexiconTags(t.lower).length === 0 && !possessiveOf(t);
    if (partnerOk && partner) {
      out.push(draft(doc, i, e, name, partner.kind, 'locations/coordinated'));
      i = e;
      continue;
    }
    if (PLACE_PREPOSITIONS.has(prev) && !first && e - i <= 3 && !ORG_HEADS[toks[e - 1]!.lower]) {
      // "near Wagah", "in Swat": an unknown name after a place preposition, if nothing says it is a person.
      const tags = lexiconTags(t.lower);
      let notPlace = tags.some((x) => LEXICON_NOT_PLACE.has(x)) || NON_NAME_WORDS.has(t.lower) || DATE_WORDS.has(t.lower) || /^\p{Lu}+$/u.test(t.text);
      // "at Continental Research", "from General Motors Europe": ordinary or known words make it some other name.
      for (let k = i; k < e && !notPlace; k++) if (lexiconTags(baseLower(toks[k]!)).length > 0 || PLACE_INDEX.has(baseLower(toks[k]!))) notPlace = true;
      if (!notPlace && !possessiveOf(toks[e - 1]!)) { out.push(draft(doc, i, e, name, 'other', 'locations/after-preposition')); i = e; continue; }
    }
    i = e;
  }
  listAfterPluralHead(doc, s, out);
}

/** "crossings with Afghanistan - Wagah and Rafah": names listed after a plural place word. */
function listAfterPluralHead(doc: Doc, s: Sentence, out: LocationDraft[]): void {
  if (caseMode(doc, s) !== 'mixed') return;
  const toks = doc.tokens;
  for (let i = s.firstToken; i < s.lastToken; i++) {
    if (!PLURAL_HEADS.has(toks[i]!.lower)) continue;
    const kind = PLACE_HEADS[toks[i]!.lower]!;
    let j = i + 1;
    while (j < s.lastToken && j < i + 8 && !/^[-:]$/.test(toks[j]!.text) && toks[j]!.lower !== 'including') j++;
    if (j >= s.lastToken || j >= i + 8) continue;
    j++;
    if (toks[j]?.lower === 'such' && toks[j + 1]?.lower === 'as') j += 2;
    while (j < s.lastToken) {
      const e = nameEnd(doc, s, j);
      if (e === j) break;
      if (!out.some((l) => l.mentions[0]!.start === toks[j]!.start)) out.push(draft(doc, j, e, textOf(doc, j, e), kind, 'locations/list'));
      else for (const l of out) if (l.mentions[0]!.start === toks[j]!.start && l.kind === 'other') l.kind = kind;
      j = e;
      if (j < s.lastToken && (toks[j]!.text === ',' || toks[j]!.lower === 'and')) j++;
      if (j < s.lastToken && toks[j]!.lower === 'and') j++;
    }
  }
}

/**
 * Every place mention: gazetteer names (countries, capitals, cities, regions, crossings), names
 * before a place word ("Swat region"), country pairs before "border", names listed after
 * "crossings … -", and unknown names after "in"/"near".
 *
 * @example
 * recogniseLocations(doc) // "closed the Wagah crossing" → [{ name: 'Wagah', kind: 'crossing', … }]
 */
export function recogniseLocations(doc: Doc): LocationDraft[] {
  const out: LocationDraft[] = [];
  for (const s of doc.sentences) sentenceLocations(doc, s, out);
  return out;
}
