/** The newsclaims/testing surface is pinned like the main one: a change here is a change of contract. */
import { describe, expect, it } from 'vitest';
import * as testing from '../../src/testing/index.js';

describe('newsclaims/testing', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(testing).sort()).toEqual([
      'ExpectedAbsent', 'ExpectedActor', 'ExpectedAttribution', 'ExpectedClaim', 'ExpectedContested', 'ExpectedDate',
      'ExpectedLocation', 'Fixture', 'FixtureError', 'SECTIONS', 'checkFixture', 'checkResult', 'describeEntry',
      'findFixtures', 'fixtureJsonSchema', 'fixtureMatchers', 'formatReport', 'loadFixture', 'parseFixture',
      'runFixtures', 'toMatchFixture',
    ]);
  });

  it('the matcher extracts an article given as text before checking it', () => {
    const r = testing.toMatchFixture('Nothing happened here.', { absent: [{ claim: 'Nothing' }] });
    expect(r.pass).toBe(true);
    expect(r.message()).toContain('expected the result not to match fixture');
  });

  it('the matcher message is the report in words', () => {
    const r = testing.toMatchFixture('Nothing happened here.', { actors: [{ name: 'Nobody' }] }, 'tiny');
    expect(r.pass).toBe(false);
    expect(r.message()).toBe('✗ tiny: 0/1 entries pass\n  missing:\n    - actor "Nobody" is missing');
  });
});
