// What PT Lens costs a page it has nothing to say about, and what a page can learn about it.
// The tooltip (Preact, positioning, the card's styles) is a file of its own that the content
// script fetches from the extension only once a term is found.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve';
import { foundCounts } from '../support/highlights';
import { hoverWord } from '../support/page-helpers';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic('tests/e2e/pages');
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

/** Style rules naming our marks that the page's own script can read. */
const ourSheets = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.styleSheets, ...document.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .filter((t) => t.includes('pt-lens')),
  );

describe('what a page pays for PT Lens', () => {
  it('a page with no health terms never loads the tooltip; one that gains a term does', async () => {
    const tooltipLoads: string[] = [];
    browser.context.on('request', (r) => {
      // Chrome serves the file from a per-session address, redirected inside the browser: one
      // load is one request that was not itself a redirect.
      if (r.url().endsWith('/term-ui.js') && !r.redirectedFrom()) tooltipLoads.push(r.url());
    });
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/no-terms.html`);
    // The content script is running (it answers the popup) and has read the page.
    await expect.poll(() => foundCounts(browser.context), { timeout: 10_000 }).toEqual({});
    await sleep(1500);
    expect(tooltipLoads).toEqual([]);
    // Nor can the page see a style sheet of ours (the marks' look comes from the manifest).
    expect(await ourSheets(page)).toEqual([]);

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Some readers with fibromyalgia find that gentle gardening helps.';
      document.querySelector('main')?.append(p);
    });
    await expect.poll(() => tooltipLoads.length, { timeout: 10_000 }).toBe(1);
    expect(await ourSheets(page)).toEqual([]);
    await hoverWord(page, 'fibromyalgia');
    const tooltip = page.locator('pt-lens-ui .pt-tooltip');
    await expect.poll(() => tooltip.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await tooltip.locator('.pt-term').textContent()).toBe('Fibromyalgia');
    await page.close();
  });

  it("a page cannot fetch PT Lens's files to find out that it is installed", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/no-terms.html`);
    const result = await page.evaluate(async (id) => {
      try {
        const res = await fetch(`chrome-extension://${id}/term-ui.js`);
        return `read ${res.status}`;
      } catch {
        return 'refused';
      }
    }, browser.extensionId);
    expect(result).toBe('refused');
    await page.close();
  });
});
