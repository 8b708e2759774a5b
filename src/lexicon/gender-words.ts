import { table } from './table.js';
/**
 * Words that give the gender of the person named right after them ("her father Khaled", "his wife Ana").
 * Data, not code: word → 'm' | 'f'.
 */
export const GENDERED_WORDS: Readonly<Record<string, 'm' | 'f'>> = table({
  father: 'm', son: 'm', husband: 'm', brother: 'm', uncle: 'm', nephew: 'm', grandfather: 'm', grandson: 'm',
  boyfriend: 'm', fiance: 'm', dad: 'm', stepfather: 'm', stepson: 'm', widower: 'm', mr: 'm', sir: 'm', king: 'm',
  prince: 'm', spokesman: 'm', chairman: 'm', congressman: 'm', businessman: 'm',
  mother: 'f', daughter: 'f', wife: 'f', sister: 'f', aunt: 'f', niece: 'f', grandmother: 'f', granddaughter: 'f',
  girlfriend: 'f', fiancee: 'f', mom: 'f', mum: 'f', stepmother: 'f', stepdaughter: 'f', widow: 'f', mrs: 'f', ms: 'f',
  queen: 'f', princess: 'f', spokeswoman: 'f', chairwoman: 'f', congresswoman: 'f', businesswoman: 'f', actress: 'f',
});
