import { describe, expect, it } from 'vitest';
import { parseGoldDate } from './sets/muc4-dates.js';

describe('MUC-4 incident date slot', () => {
  it.each([
    ['30 DEC 89', { from: '1989-12-30', to: '1989-12-30', open: false }],
    ['03 JAN 90', { from: '1990-01-03', to: '1990-01-03', open: false }],
    ['- 08 JAN 90', { to: '1990-01-08', open: true }],
    ['-09 NOV 89', { to: '1989-11-09', open: true }],
    ['08 JAN 90 - 09 JAN 90', { from: '1990-01-08', to: '1990-01-09', open: false }],
    ['(- 29 MAR 89)', { to: '1989-03-29', open: true }],
    ['(28 MAR 89 - 29 MAR 89)', { from: '1989-03-28', to: '1989-03-29', open: false }],
  ])('%s', (value, expected) => {
    expect(parseGoldDate(value)).toEqual(expected);
  });
  it.each(['-', '12 NOV', '', 'SOMETIME IN 1989'])('%j is unreadable', (value) => {
    expect(parseGoldDate(value)).toBeUndefined();
  });
});
