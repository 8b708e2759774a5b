/** recognise date expressions and resolve them against doc.publishedAt. */
import type { Doc } from '../doc.js';
import type { DateDraft } from '../drafts.js';

export function recogniseDates(doc: Doc): DateDraft[] {
  void doc;
  return [];
}
