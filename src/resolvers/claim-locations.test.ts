import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/** The names of the places of the first claim. */
const placesOf = (text: string) => {
  const r = extract(text);
  const c = r.claims[0];
  if (!c) return null;
  return c.locationIds.map((id) => r.locations.find((l) => l.id === id)!.name);
};

describe('claim-locations: the places a figure happened in', () => {
  it.each([
    ['Police said 11 people were killed in Kabul on Sunday.', ['Kabul']],
    ['At least 12 people died near Islamabad, officials said.', ['Islamabad']],
    ['Shelling on the city of Kabul killed 9 civilians.', ['Kabul']],
  ])('%s → %j', (text, places) => {
    expect(placesOf(text)).toEqual(places);
  });

  it.each([
    // the country acts: it is a source, not the place of the deaths
    ['Pakistan said 23 soldiers died.'],
    // origin, not place
    ['Soldiers from Pakistan killed 12 people.'],
    // a place in another clause, behind a break
    ['In Kabul, the mood was calm; elsewhere 14 people were killed.'],
  ])('%s → no place', (text) => {
    expect(placesOf(text)).toEqual([]);
  });
});
