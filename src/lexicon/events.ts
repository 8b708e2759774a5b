/**
 * Event words around a figure → event lemma + claim category (lower case, one token each;
 * multi-word cues like "death toll" are listed in EVENT_NOUN_PHRASES).
 * The same table serves verbs, participles, adjectives and nouns: "killed", "killing", "dead", "deaths".
 */
import type { ClaimCategory } from '../schema.js';
import { table } from './table.js';

export interface EventSense { lemma: string; category: ClaimCategory }

const casualty = (lemma: string): EventSense => ({ lemma, category: 'casualty' });
const detention = (lemma: string): EventSense => ({ lemma, category: 'detention' });
const displacement = (lemma: string): EventSense => ({ lemma, category: 'displacement' });

/** Verbs and participles/adjectives that follow or govern the figure: "58 killed", "killing 58", "40 dead". */
export const EVENT_WORDS: Readonly<Record<string, EventSense>> = table({
  killed: casualty('killed'), kill: casualty('killed'), kills: casualty('killed'), killing: casualty('killed'),
  slain: casualty('killed'), murdered: casualty('killed'), murdering: casualty('killed'), massacred: casualty('killed'),
  executed: casualty('killed'), assassinated: casualty('killed'), gunned: casualty('killed'), butchered: casualty('killed'),
  slaughtered: casualty('killed'), beheaded: casualty('killed'), lynched: casualty('killed'), claimed: casualty('killed'),
  died: casualty('died'), dead: casualty('died'), die: casualty('died'), dying: casualty('died'), perished: casualty('died'),
  drowned: casualty('died'), deaths: casualty('died'), fatalities: casualty('died'), bodies: casualty('died'),
  corpses: casualty('died'), lives: casualty('died'),
  injured: casualty('injured'), injuring: casualty('injured'), injure: casualty('injured'), injuries: casualty('injured'),
  hurt: casualty('injured'), wounded: casualty('wounded'), wounding: casualty('wounded'),
  maimed: casualty('injured'), wound: casualty('wounded'),
  missing: casualty('missing'), disappeared: casualty('missing'), unaccounted: casualty('missing'),
  casualties: casualty('casualties'), casualty: casualty('casualties'), victims: casualty('casualties'),
  losses: casualty('casualties'),
  arrested: detention('arrested'), arresting: detention('arrested'), arrests: detention('arrested'),
  detained: detention('detained'), detaining: detention('detained'), detainees: detention('detained'),
  held: detention('detained'), jailed: detention('detained'), imprisoned: detention('detained'),
  captured: detention('captured'), capturing: detention('captured'), prisoners: detention('detained'),
  kidnapped: detention('kidnapped'), kidnapping: detention('kidnapped'), abducted: detention('kidnapped'),
  abducting: detention('kidnapped'), hostages: detention('kidnapped'), seized: detention('kidnapped'),
  displaced: displacement('displaced'), displacing: displacement('displaced'), evacuated: displacement('evacuated'),
  evacuating: displacement('evacuated'), fled: displacement('fled'), fleeing: displacement('fled'),
  homeless: displacement('displaced'), refugees: displacement('displaced'), uprooted: displacement('displaced'),
  flee: displacement('fled'), flees: displacement('fled'),
  // "the group said it had lost five fighters": a loss of people (weak: "lost 5 seats" is not).
  lost: casualty('killed'), losing: casualty('killed'),
});

/**
 * Displacement said in several words: "forced from their homes", "driven from their homes", "forced to flee"
 * (the last through EVENT_WORDS.flee). Keyed by the verb; the value lists the words that must follow within
 * three tokens.
 */
export const DISPLACEMENT_VERBS: ReadonlySet<string> = new Set(['forced', 'driven', 'chased', 'pushed', 'made']);
export const DISPLACEMENT_OBJECTS: ReadonlySet<string> = new Set(['homes', 'home', 'houses', 'villages', 'land', 'lands']);

/** Words that only mark an event when a person noun is counted ("claimed 40 lives", "held 3 people"). */
export const WEAK_EVENT_WORDS: ReadonlySet<string> = new Set(['claimed', 'held', 'seized', 'lives', 'losses', 'victims', 'bodies', 'corpses', 'hurt', 'lost', 'losing']);

/** Nouns naming a running total: "the death toll rose to 40", "a toll of 12". */
export const TOLL_NOUNS: Readonly<Record<string, EventSense>> = table({
  toll: casualty('killed'), 'death toll': casualty('killed'), 'casualty toll': casualty('casualties'),
  'casualty figure': casualty('casualties'), 'number of dead': casualty('died'), 'number of deaths': casualty('died'),
  'number of casualties': casualty('casualties'), 'number of injured': casualty('injured'),
});

