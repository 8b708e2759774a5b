/**
 * recognise numeric claims: figure + qualifier + counted phrase + event.
 *
 * Policy (what becomes a claim):
 * - a figure with a casualty / detention / displacement event ("killing 58", "58 were killed", "40 dead",
 *   "nine casualties", "the death toll rose to 40") — even a bare figure ("9 killed");
 * - money ("$3m", "20 billion francs"), percentages ("40%") and measures with a unit ("29 km");
 * - other counts only when the counted noun is a person or a news-worthy thing ("200 homes", "dozens of
 *   protesters"): a bare figure without a counted noun or an event is not a claim.
 * Never claims: ordinals, years, dates, clock times, durations, ages, identifiers ("Route 58"),
 * idioms ("one of the", "one another", "the two sides").
 */
import type { Doc, Sentence, Token } from '../doc.js';
import type { ClaimDraft, Range } from '../drafts.js';
import type { ClaimCategory } from '../schema.js';
import { findNumbers } from '../numbers/find.js';
import { qualify, type Quantity } from '../numbers/qualify.js';
import {
  EVENT_BRIDGE, EVENT_OF_NOUNS, EVENT_WORDS, NOMINAL_EVENTS, PERSON_NOUNS, TOLL_NOUNS, WEAK_EVENT_WORDS,
  type EventSense,
} from '../lexicon/events.js';
import { COUNT_NOUNS, IDENTIFIER_NOUNS, MONTHS, TIME_UNITS } from '../lexicon/units.js';
import { DEMONYMS } from '../lexicon/demonyms.js';

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose']);
const DETERMINERS = new Set(['the', 'these', 'those', 'this', 'that']);
/** Words that end a counted noun phrase: function words, auxiliaries, reporting verbs, prepositions. */
const NP_STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'without',
  'into', 'onto', 'near', 'during', 'after', 'before', 'since', 'until', 'as', 'than', 'over', 'under', 'across',
  'along', 'among', 'between', 'against', 'including', 'who', 'whom', 'which', 'that', 'whose', 'where', 'when',
  'while', 'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could',
  'should', 'may', 'might', 'must', 'can', 'do', 'did', 'does', 'said', 'says', 'say', 'told', 'according',
  'reportedly', 'also', 'all', 'each', 'per', 'about', 'around', 'through', 'throughout', 'inside', 'outside',
  'there', 'here', 'it', 'they', 'them', 'he', 'she', 'we', 'you', 'i', 'this', 'these', 'those', 'its', 'their',
  'his', 'her', 'our', 'not', 'no', 'so', 'if', 'because', 'yesterday', 'today', 'tomorrow', 'last', 'ago',
  'apiece', 'each', 'more', 'less', 'fewer', 'plus', 'only', 'just', 'now', 'then', 'still', 'some', 'up', 'down',
  'out', 'off', 'back', 'away', 'again', 'too', 'very', 'nearly', 'almost', 'both', 'either', 'neither', 'whether',
  'alone', 'respectively', 'altogether', 'total', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday',
]);
const TOLL_VERBS = new Set([
  'rose', 'risen', 'climbed', 'reached', 'stood', 'stands', 'is', 'was', 'at', 'to', 'of', 'has', 'had', 'now',
  'jumped', 'increased', 'hit', 'topped', 'passed', 'exceeded', 'surpassed', 'been', 'put', 'reported', 'officially',
  'has', 'risen', 'grew', 'grown',
]);
/** Verbs that govern a following figure as their object: "killing 58", "arrested 20 suspects". */
const NO_OBJECT_EVENTS = new Set(['died', 'dead', 'die', 'dying', 'perished', 'drowned', 'missing', 'homeless', 'deaths', 'fatalities', 'casualties', 'casualty', 'injuries', 'victims', 'losses', 'bodies', 'corpses', 'lives', 'refugees', 'detainees', 'hostages', 'prisoners', 'wounds', 'arrests', 'disappeared', 'unaccounted', 'fled', 'fleeing', 'dying']);

const isWord = (t: Token | undefined) => !!t && /^[\p{L}][\p{L}\p{M}'-]*$/u.test(t.text);
const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);

const NUMBERISH_RE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores|half|several|few)\b/i;

interface Counted { first: number; last: number; owner?: Range; head?: string; nominal?: EventSense }

