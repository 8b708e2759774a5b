/**
 * fast-check generators of news-like text: words from a small vocabulary written here (numbers, casualty and
 * reporting verbs, capitalised names, quotes, dashes, bullets, newlines) mixed with arbitrary unicode, so
 * generated inputs reach the recognisers' deep paths and not only the "nothing here" path.
 */
import fc from 'fast-check';

const NUMBERS = [
  '0', '1', '2', '3', '12', '58', '100', '1,200', '23,000', '3.5', '1.2', '2024', '1999', '10,000,000', '007',
  'one', 'two', 'three', 'ten', 'twelve', 'dozens', 'hundreds', 'thousands', 'a dozen', 'half', 'a third',
  '5%', '40 percent', '$3m', '$1.5 billion', '£20', '€4bn', '10km', '3 miles', '1st', '58th', '#9', '3-4', '10-15',
  '1,2,3', '9.9.9', '1.000.000', '-5', '+7', '½', '٣', '１２',
];
const CASUALTY = [
  'killed', 'died', 'dead', 'deaths', 'wounded', 'injured', 'missing', 'arrested', 'detained', 'displaced', 'fled',
  'casualties', 'toll', 'death toll', 'bodies', 'executed', 'kidnapped', 'hurt', 'killing', 'massacre',
];
const REPORTING = [
  'said', 'says', 'told', 'stated', 'added', 'announced', 'according to', 'claimed', 'alleged', 'insisted',
  'denied', 'rejected', 'dismissed', 'acknowledged', 'admitted', 'confirmed', 'accused', 'blamed', 'disputed',
  'estimated', 'reported', 'reportedly', 'put the toll at', 'said that', 'told reporters', 'in a statement',
];
const HEDGES = [
  'at least', 'more than', 'over', 'about', 'around', 'nearly', 'almost', 'up to', 'as many as', 'fewer than',
  'between', 'and', 'to', 'some', 'roughly', 'an estimated', 'no fewer than', 'under', 'or', 'of', 'in', 'on', 'the',
  'a', 'its', 'their', 'his', 'her', 'it', 'they', 'he', 'she', 'who', 'which', 'that', 'were', 'was', 'had', 'have',
];
const NAMES = [
  'John Smith', 'Mr Smith', 'Dr. Jones', 'Gen. Ahmed Khan', 'Maria', 'Karimullah', 'Reuters', 'AFP', 'BBC', 'UN',
  'U.S.', 'U.N.', 'EU', 'Nato', 'NATO', 'Pakistan', 'Afghanistan', 'Kabul', 'Islamabad', 'London', 'Gaza', 'Kyiv',
  'Ukraine', 'Russia', 'Syria', 'Texas', 'Paris', 'the Taliban', 'Taliban', 'Hamas', 'the army', 'police',
  'the Ministry of Defence', 'the ministry', 'the government', 'officials', 'a spokesman', 'spokeswoman',
  'the president', 'President Biden', 'Prime Minister', 'witnesses', 'residents', 'soldiers', 'civilians', 'people',
  'children', 'militants', 'fighters', 'rebels', 'troops', 'protesters', 'migrants', 'refugees', 'TTP',
  'Tehreek-e-Taliban Pakistan', 'the border', 'border crossing', 'province', 'district', 'village', 'hospital',
  "Pakistan's", "the army's", 'Afghan', 'Pakistani', 'Russian', 'British', 'New York', 'St. Louis', 'Washington',
];
const DATES = [
  'Monday', 'on Tuesday', 'last week', 'yesterday', 'today', 'March 3', '3 March 2024', 'in 2019', 'Jan. 5',
  'earlier this month', 'on Friday night', '2024-01-05', '12/03/2021', 'the 1990s', 'last year', 'hours later',
];
const PUNCT = [
  '.', '.', ',', ',', '"', '"', "'", '\u201C', '\u201D', '\u2018', '\u2019', '\u2014', '\u2013', '-', '--', ':', ';',
  '(', ')', '[', ']', '?', '!', '...', '\u2026', '/', '&', '*', '%', '$', '@', '#',
];
const BREAKS = ['\n', '\n\n', '\n* ', '\n- ', '\n\u2022 ', '\n1. ', '\n2) ', '\r\n', '\t', '\u00A0', '\u2028'];
const FURNITURE = ['3 Min Read', 'Share this Article', 'Advertisement', 'Updated 3 hours ago', '12 comments', 'By Admin'];

