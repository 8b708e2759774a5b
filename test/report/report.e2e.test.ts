/**
 * The report in a real browser: Debian's chromium (apt-get install chromium; .ci/run does it) driven
 * by playwright-core, which never downloads a browser. Pages are opened from file:// and every request
 * is recorded: the page itself is the only one allowed. Screenshots go to $TMPDIR/newsclaims-e2e/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Page scripts are passed as strings: the project's tsconfig has no DOM types.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { extract, renderReport } from '../../src/index.js';
import { SAMPLE_RESULT, SAMPLE_TEXT } from './sample.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const SHOTS = join(tmpdir(), 'newsclaims-e2e');
const REFERENCE = readFileSync(new URL('../../fixtures/border-clash.txt', import.meta.url), 'utf8');

let context: BrowserContext;
let profile: string;
let pagesDir: string;

interface Opened { page: Page; url: string; requests: string[]; dialogs: string[] }

async function open(html: string, name: string, viewport = { width: 1100, height: 900 }): Promise<Opened> {
  const file = join(pagesDir, `${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, requests, dialogs };
}

/** Requests other than the page itself (a data: URL of the page would also be allowed). */
const foreign = (o: Opened) => o.requests.filter((u) => u !== o.url && !u.startsWith('data:'));

const tip = (page: Page) => page.locator('#tip');

describe.skipIf(!existsSync(CHROMIUM))('report in headless Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'newsclaims-chromium-'));
    pagesDir = mkdtempSync(join(tmpdir(), 'newsclaims-pages-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: FLAGS, offline: true,
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(pagesDir, { recursive: true, force: true });
  });

  describe('a hand-built result', () => {
    let o: Opened;
    beforeAll(async () => { o = await open(renderReport(SAMPLE_RESULT, SAMPLE_TEXT), 'sample'); }, 30_000);

    it('loads without a single network request and runs no script from the article', async () => {
      expect(o.requests).toContain(o.url);
      expect(foreign(o)).toEqual([]);
      expect(o.dialogs).toEqual([]);
      expect(await o.page.locator('pre.article img, pre.article b').count()).toBe(0);
      expect(await o.page.locator('pre.article').textContent()).toBe(SAMPLE_TEXT);
      await o.page.screenshot({ path: join(SHOTS, 'sample-desktop.png'), fullPage: true });
    });

    it('shows a claim’s record when it is focused from the keyboard', async () => {
      await o.page.locator('#m-claim-0').focus();
      await expect.poll(() => tip(o.page).isVisible()).toBe(true);
      const t = await tip(o.page).innerText();
      for (const s of ['up to 40', 'up_to', 'government soldiers', 'killed', 'claim', 'quantities/test']) expect(t).toContain(s);
      expect(t).toMatch(/Source\s+Northern Front/);
      // Tab goes on to the next highlight, and the pop-up follows.
      await o.page.keyboard.press('Tab');
      expect(await o.page.evaluate('document.activeElement && document.activeElement.getAttribute("data-rec")')).toMatch(/^(actor|location|date|attribution|claim)-/);
      await o.page.keyboard.press('Escape');
      expect(await tip(o.page).isVisible()).toBe(false);
    });

    it('shows a record on hover', async () => {
      await o.page.locator('#m-claim-1').hover();
      await expect.poll(() => tip(o.page).innerText()).toContain('the army');
      expect(await tip(o.page).innerText()).toContain('assert');
      await o.page.screenshot({ path: join(SHOTS, 'sample-hover.png') });
    });

    it('jumps from a ledger row to the figure in the text', async () => {
      await o.page.locator('#ledger a[href="#m-claim-1"]').click();
      expect(await o.page.evaluate('location.hash')).toBe('#m-claim-1');
      expect(await o.page.evaluate('document.activeElement && document.activeElement.id')).toBe('m-claim-1');
      await expect.poll(() => tip(o.page).innerText()).toContain('troops');
    });

    it('puts contested figures side by side', async () => {
      const sides = o.page.locator('#contested .side');
      expect(await sides.count()).toBe(2);
      const [a, b] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
      expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
      expect(b!.x).toBeGreaterThan(a!.x + a!.width);
      expect(await sides.nth(0).innerText()).toContain('Northern Front');
    });

    it('fits a phone screen without sideways scrolling', async () => {
      const phone = await open(renderReport(SAMPLE_RESULT, SAMPLE_TEXT), 'sample-phone', { width: 390, height: 844 });
      expect(await phone.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await phone.page.screenshot({ path: join(SHOTS, 'sample-phone.png'), fullPage: true });
      expect(foreign(phone)).toEqual([]);
    });
  });

  describe('the reference article', () => {
    let o: Opened;
    beforeAll(async () => { o = await open(renderReport(extract(REFERENCE), REFERENCE), 'border-clash'); }, 30_000);

    it('loads without a single network request', async () => {
      expect(foreign(o)).toEqual([]);
      expect(await o.page.locator('pre.article').textContent()).toBe(REFERENCE);
      await o.page.screenshot({ path: join(SHOTS, 'border-clash.png'), fullPage: true });
    });

    /** The tooltip text of the first highlighted figure whose text includes `figure`. */
    async function recordOf(figure: string): Promise<string> {
      const mark = o.page.locator('pre.article mark.mk-claim[id]', { hasText: figure }).first();
      await mark.focus({ timeout: 2_000 });
      await expect.poll(() => tip(o.page).isVisible(), { timeout: 2_000 }).toBe(true);
      return tip(o.page).innerText();
    }

    it('highlights the 58 with its source, the Taliban', async () => {
      const t = await recordOf('58');
      expect(t).toMatch(/Source\s+Taliban/);
      expect(t).toContain('up_to');
    });

    it('highlights the 23 with its source, Pakistan', async () => {
      const t = await recordOf('23');
      expect(t).toMatch(/Source\s+Pakistan/);
    });

    it('shows 58 against 23 as a contested figure', async () => {
      const figures = await o.page.locator('#contested .contest .big').allInnerTexts();
      expect(figures.some((f) => f.includes('58'))).toBe(true);
      expect(figures.some((f) => f.includes('23'))).toBe(true);
      await o.page.locator('#contested').screenshot({ path: join(SHOTS, 'border-clash-contested.png') });
    });
  });
});
