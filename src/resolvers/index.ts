/**
 * The resolvers, in order. Each takes the whole draft and links or prunes mentions.
 * Anything that involves two mentions lives here, never in a recogniser.
 */
import type { Draft } from '../drafts.js';
import { mergeActors } from './merge-actors.js';
import { mergeLocations } from './merge-locations.js';
import { oneSensePerDocument } from './teams.js';
import { linkStateParts } from './affiliations.js';
import { capitalsAsGovernments } from './capitals.js';
import { linkReferences } from './coref.js';
import { dropClaimOverlaps } from './claim-overlaps.js';
import { linkClaimLocations } from './claim-locations.js';
import { linkSources } from './sources.js';
import { scopeClaims } from './scope-claims.js';
import { linkRepeats } from './repeats.js';
import { linkTargets } from './targets.js';
import { compareFigures } from './contested.js';
import { anchorDates } from './anchor-dates.js';

export type Resolver = (draft: Draft) => void;

export const RESOLVERS: readonly { name: string; run: Resolver }[] = [
  // Names first: everything after links to canonical actors and places.
  { name: 'merge-actors', run: mergeActors },
  { name: 'merge-locations', run: mergeLocations },
  // Needs merged names: a team or company keeps that sense where its name reads as a place.
  { name: 'teams', run: oneSensePerDocument },
  // Needs merged places and actors: a capital that speaks becomes its country's government.
  { name: 'capitals', run: capitalsAsGovernments },
  // Needs the governments capitals may add: "Pakistan's military" belongs to Pakistan.
  { name: 'state-parts', run: linkStateParts },
  // Needs the final actor set: 'its', 'he', 'the group', and whose people a claim counts.
  { name: 'coref', run: linkReferences },
  // Claims pruned before anything links to them.
  { name: 'claim-overlaps', run: dropClaimOverlaps },
  // Places of the surviving claims; repeats compare them (two places are two incidents).
  { name: 'claim-locations', run: linkClaimLocations },
  // Sources need resolved actors; scoping needs sources.
  { name: 'sources', run: linkSources },
  { name: 'scope-claims', run: scopeClaims },
  // Repeats and targets compare claims that already know their sources.
  { name: 'repeats', run: linkRepeats },
  { name: 'targets', run: linkTargets },
  // Last comparison: needs sources, repeats (a repeat is not a second opinion) and dates.
  { name: 'anchor-dates', run: anchorDates },
  { name: 'contested', run: compareFigures },
];

export function resolve(draft: Draft): void {
  for (const r of RESOLVERS) r.run(draft);
}
