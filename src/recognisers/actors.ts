/** recognise actors: one draft per mention; resolvers merge aliases and link roles. */
import type { Doc } from '../doc.js';
import type { ActorDraft } from '../drafts.js';

export function recogniseActors(doc: Doc): ActorDraft[] {
  void doc;
  return [];
}
