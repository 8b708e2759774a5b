/** The registry of evaluation sets, in the order the table prints them. */
import type { EvalSet } from './types.js';
import { numbersSet } from './sets/numbers.js';
import { muc4Set } from './sets/muc4.js';
import { conllSet } from './sets/conll.js';
import { wikieventsSet } from './sets/wikievents.js';
import { polnearSet } from './sets/polnear.js';
import { quotesSet } from './sets/quotes.js';
import { muc4DatesSet } from './sets/muc4-dates.js';
import { fixturesSet } from './sets/fixtures.js';

export const SETS: EvalSet[] = [numbersSet, muc4Set, conllSet, wikieventsSet, polnearSet, quotesSet, muc4DatesSet, fixturesSet];
