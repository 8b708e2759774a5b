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
  /** What the stages work out once per document and read many times; born and dropped with the document. */
  memo: DocMemo;
}

/** How far capitals can be trusted in a sentence (gazetteer.ts caseMode). */
export type CaseMode = 'mixed' | 'upper' | 'lower' | 'title';

/**
 * Per-document caches, kept on the document rather than in module-level WeakMaps keyed by it. Profile
 * (issue #6, --trace-gc-nvp with a minor GC after every article): with WeakMaps, ~57 KB of every article
 * (its tag sets above all) survived two scavenges and was promoted to the old generation. V8's scavenger
 * keeps the entries of a WeakMap that lives in the old generation, so an article's caches outlived it
 * until the next full collection, and the workers ran mark-compact every ~90 articles. On the document
 * they die young with it (promotion down to ~15 KB per article).
 */
export interface DocMemo {
  /** Tags per token, by sentence (read.ts). */
  tags?: (Set<string>[] | undefined)[];
  /** Case mode by sentence (gazetteer.ts). */
  caseModes?: (CaseMode | undefined)[];
  /** Title-case sentences, by sentence (quantities.ts). */
  titleCase?: (boolean | undefined)[];
  /** Capitalised words inside sentences, lower-cased (quote-speakers.ts). */
  properNouns?: Set<string>;
  /** Capitalised words inside body sentences, lower-cased (actors.ts). */
  bodyWords?: Set<string>;
  /** Team names on results lines: start token → end token (teams.ts). */
  teams?: Map<number, number>;
  /** Photo-caption paragraphs, by paragraph (resolvers/sources.ts). */
  captions?: Map<number, boolean>;
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
