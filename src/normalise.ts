/**
 * normalise: unify typography and blank page furniture WITHOUT changing length.
 * Every replacement maps one UTF-16 unit to one, so the offset map back to the input is the
 * identity and no stage needs to translate offsets.
 */
import { FURNITURE_LINES } from './lexicon/furniture.js';
import { blankMarkup } from './markup.js';
import { table } from './lexicon/table.js';

// One unit in, one unit out. Curly quotes → straight, dashes → '-', odd spaces → ' '.
const CHAR_MAP: Record<string, string> = table({
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u3000': ' ',
  '\u200B': ' ', '\uFEFF': ' ', '\t': ' ', '\r': '\n', '\u2028': '\n', '\u2029': '\n', '\u0000': ' ',
  '\u2022': '*', '\u25CF': '*', '\u25AA': '*', '\u2023': '*', '\u2043': '*', '\u00B7': '*',
});
const CHAR_RE = new RegExp(`[${Object.keys(CHAR_MAP).join('').replace(/[-\\\]^]/g, '\\$&')}]`, 'g');

export interface Normalised {
  text: string;
  furniture: { start: number; end: number }[];
}

export function normalise(input: string): Normalised {
  // Scraped pages: tags, chrome elements and entities blanked first (same length).
  const markup = blankMarkup(input);
  let text = markup.text.replace(CHAR_RE, (c) => CHAR_MAP[c] ?? c);
  const furniture: { start: number; end: number }[] = markup.furniture;
  // Page furniture is a whole line matching a known pattern; blank it with spaces.
  const lineRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  const parts: string[] = [];
  let last = 0;
  while ((m = lineRe.exec(text)) !== null) {
    const line = m[0];
    // A line of a scraped page keeps the blanks of its tags: judge it by its words.
    const words = line.length <= 400 ? line.replace(/\s+/g, ' ').trim() : '';
    if (words.length <= 60 && FURNITURE_LINES.some((re) => re.test(words))) {
      parts.push(text.slice(last, m.index), ' '.repeat(line.length));
      last = m.index + line.length;
      furniture.push({ start: m.index, end: m.index + line.length });
    }
  }
  if (furniture.length) text = parts.join('') + text.slice(last);
  return { text, furniture };
}
