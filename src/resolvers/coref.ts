/** Possessives and pronouns ('its soldiers', 'the group', 'he') to the nearest compatible actor; counted owners of claims. */
import type { Draft } from '../drafts.js';

export function linkReferences(draft: Draft): void {
  void draft;
}
