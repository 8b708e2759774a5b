/** recognise numeric claims: number + qualifier + counted phrase + event. */
import type { Doc } from '../doc.js';
import type { ClaimDraft } from '../drafts.js';

export function recogniseQuantities(doc: Doc): ClaimDraft[] {
  void doc;
  return [];
}
