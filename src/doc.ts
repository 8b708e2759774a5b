/**
 * The internal document model every stage reads. Not public.
 * `text` is the normalised input and has exactly the input's length (normalise is
 * length-preserving), so every offset into `text` is an offset into the original input.
 */
export interface Token {
  /** Index in doc.tokens. */
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  sentence: number;
}

export type SentenceKind = 'heading' | 'bullet' | 'body';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  kind: SentenceKind;
  /** Offsets into doc.tokens: tokens[firstToken .. lastToken) belong to this sentence. */
  firstToken: number;
  lastToken: number;
  /** "Taliban claim: 58 ..." — the label before the colon of a label-colon line. */
  label?: { start: number; end: number; text: string };
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export interface Doc {
  input: string;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** Ranges blanked as page furniture ("3 Min Read", "Share this Article"). */
  furniture: { start: number; end: number }[];
  /** Reference date for relative expressions, ISO, when known. */
  publishedAt?: string;
}

export const span = (doc: Doc, start: number, end: number) => ({ start, end, text: doc.input.slice(start, end) });

/** Index of the sentence holding an offset (binary search over the ordered sentences), if any. */
export function sentenceAt(doc: Doc, pos: number): number | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return undefined;
}
