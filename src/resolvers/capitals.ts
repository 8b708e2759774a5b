/** Capitals used as subjects or owners stand for their governments ('Islamabad argues'). */
import type { Draft } from '../drafts.js';

export function capitalsAsGovernments(draft: Draft): void {
  void draft;
}
