/** Claims to the attribution whose content holds them (attributionId, sourceId); nested attributions (parentId). */
import type { Draft } from '../drafts.js';

export function scopeClaims(draft: Draft): void {
  void draft;
}
