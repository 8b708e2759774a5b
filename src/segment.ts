/**
 * segment: paragraphs → sentences → tokens, over the normalised text.
 * A blank line ends a paragraph; a single newline ends a sentence only where the line looks
 * finished (terminal punctuation, a heading-length line, or a bullet next), because wire copy
 * (MUC-4, FBIS) hard-wraps sentences at ~70 columns.
 */
import type { Doc, Paragraph, Sentence, SentenceKind, Token } from './doc.js';
import { ABBREVIATIONS } from './lexicon/abbreviations.js';
import { hasLetter } from './chars.js';

const BULLET_RE = /^[ \t]*(?:[*\-+]|\d{1,2}[.)])[ \t]+/;
// Words with inner hyphens/apostrophes, numbers with separators, possessive 's, or one other char.
// Sticky: matched at a known position with test() (no match array per token: ~8% of extract()'s allocation
// was exec() here, issue #6). Only whitespace lies between tokens (the last branch takes any other character).
const TOKEN_RE = /'s(?![\p{L}\p{N}])|[\p{L}\p{M}]+(?:[-'][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*(?:[\p{L}]+)?|\S/uy;
const SPACE_RE = /\s/;
const LABEL_RE = /^(?:[*\-+]\s+)?([\p{L}][\p{L}\p{N}' .-]{1,60}?):\s+\S/u;

/**
 * A token, made by `new`, not by an object literal. V8 gives each object literal an allocation site and,
 * once most of a site's objects outlive a scavenge, allocates all its later objects straight in the old
 * generation ("pretenuring"). A token lives as long as its article, so in a worker (whose nursery is small
 * and always at its largest, see pool.ts WORKER_YOUNG_MB) the token literal was pretenured early, and
 * every article's tokens (~32 KB) became old-generation garbage: a sampling heap profile of what outlived
 * scavenges over 1,000 articles put 80% of it here; `--no-allocation-site-pretenuring` made workers ~15%
 * faster. Objects made by `new` have no allocation site.
 */
class SegmentToken implements Token {
  constructor(
    public i: number,
    public start: number,
    public end: number,
    public text: string,
    public lower: string,
    public sentence: number,
  ) {}
}

/**
 * A sentence, made by `new` for the same reason as a token: in a sampling heap profile of what outlived
 * scavenges in fresh workers, sentence literals were 0.25 KB per article in some and 2.5–2.6 KB (a
 * quarter of all) in others, the sign of a pretenured site. `label` is always set, so every sentence
 * has one hidden class.
 */
class SentenceObject implements Sentence {
  label: Sentence['label'] = undefined;
  constructor(
    public index: number,
    public start: number,
    public end: number,
    public text: string,
    public paragraph: number,
    public kind: SentenceKind,
    public firstToken: number,
    public lastToken: number,
  ) {}
}

/** Is the UTF-16 unit at i whitespace (as \s reads it)? ASCII from the code, the rest by the regex. */
function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE_RE.test(text[i]!);
}

interface Line { start: number; end: number; text: string }

function lines(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let s = from;
  while (s < to) {
    let e = text.indexOf('\n', s);
    if (e === -1 || e > to) e = to;
    out.push({ start: s, end: e, text: text.slice(s, e) });
    s = e + 1;
  }
  return out;
}

const isBlank = (l: Line) => l.text.trim() === '';
const endsFinished = (t: string) => /[.!?:;"')\]]\s*$/.test(t);

/** Split the text into blocks: paragraphs, with bullets and headings as blocks of their own. */
function blocks(text: string): { start: number; end: number; kind: SentenceKind; paragraph: number }[] {
  const out: { start: number; end: number; kind: SentenceKind; paragraph: number }[] = [];
  const all = lines(text, 0, text.length);
  let paragraph = -1;
  let cur: { start: number; end: number; kind: SentenceKind; paragraph: number } | null = null;
  let prevBlank = true;
  let prevLine: Line | null = null;
  for (const line of all) {
    if (isBlank(line)) {
      prevLine = null;
      if (cur) out.push(cur);
      cur = null;
      prevBlank = true;
      continue;
    }
    if (prevBlank) paragraph++;
    const bullet = BULLET_RE.test(line.text);
    // Judge the previous line only (not the whole block) so long blocks stay linear.
    const prevText = prevLine ? prevLine.text : '';
    const breakHere = !cur || bullet || endsFinished(prevText) || prevText.trim().length < 50;
    if (breakHere) {
      if (cur) out.push(cur);
      const lead = line.text.length - line.text.trimStart().length;
      cur = { start: line.start + lead, end: line.end, kind: bullet ? 'bullet' : 'body', paragraph };
    } else {
      cur!.end = line.end;
    }
    prevBlank = false;
    prevLine = line;
  }
  if (cur) out.push(cur);
  // A short block without final punctuation, standing alone, reads as a heading.
  for (const b of out) {
    const t = text.slice(b.start, b.end).trim();
    if (b.kind === 'body' && t.length < 120 && !/[.!?"]$/.test(t) && !/[.!?]\s/.test(t)) b.kind = 'heading';
  }
  return out;
}

/** Sentence ends inside a block: [.!?] (+ closing quotes/brackets) + space + a plausible sentence start. */
function sentenceEnds(text: string, start: number, end: number, lowerCaseDoc: boolean): number[] {
  const ends: number[] = [];
  // Find punctuation runs only; what follows is checked by hand so no pattern can backtrack.
  // Search the block alone: a search over the whole text from `start` would run on to the next match
  // anywhere after the block, which makes a text of many blocks without punctuation quadratic.
  const re = /[.!?]+["')\]]*/g;
  const block = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(block)) !== null) {
    const at = start + m.index;
    const stop = Math.min(at + m[0].length, end);
    let k = stop;
    while (k < end && k < stop + 8 && /\s/.test(text[k]!)) k++;
    if (k === stop || k >= end) continue; // no space after, or nothing follows
    const next = text[k]!;
    if (/\p{Ll}/u.test(next) && !lowerCaseDoc) continue;
    if (!/[\p{L}\p{N}"'(\[*]/u.test(next)) continue;
    if (m[0][0] === '.') {
      // redos-ok: quadratic in its input, which is at most 12 characters.
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, at - 12), at));
      const w = before ? before[1]!.toLowerCase() : '';
      if (ABBREVIATIONS.has(w) || /^\p{L}$/u.test(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w)) continue;
    }
    ends.push(stop);
  }
  return ends;
}

/**
 * Letters and lower-case letters, ASCII by char code. Profiled (node --cpu-prof, BBC corpus): counting
 * with text.match(/\p{L}/gu) built one string per letter and took ~70% of segment(); this is ~9x faster.
 */
function letterCounts(text: string): { letters: number; lowers: number } {
  let letters = 0;
  let lowers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      letters++;
      lowers++;
    } else if (c >= 65 && c <= 90) letters++;
    else if (c > 127) {
      const ch = text[i]!;
      if (/\p{Ll}/u.test(ch)) {
        letters++;
        lowers++;
      } else if (hasLetter(ch)) letters++;
    }
  }
  return { letters, lowers };
}

export function segment(input: string, text: string, furniture: Doc['furniture']): Doc {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const { letters, lowers } = letterCounts(text);
  const uppers = letters - lowers;
  const lowerCaseDoc = letters > 0 && uppers / letters < 0.01;
  for (const b of blocks(text)) {
    if (paragraphs.length === b.paragraph) paragraphs.push({ index: b.paragraph, start: b.start, end: b.end });
    else paragraphs[paragraphs.length - 1]!.end = b.end;
    let s = b.start;
    const cuts = b.kind === 'heading' ? [] : sentenceEnds(text, b.start, b.end, lowerCaseDoc);
    for (const e of [...cuts, b.end]) {
      pushSentence(s, e, b.kind, b.paragraph);
      s = e;
    }
  }
  function pushSentence(start: number, end: number, kind: SentenceKind, paragraph: number) {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    const index = sentences.length;
    const firstToken = tokens.length;
    const body = text.slice(start, end);
    for (let p = 0; p < body.length; ) {
      if (spaceAt(body, p)) { p++; continue; }
      TOKEN_RE.lastIndex = p;
      // Always matches (any non-space character is a token); the fallback only guards the loop.
      const e = TOKEN_RE.test(body) ? TOKEN_RE.lastIndex : p + 1;
      const word = body.slice(p, e);
      tokens.push(new SegmentToken(tokens.length, start + p, start + e, word, word.toLowerCase(), index));
      p = e;
    }
    const sentence = new SentenceObject(index, start, end, body, paragraph, kind, firstToken, tokens.length);
    const label = LABEL_RE.exec(sentence.text);
    if (label && (kind === 'bullet' || kind === 'body')) {
      const ls = start + label[0].indexOf(label[1]!);
      sentence.label = { start: ls, end: ls + label[1]!.length, text: label[1]! };
    }
    sentences.push(sentence);
  }
  return { input, text, paragraphs, sentences, tokens, furniture, memo: {} };
}
