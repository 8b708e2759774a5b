/**
 * Verbs of speaking that frame a direct quote ("…," Green quipped) but seldom take a reported clause,
 * so the clause lexicon (reporting-cues.ts) leaves them out. Word → stance. Data, not code.
 * Only words the clause lexicon lacks: quote-speakers.ts looks there first.
 */
import type { Stance } from '../schema.js';
import { table } from './table.js';

export const QUOTE_VERBS: Readonly<Record<string, Stance>> = table({
  blurt: 'assert', blurts: 'assert', blurted: 'assert',
  remark: 'assert', remarks: 'assert', remarked: 'assert',
  laugh: 'assert', laughs: 'assert', laughed: 'assert',
  exclaim: 'assert', exclaims: 'assert', exclaimed: 'assert',
  whisper: 'assert', whispers: 'assert', whispered: 'assert',
  sigh: 'assert', sighs: 'assert', sighed: 'assert',
  recount: 'assert', recounts: 'assert', recounted: 'assert',
  point: 'assert', points: 'assert', pointed: 'assert',
  reflect: 'assert', reflects: 'assert', reflected: 'assert',
  cry: 'assert', cries: 'assert', cried: 'assert',
  scream: 'assert', screams: 'assert', screamed: 'assert',
  chuckle: 'assert', chuckles: 'assert', chuckled: 'assert',
  smile: 'assert', smiles: 'assert', smiled: 'assert',
  beam: 'assert', beams: 'assert', beamed: 'assert',
  gush: 'assert', gushes: 'assert', gushed: 'assert',
  snap: 'dispute', snaps: 'dispute', snapped: 'dispute',
  begin: 'assert', begins: 'assert', began: 'assert',
  posts: 'assert',
  read: 'assert', reads: 'assert',
});

/** Particles of phrasal speech verbs: "blurted out", "points out", "shot back". */
export const QUOTE_PARTICLES: ReadonlySet<string> = new Set(['out', 'back', 'up', 'on']);
