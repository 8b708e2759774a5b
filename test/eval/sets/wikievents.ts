/** Eval set "wikievents": see the issue that owns it. Not yet implemented. */
import type { EvalSet } from '../types.js';

export const wikieventsSet: EvalSet = {
  name: 'wikievents',
  description: 'not yet implemented',
  run: () => [],
};
