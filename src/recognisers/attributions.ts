/** recognise attributions: reporting cue + source + content, with stance. */
import type { Doc } from '../doc.js';
import type { AttributionDraft } from '../drafts.js';

export function recogniseAttributions(doc: Doc): AttributionDraft[] {
  void doc;
  return [];
}
