/**
 * The fast tagger's name passes: organisation and place words (compromise's 3rd-pass orgWords/placeWords)
 * and a few of compromise's post-tagger person rules.
 */
import { addTag, isOrgWord, isPlaceWord, setTag } from './model.js';
import { hasAny, TITLE, type Term } from './words.js';

/** compromise's 3rd-pass/03-orgWords.js: "Sudan Doctors Network" — title-case words before an org word. */
export function orgName(c: Term[], i: number, headline: boolean): void {
  const isOrg = (t: Term | undefined, k: number) => !!t && !t.tags.has('FirstName') && !t.tags.has('Place') &&
    (t.tags.has('ProperNoun') || t.tags.has('Organization') || t.tags.has('Acronym') || (!headline && TITLE.test(t.text) && (k !== 0 || t.tags.has('Singular'))));
  if (!isOrgWord(c[i]!.machine) || !isOrg(c[i - 1], i - 1)) return;
  setTag(c[i]!.tags, 'Organization');
  for (let k = i - 1; k >= 0 && isOrg(c[k], k); k--) setTag(c[k]!.tags, 'Organization');
}

const PLACE_CONT = new Set(['athletic', 'city', 'community', 'eastern', 'federal', 'financial', 'great', 'historic', 'historical', 'local', 'memorial', 'municipal', 'national', 'northern', 'provincial', 'southern', 'state', 'western', 'spring', 'pine', 'sunset', 'view', 'oak', 'maple', 'spruce', 'cedar', 'willow']);
const NO_BEFORE = new Set(['center', 'centre', 'way', 'range', 'bar', 'bridge', 'field', 'pit']);
/** compromise's 3rd-pass/04-placeWords.js: "Bondi Beach", "Lake Como". */
export function placeName(c: Term[], i: number, headline: boolean): void {
  const t = c[i]!;
  if (!isPlaceWord(t.machine)) return;
  const isPlace = (u: Term, k: number) => !u.tags.has('Organization') && !u.tags.has('Possessive') && !u.normal.endsWith("'s") &&
    (u.tags.has('ProperNoun') || u.tags.has('Place') || (!headline && TITLE.test(u.text) && (k !== 0 || u.tags.has('Singular'))));
  const place = (from: number, to: number) => { for (let k = from; k <= to; k++) setTag(c[k]!.tags, 'Place'); };
  for (let n = i - 1; n >= 0; n--) {
    if (PLACE_CONT.has(c[n]!.normal)) continue;
    if (isPlace(c[n]!, n)) { place(n, i); continue; }
    break;
  }
  if (NO_BEFORE.has(t.machine)) return;
  for (let n = i + 1; n < c.length; n++) {
    if (isPlace(c[n]!, n)) { place(i, n); return; }
    if (c[n]!.normal !== 'of' && !PLACE_CONT.has(c[n]!.normal)) return;
  }
}

/**
 * A few of compromise's post-tagger name rules (postTagger/model/person, nouns), the ones the source
 * code reads: "Sudan Doctors" (nouns before a doer noun are one doer, not a place), "Mr. Said" / "Dr
 * Jane Bowes" (a title before a name), "John Meyer", "Jordan Stewart" (a surname after a first name).
 */
const NOT_DOERS = ['Honorific', 'Pronoun', 'Possessive', 'Person'];
const RANKS = new Set(['lieutenant', 'corporal', 'sergeant', 'captain', 'admiral', 'major', 'colonel', 'marshal', 'president', 'queen', 'king']);
export function names(c: Term[]): void {
  for (let i = 1; i < c.length; i++) {
    const t = c[i]!;
    const l = c[i - 1]!;
    // '[#Noun+] #Actor' (air-traffic-controller), not after a title, pronoun or possessive.
    if (t.tags.has('Actor') && !t.tags.has('Person')) {
      for (let k = i - 1; k >= 0 && c[k]!.tags.has('Noun') && !c[k]!.tags.has('Actor') && !hasAny(c[k]!.tags, NOT_DOERS); k--) setTag(c[k]!.tags, 'Actor');
    }
    // "President Wang", "Captain Smith": a rank before a name is a title.
    if (t.tags.has('ProperNoun') && RANKS.has(l.normal) && !t.tags.has('Place') && !t.tags.has('Organization')) addTag(l.tags, 'Honorific');
    // '#Honorific #FirstName? #ProperNoun': a title, then a name.
    if (t.tags.has('ProperNoun') && (l.tags.has('Honorific') || (l.tags.has('FirstName') && c[i - 2]?.tags.has('Honorific')))) {
      setTag(t.tags, 'Person');
      setTag(l.tags, 'Person');
    }
    // '#FirstName #Acronym? [#ProperNoun]', '#FirstName [#FirstName]': a surname.
    const first = l.tags.has('FirstName') ? l : l.tags.has('Acronym') && c[i - 2]?.tags.has('FirstName') ? c[i - 2] : undefined;
    if (first && t.tags.has('ProperNoun') && !t.tags.has('Possessive') && !first.tags.has('Possessive') && !t.tags.has('LastName')) setTag(t.tags, 'LastName');
  }
  for (let i = c.length - 2; i >= 0; i--) {
    // '[#ProperNoun] #Person': a name word before a name.
    if (c[i]!.tags.has('ProperNoun') && !c[i]!.tags.has('Person') && !c[i]!.tags.has('Possessive') && c[i + 1]!.tags.has('Person')) setTag(c[i]!.tags, 'Person');
  }
}
