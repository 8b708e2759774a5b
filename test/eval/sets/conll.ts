/** Eval set "conll": see the issue that owns it. Not yet implemented. */
import type { EvalSet } from '../types.js';

export const conllSet: EvalSet = {
  name: 'conll',
  description: 'not yet implemented',
  run: () => [],
};
