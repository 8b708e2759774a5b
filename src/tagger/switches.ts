/**
 * The fast tagger's two-way words: compromise's switch step (a word like "report" takes the reading its
 * neighbours point to, from compromise's own clues) and our own noun-or-verb rules for reporting words.
 */
import { CLUES } from '../lexicon/words.generated.js';
import { REPORTING_NOUNS, REPORTING_VERBS } from '../lexicon/reporting-cues.js';
import { addTag, withParents } from './model.js';
import { hasAny, plurality, TITLE, type Term } from './words.js';

/** Tags of a term, most specific first (more ancestors first), as compromise's clue look-up sorts them. */
function specificFirst(t: Term): string[] {
  return [...t.tags].sort((a, b) => withParents(b).length - withParents(a).length);
}

const clueTag = (t: Term | undefined, clues: Readonly<Record<string, string>>) => {
  if (!t) return undefined;
  for (const g of specificFirst(t)) if (clues[g]) return clues[g];
  return undefined;
};
const clueWord = (t: Term | undefined, clues: Readonly<Record<string, string | null>>) =>
  t && Object.prototype.hasOwnProperty.call(clues, t.normal) ? clues[t.normal] ?? undefined : undefined;

/** compromise's ad-hoc leanings per switch form (3rd-pass/_adhoc.js). */
function adhoc(form: string, c: Term[], i: number): string | undefined {
  const t = c[i]!;
  const capital = t.tags.has('ProperNoun') && /^[A-Z][a-z]/.test(t.text) ? 'Noun' : undefined;
  switch (form) {
    case 'Adj|Noun': return capital ?? (!c[i + 1] && c[i - 1]?.tags.has('Determiner') ? 'Noun' : undefined);
    case 'Noun|Verb': return (i > 0 ? capital : undefined) ?? (i === 0 && !c[1] ? 'Infinitive' : undefined);
    case 'Plural|Verb': return capital ?? (i === 0 && !c[1] ? 'PresentTense' : undefined) ?? (i === 0 && c.length > 3 ? 'Plural' : undefined);
    case 'Person|Verb': return i !== 0 ? capital : undefined;
    case 'Person|Adj': return (i === 0 && c.length > 1) || capital ? 'Person' : undefined;
    case 'Adj|Gerund': case 'Actor|Verb': case 'Adj|Past': case 'Adj|Present': case 'Noun|Gerund': case 'Person|Noun': return capital;
    default: return undefined;
  }
}

/** compromise's switch step: a two-way word takes the reading its neighbours point to. */
export function doSwitch(c: Term[], i: number): void {
  const t = c[i]!;
  if (!t.form || t.tags.has('Acronym')) return;
  const clues = CLUES[t.form];
  if (!clues) return;
  const b = c[i - 1]?.text !== 'also' ? i - 1 : Math.max(0, i - 2);
  let tag = clueWord(c[i + 1], clues.afterWords) ?? clueWord(c[b], clues.beforeWords) ?? clueTag(c[b], clues.beforeTags) ?? clueTag(c[i + 1], clues.afterTags);
  tag = adhoc(t.form, c, i) ?? tag;
  // "the new book", "a rival claim": after a determiner (and an adjective), a noun (post-tagger).
  const d = c[i - 1]?.tags.has('Adjective') ? c[i - 2] : c[i - 1];
  if ((t.form === 'Noun|Verb' || t.form === 'Plural|Verb') && d && (d.tags.has('Determiner') || (d.tags.has('Possessive') && d.tags.has('Pronoun')))) tag = t.normal.endsWith('s') ? 'Plural' : 'Singular';
  // "ways that help Mr. Putin": after a relative pronoun, before an object, a verb (post-tagger).
  const l = c[i - 1];
  if ((t.form === 'Noun|Verb' || t.form === 'Plural|Verb') && l && RELATIVES.has(l.normal) && c[i + 1] && hasAny(c[i + 1]!.tags, OBJECT_TAGS)) tag = t.form === 'Noun|Verb' ? 'Infinitive' : 'PresentTense';
  // "paying an architect", "blaming his rivals": an -ing word before a determiner takes an object (post-tagger).
  const r = c[i + 1];
  if (t.form.endsWith('|Gerund') && r && (r.tags.has('Determiner') || (r.tags.has('Possessive') && r.tags.has('Pronoun')))) tag = 'Gerund';
  if (!tag) return;
  // The other reading's tags go; a name's stay when the reading is a noun ("… Network", "Mr Said").
  const names = withParents(tag).includes('Noun') ? NAME_TAGS.filter((g) => t.tags.has(g)) : [];
  t.tags.clear();
  addTag(t.tags, tag);
  for (const g of names) addTag(t.tags, g);
  plurality(t);
}

