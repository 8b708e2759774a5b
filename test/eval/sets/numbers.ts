/** Eval set "numbers": see the issue that owns it. Not yet implemented. */
import type { EvalSet } from '../types.js';

export const numbersSet: EvalSet = {
  name: 'numbers',
  description: 'not yet implemented',
  run: () => [],
};
