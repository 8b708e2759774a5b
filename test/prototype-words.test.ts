/**
 * Words that name Object.prototype members ("constructor", "toString", "__proto__") are ordinary words in
 * news text. A lookup in a plain object table would find a function there and put it in a record; every
 * string-keyed table is built with `table()` (no prototype), and this suite keeps it so.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const WORDS = ['constructor', 'Constructor', 'CONSTRUCTOR', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__'];
const FRAMES = [
  'The %s said 12 people died in the fire on Monday.',
  'At least 40 %s were killed, officials said.',
  'Police %s that 3 men were arrested.',
  'According to the %s, nearly 200 homes were damaged.',
  'The %s minister denied the figure of 58 dead.',
  '%s: 17 dead after the storm.',
  'He paid 30 %s for the car in %s.',
  'On %s 12, the %s reported that dozens had fled.',
];

describe('words that name Object.prototype members', () => {
  it.each(FRAMES.flatMap((f) => WORDS.map((w) => [f.replaceAll('%s', w)])))('%s gives a valid result', (text) => {
    const r = extract(text);
    expect(r.schemaVersion).toBeTypeOf('string');
    for (const a of r.attributions) expect(typeof a.stance).toBe('string');
    for (const c of r.claims) expect(typeof c.value === 'number' || c.value === null).toBe(true);
  });

  it('negative neighbour: the frames still find their records with an ordinary word', () => {
    const r = extract('The builder said 12 people died in the fire on Monday.');
    expect(r.claims.map((c) => c.value)).toContain(12);
    expect(r.attributions.length).toBeGreaterThan(0);
  });
});
