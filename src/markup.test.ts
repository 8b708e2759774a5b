import { describe, expect, it } from 'vitest';
import { blankMarkup } from './markup.js';
import { extract } from './extract.js';

describe('blankMarkup: scraped pages keep their offsets', () => {
  it.each([
    ['<p>Five people were killed.</p>', '\n  Five people were killed.\n   '],
    ['<h1>Storm kills 4</h1><p>Rain fell.</p>', '\n   Storm kills 4\n    \n  Rain fell.\n   '],
    ['Smith &amp; Sons', 'Smith     & Sons'],
    ['Nigeria&#8217;s army', "Nigeria      \u2019s army"],
    ['a<!-- <p>5 killed</p> -->b', `a${' '.repeat(24)}b`],
    ['Tom &middot; 4 min read', 'Tom        * 4 min read'],
  ])('%j', (input, expected) => {
    const out = blankMarkup(input).text;
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it.each([
    ['<div class="nav"><a href="/s">Subscribe for $1 a week</a></div><p>Two died.</p>', 'Subscribe'],
    ['<div class="share-bar">Share &middot; 12 comments</div><p>Two died.</p>', 'comments'],
    ['<nav><ul><li>Home</li><li>World</li></ul></nav><p>Two died.</p>', 'World'],
    ['<script>var x = "<b>5 killed</b>";</script><p>Two died.</p>', 'killed</b>'],
  ])('blanks page chrome: %j', (input, gone) => {
    const r = blankMarkup(input);
    expect(r.text).not.toContain(gone);
    expect(r.text).toContain('Two died.');
    expect(r.furniture.length).toBe(1);
  });

  it.each([
    'Prices rose 5% <br> in May',
    'If x < 5 and y > 3, stop.',
    'AT&T said 5 people & 3 dogs',
    'plain text without markup',
  ])('plain text and stray brackets survive: %j', (input) => {
    const r = blankMarkup(input);
    expect(r.text.length).toBe(input.length);
    expect(r.furniture).toEqual([]);
    if (!input.includes('<br>')) expect(r.text).toBe(input);
  });

  it('stays linear on hostile input', () => {
    const junk = '<!--<a '.repeat(200_000) + '&#'.repeat(100_000) + '<div class="ad">'.repeat(50_000);
    const r = blankMarkup(junk);
    expect(r.text.length).toBe(junk.length);
  });

  it('an unclosed chrome element does not swallow the page', () => {
    const r = blankMarkup('<div class="ad">Advertisement <p>Gunmen killed 7 people.</p>');
    expect(r.text.length).toBeGreaterThan(0);
    expect(r.furniture).toEqual([]);
  });

  it('claims of a scraped page: the body, not the links, navigation or share counts', () => {
    const page = '<div class="nav"><a href="/subscribe">Subscribe for $1 a week</a></div>\n' +
      '<p>A fire in a market killed seven people, officials said.</p>\n' +
      '<p>Read more: <a href="/x">Floods leave 3 dead</a></p>\n' +
      '<div class="social">Share &middot; 12 comments</div>';
    const values = extract(page).claims.map((c) => c.value);
    expect(values).toEqual([7]);
  });
});
