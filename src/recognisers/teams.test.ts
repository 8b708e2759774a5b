import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise.js';
import { segment } from '../segment.js';
import { teamNames } from './teams.js';

const docOf = (text: string) => { const n = normalise(text); return segment(text, n.text, n.furniture); };
const teams = (text: string) => {
  const doc = docOf(text);
  return [...teamNames(doc)].map(([a, b]) => text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end));
};

describe('teamNames', () => {
  it.each([
    ['Orrell 13 Bath 56', ['Orrell', 'Bath']],
    ['Obilic 2 Zeleznik (B) 0', ['Obilic', 'Zeleznik (B)']],
    ['Wigan 4 3 1 0 9 4 10', ['Wigan']],
    ['BALTIMORE 70 63 .526 4', ['BALTIMORE']],
    ['Postponed: Birmingham v Barnsley, Manchester City v Charlton', ['Birmingham', 'Barnsley', 'Manchester City', 'Charlton']],
    ['Queen of South 3 2 0 1 5 4 6', ['Queen of South']],
    ['Glamorgan 259 and 207, Durham 114 and 211.', ['Glamorgan', 'Durham']],
    // National sides are read as their countries.
    ['Germany 2 Armenia 0', []],
  ])('%s → %j', (text, expected) => {
    expect(teams(text)).toEqual(expected);
  });

  it.each([
    ['Pakistan said 23 soldiers died.'],
    ['Route 58 was closed'],
    ['Covid 19'],
    ['Bath 56'],
    ['Kabul 3 Min Read'],
    ['The Taliban claimed 58 soldiers were killed, Pakistan said 23.'],
  ])('%s → no team', (text) => {
    expect(teams(text)).toEqual([]);
  });
});
