import { describe, expect, it } from 'vitest';
import { extract, renderReport, schemas, type ExtractionResult } from '../../src/index.js';
import { SAMPLE_RESULT, SAMPLE_TEXT } from './sample.js';

/** Every start tag in the page, as written. */
const tags = (html: string) => html.match(/<[a-z][^>]*>/gi) ?? [];
/** Start tags with an event-handler attribute (quoted attribute values removed first). */
const handlers = (html: string) => tags(html).filter((t) => /\son\w+\s*=/i.test(t.replace(/"[^"]*"/g, '""')));
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const articleOf = (html: string) => /<pre class="article">([\s\S]*?)<\/pre>/.exec(html)?.[1];
const section = (html: string, id: string) => new RegExp(`<section id="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';

describe('renderReport on a hand-built result', () => {
  const html = renderReport(SAMPLE_RESULT, SAMPLE_TEXT);

  it('starts from a schema-valid result', () => {
    expect(schemas.ExtractionResult.safeParse(SAMPLE_RESULT).success).toBe(true);
  });

  it('shows HTML in the article as text and never as markup', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(handlers(html)).toEqual([]);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('escapes every record field, not only the article', () => {
    const evil = '<script>alert("x")</script>';
    const r: ExtractionResult = structuredClone(SAMPLE_RESULT);
    r.actors[0]!.name = evil;
    r.claims[0]!.counted = evil;
    r.claims[0]!.rule = `"><img src=y>`;
    r.attributions[0]!.cue = `'" onmouseover=alert(2) x="`;
    r.contested[0]!.about = evil;
    const out = renderReport(r, SAMPLE_TEXT, { title: `</title>${evil}` });
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(out).not.toContain('<img');
    expect(handlers(out)).toEqual([]);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('keeps the article text exactly, with highlights nested around it', () => {
    const body = articleOf(html)!;
    expect(decode(body.replace(/<[^>]+>/g, ''))).toBe(SAMPLE_TEXT);
    expect(body.match(/<mark/g)?.length).toBe(body.match(/<\/mark>/g)?.length);
    // The claim sits inside its attribution: its mark opens after the attribution's and before it closes.
    const att = body.indexOf('id="m-attribution-0"');
    const claim = body.indexOf('id="m-claim-0"');
    expect(att).toBeGreaterThan(-1);
    expect(claim).toBeGreaterThan(att);
    expect(body.slice(att, claim)).not.toContain('</mark></mark>');
  });

  it('highlights every span of every record, each in its own style', () => {
    const body = articleOf(html)!;
    const r = SAMPLE_RESULT;
    r.claims.forEach((_, i) => expect(body).toContain(`class="mk mk-claim" data-rec="claim-${i}" id="m-claim-${i}"`));
    r.attributions.forEach((_, i) => expect(body).toContain(`data-rec="attribution-${i}" id="m-attribution-${i}"`));
    r.actors.forEach((a, i) => a.mentions.forEach((_, j) => expect(body).toContain(`class="mk mk-actor" data-rec="actor-${i}" id="m-actor-${i}-${j}"`)));
    r.locations.forEach((l, i) => l.mentions.forEach((_, j) => expect(body).toContain(`class="mk mk-location" data-rec="location-${i}" id="m-location-${i}-${j}"`)));
    expect(body).toContain('class="mk mk-date" data-rec="date-0" id="m-date-0"');
  });

  it('has a full record card for every record, each with its rule', () => {
    const r = SAMPLE_RESULT;
    const keys = [
      ...r.claims.map((_, i) => `claim-${i}`), ...r.attributions.map((_, i) => `attribution-${i}`),
      ...r.actors.map((_, i) => `actor-${i}`), ...r.locations.map((_, i) => `location-${i}`),
      ...r.dates.map((_, i) => `date-${i}`), ...r.contested.map((_, i) => `contested-${i}`),
    ];
    for (const k of keys) expect(html, k).toContain(`id="rec-${k}"`);
    for (const rec of [...r.claims, ...r.attributions, ...r.actors, ...r.locations, ...r.dates, ...r.contested]) {
      expect(html, rec.id).toContain(`<dt>Id</dt><dd>${rec.id}</dd>`);
      expect(html, rec.id).toContain(`<dd>${rec.rule}</dd>`);
    }
  });

  it('describes a claim by value, qualifier, counted, event, source and stance', () => {
    const card = /<div class="rec rec-claim" id="rec-claim-0">[\s\S]*?<\/div>/.exec(html)![0];
    for (const piece of ['<dt>Figure</dt><dd>up to 40</dd>', '<dt>Qualifier</dt><dd>up_to</dd>', '<dt>Counted</dt><dd>government soldiers</dd>',
      '<dt>Event</dt><dd>killed</dd>', '<dt>Source</dt><dd>Northern Front</dd>', '<dt>Stance</dt><dd>claim (“claimed”)</dd>', '<dt>Where</dt><dd>Varnesk</dd>']) {
      expect(card).toContain(piece);
    }
  });

  it('puts contested figures side by side with their sources', () => {
    const c = section(html, 'contested');
    expect(c).toContain('government soldiers killed');
    const up = c.indexOf('<span class="big">up to 40</span>');
    const twelve = c.indexOf('<span class="big">12</span>');
    expect(up).toBeGreaterThan(-1);
    expect(twelve).toBeGreaterThan(up);
    expect(c.slice(up, twelve)).toContain('Source: <strong>Northern Front</strong>');
    expect(c.slice(twelve)).toContain('Source: <strong>the army</strong>');
    expect(c.slice(twelve)).toContain('st-assert');
  });

  it('lists who claims what in the ledger, each row linked to its place in the text', () => {
    const ledger = section(html, 'ledger');
    expect(ledger.match(/<tr>/g)).toHaveLength(1 + SAMPLE_RESULT.claims.length);
    expect(ledger).toContain('<a href="#m-claim-1">12</a>');
    expect(ledger).toContain('repeats up to 40 government soldiers');
    const statements = section(html, 'statements');
    expect(statements).toContain('st-deny');
    expect(statements).toContain('<a href="#m-attribution-1">the figure</a>');
  });

  it('links only to anchors that exist on the page', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(10);
    for (const h of hrefs) {
      expect(h.startsWith('#'), h).toBe(true);
      expect(html, h).toContain(`id="${h.slice(1)}"`);
    }
  });

  it('refers to nothing on the network', () => {
    expect(html).not.toMatch(/https?:\/\//i);
    expect(tags(html).filter((t) => /\s(src|srcset|href|action|poster|data)\s*=\s*"(?!#)/i.test(t))).toEqual([]);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toContain('default-src &#39;none&#39;');
  });

  it('keeps article URLs as text, not as links or sources', () => {
    const text = 'See https://example.org/a.png for 3 photos.';
    const out = renderReport({ ...SAMPLE_RESULT, actors: [], locations: [], claims: [], attributions: [], contested: [], dates: [] }, text);
    expect(out).toContain('See https://example.org/a.png for 3 photos.');
    expect(tags(out).filter((t) => /https?:/i.test(t))).toEqual([]);
  });
});

describe('renderReport on partial input', () => {
  it('renders tables and records without the article body when the text is not given', () => {
    const html = renderReport(SAMPLE_RESULT);
    expect(articleOf(html)).toBeUndefined();
    expect(html).toContain('The article text was not given');
    expect(html).toContain('id="rec-claim-0"');
    expect(html).not.toContain('href="#m-');
    expect(html).toContain('<h1>sample-1</h1>');
  });

  it('warns and leaves out highlights that do not fit a different text', () => {
    const html = renderReport(SAMPLE_RESULT, 'A different, shorter text.');
    expect(html).toMatch(/class="warn">\d+ highlight\(s\) do not match/);
    expect(articleOf(html)).toBe('A different, shorter text.');
  });

  it('renders an empty extraction, even of empty text', () => {
    for (const text of ['', 'Nothing to see.']) {
      const html = renderReport(extract(text), text);
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain('No contested figures found.');
    }
  });

  it('renders a result with missing arrays', () => {
    const html = renderReport({ schemaVersion: '1.0.0', claims: [] } as unknown as ExtractionResult, 'x');
    expect(html).toContain('No figures found.');
  });
});
