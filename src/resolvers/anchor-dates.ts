/** Dates that govern a claim or attribution in the sentence: eventDate and statedAt. */
import type { Draft } from '../drafts.js';

export function anchorDates(draft: Draft): void {
  void draft;
}
