/**
 * Pathological inputs: each must give a valid, self-consistent result (never a throw, never a hang).
 * No timing asserts here: slowness shows up in `npm run bench -- scaling` and in this file's run time.
 */
import { describe, expect, it } from 'vitest';
import { extract, schemas } from '../src/index.js';
import { badSpans } from './helpers/spans.js';
import { idProblems, refProblems } from './helpers/integrity.js';

const MB = 1 << 20;

function expectSound(input: string) {
  const r = extract(input);
  const parsed = schemas.ExtractionResult.safeParse(r);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  expect(badSpans(input, r)).toEqual([]);
  expect([...idProblems(r), ...refProblems(r)]).toEqual([]);
  expect(r.meta?.chars).toBe(input.length);
  return r;
}

/** Deterministic pseudo-random numbers (no Math.random in tests). */
function lcg(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
}

const LONG = 120_000;

describe('1 MB of one character', () => {
  it.each(['a', '.', '"', '-', '9', ' ', '\n', '*', '\u201C', '\u2014'])(
    '%j',
    (ch) => {
      expectSound(ch.repeat(MB));
    },
    LONG,
  );

  it.each(["'", ',', '!', '(', '\u00A0', '\r', '\t', 'A', '\u0000', '\u2028', '\uFEFF'])('%j (64 KB)', (ch) => {
    expectSound(ch.repeat(64 * 1024));
  }, LONG);
});

describe('long runs that stress the scanners', () => {
  it('100,000 digits', () => {
    expectSound('9'.repeat(100_000));
    expectSound('1'.repeat(100_000) + ' people were killed.');
  }, LONG);

  it('100,000 digits with separators that look like one huge number', () => {
    expectSound(Array.from({ length: 30_000 }, (_, i) => String(i % 1000).padStart(3, '0')).join(','));
    expectSound(Array.from({ length: 30_000 }, (_, i) => String(i % 1000)).join('.'));
    expectSound('1' + ',000'.repeat(30_000) + ' killed');
  }, LONG);

  it('50,000 nested quote marks', () => {
    expectSound('"'.repeat(50_000) + 'killed' + '"'.repeat(50_000));
    expectSound('\u201C'.repeat(50_000) + '12 people died' + '\u201D'.repeat(50_000));
    expectSound('"\''.repeat(50_000) + 'he said');
    expectSound(Array.from({ length: 10_000 }, () => '"He said').join(' ') + ' 5 were killed' + '"'.repeat(10_000));
  }, LONG);

  it('a line with no spaces', () => {
    expectSound('word'.repeat(250_000));
    expectSound('killed12said'.repeat(20_000));
    expectSound('Mr.'.repeat(30_000));
    expectSound('U.S.'.repeat(25_000));
    expectSound('a-'.repeat(400_000) + 'a');
    expectSound("a'".repeat(400_000) + 'a');
  }, LONG);

  it('10,000 numbers in one paragraph', () => {
    const rand = lcg(7);
    const words = ['killed', 'said', 'people', 'at least', 'more than', 'soldiers', 'and', 'of', 'to'];
    const parts: string[] = [];
    for (let i = 0; i < 10_000; i++) parts.push(String(Math.floor(rand() * 100_000)), words[i % words.length]!);
    expectSound(parts.join(' '));
    expectSound(Array.from({ length: 10_000 }, (_, i) => `${i + 1} killed`).join(', ') + '.');
    expectSound(Array.from({ length: 10_000 }, (_, i) => `${i} to ${i + 5}`).join(' or '));
  }, LONG);

  it('deeply repeated "said said said"', () => {
    expectSound('said '.repeat(40_000));
    expectSound('Officials said '.repeat(10_000) + '12 people were killed.');
    expectSound('"X," he said. '.repeat(10_000));
    expectSound('according to '.repeat(10_000));
    expectSound('killed killed '.repeat(10_000));
  }, LONG);

  it('one sentence of 40,000 words, and 20,000 one-word sentences', () => {
    expectSound('the soldiers '.repeat(20_000));
    expectSound('Killed. '.repeat(20_000));
    expectSound('A.\n'.repeat(50_000));
  }, LONG);

  it('bullets and headings, many of them', () => {
    expectSound('* 5 killed\n'.repeat(10_000));
    expectSound('- \n'.repeat(50_000));
    expectSound('1. Title\n\n'.repeat(10_000));
    expectSound('Taliban claim: 58 killed\n'.repeat(5_000));
    expectSound('3 Min Read\n'.repeat(20_000));
  }, LONG);
});

