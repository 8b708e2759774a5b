/** Merge actor mentions that name the same actor: aliases, acronyms, 'Long Name (ACR)', repeats. */
import type { Draft } from '../drafts.js';

export function mergeActors(draft: Draft): void {
  void draft;
}
