/**
 * Sports results and standings lines name teams, not places: "Orrell 13 Bath 56", "Wigan 4 3 1 0 9 4 10",
 * "Birmingham v Barnsley". Shared by the actor recogniser (a team is an organisation) and the location
 * recogniser (which must then leave the name alone). A country's name stays a place: national sides are
 * written as their country ("Germany 2 Armenia 0") and read as it.
 */
import type { Doc, Sentence } from '../doc.js';
import { baseLower, isCap, PLACE_INDEX, keyOf } from './gazetteer.js';
import { NAME_CONNECTORS, NON_NAME_WORDS } from '../lexicon/actors.js';
import { startsDigit, startsLetter } from '../chars.js';


const isScore = (text: string) => /^\d{1,3}$/.test(text);
const VERSUS = new Set(['v', 'vs', 'versus']);
// Words that open a results line without being a team: "Postponed: A v B", "Division two".
const LINE_LABELS = new Set(['postponed', 'abandoned', 'playing', 'played', 'result', 'results', 'standings', 'division', 'at', 'fixtures']);

/**
 * The end of a team name starting at token i: capitalised words, connectors between them ("Queen of
 * South"), a short bracketed tag ("Zeleznik (B)", "Mladost (BJ)") and initials with full stops ("F.P.").
 */
function teamEnd(doc: Doc, s: Sentence, i: number): number {
  const t = doc.tokens;
  if (i >= s.lastToken || !isCap(t[i]!) || !startsLetter(t[i]!.text) || NON_NAME_WORDS.has(t[i]!.lower) || LINE_LABELS.has(t[i]!.lower)) return i;
  let j = i + 1;
  const stop = Math.min(s.lastToken, i + 6);
  while (j < stop) {
    const x = t[j]!;
    if (isCap(x) && startsLetter(x.text) && !VERSUS.has(x.lower)) { j++; continue; }
    if (x.text === '.' && t[j - 1]!.text.length <= 2) { j++; continue; }
    if (NAME_CONNECTORS.has(x.lower) && x.lower !== 'and' && j + 1 < stop && isCap(t[j + 1]!)) { j += 2; continue; }
    if (x.text === '(' && j + 2 < s.lastToken && t[j + 2]!.text === ')' && /^\p{Lu}{1,3}$/u.test(t[j + 1]!.text)) { j += 3; break; }
    break;
  }
  return j;
}

const isCountry = (doc: Doc, from: number, to: number) => {
  let words = '';
  for (let k = from; k < to; k++) words += (k > from ? ' ' : '') + baseLower(doc.tokens[k]!);
  return PLACE_INDEX.get(keyOf(words))?.kind === 'country';
};

function scanLine(doc: Doc, s: Sentence, out: Map<number, number>): void {
  const t = doc.tokens;
  const names: [number, number][] = [];
  let scores = 0;
  let versus = false;
  let i = s.firstToken;
  // "Postponed: Birmingham v Barnsley": a label and its colon may open the line.
  if (i + 1 < s.lastToken && LINE_LABELS.has(t[i]!.lower) && t[i + 1]!.text === ':') i += 2;
  let maxRun = 0;
  while (i < s.lastToken) {
    const e = teamEnd(doc, s, i);
    if (e === i) return;
    names.push([i, e]);
    i = e;
    let run = 0;
    // "70 63 .526 4", "13 1/2", "259 and 207", "429-7", "22 points", then an optional "(C. Lewis 80 not out)".
    while (i < s.lastToken) {
      const x = t[i]!.text;
      if (isScore(x)) { run++; i++; continue; }
      if (run > 0 && /^[-./]$/.test(x) && i + 1 < s.lastToken && startsDigit(t[i + 1]!.text)) { i++; continue; }
      if (run > 0 && x === '-' && (i + 1 >= s.lastToken || t[i + 1]!.text === ',')) { i++; continue; }
      if (run > 0 && (x === 'and' && i + 1 < s.lastToken && isScore(t[i + 1]!.text))) { i++; continue; }
      if (run > 0 && (x === 'points' || x === 'pts')) { i++; continue; }
      if (run > 0 && x === '(') {
        let k = i + 1;
        while (k < s.lastToken && k < i + 30 && t[k]!.text !== ')') k++;
        if (k < s.lastToken && t[k]!.text === ')') { i = k + 1; continue; }
      }
      break;
    }
    if (run > 0 && i < s.lastToken && i === s.lastToken - 1 && t[i]!.text === '.') i++;
    scores += run;
    maxRun = Math.max(maxRun, run);
    if (i < s.lastToken && VERSUS.has(t[i]!.lower)) {
      if (run > 0) return;
      versus = true;
      i++;
      if (t[i]?.text === '.') i++;
      continue;
    }
    if (run === 0 && !versus) return;
    if (i < s.lastToken && t[i]!.text === ',') i++;
  }
  // A result ("Orrell 13 Bath 56"), a fixture ("Birmingham v Barnsley") or a standings row ("Wigan 4 3 1 0 9 4 10").
  const ok = (names.length >= 2 && (versus || scores >= names.length)) || (names.length === 1 && maxRun >= 4);
  if (!ok) return;
  for (const [a, b] of names) if (!isCountry(doc, a, b)) out.set(a, b);
}

/** Start token → end token of every team name on a results, fixtures or standings line. */
export function teamNames(doc: Doc): Map<number, number> {
  let m = doc.memo.teams;
  if (m) return m;
  m = doc.memo.teams = new Map();
  for (const s of doc.sentences) {
    // Such lines are short and stand alone; prose never has this shape.
    if (s.lastToken - s.firstToken > 80 || s.kind === 'bullet') continue;
    const first = doc.tokens[s.firstToken];
    if (!first || !isCap(first)) continue;
    scanLine(doc, s, m);
  }
  return m;
}
