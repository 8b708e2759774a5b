/**
 * recognise numeric claims: figure + qualifier + counted phrase + event.
 *
 * Policy (what becomes a claim):
 * - a figure with a casualty / detention / displacement event ("killing 58", "58 were killed", "40 dead",
 *   "nine casualties", "the death toll rose to 40") — even a bare figure ("9 killed");
 * - money ("$3m", "20 billion francs"), percentages ("40%") and measures with a unit ("29 km");
 * - other counts only when the counted noun is a person or a news-worthy thing ("200 homes", "dozens of
 *   protesters"): a bare figure without a counted noun or an event is not a claim.
 * - shares of people or things ("half of the residents") as percent claims; revisions ("rose from 12 to 19",
 *   "up from 17") as two figures sharing the event;
 * - the owner of what is counted: a possessive, a demonym, or the subject of a verb of loss ("the Taliban
 *   acknowledged suffering nine casualties").
 * Never claims: ordinals, years, dates, clock times, durations, ages, identifiers ("Route 58", "Fortune 500"),
 * idioms ("one of the", "one another", "the two sides").
 */
import type { Doc, Sentence, Token } from '../doc.js';
import { claimDraft, type ClaimDraft, type Range } from '../drafts.js';
import type { ClaimCategory } from '../schema.js';
import { findNumbers } from '../numbers/find.js';
import { qualify, type Quantity } from '../numbers/qualify.js';
import {
  DISPLACEMENT_OBJECTS, DISPLACEMENT_VERBS, EVENT_BRIDGE, EVENT_OF_NOUNS, EVENT_WORDS, NOMINAL_EVENTS, PERSON_NOUNS, TOLL_NOUNS, WEAK_EVENT_WORDS,
  type EventSense,
} from '../lexicon/events.js';
import { CLASSIFIER_NOUNS, COUNT_NOUNS, IDENTIFIER_NOUNS, MONTHS, THING_NOUNS, TIME_UNITS } from '../lexicon/units.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { startsDigit, startsUpper } from '../chars.js';
import { extend } from '../extend.js';

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
  'saturday', 'sunday', 'what', 'how', 'why', 'left', 'found', 'feared', 'believed', 'reported', 'shot', 'listed', 'being',
]);
const TOLL_VERBS = new Set([
  'rose', 'risen', 'climbed', 'reached', 'stood', 'stands', 'is', 'was', 'at', 'to', 'of', 'has', 'had', 'now',
  'jumped', 'increased', 'hit', 'topped', 'passed', 'exceeded', 'surpassed', 'been', 'put', 'reported', 'officially',
  'has', 'risen', 'grew', 'grown',
]);
/** Verbs that govern a following figure as their object: "killing 58", "arrested 20 suspects". */
const NO_OBJECT_EVENTS = new Set(['died', 'dead', 'die', 'dying', 'perished', 'drowned', 'missing', 'homeless', 'deaths', 'fatalities', 'casualties', 'casualty', 'injuries', 'victims', 'losses', 'bodies', 'corpses', 'lives', 'refugees', 'detainees', 'hostages', 'prisoners', 'wounds', 'arrests', 'disappeared', 'unaccounted', 'fled', 'fleeing', 'dying']);

/**
 * Could this head be people? Unknown nouns pass ("missionaries", "domestics"); things we know do not
 * ("Seventy search warrants were executed", "four daily broadcasts of the missing").
 */
const personLike = (head: string) => !COUNT_NOUNS.has(head) && !THING_NOUNS.has(head);
/** Headlines and ALL-CAPS wire copy capitalise every word: capitals say nothing about names there. */
function titleCase(doc: Doc, s: Sentence): boolean {
  const cache = (doc.memo.titleCase ??= []);
  return (cache[s.index] ??= titleCaseOf(doc, s));
}
function titleCaseOf(doc: Doc, s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (let i = s.firstToken; i < s.lastToken && i < s.firstToken + 40; i++) {
    const t = doc.tokens[i]!;
    if (!/^\p{L}{4,}/u.test(t.text)) continue;
    words++;
    if (isCapitalised(t)) caps++;
  }
  return words > 0 && caps / words > 0.6;
}
const SINGULAR_PEOPLE = new Set(['man', 'woman', 'person', 'child', 'boy', 'girl', 'soldier', 'officer', 'civilian', 'policeman', 'member']);
const PP_HEADS = new Set(['of', 'from', 'in', 'at', 'on', 'near', 'inside', 'aboard', 'with']);
const AUX = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had']);
const isWord = (t: Token | undefined) => !!t && /^[\p{L}][\p{L}\p{M}'-]*$/u.test(t.text);
const isCapitalised = (t: Token) => startsUpper(t.text);

const NUMBERISH_RE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores|half|thirds?|quarters?|several|few)\b/i;