/** Auxiliaries and adverbs allowed between the counted noun and its event: "58 were reportedly killed". */
export const EVENT_BRIDGE: ReadonlySet<string> = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'be', 'reportedly', 'also', 'all', 'later',
  'allegedly', 'believed', 'feared', 'to', 'confirmed', 'found', 'left', 'now', 'either', 'seriously', 'critically',
  'badly', 'fatally', 'slightly', 'mortally', 'were', 'got', 'apparently', 'presumed', 'say', 'said', 'thought',
  'listed', 'as', 'who', 'that', 'among', 'those', 'could', 'would', 'may', 'might', 'reported', 'later', 'subsequently', 'shot', 'gunned', 'down', 'while', 'others',
  // "20 people remain missing", "6 people were still missing"
  'still', 'remain', 'remains', 'remained',
]);

/** Person nouns: what casualty figures count, and the count claims worth keeping. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'civilians', 'civilian', 'soldiers', 'soldier', 'troops', 'servicemen', 'personnel',
  'police', 'policemen', 'officers', 'officer', 'militants', 'militant', 'rebels', 'rebel', 'insurgents', 'fighters',
  'guerrillas', 'guerrilla', 'terrorists', 'gunmen', 'attackers', 'assailants', 'protesters', 'protestors',
  'demonstrators', 'children', 'child', 'women', 'men', 'man', 'woman', 'boys', 'girls', 'students', 'workers',
  'passengers', 'residents', 'villagers', 'peasants', 'farmers', 'migrants', 'refugees', 'pilgrims', 'worshippers',
  'journalists', 'reporters', 'members', 'officials', 'employees', 'staff', 'guards', 'agents', 'prisoners',
  'inmates', 'detainees', 'hostages', 'patients', 'victims', 'bystanders', 'passersby', 'tourists', 'miners',
  'crew', 'sailors', 'marines', 'pilots', 'commandos', 'recruits', 'cadets', 'infants', 'babies', 'teenagers',
  'youths', 'adults', 'priests', 'nuns', 'doctors', 'nurses', 'teachers', 'judges', 'lawyers', 'activists',
  'supporters', 'opponents', 'suspects', 'individuals', 'others', 'americans', 'nationals', 'citizens', 'settlers',
  'palestinians', 'israelis', 'afghans', 'iraqis', 'syrians', 'pakistanis', 'ukrainians', 'russians', 'jesuits',
  'casualties', 'dead', 'wounded', 'injured', 'family', 'families', 'households', 'cadres', 'paramilitaries',
  'policeman', 'guardsmen', 'gendarmes', 'drivers', 'voters', 'fans', 'spectators', 'survivors', 'deaths',
  'fatalities', 'lives', 'bodies', 'corpses',
  'commuters', 'travellers', 'travelers', 'visitors', 'evacuees', 'occupants', 'tenants', 'homeowners',
]);

/** Event nouns that govern "of + figure": "the killing of 6 Jesuits", "the massacre of 16 peasants". */
export const EVENT_OF_NOUNS: Readonly<Record<string, EventSense>> = table({
  killing: casualty('killed'), killings: casualty('killed'), murder: casualty('killed'), murders: casualty('killed'),
  massacre: casualty('killed'), assassination: casualty('killed'), assassinations: casualty('killed'),
  execution: casualty('killed'), executions: casualty('killed'), deaths: casualty('died'), death: casualty('died'),
  wounding: casualty('wounded'), injuring: casualty('injured'), injury: casualty('injured'), injuries: casualty('injured'), disappearance: casualty('missing'),
  kidnapping: detention('kidnapped'), kidnappings: detention('kidnapped'), abduction: detention('kidnapped'),
  abductions: detention('kidnapped'), arrest: detention('arrested'), arrests: detention('arrested'),
  detention: detention('detained'), evacuation: displacement('evacuated'),
  displacement: displacement('displaced'), bodies: casualty('died'), corpses: casualty('died'),
  remains: casualty('died'), lives: casualty('died'), murderers: casualty('killed'), killers: casualty('killed'),
  assassins: casualty('killed'),
});

/** Nouns naming what a figure is a casualty count of: "nine casualties", "40 deaths" (they are the counted phrase). */
export const NOMINAL_EVENTS: ReadonlySet<string> = new Set([
  'casualties', 'casualty', 'deaths', 'fatalities', 'injuries', 'arrests', 'detainees', 'hostages', 'prisoners',
  'refugees', 'victims', 'bodies', 'corpses', 'lives', 'losses',
]);
