import { describe, expect, it, expectTypeOf } from 'vitest';
import * as api from '../src/index.js';
import { extract, createExtractor, schemas, jsonSchema, SCHEMA_VERSION, type ExtractionResult } from '../src/index.js';

describe('public surface', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual(['SCHEMA_VERSION', 'createExtractor', 'extract', 'extractMany', 'jsonSchema', 'renderReport', 'schemas']);
  });

  it('exports a schema for every record', () => {
    for (const name of ['Span', 'Actor', 'Location', 'NumericClaim', 'Attribution', 'ContestedFigure', 'DateMention', 'ExtractionResult', 'Article', 'BatchRecord']) {
      expect(typeof (schemas as unknown as Record<string, { safeParse?: unknown }>)[name]?.safeParse, name).toBe('function');
    }
  });

  it('types the result', () => {
    expectTypeOf(extract('x')).toEqualTypeOf<ExtractionResult>();
    expectTypeOf<ExtractionResult['claims'][number]['qualifier']>().toEqualTypeOf<'exact' | 'approximate' | 'at_least' | 'more_than' | 'at_most' | 'up_to' | 'range'>();
  });

  it('versions the schema', () => {
    expect(SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(extract('').schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('publishes the JSON Schema of ExtractionResult', () => {
    const js = jsonSchema();
    expect(js.type).toBe('object');
    expect(Object.keys(js.properties as object)).toEqual(
      expect.arrayContaining(['schemaVersion', 'actors', 'locations', 'claims', 'attributions', 'contested', 'dates']),
    );
  });

  it('createExtractor keeps its defaults and lets a call override them', () => {
    const ex = createExtractor({ maxChars: 5 });
    expect(ex.extract('abcdefghij').meta?.truncated).toBe(true);
    expect(ex.extract('abcdefghij', { maxChars: 100 }).meta?.truncated).toBeUndefined();
  });
});

describe('bad input', () => {
  it('throws a TypeError that names what was expected for a non-string', () => {
    expect(() => extract(42 as never)).toThrow(TypeError);
    expect(() => extract(42 as never)).toThrow(/string or an article object/);
    expect(() => extract(null as never)).toThrow(TypeError);
    expect(() => extract({ text: 5 } as never)).toThrow(TypeError);
    expect(() => extract(undefined as never)).toThrow(TypeError);
  });

  it('returns an empty valid result for empty and whitespace input', () => {
    for (const s of ['', '   ', '\n\n\t \n']) {
      const r = extract(s);
      expect(schemas.ExtractionResult.parse(r)).toBeTruthy();
      expect([r.actors, r.locations, r.claims, r.attributions, r.contested]).toEqual([[], [], [], [], []]);
    }
  });

  it('returns a valid result for 1 MB of random characters', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const chars: string[] = [];
    for (let i = 0; i < 1_000_000; i++) {
      const r = rand();
      chars.push(r < 0.15 ? ' ' : r < 0.2 ? '\n' : r < 0.25 ? '.' : String.fromCharCode(32 + Math.floor(rand() * 0x2fff)));
    }
    const input = chars.join('');
    const result = extract(input);
    expect(schemas.ExtractionResult.safeParse(result).success).toBe(true);
    for (const c of result.claims) expect(c.span.text).toBe(input.slice(c.span.start, c.span.end));
  }, 120_000);

  it('truncates or refuses over-long input as the caller chooses', () => {
    expect(extract('a'.repeat(20), { maxChars: 10 }).meta).toMatchObject({ chars: 10, truncated: true });
    expect(() => extract('a'.repeat(20), { maxChars: 10, onTooLong: 'error' })).toThrow(RangeError);
  });
});
