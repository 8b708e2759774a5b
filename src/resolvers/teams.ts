/**
 * One sense per document: a name the article uses as a team or company ("Bath 56" on a results line,
 * "tyre giant Pirelli") keeps that sense in its other mentions, which recognisers read alone as places
 * ("Bath beat Leicester") or unknown names.
 */
import type { Draft } from '../drafts.js';
import { keyOf } from '../recognisers/gazetteer.js';

const SENSE_RULES = new Set(['actors/team-row', 'actors/org-cue']);

export function oneSensePerDocument(draft: Draft): void {
  const orgs = new Map<string, (typeof draft.actors)[number]>();
  for (const a of draft.actors) if (!a.mergedInto && SENSE_RULES.has(a.rule) && a.mentions.length) orgs.set(keyOf(a.name), a);
  if (orgs.size === 0) return;
  for (const l of draft.locations) {
    if (l.mergedInto || l.kind === 'country' || l.mentions.length === 0) continue;
    const a = orgs.get(keyOf(l.name));
    if (!a) continue;
    for (const m of l.mentions) if (!a.mentions.some((x) => x.start === m.start)) a.mentions.push(m);
    l.mentions = [];
  }
}
