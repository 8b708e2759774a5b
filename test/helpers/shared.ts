/** Where ../shared lives (beside the repo), and JSONL reading for tests and eval scripts. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = process.env.NEWSCLAIMS_SHARED ?? join(ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'eval'));

export function readJsonl<T = unknown>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export const sharedPath = (...parts: string[]) => join(SHARED, ...parts);
