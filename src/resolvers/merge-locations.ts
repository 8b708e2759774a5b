/** Merge location mentions of the same place and set containment ('Pakistan's Kurram region'). */
import type { Draft } from '../drafts.js';

export function mergeLocations(draft: Draft): void {
  void draft;
}