interface Counted {
  first: number;
  last: number;
  owner?: Range;
  head?: string;
  nominal?: EventSense;
  /** Where the event search resumes when a coordinated extra ("and a civilian") follows the phrase. */
  tail?: number;
  /** The counted phrase when it is not after the figure: "the number of displaced families at 2,500". */
  range?: Range;
}

/**
 * Numeric claims of a document, one draft per figure that passes the policy above.
 *
 * @example
 * recogniseQuantities(doc) // "killing as many as 58 Pakistani soldiers" →
 * // [{ value: 58, qualifier: 'up_to', max: 58, counted: 'Pakistani soldiers', event: 'killed', category: 'casualty', ... }]
 */
export function recogniseQuantities(doc: Doc): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const s of doc.sentences) {
    // A cheap gate: sentences with no digit and no number-ish word cannot hold a figure.
    if (!NUMBERISH_RE.test(s.text)) continue;
    const mentions = findNumbers(doc, s.index);
    if (!mentions.length) continue;
    const found = qualify(doc, mentions, s.firstToken, s.lastToken)
      .map((q) => analyse(doc, s, q))
      .filter((f): f is Found => !!f);
    coordinate(doc, found);
    for (const f of found) {
      const c = build(doc, s, f);
      if (c) out.push(c);
    }
  }
  return out;
}

/** One figure with what surrounds it, before deciding whether it is a claim. */
interface Found { q: Quantity; counted: Counted; event?: EventSense; rule: string }

function analyse(doc: Doc, s: Sentence, q0: Quantity): Found | null {
  if (q0.kind === 'ordinal') return null;
  // "half of the residents", "two thirds of its soldiers": a share, as a percentage of who is counted.
  const q = q0.kind === 'fraction' ? share(doc, s, q0) : q0;
  if (!q) return null;
  if (notAFigure(doc, s, q)) return null;
  // "half the residents": the determiner opens the counted phrase (countedAfter takes "of the" itself).
  const fractionDet = q0.kind === 'fraction' && DETERMINERS.has(doc.tokens[q.last]?.lower ?? '');
  const counted = countedAfter(doc, s, fractionDet ? q.last + 1 : q.last);
  const personHead = !!counted.head && PERSON_NOUNS.has(counted.head);
  // The event: nominal ("nine casualties"), after ("58 were killed"), before ("killing 58"), toll, "killing of 6".
  if (counted.nominal) return { q, counted, event: counted.nominal, rule: 'quantities/nominal-event' };
  // "Seventy search warrants were executed", "four daily broadcasts of the missing": things are not victims.
  if (counted.head && !personLike(counted.head)) return { q, counted, rule: '' };
  const after = eventAfter(doc, s, counted.tail ?? counted.last, personHead) ?? (personHead ? eventAfterModifier(doc, s, counted.last) : null);
  if (after) return { q, counted, event: after.sense, rule: 'quantities/count-then-event' };
  const before = eventBefore(doc, s, q.qualFirst, personHead);
  if (before) return { q, counted, event: before, rule: 'quantities/event-then-count' };
  const toll = tollBefore(doc, s, q.qualFirst);
  if (toll) {
    // "the number of displaced families at 2,500": what the toll counts is what the figure counts.
    if (toll.counted && counted.last === counted.first) counted.range = toll.counted;
    return { q, counted, event: toll.sense, rule: 'quantities/toll' };
  }
  const label = labelEvent(doc, s, q);
  if (label) return { q, counted, event: label, rule: 'quantities/label' };
  return { q, counted, rule: '' };
}

/**
 * A fraction word that counts people or things: "half of the residents", "about half the residents", "a third of
 * its troops" → percent 50 / 33.33 of them. Not "half of the 40 victims" (the 40 is the figure), "the other
 * half", "half an hour", "half of it".
 */
