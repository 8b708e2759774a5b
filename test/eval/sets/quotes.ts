/** Eval set "quotes": see the issue that owns it. Not yet implemented. */
import type { EvalSet } from '../types.js';

export const quotesSet: EvalSet = {
  name: 'quotes',
  description: 'not yet implemented',
  run: () => [],
};
