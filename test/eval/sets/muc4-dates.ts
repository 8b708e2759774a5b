/** Eval set "muc4-dates": see the issue that owns it. Not yet implemented. */
import type { EvalSet } from '../types.js';

export const muc4DatesSet: EvalSet = {
  name: 'muc4-dates',
  description: 'not yet implemented',
  run: () => [],
};
