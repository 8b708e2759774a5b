import { describe, expect, it } from 'vitest';
import { splitLines, parseLine, decodeUtf8, type RawLine } from '../../src/batch/jsonl.js';
import { InputFault } from '../../src/batch/extract-many.js';

async function lines(chunks: (string | Buffer)[], max?: number): Promise<RawLine[]> {
  async function* src() {
    for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : c;
  }
  const out: RawLine[] = [];
  for await (const l of splitLines(src(), max)) out.push(l);
  return out;
}

const raw = (s: string | Buffer, lineNo = 1): RawLine => {
  const bytes = typeof s === 'string' ? Buffer.from(s) : s;
  return { bytes, size: bytes.length, lineNo };
};

describe('splitLines', () => {
  it('splits on newlines across chunk boundaries, numbering lines from 1', async () => {
    const out = await lines(['{"a"', ':1}\n{"b":2}\n', '\n{"c"', ':3}']);
    expect(out.map((l) => [l.lineNo, l.bytes?.toString()])).toEqual([[1, '{"a":1}'], [2, '{"b":2}'], [3, ''], [4, '{"c":3}']]);
  });

  it('gives no extra line after a final newline', async () => {
    expect((await lines(['x\ny\n'])).length).toBe(2);
  });

  it('does not split a multi-byte character cut between chunks', async () => {
    const b = Buffer.from('"café"\n');
    const out = await lines([b.subarray(0, 4), b.subarray(4)]);
    expect(decodeUtf8(out[0]!.bytes!)).toBe('"café"');
  });

  it('drops the bytes of an over-long line but keeps its place and size', async () => {
    const out = await lines(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\nok\n'], 50);
    expect(out.map((l) => [l.lineNo, l.bytes?.toString() ?? null, l.size])).toEqual([[1, 'short', 5], [2, null, 60], [3, 'ok', 2]]);
  });
});

describe('parseLine', () => {
  it.each([
    ['{"id":"a","text":"Hello"}', { id: 'a', text: 'Hello' }],
    ['{"id":5,"text":"Hello"}', { id: 5, text: 'Hello' }],
    ['{"text":"No id"}', { id: 'line:1', text: 'No id' }],
    ['"a bare string"', { id: 'line:1', text: 'a bare string' }],
    ['{"id":"a","text":"CRLF"}\r', { id: 'a', text: 'CRLF' }],
    ['\uFEFF{"id":"bom","text":"x"}', { id: 'bom', text: 'x' }],
    // passed on as-is: extractMany says what is wrong with the text field
    ['{"id":"t","text":42}', { id: 't', text: 42 }],
  ])('reads %s as an article', (line, expected) => {
    expect(parseLine(raw(line))).toEqual(expected);
  });

  it.each([
    ['{"id":"a","text":', /not valid JSON/],
    ['42', /got number/],
    ['null', /got null/],
    ['[{"text":"x"}]', /got an array/],
    ['true', /got boolean/],
  ])('makes %s an error in place', (line, message) => {
    const r = parseLine(raw(line, 7));
    expect(r).toBeInstanceOf(InputFault);
    expect((r as InputFault).error).toMatch(message);
    expect((r as InputFault).id).toBe('line:7');
  });

  it('makes invalid UTF-8 an error instead of replacement characters', () => {
    const r = parseLine(raw(Buffer.from([0x22, 0x63, 0x61, 0x66, 0xc3, 0x28, 0x22]), 3));
    expect(r).toBeInstanceOf(InputFault);
    expect((r as InputFault).error).toMatch(/line 3 is not valid UTF-8/);
  });

  it('skips blank lines', () => {
    expect(parseLine(raw('   '))).toBeUndefined();
    expect(parseLine(raw(''))).toBeUndefined();
  });

  it('reports an over-long line', () => {
    expect(parseLine({ bytes: null, size: 1e9, lineNo: 9 })).toBeInstanceOf(InputFault);
  });
});
