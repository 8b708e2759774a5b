/** Eval set "muc4": see the issue that owns it. Not yet implemented. */
import type { EvalSet } from '../types.js';

export const muc4Set: EvalSet = {
  name: 'muc4',
  description: 'not yet implemented',
  run: () => [],
};
