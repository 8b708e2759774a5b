/**
 * newsclaims/testing — check an extraction against a hand-written fixture in your own tests.
 *
 * @example
 * // vitest.setup.ts (or jest's setupFilesAfterEach)
 * import { expect } from 'vitest';
 * import { fixtureMatchers } from 'newsclaims/testing';
 * expect.extend(fixtureMatchers);
 *
 * // a test
 * expect(extract(text)).toMatchFixture(JSON.parse(readFileSync('a.expected.json', 'utf8')));
 *
 * // types, once in a .d.ts:
 * import type { FixtureMatchers } from 'newsclaims/testing';
 * declare module 'vitest' { interface Assertion<T = any> extends FixtureMatchers<T> {} }
 */
import { extract } from '../extract.js';
import type { Article, ExtractionResult } from '../schema.js';
import { checkFixture, formatReport, type Fixture } from './fixture.js';

export {
  Fixture, ExpectedActor, ExpectedLocation, ExpectedClaim, ExpectedAttribution, ExpectedContested, ExpectedDate,
  ExpectedAbsent, FixtureError, SECTIONS, checkFixture, checkResult, describeEntry, fixtureJsonSchema, formatReport,
  parseFixture,
} from './fixture.js';
export type { Difference, EntryOutcome, FixtureReport, Section } from './fixture.js';
export { findFixtures, loadFixture, runFixtures } from './load.js';
export type { FixtureFile, FixtureRun, LoadedFixture } from './load.js';

/** What a matcher returns to vitest or jest. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** Add to vitest's or jest's Assertion / Matchers interface for `toMatchFixture` to type-check. */
export interface FixtureMatchers<R = unknown> {
  /** The result (or the article, extracted first) matches the fixture; pending entries never fail. */
  toMatchFixture(fixture: Fixture | unknown, name?: string): R;
}

const isResult = (x: unknown): x is ExtractionResult =>
  !!x && typeof x === 'object' && Array.isArray((x as ExtractionResult).claims) && Array.isArray((x as ExtractionResult).actors);

/**
 * `expect(result).toMatchFixture(fixture)`: a matcher for `expect.extend`, with no test runner
 * imported. The received value may be an ExtractionResult, or an article (string or object) to extract.
 */
export function toMatchFixture(received: unknown, fixture: Fixture | unknown, name = 'fixture'): MatcherResult {
  const result = isResult(received) ? received : extract(received as string | Article);
  const report = checkFixture(result, fixture);
  return {
    pass: report.ok,
    message: () => (report.ok ? `expected the result not to match ${name}, but it does:\n` : '') + formatReport(report, name),
  };
}

/** Every matcher, for `expect.extend(fixtureMatchers)`. */
export const fixtureMatchers = { toMatchFixture };
