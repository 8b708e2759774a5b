/** Group claims about the same quantity from different sources; mark contested figures and revisions. */
import type { Draft } from '../drafts.js';

export function compareFigures(draft: Draft): void {
  void draft;
}