describe('markup and junk', () => {
  it('HTML markup is read as text', () => {
    const html =
      '<!DOCTYPE html><html><head><script>var x = "12 people killed"; if (a < b && c > d) { alert("said"); }</script>' +
      '<style>p { margin: 0 }</style></head><body><p>Officials said at least 12 people were killed.</p>' +
      '<p>&ldquo;We deny it,&rdquo; the ministry said &mdash; &#8220;58&#8221; &amp; &nbsp; &#x1F600; &bogus;</p>' +
      '<!-- comment 5 killed --><br/><img src="x.png" alt="3 dead"></body></html>';
    const r = expectSound(html);
    for (const c of r.claims) expect(html.slice(c.span.start, c.span.end)).toBe(c.span.text);
    expectSound(html.repeat(200));
    expectSound('<div>'.repeat(40_000));
    expectSound('&amp;'.repeat(40_000));
  }, LONG);

  it('binary junk and lone surrogates', () => {
    const rand = lcg(11);
    const units: number[] = [];
    for (let i = 0; i < 300_000; i++) units.push(Math.floor(rand() * 0x10000));
    let junk = '';
    for (let i = 0; i < units.length; i += 10_000) junk += String.fromCharCode(...units.slice(i, i + 10_000));
    expectSound(junk);
    expectSound('\uD800'.repeat(100_000));
    expectSound('\uDC00\uD800'.repeat(50_000));
    expectSound('12 killed \uD83D said \uDE00 5 dead'.repeat(1_000));
    expectSound('\uFFFD\uFEFF\u200B\u200D\u202E'.repeat(50_000));
    expectSound(Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('').repeat(1_000));
  }, LONG);

  it('non-English scripts', () => {
    for (const s of [
      'قال المسؤولون إن ١٢ شخصا قتلوا في كابول. ',
      '官员说，至少有12人在边境冲突中丧生。',
      'Официальные лица заявили, что погибли 12 человек. ',
      'अधिकारियों ने कहा कि 12 लोग मारे गए। ',
      'שנים עשר בני אדם נהרגו, אמרו גורמים רשמיים. ',
      'Οι αξιωματούχοι είπαν ότι σκοτώθηκαν 12 άνθρωποι. ',
      '관리들은 12명이 사망했다고 말했다. ',
      'Les responsables ont déclaré que 12 personnes avaient été tuées. ',
      '👨‍👩‍👧‍👦 🇵🇰 🇦🇫 12 💀 ',
    ]) {
      expectSound(s);
      expectSound(s.repeat(1_000));
    }
  }, LONG);

  it('ALL CAPS and all lower case', () => {
    const text =
      'Pakistan said at least 23 of its soldiers were killed. "We deny it," Taliban spokesman Zabihullah Mujahid told Reuters on Monday. ' +
      'More than 200 Taliban fighters died, according to the Pakistani military. ';
    for (const t of [text.toUpperCase(), text.toLowerCase()]) {
      expectSound(t);
      expectSound(t.repeat(300));
    }
  }, LONG);

  it('empty, whitespace and tiny inputs', () => {
    for (const s of ['', ' ', '\n', '.', '"', '9', 'a', '\uD800', '\uDC00', '\u0000', '\r\n', '\u2028', '*', '- ', '1.']) {
      expectSound(s);
    }
  });
});
