/** The registry of evaluation sets, in the order the table prints them. */
import type { EvalSet } from './types.js';

export const SETS: EvalSet[] = [
  // each issue adds its set here: numbers, muc4, conll, wikievents, polnear, quotes, muc4-dates, fixtures
];