const RELATIVES = new Set(['that', 'which', 'who']);
const OBJECT_TAGS = ['Determiner', 'Pronoun', 'ProperNoun', 'Possessive'];
const NAME_TAGS = ['ProperNoun', 'Organization', 'Place', 'Person', 'Acronym', 'Possessive'];

const NOUN_BEFORE = ['Determiner', 'Possessive', 'Adjective', 'Value', 'Preposition', 'Date', 'Gerund', 'Demonym'];
/** Quantifiers compromise may tag otherwise: "no question", "more attacks". */
const QUANTIFIERS = new Set(['no', 'any', 'some', 'more', 'most', 'many', 'few', 'several', 'such', 'other', 'fresh', 'new']);
const VERB_BEFORE = ['Modal', 'Auxiliary', 'Negative'];
const DO_FORMS = new Set(['do', 'does', 'did', 'to', 'let', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should']);
const SUBJECT_TAGS = ['Pronoun', 'Person', 'ProperNoun', 'Plural', 'Singular'];
const CLAUSE_AFTER = new Set(['that', 'whether', 'how', 'why', 'what', 'the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'there', 'on', 'in', 'him', 'them', 'us', 'me', 'you']);
const FINITE_AFTER = ['Copula', 'Modal', 'Auxiliary', 'PastTense'];

/**
 * Our own context rules for a two-way reporting word (noun or verb), the reading the attribution code
 * reads: "the claims", "his reports", "deny claims", "World Bank report" → noun; "he claims", "must
 * recall", "officials say", "claims that" → verb. Returns true when decided; false leaves it to the
 * fallback (a noun before an -s form and no clause after: "the book claims" or "business figures").
 */
export function nounOrVerb(c: Term[], i: number): boolean {
  const t = c[i]!;
  let j = i - 1;
  // "previously stated", "it also mentions", "never claims": look past adverbs.
  while (j > 0 && (c[j]!.tags.has('Adverb') || c[j]!.tags.has('Negative')) && !DO_FORMS.has(c[j]!.normal)) j--;
  const l = c[j];
  const r = c[i + 1];
  const plural = t.normal.endsWith('s');
  const setTo = (noun: boolean) => {
    t.tags.clear();
    addTag(t.tags, noun ? (plural ? 'Plural' : 'Singular') : plural ? 'PresentTense' : 'Infinitive');
    plurality(t);
    t.decided = true;
    return true;
  };
  if (l && (DO_FORMS.has(l.machine) || hasAny(l.tags, VERB_BEFORE))) return setTo(plural && l.normal !== 'to');
  if (l && l.tags.has('Pronoun') && !l.tags.has('Possessive') && !l.tags.has('Determiner')) return setTo(false);
  // "Reports of looting …", "…, claims of fraud": an -s form opening a clause before "of" is a noun.
  if (i === 0 && plural && r && r.normal === 'of') return setTo(true);
  if (i === 0 && !t.opens && r) {
    // "…, reports the industry group.": an -s form opening a clause, before a determiner, is an inverted reporting verb.
    if (plural && r.tags.has('Determiner')) return setTo(false);
    // "…, state emergency officials said": a base form opening a clause, before a noun, is a noun (news copy
    // has few imperatives after a comma).
    if (!plural && r.tags.has('Noun') && !r.tags.has('Pronoun') && !r.form) return setTo(true);
  }
  // "Budget documents show Mr …", "the figures show.": an -s form before a base-form verb is its subject.
  if (plural && r && r.form === 'Noun|Verb' && !r.normal.endsWith('s') && clauseOrEnd(c[i + 2])) return setTo(true);
  // "McCrummen reports:", "Isinbayeva claims new …": an -s form after a name.
  if (l && plural && (TITLE.test(l.text) || l.tags.has('Acronym')) && !l.tags.has('Demonym') && !l.tags.has('Possessive') && !l.tags.has('Date') && (!r || CLAUSE_AFTER.has(r.normal) || TITLE.test(r.text) || r.tags.has('Value') || r.tags.has('Adjective'))) return setTo(false);
  // "a worm which reports its success", "a book which tells": the relative pronoun is the subject.
  if (l && (l.normal === 'which' || l.normal === 'who')) return setTo(false);
  if (l && (QUANTIFIERS.has(l.normal) || hasAny(l.tags, NOUN_BEFORE) || l.tags.has('Copula'))) return setTo(true);
  // "to deny claims", "had broken promises": the object of another verb.
  // "to answer questions", "raises concerns about": also after a two-way word its neighbours made a verb.
  if (l && l.tags.has('Verb') && !l.tags.has('Copula') && (!l.form || l.tags.has('PastTense') || !l.tags.has('Noun'))) return setTo(true);
  // "figures showed", "questions were raised": a finite verb after it makes it the subject.
  // "payment details has led": after an -s form, any finite verb ("has", "say") does.
  if (r && (hasAny(r.tags, FINITE_AFTER) || (plural && r.tags.has('Verb') && !r.tags.has('Gerund'))) && !r.form) return setTo(true);
  // "claims that …", "officials say the …", "the book claims Mr …": a clause or an object after a subject.
  if (l && r && (CLAUSE_AFTER.has(r.normal) || (TITLE.test(r.text) && !r.tags.has('Date')) || r.tags.has('Value')) && hasAny(l.tags, SUBJECT_TAGS) && !l.tags.has('Verb')) return setTo(false);
  if (l && (l.tags.has('Noun') || l.tags.has('ProperNoun'))) {
    // A base form needs a plural subject: "ministers claim" (verb), "the inflation report" (noun).
    if (!plural) return setTo(!l.tags.has('Plural') || l.tags.has('Possessive'));
    // "the tests shows" is no English; "the book claims" / "business figures" stay open.
    if (l.tags.has('Plural')) return setTo(true);
    // "business figures from …", "tax evasion charges and …": a compound noun before a preposition or "and"
    // ("the union calls for …" is a verb: the rule after this one).
    if (!(TITLE.test(l.text) && !l.opens) && r && ((r.tags.has('Preposition') && r.normal !== 'for') || r.normal === 'and' || r.normal === 'or')) return setTo(true);
    // "the government plans to …", "Airbus hopes to …", "the union calls for …": after a singular subject
    // an -s form before "to" or "for" is its verb (compromise reads these both ways in the same frame).
    if (!l.tags.has('Plural') && !l.tags.has('Possessive') && r && (r.normal === 'to' || r.normal === 'for')) return setTo(false);
    // "the casualty figures highlight how …": a determiner opens a compound noun and a verb follows it.
    if (r && !TITLE.test(r.text) && (r.tags.has('Verb') || (r.form ?? '').includes('Verb')) && opensWithDeterminer(c, j)) return setTo(true);
  }
  // Last word of its clause: "The Times reports:", "officials say." (a verb after its subject); else a noun.
  if (!r && l && !l.tags.has('Conjunction')) {
    // "a report claims." (a determiner opens the subject) is a verb; "press reports.", "asylum claims." nouns.
    if (l.tags.has('Noun') && plural && !l.tags.has('Plural')) {
      const d = c[j - 1];
      return setTo(!(d && (d.tags.has('Determiner') || (d.tags.has('Possessive') && d.tags.has('Pronoun')))));
    }
    return setTo(!(l.tags.has('Noun') && !plural && l.tags.has('Plural')));
  }
  return false;
}

/** The word after a verb that can end or open what it says: none, "that", a pronoun, a name, a number. */
function clauseOrEnd(w: Term | undefined): boolean {
  return !w || CLAUSE_AFTER.has(w.machine) || (TITLE.test(w.text) && !w.tags.has('Date')) || w.tags.has('Value');
}

/** Does a determiner or possessive open the noun phrase ending at `j` (adjectives and nouns between, at most 4)? */
function opensWithDeterminer(c: Term[], j: number): boolean {
  for (let k = j - 1; k >= 0 && j - k <= 4; k--) {
    const w = c[k]!;
    if (w.tags.has('Determiner') || (w.tags.has('Possessive') && w.tags.has('Pronoun'))) return true;
    if (!(w.tags.has('Adjective') || w.tags.has('Noun')) || w.tags.has('Verb') || w.tags.has('Pronoun')) return false;
  }
  return false;
}

/** A lower-case word that compromise reads as noun or verb by context ('claims', 'report', 'warning'). */
export function nounOrVerbWord(t: Term): boolean {
  return !!t.form && (t.form === 'Noun|Verb' || t.form === 'Plural|Verb' || t.form === 'Noun|Gerund') && !TITLE.test(t.text);
}

/** A two-way word the attribution recogniser reads as a reporting verb or noun: its reading decides a record. */
export function cueWord(t: Term): boolean {
  // -ing forms ("saying", "warning") are read as verbs by the attribution code whatever the tag.
  return nounOrVerbWord(t) && t.form !== 'Noun|Gerund' && (REPORTING_VERBS[t.normal] !== undefined || REPORTING_NOUNS[t.normal] !== undefined);
}
