/**
 * Tests on the first character of a word (or any character), for the per-token loops. A regex literal in a
 * function body makes a new RegExp object each time it is evaluated: inline `/^\p{Lu}/u.test(t.text)` in the
 * recognisers' token loops was ~13% of everything extract() allocated (issue #6, allocation profile). These
 * answer ASCII from the character code and keep one RegExp each for the rest.
 */
const LOWER = /^\p{Ll}/u;
const UPPER = /^\p{Lu}/u;
const LETTER = /^\p{L}/u;
const ANY_LETTER = /\p{L}/u;

/** Starts with a lower-case letter (any script): "said", "état". */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(s);
}

/** Starts with an upper-case letter (any script): "Kabul", "Élysée". */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(s);
}

/** Starts with a letter (any script). */
export function startsLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : LETTER.test(s);
}

/** Holds a letter anywhere (any script). */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) { if ((c | 32) >= 97 && (c | 32) <= 122) return true; } else return ANY_LETTER.test(s.slice(i));
  }
  return false;
}

/** Starts with an ASCII digit. */
export function startsDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}
