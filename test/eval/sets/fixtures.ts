/** Eval set "fixtures": see the issue that owns it. Not yet implemented. */
import type { EvalSet } from '../types.js';

export const fixturesSet: EvalSet = {
  name: 'fixtures',
  description: 'not yet implemented',
  run: () => [],
};
