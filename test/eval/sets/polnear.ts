/** Eval set "polnear": see the issue that owns it. Not yet implemented. */
import type { EvalSet } from '../types.js';

export const polnearSet: EvalSet = {
  name: 'polnear',
  description: 'not yet implemented',
  run: () => [],
};
