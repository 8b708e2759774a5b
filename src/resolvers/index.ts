/**
 * The resolvers, in order. Each takes the whole draft and links or prunes mentions.
 * Anything that involves two mentions lives here, never in a recogniser.
 */
import type { Draft } from '../drafts.js';

export type Resolver = (draft: Draft) => void;

export const RESOLVERS: readonly { name: string; run: Resolver }[] = [
  // (each issue adds its resolvers here, in order, with a one-line reason for the position)
];

export function resolve(draft: Draft): void {
  for (const r of RESOLVERS) r.run(draft);
}
