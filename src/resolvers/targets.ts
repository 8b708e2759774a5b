/**
 * Responses to what they answer: "rejected the figure" → the claim it rejects, "countered these
 * claims" → the claim (or attribution) it counters (targetId). Only response cues (deny, dispute,
 * acknowledge, accuse verbs) whose object names a figure or a claim get a target, and only an
 * earlier one from a different source.
 */
import { canonical, type ActorDraft, type AttributionDraft, type ClaimDraft, type Draft } from '../drafts.js';
import { RESPONSE_VERBS } from '../lexicon/reporting-cues.js';
import { rootActor } from './lookup.js';

/** Object words that point back at a number. */
const FIGURE_WORDS = new Set(['figure', 'figures', 'toll', 'tally', 'count', 'number', 'numbers', 'estimate', 'estimates', 'casualty', 'casualties', 'death', 'deaths', 'total', 'data', 'statistics']);
/** Object words that point back at what someone said. */
const CLAIM_WORDS = new Set(['claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'report', 'reports', 'statement', 'statements', 'assertion', 'assertions', 'charge', 'charges', 'account', 'version', 'remarks', 'comments', 'suggestion', 'suggestions']);
/** Words that ask for the larger of two figures ("the higher casualty figures"). */
const HIGHER = new Set(['higher', 'inflated', 'exaggerated', 'larger', 'bigger', 'highest']);
const LOWER = new Set(['lower', 'smaller', 'lowest']);
/** How far back an answer may look, in characters. */
const WINDOW = 6000;

const sourceOf = (c: ClaimDraft) => c.source ?? c.attribution?.source;

/** Does the owner word name this source or what it belongs to ("military" → "Myanmar's military government")? */
function ownedBy(s: ActorDraft | undefined, owner: string): boolean {
  for (let x = s && canonical(s), i = 0; x && i < 5; x = x.affiliation && canonical(x.affiliation), i++) {
    if ([x.name, ...x.aliases].some((n) => n.toLowerCase().split(/[\s']+/).includes(owner))) return true;
  }
  return false;
}

export function linkTargets(draft: Draft): void {
  const text = draft.doc.text;
  const claims = draft.claims.filter((c) => !c.dropped && !c.repeatOf).sort((a, b) => a.range.start - b.range.start);
  const atts = draft.attributions.filter((a) => !a.dropped).sort((a, b) => a.cue.start - b.cue.start);
  for (const a of atts) {
    if (a.target) continue;
    const cueWords = text.slice(a.cue.start, a.cue.end).toLowerCase().split(/\s+/);
    if (!cueWords.some((w) => RESPONSE_VERBS.has(w))) continue;
    // The object: the first few words of the content.
    const words = text.slice(a.content.start, Math.min(a.content.end, a.content.start + 80)).toLowerCase().match(/[a-z]+/g) ?? [];
    const head = words.slice(0, 6);
    const wantsFigure = head.some((w) => FIGURE_WORDS.has(w));
    const wantsClaim = head.some((w) => CLAIM_WORDS.has(w));
    if (!wantsFigure && !wantsClaim) continue;
    // A content that states its own figure ("acknowledged suffering nine casualties") answers nothing.
    if (a.claims.length > 0 || claims.some((c) => c.range.start >= a.content.start && c.range.end <= a.content.end)) continue;
    const me = rootActor(a.source);
    const differs = (s: ActorDraft | undefined) => !me || !s || rootActor(s) !== me;
    const earlier = claims.filter((c) => c.range.end <= a.cue.start && a.cue.start - c.range.start < WINDOW && sourceOf(c) && differs(sourceOf(c)));
    const higher = head.some((w) => HIGHER.has(w));
    const lower = head.some((w) => LOWER.has(w));
    // "dismissed the military's figure": the owner names whose figure is answered.
    // redos-ok: quadratic only in its input, at most 60 characters.
    const own = /\b([\p{L}-]+)'s?\s+(?:[\p{L}-]+\s+)??([\p{L}]+)/u.exec(text.slice(a.content.start, Math.min(a.content.end, a.content.start + 60)).toLowerCase());
    const owner = own && (FIGURE_WORDS.has(own[2]!) || CLAIM_WORDS.has(own[2]!)) ? own[1]! : undefined;
    const owned = owner ? earlier.filter((c) => ownedBy(sourceOf(c), owner)) : [];
    if (earlier.length > 0 && (wantsFigure || wantsClaim)) {
      if (owned.length > 0) { a.target = owned[0]!; continue; }
      let pick = earlier[earlier.length - 1]!;
      if (higher || lower) {
        for (const c of earlier) if (higher ? c.value > pick.value : c.value < pick.value) pick = c;
      } else if (wantsClaim) {
        // "these claims": prefer the figure of the nearest earlier claim-stance attribution.
        const claimAtt = [...atts].reverse().find((x) => x.cue.start < a.cue.start && x !== a && differs(x.source) && (x.stance === 'claim' || x.stance === 'accuse') && x.claims.length > 0);
        if (claimAtt) pick = claimAtt.claims[0]!;
      }
      a.target = pick;
      continue;
    }
    if (wantsClaim) {
      const prev: AttributionDraft | undefined = [...atts].reverse().find((x) => x.cue.start < a.cue.start && x !== a && a.cue.start - x.cue.start < WINDOW && differs(x.source));
      if (prev) a.target = prev;
    }
  }
}
