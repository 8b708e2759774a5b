/**
 * Where a figure happened: the places its sentence puts the event in ("killed 11 people in Arequipa",
 * "shelling on the city of El Fasher"). Only places introduced by a locative preposition count, so a
 * country that acts ("Pakistan said 23 died") or owns ("Pakistani soldiers") is not the event's place.
 */
import { canonical, type Draft, type LocationDraft } from '../drafts.js';
import { LOCATIVE_PREPOSITIONS } from '../lexicon/places.js';
import { tokenAt } from '../recognisers/gazetteer.js';

/** How many tokens a preposition may stand before the place: "in the remote northern district of X". */
const WINDOW = 6;

export function linkClaimLocations(draft: Draft): void {
  const { doc } = draft;
  const claims = draft.claims.filter((c) => !c.dropped);
  if (!claims.length || !draft.locations.length) return;

  // Locative place mentions per sentence, found once.
  const bySentence = new Map<number, { place: LocationDraft; at: number }[]>();
  for (const l of draft.locations) {
    for (const m of l.mentions) {
      const ti = tokenAt(doc, m.start);
      if (ti < 0 || doc.tokens[ti]!.start !== m.start) continue;
      const s = doc.tokens[ti]!.sentence;
      if (!locative(ti, s)) continue;
      const list = bySentence.get(s) ?? [];
      list.push({ place: canonical(l), at: m.start });
      bySentence.set(s, list);
    }
  }
  for (const c of claims) {
    for (const { place, at } of bySentence.get(c.sentence) ?? []) {
      // A semicolon or a spaced dash between figure and place starts another clause: another scene.
      const between = doc.text.slice(Math.min(at, c.range.end), Math.max(at, c.range.start));
      if (/;| - /.test(between)) continue;
      if (!c.locations.includes(place)) c.locations.push(place);
    }
  }

  /** A locative preposition within WINDOW tokens before the place, with no clause break between. */
  function locative(ti: number, sentence: number): boolean {
    for (let k = ti - 1; k >= 0 && k >= ti - WINDOW; k--) {
      const t = doc.tokens[k]!;
      if (t.sentence !== sentence) return false;
      if (LOCATIVE_PREPOSITIONS.has(t.lower)) return true;
      if (/^[,;:.!?"()]$/.test(t.text)) return false;
    }
    return false;
  }
}
