/**
 * A word table with no prototype: a lookup of "constructor", "toString" or "__proto__" (all ordinary
 * words in news text) finds nothing instead of an Object.prototype method. Every string-keyed table
 * in src/ is built with it.
 *
 * @example
 * const UNITS = table({ km: 'kilometre' });
 * UNITS['constructor'] // undefined
 */
export function table<T extends object>(entries: T): T {
  return Object.setPrototypeOf(entries, null) as T;
}
