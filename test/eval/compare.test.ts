import { describe, expect, it } from 'vitest';
import { compareRows, formatComparison } from './compare.js';
import type { EvalRow } from './types.js';

const row = (set: string, slice: string, m: Partial<EvalRow>): EvalRow => ({ set, slice, ...m });

describe('compareRows', () => {
  const before = [
    row('numbers', 'value', { f1: 0.8 }), row('numbers', 'span', { f1: 0.7 }), row('quotes', 'speaker', { accuracy: 0.5 }),
    row('numbers', 'old', { f1: 0.1 }), row('muc4', 'count', { f1: 0.3 }),
  ];
  const after = [
    row('numbers', 'value', { f1: 0.85 }), row('numbers', 'span', { f1: 0.65 }), row('quotes', 'speaker', { accuracy: 0.5002 }),
    row('numbers', 'new', { f1: 0.2 }),
  ];
  const c = compareRows(before, after, 'prev.json');

  it('sorts rows into improved, regressed and unchanged by their headline number', () => {
    expect(c.improved.map((x) => [x.slice, x.metric, +x.delta.toFixed(3)])).toEqual([['value', 'f1', 0.05]]);
    expect(c.regressed.map((x) => [x.slice, +x.delta.toFixed(3)])).toEqual([['span', -0.05]]);
    expect(c.unchanged).toBe(1);
  });

  it('names new rows and rows gone, only for the sets that were run', () => {
    expect(c.added).toEqual(['numbers / new']);
    expect(c.removed).toEqual(['numbers / old']);
  });

  it('prints each change with before, after and delta', () => {
    const text = formatComparison(c);
    expect(text).toContain('improved: \n    numbers / value: f1 0.800 → 0.850 (+0.050)');
    expect(text).toContain('regressed: \n    numbers / span: f1 0.700 → 0.650 (-0.050)');
    expect(text).not.toContain('muc4');
  });
});

describe('compareRows with different case counts', () => {
  it('says so beside the change', () => {
    const c = compareRows([row('fixtures', 'all', { accuracy: 0.1, n: 37 })], [row('fixtures', 'all', { accuracy: 0.2, n: 270 })], 'p');
    expect(formatComparison(c)).toContain('fixtures / all: accuracy 0.100 → 0.200 (+0.100), n 37 → 270');
  });
});
