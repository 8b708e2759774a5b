/**
 * Verbs of speaking that frame a direct quote ("…," Green quipped) but seldom take a reported clause,
 * so the clause lexicon (reporting-cues.ts) leaves them out. Word → stance. Data, not code.
 */
import type { Stance } from '../schema.js';
import { table } from './table.js';

export const QUOTE_VERBS: Readonly<Record<string, Stance>> = table({
  quip: 'assert', quips: 'assert', quipped: 'assert',
  blurt: 'assert', blurts: 'assert', blurted: 'assert',
  remark: 'assert', remarks: 'assert', remarked: 'assert',
  conclude: 'assert', concludes: 'assert', concluded: 'assert',
  wonder: 'assert', wonders: 'assert', wondered: 'assert',
  muse: 'assert', muses: 'assert', mused: 'assert',
  laugh: 'assert', laughs: 'assert', laughed: 'assert',
  joke: 'assert', jokes: 'assert', joked: 'assert',
  exclaim: 'assert', exclaims: 'assert', exclaimed: 'assert',
  shout: 'assert', shouts: 'assert', shouted: 'assert',
  yell: 'assert', yells: 'assert', yelled: 'assert',
  whisper: 'assert', whispers: 'assert', whispered: 'assert',
  sigh: 'assert', sighs: 'assert', sighed: 'assert',
  continue: 'assert', continues: 'assert', continued: 'assert',
  recount: 'assert', recounts: 'assert', recounted: 'assert',
  repeat: 'assert', repeats: 'assert', repeated: 'assert',
  point: 'assert', points: 'assert', pointed: 'assert',
  offer: 'assert', offers: 'assert', offered: 'assert',
  observe: 'assert', observes: 'assert', observed: 'assert',
  comment: 'assert', comments: 'assert', commented: 'assert',
  reflect: 'assert', reflects: 'assert', reflected: 'assert',
  recalls: 'assert', recalled: 'assert',
  cry: 'assert', cries: 'assert', cried: 'assert',
  scream: 'assert', screams: 'assert', screamed: 'assert',
  chuckle: 'assert', chuckles: 'assert', chuckled: 'assert',
  smile: 'assert', smiles: 'assert', smiled: 'assert',
  beam: 'assert', beams: 'assert', beamed: 'assert',
  gush: 'assert', gushes: 'assert', gushed: 'assert',
  boast: 'claim', boasts: 'claim', boasted: 'claim',
  counter: 'dispute', counters: 'dispute', countered: 'dispute',
  retort: 'dispute', retorts: 'dispute', retorted: 'dispute',
  snap: 'dispute', snaps: 'dispute', snapped: 'dispute',
  scoff: 'dispute', scoffs: 'dispute', scoffed: 'dispute',
  admit: 'acknowledge', admits: 'acknowledge', admitted: 'acknowledge',
  concede: 'acknowledge', concedes: 'acknowledge', conceded: 'acknowledge',
  explain: 'assert', explains: 'assert', explained: 'assert',
  note: 'assert', notes: 'assert', noted: 'assert',
  begin: 'assert', begins: 'assert', began: 'assert',
  write: 'assert', writes: 'assert', wrote: 'assert',
  post: 'assert', posts: 'assert', posted: 'assert',
  read: 'assert', reads: 'assert',
});

/** Particles of phrasal speech verbs: "blurted out", "points out", "shot back". */
export const QUOTE_PARTICLES: ReadonlySet<string> = new Set(['out', 'back', 'up', 'on']);