const word = fc.oneof(
  { arbitrary: fc.constantFrom(...NUMBERS), weight: 6 },
  { arbitrary: fc.constantFrom(...CASUALTY), weight: 4 },
  { arbitrary: fc.constantFrom(...REPORTING), weight: 4 },
  { arbitrary: fc.constantFrom(...HEDGES), weight: 6 },
  { arbitrary: fc.constantFrom(...NAMES), weight: 6 },
  { arbitrary: fc.constantFrom(...DATES), weight: 2 },
  { arbitrary: fc.constantFrom(...PUNCT), weight: 5 },
  { arbitrary: fc.constantFrom(...BREAKS), weight: 2 },
  { arbitrary: fc.constantFrom(...FURNITURE), weight: 1 },
  // A word changed in case ("KILLED", "said" → "SAID"), and any unicode at all (lone surrogates included).
  { arbitrary: fc.constantFrom(...NAMES, ...CASUALTY, ...REPORTING).map((w) => w.toUpperCase()), weight: 1 },
  { arbitrary: fc.constantFrom(...NAMES).map((w) => w.toLowerCase()), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 1 },
);
const separator = fc.constantFrom(' ', ' ', ' ', ' ', ' ', '', '  ', '\n', ', ', '. ', '.\n\n');

/** A news-like text: 0–maxWords vocabulary words with separators, sometimes none at all. */
export const newsText = (maxWords = 60) =>
  fc.array(fc.tuple(word, separator), { maxLength: maxWords }).map((parts) => parts.map(([w, s]) => w + s).join(''));

/** A sentence in the shape the recognisers look for: "<Source> said <hedge> <number> <people> were <killed> ..." */
export const newsSentence = fc
  .tuple(
    fc.constantFrom(...NAMES), fc.constantFrom(...REPORTING), fc.constantFrom(...HEDGES, ''), fc.constantFrom(...NUMBERS),
    fc.constantFrom(...NAMES), fc.constantFrom('were', 'had been', 'have been', 'are', ''), fc.constantFrom(...CASUALTY),
    fc.constantFrom('in', 'near', 'on', 'at'), fc.constantFrom(...NAMES, ...DATES), fc.constantFrom('.', '."', '', '!', '...'),
    fc.boolean(),
  )
  .map(([src, verb, hedge, n, who, aux, ev, prep, where, end, quoted]) => {
    const body = [hedge, n, who, aux, ev, prep, where].filter(Boolean).join(' ');
    return quoted ? `"${body}," ${src} ${verb}${end}` : `${src} ${verb} ${body}${end}`;
  });

/** Several shaped sentences and news-like noise, in paragraphs. */
export const newsArticleText = fc
  .array(fc.oneof({ arbitrary: newsSentence, weight: 3 }, { arbitrary: newsText(15), weight: 1 }), { maxLength: 8 })
  .chain((ss) => fc.array(fc.constantFrom(' ', ' ', '\n', '\n\n', '\n* ', ''), { minLength: ss.length, maxLength: ss.length })
    .map((seps) => ss.map((s, i) => s + seps[i]).join('')));

/** Any text at all: arbitrary unicode (lone surrogates included), news-like words, or shaped news sentences. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  newsText(),
  newsArticleText,
);

/** Article objects as callers pass them: optional id, title, publishedAt (good, odd, or invalid). */
export const article = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a-1', '42', '')),
    title: fc.oneof(newsText(8), fc.string({ maxLength: 20 })),
    text: fc.oneof(newsArticleText, newsText()),
    publishedAt: fc.oneof(
      fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
      fc.date(),
      fc.constantFrom('2024-03-05', '2024-03-05T10:00:00Z', 'Tuesday', 'not a date', '', '2024-13-45'),
    ),
    source: fc.constantFrom('BBC', 'Reuters', ''),
    url: fc.constantFrom('https://example.com/a', ''),
  },
  { requiredKeys: ['text'] },
);
