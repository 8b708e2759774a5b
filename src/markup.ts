import { table } from './lexicon/table.js';
/**
 * markup: blank HTML in scraped pages WITHOUT changing length, so offsets stay those of the input.
 * - tags become spaces; block tags (<p>, <div>, <li>, <h1>, <br> …) start a new line, so paragraphs and
 *   bullets segment as they read;
 * - page chrome elements (<nav>, <footer>, <aside>, <script>, <style>, and any element whose class or id
 *   says nav, share, social, ad, promo, related, subscribe, comments, newsletter, cookie) are blanked whole
 *   and returned as furniture;
 * - entities (&amp; &#8217; &middot; …) become their character followed by spaces ("Nigeria&#8217;s" →
 *   "Nigeria'      s" would split the word, so the character goes LAST: "Nigeria      's").
 * Text without "<tag" or "&entity;" is returned as is. Every scan is bounded: linear in the input.
 */

const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'td', 'th', 'table', 'footer',
  'header', 'nav', 'section', 'article', 'aside', 'blockquote', 'figure', 'figcaption', 'hr', 'main', 'dd', 'dt',
  'dl', 'pre', 'title', 'body', 'html', 'head', 'form', 'caption',
]);
/** Elements that are never news text. */
const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'script', 'style', 'noscript', 'form', 'button', 'iframe', 'svg', 'template']);
/** class / id words of chrome containers. */
const CHROME_CLASS_RE = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|share|sharing|social|ad|ads|advert|advertisement|promo|related|subscribe|subscription|comments?|newsletter|cookie|sidebar|breadcrumbs?|footer|paywall)(?:$|[\s_-])/i;
const ENTITIES: Record<string, string> = table({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '*', bull: '*', mdash: '-', ndash: '-',
  hellip: '.', rsquo: "'", lsquo: "'", ldquo: '"', rdquo: '"', laquo: '"', raquo: '"', copy: ' ', reg: ' ',
  trade: ' ', pound: '£', euro: '€', yen: '¥', cent: ' ', sect: ' ', deg: ' ', times: 'x', minus: '-', shy: ' ',
  thinsp: ' ', ensp: ' ', emsp: ' ', zwj: ' ', zwnj: ' ',
});

const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b([^<>]{0,2000})>|<![a-zA-Z][^<>]{0,500}>/g;
const ENTITY_RE = /&(?:([a-zA-Z]{2,8})|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;

export interface Markup { text: string; furniture: { start: number; end: number }[] }

/** Blank markup in `text` (same length out). */
export function blankMarkup(text: string): Markup {
  const furniture: { start: number; end: number }[] = [];
  const hasTag = /<\/?[a-zA-Z][a-zA-Z0-9]{0,15}[\s>/]/.test(text);
  const hasEntity = /&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});/.test(text);
  if (!hasTag && !hasEntity) return { text, furniture };
  const out = text.split('');
  const blank = (from: number, to: number, newline: boolean) => {
    for (let i = from; i < to; i++) out[i] = out[i] === '\n' ? '\n' : ' ';
    if (newline && to > from) out[from] = '\n';
  };
  if (hasTag) {
    // Comments first, each closed by the first "-->" after it (one forward pass: linear).
    for (let pos = 0; ;) {
      const i = text.indexOf('<!--', pos);
      if (i < 0) break;
      const e = text.indexOf('-->', i + 4);
      if (e < 0) break;
      blank(i, e + 3, false);
      pos = e + 3;
    }
    // Open chrome elements: [tag name, start of the open tag, depth].
    let chrome: { name: string; start: number; depth: number } | null = null;
    TAG_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TAG_RE.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (out[start] !== '<') continue; // inside a comment
      const name = (m[2] ?? '').toLowerCase();
      const closing = m[1] === '/';
      const selfClosing = /\/\s*$/.test(m[3] ?? '');
      blank(start, end, BLOCK_TAGS.has(name));
      if (!name) continue;
      if (chrome) {
        if (name === chrome.name && !selfClosing) chrome.depth += closing ? -1 : 1;
        if (chrome.depth === 0) {
          blank(chrome.start, end, true);
          furniture.push({ start: chrome.start, end });
          chrome = null;
        } else if (start - chrome.start > 20_000) {
          chrome = null; // never closed: leave the text
        }
        continue;
      }
      if (closing || selfClosing) continue;
      const attrs = m[3] ?? '';
      const cls = /\b(?:class|id)\s*=\s*["']([^"'<>]{0,200})["']/i.exec(attrs)?.[1];
      if (CHROME_TAGS.has(name) || (cls && CHROME_CLASS_RE.test(cls))) chrome = { name, start, depth: 1 };
    }
  }
  if (hasEntity) {
    ENTITY_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ENTITY_RE.exec(text)) !== null) {
      if (out[m.index] !== '&') continue; // inside blanked markup
      let ch: string | undefined;
      if (m[1]) ch = ENTITIES[m[1].toLowerCase()];
      else {
        const code = m[2] ? Number(m[2]) : parseInt(m[3]!, 16);
        const c = code > 0 && code < 0xffff ? String.fromCharCode(code) : ' ';
        ch = /[\u0000-\u001f]/.test(c) ? ' ' : c;
      }
      if (ch === undefined) continue;
      const end = m.index + m[0].length;
      for (let i = m.index; i < end - 1; i++) out[i] = ' ';
      out[end - 1] = ch;
    }
  }
  return { text: out.join(''), furniture };
}
