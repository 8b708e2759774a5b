/** Later restatements of the same figure (bullets, label-colon lines) to the first claim (repeatOfId). */
import type { Draft } from '../drafts.js';

export function linkRepeats(draft: Draft): void {
  void draft;
}
