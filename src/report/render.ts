/**
 * renderReport: one self-contained HTML page for one article — highlights over the text, contested
 * figures side by side, a claims ledger and every record. Nothing is fetched: styles and script are
 * inline and a Content-Security-Policy forbids any request.
 */
import type { Attribution, ExtractionResult, NumericClaim } from '../schema.js';
import { VERSION } from '../version.js';
import { CSS, SCRIPT } from './assets.js';
import {
  Lookup, STANCE_SYMBOL, actorFields, attributionFields, claimFields, contestedFields, dateFields, figure,
  locationFields, type Field,
} from './describe.js';
import { esc, excerpt } from './html.js';
import { collectMarks, nestMarks } from './marks.js';

export interface ReportOptions {
  /** Page title; default: the article's first line. */
  title?: string;
  /** A link back to an index page (batch reports), e.g. "index.html". Must be a relative path. */
  indexHref?: string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Fill in missing arrays so a partial or older result still renders. */
function complete(r: Partial<ExtractionResult>): ExtractionResult {
  return {
    schemaVersion: r.schemaVersion ?? '',
    actors: r.actors ?? [], locations: r.locations ?? [], claims: r.claims ?? [],
    attributions: r.attributions ?? [], contested: r.contested ?? [], dates: r.dates ?? [],
    ...(r.meta ? { meta: r.meta } : {}),
  } as ExtractionResult;
}

const firstLine = (text: string) => excerpt(text.split('\n').find((l) => l.trim() !== '') ?? '', 120);

/** The page's wrapper: head with inline style, body, inline script. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body}
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function fields(fs: Field[]): string {
  return `<dl>${fs.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v!)}</dd>`).join('')}</dl>`;
}

function stance(a: Attribution | undefined): string {
  if (!a) return '<span class="none">no attribution</span>';
  return `<span class="stance st-${esc(a.stance)}" title="${esc(a.cue)}">${STANCE_SYMBOL[a.stance] ?? '•'} ${esc(a.stance)}</span>`;
}

/** A link to the first mention of a record in the text, or its words when the text is not shown. */
function jump(anchor: string | undefined, label: string, placed: Set<string>): string {
  return anchor && placed.has(anchor) ? `<a href="#${anchor}">${esc(label)}</a>` : esc(label);
}

/**
 * Render one article's extraction as a self-contained HTML page.
 * `text` must be the input the result was extracted from (offsets point into it); without it
 * (undefined or ''), the page has the tables and records but no article body.
 *
 * @example
 * const text = 'Officials said 12 people were killed.';
 * writeFileSync('report.html', renderReport(extract(text), text));
 */
export function renderReport(result: ExtractionResult, text?: string, options: ReportOptions = {}): string {
  const r = complete(result);
  const lk = new Lookup(r);
  const body = typeof text === 'string' ? text : '';
  const { marks, misplaced } = collectMarks(r, body);
  const placed = new Set(marks.map((m) => m.anchor));
  const title = options.title ?? (firstLine(body) || r.meta?.id || 'newsclaims report');
  const claimKey = (c: NumericClaim) => lk.keys.get(c)!;
  const out: string[] = [];

  out.push('<main>');
  if (options.indexHref) out.push(`<p><a href="${esc(options.indexHref)}">← All articles</a></p>`);
  out.push(`<h1>${esc(title)}</h1>`);
  if (r.meta?.id) out.push(`<p class="meta">Article ${esc(r.meta.id)}${r.meta.publishedAt ? ` · published ${esc(r.meta.publishedAt)}` : ''}</p>`);
  out.push(`<ul class="counts" aria-label="What was found">${[
    [r.claims.length, 'figures'], [r.attributions.length, 'attributions'], [r.contested.length, 'contested'],
    [r.actors.length, 'actors'], [r.locations.length, 'places'], [r.dates.length, 'dates'],
  ].map(([n, l]) => `<li><b>${n}</b> ${l}</li>`).join('')}</ul>`);
  out.push('<nav aria-label="Sections"><ul class="counts">'
    + [['contested', 'Contested'], ['article', 'Article'], ['ledger', 'Claims ledger'], ['statements', 'Attributions'],
      ['who-where', 'Actors and places'], ['records', 'All records']].map(([id, l]) => `<li><a href="#${id}">${l}</a></li>`).join('')
    + '</ul></nav>');
  if (misplaced > 0 && body) out.push(`<p class="warn">${misplaced} highlight(s) do not match this text and are left out: was the result extracted from a different text?</p>`);
  if (r.meta?.truncated) out.push(`<p class="warn">Only the first ${r.meta.chars} characters were read.</p>`);

  // Contested figures first: the disagreement is what a reader comes for.
  out.push('<section id="contested" aria-labelledby="h-contested"><h2 id="h-contested">Contested figures</h2>');
  if (r.contested.length === 0) out.push('<p class="none">No contested figures found.</p>');
  for (const f of r.contested) {
    out.push(`<article class="contest" id="${lk.keys.get(f)}"><h3>${esc(f.about || 'figure')}<span class="tag">${esc(f.kind === 'revision' ? 'revised' : 'contested')}</span></h3><div class="versus">`);
    const sides = f.claimIds.length > 0 ? f.claimIds : f.values.map(() => '');
    sides.forEach((id, i) => {
      const c = lk.claims.get(id);
      const att = c && lk.attributionOf(c);
      const src = (c && lk.sourceOf(c)) ?? lk.actorName(f.sourceIds[i]) ?? 'unattributed';
      const fig = c ? figure(c) : String(f.values[i] ?? '?');
      if (i > 0) out.push('<span class="vs" aria-hidden="true">vs</span>');
      out.push(`<div class="side"><span class="big">${esc(fig)}</span>`
        + `<div>${esc(c ? [c.counted, c.event].filter(Boolean).join(' ') : f.about)}</div>`
        + `<div>Source: <strong>${esc(src)}</strong></div>`
        + `<div>${stance(att)}${att ? ` “${esc(att.cue)}”` : ''}</div>`
        + (c ? `<div>${jump(`m-${claimKey(c)}`, 'Show in text', placed)}</div>` : '')
        + '</div>');
    });
    out.push('</div></article>');
  }
  out.push('</section>');

  out.push('<section id="article" aria-labelledby="h-article"><h2 id="h-article">Article</h2>');
  if (body) {
    out.push('<ul class="legend" aria-label="Highlight key">'
      + '<li class="key"><mark class="mk mk-claim">figure</mark></li>'
      + '<li class="key"><mark class="mk mk-attribution">attribution</mark></li>'
      + '<li class="key"><mark class="mk mk-actor">actor</mark> (double underline)</li>'
      + '<li class="key"><mark class="mk mk-location">place</mark> (dashed underline)</li>'
      + '<li class="key"><mark class="mk mk-date">date</mark> (dotted underline)</li></ul>'
      + '<p class="meta">Hover, tap or Tab to a highlight to see its record.</p>');
    out.push(`<pre class="article">${nestMarks(body, marks)}</pre>`);
  } else {
    out.push('<p class="none">The article text was not given, so only the records are shown.</p>');
  }
  out.push('</section>');

  out.push('<section id="ledger" aria-labelledby="h-ledger"><h2 id="h-ledger">Claims ledger: who claims what</h2>');
  if (r.claims.length === 0) out.push('<p class="none">No figures found.</p>');
  else {
    out.push('<table class="stack"><thead><tr><th scope="col">Figure</th><th scope="col">Of what</th><th scope="col">Source</th><th scope="col">Stance</th><th scope="col">Note</th></tr></thead><tbody>');
    for (const c of r.claims) {
      const att = lk.attributionOf(c);
      const note = [c.repeatOfId ? `repeats ${lk.refName(c.repeatOfId)}` : '',
        lk.contestedClaims.has(c.id) ? 'contested' : ''].filter(Boolean).join('; ');
      out.push(`<tr><td class="fig" data-label="Figure"><span class="cell">${jump(`m-${claimKey(c)}`, figure(c), placed)}</span></td>`
        + `<td data-label="Of what"><span class="cell">${esc([c.counted, c.event].filter(Boolean).join(' ') || c.category)}</span></td>`
        + `<td data-label="Source"><span class="cell">${esc(lk.sourceOf(c) ?? 'unattributed')}</span></td>`
        + `<td data-label="Stance"><span class="cell">${stance(att)}</span></td>`
        + `<td data-label="Note"><span class="cell">${esc(note)}</span></td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');

  out.push('<section id="statements" aria-labelledby="h-statements"><h2 id="h-statements">Attributions: who says what</h2>');
  if (r.attributions.length === 0) out.push('<p class="none">No attributions found.</p>');
  else {
    out.push('<table class="stack"><thead><tr><th scope="col">Source</th><th scope="col">Stance</th><th scope="col">Says</th><th scope="col">Answers</th></tr></thead><tbody>');
    for (const a of r.attributions) {
      const said = excerpt(a.content.text, 140) || a.span.text;
      out.push(`<tr><td data-label="Source"><span class="cell">${esc(lk.attributionSource(a))}</span></td>`
        + `<td data-label="Stance"><span class="cell">${stance(a)} “${esc(a.cue)}”</span></td>`
        + `<td data-label="Says"><span class="cell">${jump(`m-${lk.keys.get(a)}`, a.direct ? `“${said}”` : said, placed)}</span></td>`
        + `<td data-label="Answers"><span class="cell">${esc(lk.refName(a.targetId) ?? '')}</span></td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');

  out.push('<section id="who-where" aria-labelledby="h-who"><h2 id="h-who">Actors and places</h2>');
  if (r.actors.length + r.locations.length === 0) out.push('<p class="none">None found.</p>');
  const list = (items: { name: string; kind: string }[], prefix: string) => `<ul class="people">${items.map((x, i) =>
    `<li>${jump(`m-${prefix}-${i}-0`, x.name, placed)} <span class="meta">(${esc(x.kind.replace('_', ' '))})</span></li>`).join('')}</ul>`;
  if (r.actors.length) out.push(`<h3>Actors</h3>${list(r.actors, 'actor')}`);
  if (r.locations.length) out.push(`<h3>Places</h3>${list(r.locations, 'location')}`);
  out.push('</section>');

  // Every record, in full: the pop-ups copy these cards; they also serve readers without script.
  const total = r.claims.length + r.attributions.length + r.actors.length + r.locations.length + r.dates.length + r.contested.length;
  out.push(`<section id="records" aria-labelledby="h-records"><h2 id="h-records">All records</h2><details><summary>Show all ${total} records</summary>`);
  const card = (kind: string, key: string, heading: string, fs: Field[], anchor?: string) =>
    `<div class="rec rec-${kind}" id="rec-${key}"><span class="kind">${kind}</span><h3>${esc(heading)}</h3>${fields(fs)}`
    + `${anchor && placed.has(anchor) ? `<a class="jump" href="#${anchor}">Show in text</a>` : ''}</div>`;
  r.claims.forEach((c, i) => out.push(card('claim', `claim-${i}`, `${figure(c)} ${c.counted}`.trim(), claimFields(c, lk), `m-claim-${i}`)));
  r.attributions.forEach((a, i) => out.push(card('attribution', `attribution-${i}`, `${lk.attributionSource(a)} — ${a.cue}`, attributionFields(a, lk), `m-attribution-${i}`)));
  r.actors.forEach((a, i) => out.push(card('actor', `actor-${i}`, a.name, actorFields(a, lk), `m-actor-${i}-0`)));
  r.locations.forEach((l, i) => out.push(card('location', `location-${i}`, l.name, locationFields(l, lk), `m-location-${i}-0`)));
  r.dates.forEach((d, i) => out.push(card('date', `date-${i}`, d.date ?? d.span.text, dateFields(d), `m-date-${i}`)));
  r.contested.forEach((f, i) => out.push(card('contested', `contested-${i}`, f.about, contestedFields(f, lk))));
  out.push('</details></section>');

  out.push(`<footer>Made by newsclaims ${esc(VERSION)} (schema ${esc(r.schemaVersion)}). This page loads nothing from the network.</footer>`);
  out.push('</main><div id="tip" role="tooltip" hidden></div>');
  return page(title, out.join('\n'));
}

export interface IndexEntry {
  /** Relative file name of the article's page. */
  href: string;
  id: string;
  title: string;
  claims: number;
  contested: number;
  attributions: number;
  /** Set when the line could not be rendered. */
  error?: string;
}

/** The index page of a batch report: one row per article. */
export function renderIndex(entries: readonly IndexEntry[], title = 'newsclaims reports'): string {
  const rows = entries.map((e) => e.error
    ? `<tr><td data-label="Article"><span class="cell">${esc(e.id)}</span></td><td data-label="Error" colspan="3" class="none"><span class="cell">${esc(e.error)}</span></td></tr>`
    : `<tr><td data-label="Article"><span class="cell"><a href="${esc(e.href)}">${esc(e.title || e.id)}</a><br><span class="meta">${esc(e.id)}</span></span></td>`
      + `<td data-label="Figures"><span class="cell">${e.claims}</span></td><td data-label="Contested"><span class="cell">${e.contested}</span></td><td data-label="Attributions"><span class="cell">${e.attributions}</span></td></tr>`);
  return page(title, `<main><h1>${esc(title)}</h1><p class="meta">${entries.length} article(s)</p>`
    + '<table class="stack"><thead><tr><th scope="col">Article</th><th scope="col">Figures</th><th scope="col">Contested</th><th scope="col">Attributions</th></tr></thead>'
    + `<tbody>${rows.join('\n')}</tbody></table>`
    + `<footer>Made by newsclaims ${esc(VERSION)}.</footer></main><div id="tip" role="tooltip" hidden></div>`);
}
