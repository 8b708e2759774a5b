/** Responses to what they answer: 'rejected the figure' → the claim it rejects (targetId). */
import type { Draft } from '../drafts.js';

export function linkTargets(draft: Draft): void {
  void draft;
}
