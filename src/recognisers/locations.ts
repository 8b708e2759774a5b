/** recognise locations: one draft per mention; resolvers merge and set containment. */
import type { Doc } from '../doc.js';
import type { LocationDraft } from '../drafts.js';

export function recogniseLocations(doc: Doc): LocationDraft[] {
  void doc;
  return [];
}
