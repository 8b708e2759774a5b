/**
 * Referential integrity of a result: ids unique across every record, and every reference points to an
 * existing record of the right kind. Returns human-readable problems (empty when the result is sound).
 */
import type { ExtractionResult } from '../../src/index.js';

export function idProblems(r: ExtractionResult): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const all = [...r.actors, ...r.locations, ...r.claims, ...r.attributions, ...r.contested, ...r.dates];
  for (const rec of all) {
    if (seen.has(rec.id)) problems.push(`duplicate id ${rec.id}`);
    seen.add(rec.id);
  }
  return problems;
}

export function refProblems(r: ExtractionResult): string[] {
  const problems: string[] = [];
  const actors = new Set(r.actors.map((x) => x.id));
  const locations = new Set(r.locations.map((x) => x.id));
  const claims = new Set(r.claims.map((x) => x.id));
  const attributions = new Set(r.attributions.map((x) => x.id));
  const check = (from: string, field: string, id: string | undefined, ...kinds: Set<string>[]) => {
    if (id === undefined) return;
    if (!kinds.some((k) => k.has(id))) problems.push(`${from}.${field} -> ${id} (no such record)`);
  };
  for (const a of r.actors) check(a.id, 'affiliationId', a.affiliationId, actors);
  for (const l of r.locations) check(l.id, 'containedInId', l.containedInId, locations);
  for (const c of r.claims) {
    check(c.id, 'countedActorId', c.countedActorId, actors);
    check(c.id, 'sourceId', c.sourceId, actors);
    check(c.id, 'attributionId', c.attributionId, attributions);
    check(c.id, 'repeatOfId', c.repeatOfId, claims);
    for (const id of c.locationIds) check(c.id, 'locationIds', id, locations);
  }
  for (const a of r.attributions) {
    check(a.id, 'sourceId', a.sourceId, actors);
    check(a.id, 'targetId', a.targetId, claims, attributions);
    check(a.id, 'parentId', a.parentId, attributions);
    for (const id of a.claimIds) check(a.id, 'claimIds', id, claims);
  }
  for (const x of r.contested) {
    for (const id of x.claimIds) check(x.id, 'claimIds', id, claims);
    for (const id of x.sourceIds) check(x.id, 'sourceIds', id, actors);
  }
  // Self-references are loops, not links.
  for (const a of r.actors) if (a.affiliationId === a.id) problems.push(`${a.id}.affiliationId points to itself`);
  for (const l of r.locations) if (l.containedInId === l.id) problems.push(`${l.id}.containedInId points to itself`);
  for (const c of r.claims) if (c.repeatOfId === c.id) problems.push(`${c.id}.repeatOfId points to itself`);
  for (const a of r.attributions) {
    if (a.parentId === a.id) problems.push(`${a.id}.parentId points to itself`);
    if (a.targetId === a.id) problems.push(`${a.id}.targetId points to itself`);
  }
  // Chains (containedIn, parent, affiliation, repeatOf) must end: a consumer walking up one never loops.
  const chains: [string, Map<string, string | undefined>][] = [
    ['containedInId', new Map(r.locations.map((l) => [l.id, l.containedInId]))],
    ['parentId', new Map(r.attributions.map((a) => [a.id, a.parentId]))],
    ['affiliationId', new Map(r.actors.map((a) => [a.id, a.affiliationId]))],
    ['repeatOfId', new Map(r.claims.map((c) => [c.id, c.repeatOfId]))],
  ];
  for (const [field, next] of chains) {
    const ends = new Set<string>(); // ids known to reach the end of their chain
    for (const start of next.keys()) {
      const path = new Set<string>();
      let at: string | undefined = start;
      while (at !== undefined && !ends.has(at) && !path.has(at)) {
        path.add(at);
        at = next.get(at);
      }
      if (at !== undefined && path.has(at)) {
        problems.push(`${field} chain from ${start} loops`);
        break;
      }
      for (const id of path) ends.add(id);
    }
  }
  return problems;
}
