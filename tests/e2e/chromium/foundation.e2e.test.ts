// The thin slice, in real Chromium: terms on the demo article explain themselves on hover,
// and the popup says what PT Lens is and where its words come from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import { GUIDE_META } from '../../../guide/about';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve';
import { waitForPainted } from '../support/highlights';
import { hoverWord, screenshot } from '../support/page-helpers';

const entry = (id: string) => {
  const e = GLOSSARY.find((g) => g.id === id);
  if (!e) throw new Error(`no glossary entry ${id}`);
  return e;
};

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic('demo');
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the demo article', () => {
  for (const [word, id] of [
    ['DOMS', 'doms'],
    ['NSAIDs', 'nsaid'],
    ['fibromyalgia', 'fibromyalgia'],
  ] as const) {
    it(`explains ${word} in a tooltip on hover`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/article.html`);
      // Terms are read after load: point at the word once it is marked, as a reader would.
      await waitForPainted(page, (t) => t.includes(word));
      await hoverWord(page, word);
      const tooltip = page.locator('pt-lens-ui .pt-tooltip');
      await expect.poll(() => tooltip.isVisible(), { timeout: 5000 }).toBe(true);
      expect(await tooltip.locator('.pt-term').textContent()).toBe(entry(id).term);
      expect(await tooltip.locator('.pt-short').textContent()).toBe(entry(id).short);
      await screenshot(page, `tooltip-${id}`);
      await page.keyboard.press('Escape');
      await expect.poll(() => tooltip.count()).toBe(0);
      await page.close();
    });
  }

  it('leaves the page as it was: no node changed, only our host element added', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForPainted(page, (t) => t.includes('DOMS'));
    await hoverWord(page, 'DOMS');
    await page.locator('pt-lens-ui .pt-tooltip').waitFor();
    const same = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const fresh = new DOMParser().parseFromString(source, 'text/html');
      return fresh.body.outerHTML === document.body.outerHTML;
    });
    expect(same).toBe(true);
    const topLevel = await page.evaluate(() =>
      [...document.documentElement.children].map((c) => c.tagName.toLowerCase()),
    );
    expect(topLevel).toEqual(['head', 'body', 'pt-lens-ui']);
    await page.close();
  });
});

describe('the popup', () => {
  it('names the product, says what it does and credits the source article', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 480, height: 600 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('PT Lens');
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/explains physical therapy and chronic pain terms/i);
    expect(text).toContain(GUIDE_META.source.title);
    expect(text).toContain(GUIDE_META.source.publisher);
    await screenshot(page, 'popup');
    await page.close();
  });
});
