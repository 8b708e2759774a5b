import { table } from './table.js';
/**
 * Head nouns of counted groups that name the same kind of people: "soldiers" and "troops" count the
 * same group; "civilians" do not. DATA ONLY: head noun (lower case) → class.
 */
export const COUNTED_HEADS: Readonly<Record<string, string>> = table({
  soldier: 'troops', soldiers: 'troops', troops: 'troops', troop: 'troops', servicemen: 'troops', serviceman: 'troops',
  personnel: 'troops', troopers: 'troops', forces: 'troops', force: 'troops', guards: 'troops', guard: 'troops',
  fighter: 'fighters', fighters: 'fighters', militants: 'fighters', militant: 'fighters', insurgents: 'fighters',
  rebels: 'fighters', rebel: 'fighters', combatants: 'fighters', terrorists: 'fighters',
  civilian: 'civilians', civilians: 'civilians',
  people: 'people', persons: 'people', person: 'people', individuals: 'people', lives: 'people',
  casualties: 'casualties', casualty: 'casualties', victims: 'people', dead: 'people', deaths: 'people',
  police: 'police', policemen: 'police', officers: 'police', policeman: 'police',
  children: 'children', child: 'children', women: 'women', migrants: 'migrants', refugees: 'refugees',
});

/** Events that count the same thing: "died" and "killed" both count deaths. */
export const EVENT_FAMILIES: Readonly<Record<string, string>> = table({
  killed: 'death', died: 'death', dead: 'death', deaths: 'death', death: 'death', kill: 'death', killing: 'death',
  die: 'death', fatalities: 'death', lost: 'death', slain: 'death', perished: 'death',
  injured: 'injury', wounded: 'injury', hurt: 'injury', injuries: 'injury', injuring: 'injury',
  casualties: 'casualties',
  missing: 'missing', arrested: 'arrest', detained: 'arrest', captured: 'arrest', displaced: 'displacement',
});