export function recogniseQuantities(doc: Doc): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const s of doc.sentences) {
    // A cheap gate: sentences with no digit and no number-ish word cannot hold a figure.
    if (!NUMBERISH_RE.test(s.text)) continue;
    const mentions = findNumbers(doc, s.index);
    if (!mentions.length) continue;
    for (const q of qualify(doc, mentions, s.firstToken, s.lastToken)) {
      const c = claimOf(doc, s, q);
      if (c) out.push(c);
    }
  }
  return out;
}

function claimOf(doc: Doc, s: Sentence, q: Quantity): ClaimDraft | null {
  const toks = doc.tokens;
  if (q.kind === 'ordinal' || q.kind === 'fraction') return null;
  if (notAFigure(doc, s, q)) return null;

  const counted = countedAfter(doc, s, q.last);
  const head = counted.head;
  const personHead = !!head && PERSON_NOUNS.has(head);
  // The event: nominal ("nine casualties"), after ("58 were killed"), before ("killing 58"), toll, "killing of 6".
  let event: EventSense | undefined = counted.nominal;
  let rule = event ? 'quantities/nominal-event' : '';
  let eventEnd = counted.last;
  if (!event) {
    const after = eventAfter(doc, s, counted.last, personHead || counted.first === counted.last);
    if (after) { event = after.sense; rule = 'quantities/count-then-event'; eventEnd = after.at + 1; }
  }
  if (!event) {
    const before = eventBefore(doc, s, q.qualFirst, personHead);
    if (before) { event = before; rule = 'quantities/event-then-count'; }
  }
  if (!event) {
    const toll = tollBefore(doc, s, q.qualFirst);
    if (toll) { event = toll; rule = 'quantities/toll'; }
  }
  void eventEnd;

  // Money and percentages keep their own category even beside an event word ("40% of the dead").
  let category: ClaimCategory;
  if (q.kind === 'money') { category = 'money'; rule = 'quantities/money'; }
  else if (q.kind === 'percent') { category = 'percent'; rule = 'quantities/percent'; }
  else if (q.kind === 'measure') { category = 'measure'; rule = 'quantities/measure'; }
  else if (event) category = event.category;
  else {
    if (!head || !(PERSON_NOUNS.has(head) || COUNT_NOUNS.has(head))) return null;
    category = 'count';
    rule = 'quantities/count';
  }
  // Idioms: "the two sides", "these three countries" are anaphora, not new counts — unless an event says otherwise.
  const det = toks[q.qualFirst - 1];
  if (!event && det && DETERMINERS.has(det.lower) && q.number.written === 'words' && q.value <= 10 && category === 'count') return null;
  // A small word figure with no event and no qualifier rarely carries news ("two people met").
  if (category === 'count' && q.number.written === 'words' && q.value < 2) return null;
  // Negative counts are not counts.
  if ((category === 'count' || category === 'casualty' || category === 'detention' || category === 'displacement') && q.value < 0) return null;

  // Owner: "23 of its soldiers" (set by countedAfter), "its 23 soldiers", "Pakistani soldiers".
  let owner = counted.owner;
  if (!owner && det && (POSSESSIVES.has(det.lower) || /'s$/i.test(det.text))) owner = { start: det.start, end: det.end };
  if (!owner && counted.last > counted.first) {
    const f = toks[counted.first]!;
    if (DEMONYMS.has(f.lower) && counted.last - counted.first >= 2) owner = { start: f.start, end: f.end };
  }

  const countedRange = counted.last > counted.first ? { start: toks[counted.first]!.start, end: toks[counted.last - 1]!.end } : undefined;
  const claim: ClaimDraft = {
    value: q.value,
    ...(q.min !== undefined ? { min: q.min } : {}),
    ...(q.max !== undefined ? { max: q.max } : {}),
    qualifier: q.qualifier,
    ...(q.unit ? { unit: q.unit } : {}),
    category,
    counted: countedRange ? doc.input.slice(countedRange.start, countedRange.end) : '',
    ...(countedRange ? { countedRange } : {}),
    ...(owner ? { countedOwner: owner } : {}),
    ...(event ? { event: event.lemma } : {}),
    locations: [],
    range: { start: q.start, end: q.end },
    sentence: s.index,
    rule,
  };
  return claim;
}

/** Dates, years, clock times, durations, ages, identifiers, idioms. */
function notAFigure(doc: Doc, s: Sentence, q: Quantity): boolean {
  const toks = doc.tokens;
  const m = q.number;
  const first = toks[m.numFirst]!;
  const prev = toks[m.first - 1];
  const prev2 = toks[m.first - 2];
  const next = toks[q.last];
  const inS = (t: Token | undefined) => !!t && t.sentence === s.index;
  const nextLower = inS(next) ? next!.lower : '';
  const prevLower = inS(prev) ? prev!.lower : '';
  if (m.kind === 'money' || m.kind === 'percent') return false;
  // Dates: "10 NOVEMBER", "May 4", "4 May 2020", "May 4, 2020".
  if (MONTHS.has(prevLower) || MONTHS.has(nextLower) || (nextLower === 'of' && MONTHS.has(toks[q.last + 1]?.lower ?? ''))) return true;
  if (prevLower === ',' && MONTHS.has(inS(prev2) ? prev2!.lower : '')) return true;
  // Years: a four-digit integer in 1800-2100 that counts nothing ("in 2019"; not "2000 people").
  if (m.written === 'digits' && /^\d{4}$/.test(first.text) && m.value >= 1800 && m.value <= 2100 && q.qualifier !== 'range') {
    const after = nextLower;
    if (!(PERSON_NOUNS.has(after) || COUNT_NOUNS.has(after) || EVENT_WORDS[after] || after === 'of')) return true;
  }
  // Clock times and ratios: "10:30", "3/4", "24/7".
  const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
  const after1 = toks[m.numLast];
  if ((after1 && glued(toks[m.numLast - 1], after1) && /^[:/]$/.test(after1.text)) || (prev && glued(prev, toks[m.numFirst]) && /^[:/]$/.test(prev.text))) return true;
  // Durations and ages: "10 years", "three days", "15-year-old", "5 a.m.", "twice" etc.
  let k = q.last;
  if (toks[k]?.text === '-' && inS(toks[k])) k++;
  const unitWord = inS(toks[k]) ? toks[k]!.lower.split('-')[0]! : '';
  if (TIME_UNITS.has(unitWord)) return true;
  if (prevLower === 'aged' || prevLower === 'age' || prevLower === 'ages') return true;
  // Identifiers: "Route 58", "Flight 17", "Resolution 2231", "No. 5", "#3".
  if (prev && inS(prev)) {
    let p = prev;
    if (p.text === '.' && inS(prev2)) p = prev2!;
    if (p.text === '#') return true;
    if (IDENTIFIER_NOUNS.has(p.lower) && (isCapitalised(p) || p.lower === 'no' || p.lower === 'number')) return true;
  }
  // Idioms with "one": "one of the deadliest", "one another", "no one", "one day".
  if (m.written === 'words' && q.value === 1 && q.qualifier === 'exact') {
    if (nextLower === 'of' || nextLower === 'another' || nextLower === 'day' || nextLower === 'way' || nextLower === 'side' || prevLower === 'no' || prevLower === 'the' || prevLower === 'any' || prevLower === 'every' || prevLower === 'at') return true;
  }
  // Scores and votes glued by hyphens ("2-1") are caught as failed ranges: a figure between hyphens.
  if (inS(next) && next!.text === '-' && glued(toks[m.numLast - 1], next) && /^\d/.test(toks[q.last + 1]?.text ?? '')) return true;
  if (prev && inS(prev) && prev.text === '-' && glued(prev, toks[m.numFirst]) && /^\d/.test(prev2?.text ?? '')) return true;
  return false;
}

/** The counted noun phrase after the figure: "Pakistani soldiers", "of its soldiers", "casualties". */
function countedAfter(doc: Doc, s: Sentence, from: number): Counted {
  const toks = doc.tokens;
  let j = from;
  let owner: Range | undefined;
  // Partitive: "23 of its soldiers", "12 of the victims", "five of Pakistan's soldiers".
  if (toks[j]?.lower === 'of' && j + 1 < s.lastToken) {
    const t = toks[j + 1]!;
    if (POSSESSIVES.has(t.lower) || /'s$/i.test(t.text)) { owner = { start: t.start, end: t.end }; j += 2; }
    else if (DETERMINERS.has(t.lower)) j += 2;
    else if (t.lower === 'them' || t.lower === 'whom' || t.lower === 'us') return { first: from, last: from };
    else j += 1;
  }
  const first = j;
  let nominal: EventSense | undefined;
  while (j < s.lastToken && j < first + 4) {
    const t = toks[j]!;
    if (!isWord(t)) break;
    const l = t.lower;
    if (NP_STOP.has(l) || TIME_UNITS.has(l) || MONTHS.has(l)) break;
    if (EVENT_WORDS[l] && !NOMINAL_EVENTS.has(l)) {
      // "the wounded", "the dead" as heads only when nothing else was counted.
      break;
    }
    if (NOMINAL_EVENTS.has(l)) { nominal = EVENT_WORDS[l] ?? nominal; j++; break; }
    // Verbs in -ed / -ing after a counted noun start the predicate ("58 soldiers stationed").
    if (j > first && /(?:ed|ing)$/.test(l) && !PERSON_NOUNS.has(l)) break;
    j++;
  }
  if (j === first) return { first, last: first, ...(owner ? { owner } : {}) };
  // The head is the last word; a head that is an adjective-looking word without a noun makes no phrase.
  const head = toks[j - 1]!.lower;
  return { first, last: j, head, ...(owner ? { owner } : {}), ...(nominal ? { nominal } : {}) };
}

/** "58 Pakistani soldiers killed", "58 were reportedly killed", "35 guerrillas dead". */
function eventAfter(doc: Doc, s: Sentence, from: number, personish: boolean): { sense: EventSense; at: number } | null {
  const toks = doc.tokens;
  for (let j = from, bridged = 0; j < s.lastToken && bridged <= 4; j++) {
    const l = toks[j]!.lower;
    const ev = EVENT_WORDS[l];
    if (ev) {
      if (WEAK_EVENT_WORDS.has(l) && !personish) return null;
      // "killing" after the figure is a new clause ("23 soldiers, killing ...") only when bridged by a comma; keep it.
      return { sense: ev, at: j };
    }
    if (EVENT_BRIDGE.has(l) || /ly$/.test(l)) { bridged++; continue; }
    return null;
  }
  return null;
}

/** "killing as many as 58", "killed 12 people", "claimed 40 lives", "the killing of 6 Jesuits". */
function eventBefore(doc: Doc, s: Sentence, at: number, personHead: boolean): EventSense | null {
  const toks = doc.tokens;
  const p1 = toks[at - 1];
  if (!p1 || p1.sentence !== s.index) return null;
  if (p1.lower === 'of') {
    const p2 = toks[at - 2];
    if (p2 && p2.sentence === s.index && EVENT_OF_NOUNS[p2.lower]) return EVENT_OF_NOUNS[p2.lower]!;
    return null;
  }
  // "killing 58", "killed 12 and wounded 30": the verb right before, or before one bridge word ("killed another 5").
  for (let k = at - 1; k >= Math.max(s.firstToken, at - 2); k--) {
    const l = toks[k]!.lower;
    const ev = EVENT_WORDS[l];
    if (ev && !NO_OBJECT_EVENTS.has(l)) {
      if (WEAK_EVENT_WORDS.has(l) && !personHead) return null;
      return ev;
    }
    if (!(l === 'another' || l === 'a' || l === 'an' || l === 'total' || l === 'all')) break;
  }
  return null;
}

/** "the death toll rose to 40", "a toll of 12", "the number of dead stood at 40". */
function tollBefore(doc: Doc, s: Sentence, at: number): EventSense | null {
  const toks = doc.tokens;
  let k = at - 1;
  let steps = 0;
  while (k >= s.firstToken && steps < 5 && TOLL_VERBS.has(toks[k]!.lower)) { k--; steps++; }
  if (k < s.firstToken || steps === 0) return null;
  const w1 = toks[k]!.lower;
  const w0 = k - 1 >= s.firstToken ? toks[k - 1]!.lower : '';
  const w00 = k - 2 >= s.firstToken ? toks[k - 2]!.lower : '';
  return TOLL_NOUNS[`${w00} ${w0} ${w1}`] ?? TOLL_NOUNS[`${w0} ${w1}`] ?? TOLL_NOUNS[w1] ?? null;
}
