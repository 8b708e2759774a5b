import { describe, expect, it } from 'vitest';
import { collectMarks, nestMarks, sortMarks, type Mark, type MarkKind } from './marks.js';

const mk = (kind: MarkKind, start: number, end: number, key = `${kind}-${start}`): Mark => ({ start, end, kind, key, anchor: `m-${key}` });

/** Marks drawn as [kind, start, end] rendered with only their kind, to read the nesting at a glance. */
function shape(text: string, marks: Mark[]): string {
  return nestMarks(text, sortMarks([...marks]))
    .replace(/<mark class="mk mk-(\w+)"[^>]*data-cont=""[^>]*>/g, '[$1+ ')
    .replace(/<mark class="mk mk-(\w+)"[^>]*>/g, '[$1 ')
    .replace(/<\/mark>/g, ']');
}

/** Text content of rendered HTML: tags dropped, entities decoded. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('nestMarks', () => {
  const cases: [string, string, Mark[], string][] = [
    ['no marks: escaped text only', 'a < b & c', [], 'a &lt; b &amp; c'],
    ['one mark', 'said 23 died', [mk('claim', 5, 7)], 'said [claim 23] died'],
    ['a claim inside an attribution', 'Pakistan said 23 died', [mk('attribution', 0, 21), mk('claim', 14, 16), mk('actor', 0, 8)],
      '[attribution [actor Pakistan] said [claim 23] died]'],
    ['same span: attribution outside claim outside actor', 'X', [mk('actor', 0, 1), mk('claim', 0, 1), mk('attribution', 0, 1)],
      '[attribution [claim [actor X]]]'],
    ['crossing spans: the later one is closed and reopened', 'abcdef', [mk('attribution', 0, 4, 'a'), mk('attribution', 2, 6, 'b')],
      '[attribution ab[attribution cd]][attribution+ ef]'],
    ['adjacent marks do not nest', 'ab', [mk('actor', 0, 1), mk('location', 1, 2)], '[actor a][location b]'],
    ['a mark at the very end', 'ab', [mk('date', 1, 2)], 'a[date b]'],
  ];
  it.each(cases)('%s', (_name, text, marks, expected) => {
    expect(shape(text, marks)).toBe(expected);
  });

  it('keeps every character of the text in place, whatever the marks', () => {
    const text = 'The <army> said "23" & more';
    const marks = [mk('attribution', 0, 20), mk('actor', 4, 10), mk('claim', 17, 19), mk('location', 8, 25), mk('date', 5, 6)];
    const html = nestMarks(text, sortMarks([...marks]));
    expect(textOf(html)).toBe(text);
    expect(html.match(/<mark/g)?.length).toBe(html.match(/<\/mark>/g)?.length);
    // Only the first fragment of a mark is focusable and carries the link anchor.
    expect(html.match(/id="m-location-8"/g)).toHaveLength(1);
  });
});

describe('collectMarks', () => {
  const text = 'Pakistan said 23 died';
  const base = { actors: [], locations: [], claims: [], attributions: [], dates: [] };

  it('places a span whose offsets and text match', () => {
    const r = collectMarks({ ...base, dates: [{ id: 'd', span: { start: 14, end: 16, text: '23' }, granularity: 'day', certainty: 'stated', rule: 'r' }] }, text);
    expect(r).toMatchObject({ misplaced: 0, marks: [{ kind: 'date', start: 14, end: 16 }] });
  });

  it.each([
    ['text that differs', { start: 14, end: 16, text: '24' }],
    ['an end past the text', { start: 14, end: 99, text: '23 died' }],
    ['an empty span', { start: 3, end: 3, text: '' }],
    ['a negative start', { start: -1, end: 2, text: 'Pa' }],
  ])('counts and skips %s', (_name, span) => {
    const r = collectMarks({ ...base, dates: [{ id: 'd', span, granularity: 'day', certainty: 'stated', rule: 'r' }] }, text);
    expect(r).toEqual({ marks: [], misplaced: 1 });
  });
});

describe('nestMarks on many random marks', () => {
  it('always nests properly and keeps the text, over 1 MB and 20,000 crossing marks', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const text = 'Officials <said> "23" & killed. '.repeat(32_000);
    const kinds: MarkKind[] = ['attribution', 'claim', 'actor', 'location', 'date'];
    const marks: Mark[] = [];
    for (let i = 0; i < 20_000; i++) {
      const start = rand(text.length - 1);
      marks.push(mk(kinds[rand(5)]!, start, Math.min(text.length, start + 1 + rand(300)), `k${i}`));
    }
    const html = nestMarks(text, sortMarks(marks));
    expect(textOf(html)).toBe(text);
    // Well nested: a running depth never goes below zero and ends at zero.
    let depth = 0;
    let min = 0;
    for (const m of html.matchAll(/<(\/?)mark\b/g)) { depth += m[1] ? -1 : 1; min = Math.min(min, depth); }
    expect([min, depth]).toEqual([0, 0]);
    // Each mark has exactly one focusable first fragment.
    expect(html.match(/tabindex="0"/g)).toHaveLength(20_000);
  });
});