function share(doc: Doc, s: Sentence, q: Quantity): Quantity | null {
  const toks = doc.tokens;
  let j = q.last;
  if (toks[j]?.lower === 'of') j++;
  const det = toks[j];
  if (!det || det.sentence !== s.index || !(DETERMINERS.has(det.lower) || POSSESSIVES.has(det.lower) || /'s$/i.test(det.text))) return null;
  const noun = toks[j + 1];
  if (!noun || noun.sentence !== s.index || !isWord(noun) || NUMBERISH_RE.test(noun.text)) return null;
  // The counted phrase must be people or known things: "half the residents", not "half the time".
  const c = countedAfter(doc, s, toks[q.last]?.lower === 'of' ? q.last : j + 1);
  if (!c.head || !(PERSON_NOUNS.has(c.head) || COUNT_NOUNS.has(c.head) || c.nominal)) return null;
  // "half the man he was": a share of one person is no count.
  if (SINGULAR_PEOPLE.has(c.head)) return null;
  const v = Math.round(q.value * 10_000) / 100;
  const min = q.min !== undefined ? v : undefined;
  const max = q.max !== undefined ? v : undefined;
  return extend(q, { value: v, kind: 'percent' as const, unit: 'percent', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
}

/**
 * Coordinated figures share their event: "killed six priests and two women", "5 policemen and 2 civilians
 * were injured". Only when nothing but "and", "or" or a comma separates the two counted phrases.
 */
function coordinate(doc: Doc, found: Found[]): void {
  // Revisions share the revised figure's event: "the toll rose from 12 to 19", "raised its toll to 23, up from 17".
  for (let i = 0; i < found.length; i++) {
    const b = found[i]!;
    if (b.event) continue;
    let a: Found | undefined;
    if (b.q.revises) a = found.find((f) => f.q === b.q.revises);
    else if (i > 0 && doc.tokens[b.q.qualFirst - 1]?.lower === 'from' && ['up', 'down'].includes(doc.tokens[b.q.qualFirst - 2]?.lower ?? '')) a = found[i - 1];
    if (a?.event && (b.q.kind === a.q.kind || b.q.kind === 'cardinal')) {
      b.event = a.event;
      b.rule = 'quantities/revision';
    }
  }
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    // "rose from 12 to 19": the old figure takes the new one's event when only the new one has it.
    if (b && !a.event && b.event && b.q.revises === a.q) { a.event = b.event; a.rule = 'quantities/revision'; }
    // "grew from 200 to 300 units": the old figure counts what the new one counts.
    if (b && b.q.revises === a.q && a.counted.last === a.counted.first && !a.counted.range && b.counted.last > b.counted.first) {
      a.counted = extend(b.counted, { tail: b.counted.last });
    }
  }
  const joins = (a: Found, b: Found) => {
    const gap = doc.tokens.slice(a.counted.last, b.q.qualFirst).map((t) => t.lower);
    return gap.length >= 1 && gap.length <= 3 && gap.some((w) => w === 'and' || w === ',' || w === 'or') &&
      gap.every((w) => w === 'and' || w === ',' || w === 'or' || DETERMINERS.has(w) || POSSESSIVES.has(w));
  };
  // Only figures that count someone take a neighbour's event: not "millions in losses".
  const people = (f: Found) => (f.q.kind === 'cardinal' || f.q.kind === 'vague') && f.counted.last > f.counted.first;
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (!a.event && b.event && b.rule === 'quantities/count-then-event' && people(a) && joins(a, b)) {
      a.event = b.event;
      a.rule = 'quantities/coordinated';
    }
  }
  // "killed 12 people, including 3 children": the part shares the whole's event.
  const including = (a: Found, b: Found) => {
    const gap = doc.tokens.slice(a.counted.last, b.q.qualFirst).map((t) => t.lower).filter((w) => w !== ',');
    return gap.length >= 1 && gap.length <= 3 && gap[gap.length - 1] === 'including';
  };
  for (let i = 1; i < found.length; i++) {
    const a = found[i - 1]!;
    const b = found[i]!;
    if (!b.event && a.event && people(b) && including(a, b)) {
      b.event = a.event;
      b.rule = 'quantities/coordinated';
      continue;
    }
    if (!b.event && a.event && a.rule === 'quantities/event-then-count' && people(b) && joins(a, b)) {
      b.event = a.event;
      b.rule = 'quantities/coordinated';
    }
  }
}

function build(doc: Doc, s: Sentence, f: Found): ClaimDraft | null {
  const toks = doc.tokens;
  const { q, counted, event } = f;
  let rule = f.rule;
  const head = counted.head;
  // Money and percentages keep their own category even beside an event word ("40% of the dead").
  let category: ClaimCategory;
  if (q.kind === 'money') { category = 'money'; rule = 'quantities/money'; }
  else if (q.kind === 'percent') { category = 'percent'; rule = 'quantities/percent'; }
  else if (q.kind === 'measure') { category = 'measure'; rule = 'quantities/measure'; }
  else if (event) category = event.category;
  else {
    if (!head || !(PERSON_NOUNS.has(head) || COUNT_NOUNS.has(head))) return null;
    // "Scotland's 400m man": a singular head cannot be a count of many.
    if (SINGULAR_PEOPLE.has(head) && q.value !== 1) return null;
    category = 'count';
    rule = 'quantities/count';
  }
  // Idioms: "the two sides", "these three countries" are anaphora, not new counts — unless an event says otherwise.
  const det = toks[q.qualFirst - 1];
  if (!event && det && DETERMINERS.has(det.lower) && q.number.written === 'words' && q.value <= 10 && category === 'count') return null;
  // A small word figure with no event and no hedge is narration, not a figure ("two officials met").
  if (category === 'count' && q.number.written === 'words' && q.value < 10 && q.qualifier === 'exact') return null;
  // Negative counts are not counts.
  if ((category === 'count' || category === 'casualty' || category === 'detention' || category === 'displacement') && q.value < 0) return null;

  // Owner: "23 of its soldiers" (set by countedAfter), "its 23 soldiers", "Pakistani soldiers".
  let owner = counted.owner;
  if (!owner && det && (POSSESSIVES.has(det.lower) || /'s$/i.test(det.text))) owner = { start: det.start, end: det.end };
  if (!owner && counted.last > counted.first) {
    const f = toks[counted.first]!;
    if (DEMONYMS.has(f.lower) && counted.last - counted.first >= 2) owner = { start: f.start, end: f.end };
  }

  // "The Taliban acknowledged suffering nine casualties", "it had lost five fighters": the subject of a verb of
  // loss owns what is counted (coref maps the range, a pronoun included, to an actor).
  if (!owner && (category === 'casualty' || category === 'detention')) owner = lossSubject(doc, s, q.qualFirst);

  // Money and percentages count something only through "of": "70% of new cash machines", "£100m of investment".
  // Measures too: "350 km east of the capital" counts nothing.
  if ((q.kind === 'money' || q.kind === 'percent' || q.kind === 'measure') && toks[q.last]?.lower !== 'of' && q.number.kind !== 'fraction') counted.last = counted.first;
  const countedRange = counted.last > counted.first ? { start: toks[counted.first]!.start, end: toks[counted.last - 1]!.end } : counted.range;
  return claimDraft({
    value: q.value,
    min: q.min,
    max: q.max,
    qualifier: q.qualifier,
    unit: q.unit || undefined,
    category,
    counted: countedRange ? doc.input.slice(countedRange.start, countedRange.end) : '',
    countedRange,
    countedOwner: owner,
    event: event ? event.lemma : undefined,
    locations: [],
    range: { start: q.start, end: q.end },
    sentence: s.index,
    rule,
  });
}

/** Verbs whose subject loses the people counted by their object: "suffered 9 casualties", "lost five fighters". */
const LOSS_VERBS = new Set(['suffered', 'suffering', 'suffer', 'suffers', 'sustained', 'sustaining', 'sustain', 'lost', 'losing', 'lose', 'loses', 'incurred', 'incurring']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she']);
/** Between a subject and the verb of loss: auxiliaries, adverbs, and a verb that takes it ("acknowledged suffering"). */
const LOSS_CHAIN = new Set([...AUX, 'been', 'be', 'also', 'reportedly', 'only', 'itself', 'themselves', 'to', 'not', 'may', 'might', 'could', 'would', 'will', 'did', 'do', 'does']);

/** The subject noun phrase of a verb of loss right before the figure at `at`, as a range; undefined when unsure. */
function lossSubject(doc: Doc, s: Sentence, at: number): Range | undefined {
  const toks = doc.tokens;
  let v = at - 1;
  if (v >= s.firstToken && ['another', 'a', 'an', 'some', 'about', 'nearly'].includes(toks[v]!.lower)) v--;
  if (v < s.firstToken || !LOSS_VERBS.has(toks[v]!.lower)) return undefined;
  // Walk back over the verb chain: "also acknowledged", "had", "admitted to".
  let k = v - 1;
  let chain = 0;
  while (k >= s.firstToken && chain < 5) {
    const t = toks[k]!;
    if (LOSS_CHAIN.has(t.lower) || (/^\p{Ll}+(?:ed|ly)$/u.test(t.text) && chain < 3) || (/^\p{Lu}+(?:ED|LY)$/u.test(t.text) && chain < 3)) { k--; chain++; continue; }
    break;
  }
  if (k < s.firstToken) return undefined;
  const last = toks[k]!;
  if (SUBJECT_PRONOUNS.has(last.lower)) return { start: last.start, end: last.end };
  // A noun phrase: words back to a determiner, a comma or the sentence start (at most five).
  if (!isWord(last) || NP_STOP.has(last.lower)) return undefined;
  let f = k;
  while (f - 1 >= s.firstToken && k - f < 4) {
    const t = toks[f - 1]!;
    if (!isWord(t) && !/^'s$/i.test(t.text)) break;
    if (NP_STOP.has(t.lower) && t.lower !== 'of') break;
    f--;
  }
  return { start: toks[f]!.start, end: last.end };
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
  const countsSomething = PERSON_NOUNS.has(nextLower) || NOMINAL_EVENTS.has(nextLower);
  if ((MONTHS.has(prevLower) && !countsSomething) || MONTHS.has(nextLower) || (nextLower === 'of' && MONTHS.has(toks[q.last + 1]?.lower ?? ''))) return true;
  if (prevLower === ',' && MONTHS.has(inS(prev2) ? prev2!.lower : '')) return true;
  // Years: a four-digit integer in 1800-2100 that counts nothing ("in 2019"; not "2000 people").
  if (m.written === 'digits' && /^\d{4}$/.test(first.text) && m.value >= 1800 && m.value <= 2100 && q.qualifier !== 'range') {
    const after = nextLower;
    if (!(PERSON_NOUNS.has(after) || COUNT_NOUNS.has(after) || EVENT_WORDS[after])) return true;
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
  // Names: "the Six Nations", "the Big Four" — a capitalised number word mid-sentence before a capitalised word.
  if (m.written === 'words' && s.kind !== 'heading' && m.first > s.firstToken && isCapitalised(first) && first.text !== first.text.toUpperCase()) {
    const nx = toks[m.last];
    if (nx && inS(nx) && isCapitalised(nx)) return true;
  }
  // "Fathers 4 Justice", "BWV 216", "Band Aid 20": digits inside a name (mixed-case text only).
  if (m.written === 'digits' && m.kind === 'cardinal' && prev && inS(prev) && m.first - 1 > s.firstToken && s.kind !== 'heading' && !titleCase(doc, s)) {
    const acronym = /^\p{Lu}{2,5}$/u.test(prev.text) && !/^\p{Lu}{2,5}$/u.test(toks[m.first - 2]?.text ?? '');
    const between = isCapitalised(prev) && isWord(prev) && !!next && inS(next) && isCapitalised(next) && isWord(next);
    const afterName = isCapitalised(prev) && isWord(prev) && isCapitalised(toks[m.first - 2] ?? prev) && isWord(toks[m.first - 2]) && !PERSON_NOUNS.has(nextLower) && !COUNT_NOUNS.has(nextLower) && !EVENT_WORDS[nextLower];
    if (acronym || between || afterName) return true;
  }
  // Idioms with "one": "one of the deadliest", "one another", "no one", "one day".
  if (m.written === 'words' && q.value === 1 && q.qualifier === 'exact') {
    if (nextLower === 'of' || nextLower === 'another' || nextLower === 'day' || nextLower === 'way' || nextLower === 'side' || prevLower === 'no' || prevLower === 'the' || prevLower === 'any' || prevLower === 'every' || prevLower === 'at') return true;
  }
  // Scores and votes glued by hyphens ("2-1") are caught as failed ranges: a figure between hyphens.
  if (inS(next) && next!.text === '-' && glued(toks[m.numLast - 1], next) && startsDigit(toks[q.last + 1]?.text ?? '')) return true;
  if (prev && inS(prev) && prev.text === '-' && glued(prev, toks[m.numFirst]) && startsDigit(prev2?.text ?? '')) return true;
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
  // "two more people", "12 other soldiers": not part of what is counted.
  if (!owner && ['more', 'other', 'additional', 'further', 'others'].includes(toks[j]?.lower ?? '') && j + 1 < s.lastToken && isWord(toks[j + 1]) && !NP_STOP.has(toks[j + 1]!.lower) && toks[j]!.lower !== 'others') j++;
  if (toks[j]?.text === ']' && j < s.lastToken) j++;
  const first = j;
  let nominal: EventSense | undefined;
  while (j < s.lastToken && j < first + 6) {
    const t = toks[j]!;
    if (!isWord(t)) break;
    const l = t.lower;
    // "200 soldiers and guerrillas": two person nouns joined count together.
    if (l === 'and' && j > first && PERSON_NOUNS.has(toks[j - 1]!.lower) && PERSON_NOUNS.has(toks[j + 1]?.lower ?? '') && !EVENT_WORDS[toks[j + 1]?.lower ?? ''] && j + 1 < s.lastToken) { j += 2; continue; }
    // "five policemen and a civilian were killed": the extra one is not counted but does not end the phrase.
    if (l === 'and' && j > first && PERSON_NOUNS.has(toks[j - 1]!.lower) && ['a', 'an', 'one'].includes(toks[j + 1]?.lower ?? '') && PERSON_NOUNS.has(toks[j + 2]?.lower ?? '') && j + 2 < s.lastToken) {
      return { first, last: j, head: toks[j - 1]!.lower, ...(owner ? { owner } : {}), ...(nominal ? { nominal } : {}), tail: j + 3 };
    }
    if (NP_STOP.has(l) || TIME_UNITS.has(l) || MONTHS.has(l)) break;
    if (EVENT_WORDS[l] && !NOMINAL_EVENTS.has(l)) {
      // "the wounded", "the dead" as heads only when nothing else was counted.
      break;
    }
    if (NOMINAL_EVENTS.has(l)) {
      // "public bodies", "three straight losses": a modified weak noun is not a casualty word.
      if (!(WEAK_EVENT_WORDS.has(l) && j > first)) nominal = EVENT_WORDS[l] ?? nominal;
      j++;
      break;
    }
    // Verbs in -ed / -ing after a counted noun start the predicate ("58 soldiers stationed").
    if (j > first && /(?:ed|ing)$/.test(l) && !PERSON_NOUNS.has(l)) break;
    if (/n't$/.test(l)) break;
    // An adverb ends the phrase when the verb or a clause break follows: "two soldiers instantly", "12 initially killed".
    if (/ly$/.test(l) && !PERSON_NOUNS.has(l)) {
      const nx = toks[j + 1];
      if (!nx || nx.sentence !== s.index || !isWord(nx) || EVENT_WORDS[nx.lower] || NP_STOP.has(nx.lower)) break;
    }
    j++;
    // A known head noun ends the phrase ("35% of women earn less"), unless a person noun joins it.
    if ((PERSON_NOUNS.has(l) || COUNT_NOUNS.has(l)) && toks[j]?.lower !== 'and') break;
  }
  if (j === first) return { first, last: first, ...(owner ? { owner } : {}) };
  // "400 head of cattle", "20 sacks of rice": the measure word's "of" phrase is what is counted.
  if (CLASSIFIER_NOUNS.has(toks[j - 1]!.lower) && toks[j]?.lower === 'of' && j + 1 < s.lastToken && isWord(toks[j + 1]) && !NP_STOP.has(toks[j + 1]!.lower)) {
    j += 2;
    if (j < s.lastToken && isWord(toks[j]) && !NP_STOP.has(toks[j]!.lower) && !EVENT_WORDS[toks[j]!.lower] && (COUNT_NOUNS.has(toks[j]!.lower) || PERSON_NOUNS.has(toks[j]!.lower))) j++;
  }
  // The head is the last word; a head that is an adjective-looking word without a noun makes no phrase.
  const head = toks[j - 1]!.lower;
  return { first, last: j, head, ...(owner ? { owner } : {}), ...(nominal ? { nominal } : {}) };
}

/** "58 Pakistani soldiers killed", "58 were reportedly killed", "35 guerrillas dead", "two members of his escort were killed". */
function eventAfter(doc: Doc, s: Sentence, from: number, personish: boolean): { sense: EventSense; at: number } | null {
  const toks = doc.tokens;
  let bridged = 0;
  let skippedPP = false;
  let skippedAside = false;
  for (let j = from; j < s.lastToken && bridged <= 4; j++) {
    const l = toks[j]!.lower;
    const ev = EVENT_WORDS[l];
    if (ev) {
      if (WEAK_EVENT_WORDS.has(l) && !personish) return null;
      // "five people lost their jobs": "lost" after the figure is a death only as "lost their lives".
      if ((l === 'lost' || l === 'losing') && !(toks[j + 1]?.lower === 'lives' || toks[j + 2]?.lower === 'lives')) return null;
      return { sense: ev, at: j };
    }
    // "9,000 were forced from their homes", "thousands driven from their villages".
    if (DISPLACEMENT_VERBS.has(l)) {
      for (let k = j + 1; k < s.lastToken && k <= j + 2; k++) {
        if (toks[k]!.lower !== 'from' && toks[k]!.lower !== 'out') continue;
        for (let o = k + 1; o < s.lastToken && o <= k + 2; o++) if (DISPLACEMENT_OBJECTS.has(toks[o]!.lower)) return { sense: { lemma: 'displaced', category: 'displacement' }, at: o };
      }
    }
    // "the six Jesuit priests' murder"
    if ((l === "'" || l === "'s") && j === from && EVENT_OF_NOUNS[toks[j + 1]?.lower ?? '']) return { sense: EVENT_OF_NOUNS[toks[j + 1]!.lower]!, at: j + 1 };
    // A relative clause before the verb: "two women who worked with them were murdered".
    // ... or a participle phrase: "two policemen guarding the consulate were killed".
    const participle = /ing$/.test(l) && !EVENT_WORDS[l] && isWord(toks[j]);
    if (((l === 'who' || l === 'that') && !AUX.has(toks[j + 1]?.lower ?? '') || participle) && j === from) {
      let k = j + 1;
      while (k < s.lastToken && k <= j + 7 && !AUX.has(toks[k]!.lower) && isWord(toks[k])) k++;
      if (!AUX.has(toks[k]?.lower ?? '')) return null;
      j = k - 1;
      continue;
    }
    if (EVENT_BRIDGE.has(l) || /ly$/.test(l) || l === ']' || l === ')' || (l === 'the' && toks[j - 1]?.lower === 'among')) { bridged++; continue; }
    // One short prepositional phrase after the counted noun: "two members of his escort were killed",
    // "15 protesters from the group were arrested".
    if (PP_HEADS.has(l) && !skippedPP && j === from) {
      let k = j + 1;
      const inPP = (t: Token) => isWord(t) && !EVENT_WORDS[t.lower] && !EVENT_BRIDGE.has(t.lower) && (!NP_STOP.has(t.lower) || DETERMINERS.has(t.lower) || POSSESSIVES.has(t.lower));
      while (k < s.lastToken && k <= j + 4 && inPP(toks[k]!)) k++;
      if (k === j + 1) return null;
      skippedPP = true;
      j = k - 1;
      continue;
    }
    // One aside: "five people, including a mayor, were wounded", "six Jesuits (five Spaniards and one
    // Salvadoran) were killed", "six Jesuits, five of them Spaniards, were killed"; an event must follow it.
    const closer = l === ',' ? ',' : l === '(' ? ')' : l === '-' ? '-' : '';
    if (closer && !skippedAside) {
      let k = j + 1;
      while (k < s.lastToken && k <= j + 10 && toks[k]!.text !== closer) k++;
      if (toks[k]?.text !== closer || k === j + 1) return null;
      const after = toks[k + 1]?.lower ?? '';
      if (!(EVENT_BRIDGE.has(after) || EVENT_WORDS[after])) return null;
      skippedAside = true;
      j = k;
      continue;
    }
    return null;
  }
  return null;
}

/** What ends a long post-modifier search: clause and quote boundaries, coordination, reporting verbs. */
const MODIFIER_STOP = new Set([',', ';', ':', '"', '(', ')', '-', 'and', 'but', 'or', 'said', 'says', 'told', 'according', 'while', 'whereas', 'where', 'when', 'because', 'if', 'since', 'although', 'after', 'before']);

/**
 * People counted, then a long post-modifier, then the passive or resultative verb: "40 people in the remote
 * mountain district of Kunar were killed", "four people who had gathered outside the mosque for evening
 * prayers were killed". Only for person heads (the caller checks); at most 14 tokens; the verb group must
 * start with an auxiliary and reach the event through bridge words.
 */
function eventAfterModifier(doc: Doc, s: Sentence, from: number): { sense: EventSense; at: number } | null {
  const toks = doc.tokens;
  const end = Math.min(s.lastToken, from + 14);
  for (let j = from; j < end; j++) {
    const t = toks[j]!;
    if (MODIFIER_STOP.has(t.lower) || startsDigit(t.text)) return null;
    if (!AUX.has(t.lower) || j === from) continue;
    for (let k = j + 1; k < s.lastToken && k <= j + 3; k++) {
      const l = toks[k]!.lower;
      const ev = EVENT_WORDS[l];
      if (ev) return WEAK_EVENT_WORDS.has(l) || NO_OBJECT_EVENTS.has(l) && !['died', 'dead', 'missing', 'drowned', 'perished', 'disappeared', 'unaccounted', 'homeless', 'fled'].includes(l) ? null : { sense: ev, at: k };
      if (!EVENT_BRIDGE.has(l) && !/ly$/.test(l)) break;
    }
  }
  return null;
}

/** "killing as many as 58", "killed 12 people", "claimed 40 lives", "the killing of 6 Jesuits". */
function eventBefore(doc: Doc, s: Sentence, at: number, personHead: boolean): EventSense | null {
  const toks = doc.tokens;
  const p1 = toks[at - 1];
  if (!p1 || p1.sentence !== s.index) return null;
  if (p1.lower === 'of' || ((p1.text === '[' || p1.lower === 'the') && toks[at - 2]?.lower === 'of')) {
    const p2 = toks[p1.lower === 'of' ? at - 2 : at - 3];
    if (p2 && p2.sentence === s.index && EVENT_OF_NOUNS[p2.lower]) return EVENT_OF_NOUNS[p2.lower]!;
    return null;
  }
  // "murdered a police inspector and two of his brothers": the figure is the second object of the verb.
  if (p1.lower === 'and') {
    for (let k = at - 2; k >= Math.max(s.firstToken, at - 8); k--) {
      const t = toks[k]!;
      const ev = EVENT_WORDS[t.lower];
      if (ev && !NO_OBJECT_EVENTS.has(t.lower) && !WEAK_EVENT_WORDS.has(t.lower) && k < at - 2) {
        const obj = toks[k + 1]!.lower;
        // The first object must be a noun phrase that starts right after the verb.
        if (obj === 'a' || obj === 'an' || obj === 'the' || POSSESSIVES.has(obj) || isCapitalised(toks[k + 1]!)) return ev;
        return null;
      }
      if (!(isWord(t) || t.text === ',') || (NP_STOP.has(t.lower) && !DETERMINERS.has(t.lower) && t.lower !== 'of' && t.lower !== 'a' && t.lower !== 'an')) return null;
    }
    return null;
  }
  // "killing 58", "killed 12 and wounded 30": the verb right before, or before one bridge word ("killed another 5").
  for (let k = at - 1; k >= Math.max(s.firstToken, at - 2); k--) {
    const l = toks[k]!.lower;
    const ev = EVENT_WORDS[l];
    if (ev && !NO_OBJECT_EVENTS.has(l)) {
      if (WEAK_EVENT_WORDS.has(l) && !personHead) return null;
      // "killing and wounding 40 people": deaths and injuries together are casualties.
      const other = toks[k - 2] && toks[k - 1]!.lower === 'and' ? EVENT_WORDS[toks[k - 2]!.lower] : undefined;
      if (other && other.category === 'casualty' && ev.category === 'casualty' && other.lemma !== ev.lemma) return { lemma: 'casualties', category: 'casualty' };
      return ev;
    }
    if (!(l === 'another' || l === 'a' || l === 'an' || l === 'total' || l === 'all' || l === 'the' || l === 'some')) break;
  }
  return null;
}

/** Words that end the backward search for a toll's subject: a clause or quote boundary. */
const TOLL_STOP = new Set([';', ':', '"', 'said', 'says', 'told', 'but', 'while', 'whereas', 'although']);
/** What may follow a toll noun before its verb: an interrupting phrase ("the death toll from the floods in X rose to"). */
const TOLL_INTERRUPT = new Set(['from', 'in', 'of', 'after', 'following', ',', 'on', 'at', 'since', 'across', 'among', 'for']);

/**
 * "the death toll rose to 40", "a toll of 12", "the number of dead stood at 40", "the death toll from
 * flash floods in the north rose from 12 to 19", "put the number of displaced families at more than 2,500".
 */
function tollBefore(doc: Doc, s: Sentence, at: number): { sense: EventSense; counted?: Range } | null {
  const toks = doc.tokens;
  let k = at - 1;
  let steps = 0;
  let verb = false;
  while (k >= s.firstToken && steps < 6 && (TOLL_VERBS.has(toks[k]!.lower) || toks[k]!.lower === 'from' || (steps > 0 && /^\p{L}+ly$/u.test(toks[k]!.text)))) {
    if (toks[k]!.lower !== 'to' && toks[k]!.lower !== 'at' && toks[k]!.lower !== 'of' && toks[k]!.lower !== 'from') verb = true;
    k--; steps++;
  }
  if (k < s.firstToken || steps === 0) return null;
  const here = tollAt(doc, s, k);
  if (here) return here;
  // A long subject: the toll noun, then an interrupting phrase, then the verb we walked over.
  if (!verb) return null;
  for (let n = k; n >= Math.max(s.firstToken, k - 14); n--) {
    const l = toks[n]!.lower;
    if (TOLL_STOP.has(l) || EVENT_WORDS[l] && !TOLL_NOUNS[l]) return null;
    if ((l === 'toll' || l === 'tally' || l === 'dead' || l === 'deaths' || l === 'casualties') && TOLL_INTERRUPT.has(toks[n + 1]?.lower ?? '')) {
      const t = tollAt(doc, s, n);
      if (t) return t;
    }
  }
  return null;
}

/** A toll noun phrase ending at token k: "death toll", "toll", "number of dead", "number of displaced families". */
function tollAt(doc: Doc, s: Sentence, k: number): { sense: EventSense; counted?: Range } | null {
  const toks = doc.tokens;
  const w1 = toks[k]!.lower;
  const w0 = k - 1 >= s.firstToken ? toks[k - 1]!.lower : '';
  const w00 = k - 2 >= s.firstToken ? toks[k - 2]!.lower : '';
  const toll = TOLL_NOUNS[`${w00} ${w0} ${w1}`] ?? TOLL_NOUNS[`${w0} ${w1}`] ?? TOLL_NOUNS[w1];
  if (toll) return { sense: toll };
  // "the number of people killed", "the number of displaced families": an event word inside "number of …".
  for (let n = k - 1; n >= Math.max(s.firstToken, k - 4); n--) {
    if (!((toks[n]!.lower === 'number' || toks[n]!.lower === 'tally' || toks[n]!.lower === 'count') && toks[n + 1]?.lower === 'of')) continue;
    for (let e = n + 2; e <= k; e++) {
      const l = toks[e]!.lower;
      const ev = EVENT_WORDS[l];
      if (ev && !WEAK_EVENT_WORDS.has(l)) return { sense: ev, counted: { start: toks[n + 2]!.start, end: toks[k]!.end } };
      if (!isWord(toks[e])) break;
    }
    return null;
  }
  return null;
}

/** A label-colon line whose label names the event: "Death toll: 40", "Killed: 12", "Arrests - 5". */
function labelEvent(doc: Doc, s: Sentence, q: Quantity): EventSense | null {
  const toks = doc.tokens;
  // The figure must open the line's content, right after the colon.
  const prev = toks[q.qualFirst - 1];
  if (!prev || prev.text !== ':' || prev.sentence !== s.index) return null;
  // segment marks labels on bullets and body lines; a short heading line "Death toll: 40" has the same shape.
  const labelText = s.label ? s.label.text : /^(?:[*+-]\s+)?(\p{L}[\p{L}' -]{0,40}):\s/u.exec(s.text.slice(0, 60))?.[1];
  if (!labelText || (s.label && prev.start < s.label.end)) return null;
  const words = labelText.toLowerCase().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  const two = words.slice(-2).join(' ');
  const toll = TOLL_NOUNS[two] ?? TOLL_NOUNS[last];
  if (toll) return toll;
  const ev = EVENT_WORDS[last] ?? EVENT_OF_NOUNS[last];
  return ev && !WEAK_EVENT_WORDS.has(last) ? ev : null;
}
