/** Capitals used as subjects or owners stand for their governments ('Islamabad argues', "Kabul's perspective"). */
import { actorDraft, canonical, type ActorDraft, type Draft } from '../drafts.js';
import { STANCE_NOUNS, SUBJECT_VERBS } from '../lexicon/actors.js';
import { baseLower, COUNTRY_NAME, keyOf, PLACE_INDEX, possessiveOf, tokenAt } from '../recognisers/gazetteer.js';

// After these a capital is a place, not a speaker: "in Kabul said".
const PLACE_WORDS = new Set(['in', 'to', 'from', 'at', 'near', 'of', 'into', 'across', 'between', 'and', 'via', 'outside', 'on']);

/** The government actor of a country: one already found (the Taliban for AF), or a new one. */
export function governmentOf(draft: Draft, code: string, rule: string): ActorDraft {
  const govs = draft.actors.filter((a) => !a.mergedInto && a.kind === 'government' && a.countryCode === code);
  const name = COUNTRY_NAME.get(code) ?? code;
  const found = govs.find((a) => a.name === name) ?? govs.find((a) => a.rule !== 'actors/state-part' && a.rule !== 'actors/demonym-collective');
  if (found) return canonical(found);
  const made = actorDraft({ name, kind: 'government', countryCode: code, aliases: [], mentions: [], rule });
  draft.actors.push(made);
  return made;
}

export function capitalsAsGovernments(draft: Draft): void {
  const { doc } = draft;
  const toks = doc.tokens;
  for (const l of draft.locations) {
    if (l.mergedInto || l.kind !== 'city') continue;
    const code = PLACE_INDEX.get(keyOf(l.name))?.capitalOf;
    if (!code) continue;
    for (const m of l.mentions) {
      const ti = tokenAt(doc, m.start);
      if (ti < 0) continue;
      const tok = toks[ti]!;
      const s = doc.sentences[tok.sentence]!;
      let acts = false;
      if (possessiveOf(tok)) {
        acts = ti + 1 < s.lastToken && STANCE_NOUNS.has(baseLower(toks[ti + 1]!));
      } else if (!PLACE_WORDS.has(toks[ti - 1]?.lower ?? '') || ti === s.firstToken) {
        let n = ti + 1;
        if (toks[n]?.text === ',') for (let j = n + 1; j < s.lastToken && j <= n + 6; j++) if (toks[j]!.text === ',') { n = j + 1; break; }
        acts = n < s.lastToken && SUBJECT_VERBS.has(toks[n]!.lower);
      }
      if (!acts) continue;
      const gov = governmentOf(draft, code, 'capitals/metonym');
      gov.mentions.push({ start: m.start, end: m.end });
      if (!gov.aliases.includes(l.name) && gov.name !== l.name) gov.aliases.push(l.name);
    }
  }
}
