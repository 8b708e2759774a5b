/** Merge location mentions of the same place and set containment ('Pakistan's Swat region'). */
import { canonical, type Draft, type LocationDraft } from '../drafts.js';
import { baseLower, keyOf, placeOf, possessiveOf, tokenAt } from '../recognisers/gazetteer.js';

export function mergeLocations(draft: Draft): void {
  const { doc } = draft;
  const byKey = new Map<string, LocationDraft>();
  for (const l of draft.locations) {
    if (l.mergedInto) continue;
    const k = keyOf(l.name);
    const first = byKey.get(k);
    if (!first) { byKey.set(k, l); continue; }
    first.mentions.push(...l.mentions);
    if (first.kind === 'other') first.kind = l.kind;
    first.countryCode ??= l.countryCode;
    l.mergedInto = first;
  }
  const live = draft.locations.filter((l) => !l.mergedInto);
  const countryByCode = new Map<string, LocationDraft>();
  for (const l of live) if (l.kind === 'country' && l.countryCode && !countryByCode.has(l.countryCode)) countryByCode.set(l.countryCode, l);

  // The one country every coded place of the article lies in, if there is exactly one.
  const codes = new Set<string>();
  for (const l of live) if (l.countryCode && l.kind !== 'border') codes.add(l.countryCode);
  const soleCode = codes.size === 1 ? [...codes][0]! : undefined;

  // Where each mention starts: look-ups stay O(1) however long the article.
  const at = new Map<number, LocationDraft>();
  for (const l of live) for (const m of l.mentions) if (!at.has(m.start)) at.set(m.start, l);
  const toks = doc.tokens;
  for (const l of live) {
    if (l.kind === 'country') continue;
    for (const m of l.mentions) {
      if (l.containedIn) break;
      const ti = tokenAt(doc, m.start);
      if (ti < 0 || toks[ti]!.start !== m.start) continue;
      // "Pakistan's Swat region": the possessive owner contains the place.
      const prev = toks[ti - 1];
      if (prev && prev.sentence === toks[ti]!.sentence && possessiveOf(prev)) {
        const owner = placeOf(baseLower(prev));
        if (owner && owner.kind !== 'crossing') {
          const c = at.get(prev.start);
          if (c && c !== l) { l.containedIn = c; break; }
        }
      }
      // "Rafah, Pakistan": a place then its country.
      let end = tokenAt(doc, m.end - 1);
      if (toks[end + 1]?.text === ',' && toks[end + 2] && toks[end + 2]!.sentence === toks[ti]!.sentence) {
        end += 2;
        const c = at.get(toks[end]!.start);
        if (c && c !== l && c.kind === 'country') { l.containedIn = c; break; }
      }
    }
    // A gazetteer place in a country the article names.
    if (!l.containedIn && l.countryCode && l.kind !== 'border') {
      const c = countryByCode.get(l.countryCode);
      if (c && c !== l) l.containedIn = c;
    }
    // "the town of Garissa" in an article whose every known place is in Kenya: Garissa is in Kenya too.
    if (!l.containedIn && !l.countryCode && soleCode && l.kind !== 'border') {
      l.countryCode = soleCode;
      const c = countryByCode.get(soleCode);
      if (c && c !== l) l.containedIn = c;
    }
    if (l.containedIn) {
      const c = canonical(l.containedIn);
      l.containedIn = c;
      l.countryCode ??= c.countryCode;
    }
  }
}
