// How the tooltip looks where readers meet it: on a dark page, at the viewport's edges, under a
// page's !important styles, and at 200 % zoom. Each case is saved as a screenshot to look at.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve';
import { waitForPainted } from '../support/highlights';
import { hoverWord, screenshot } from '../support/page-helpers';

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

async function openOn(name: string, word: string, setup?: (p: Page) => Promise<void>) {
  const page = await browser.context.newPage();
  await setup?.(page);
  await page.goto(`${server.origin}/${name}`);
  await waitForPainted(page, (t) => t.includes(word));
  await hoverWord(page, word);
  const card = page.locator('pt-lens-ui .pt-tooltip');
  await card.waitFor();
  // The screenshot is taken once the card has finished fading in, as a reader sees it.
  await expect
    .poll(() => card.evaluate((el) => el.getAnimations().every((a) => a.playState === 'finished')))
    .toBe(true);
  return { page, card };
}

async function insideViewport(page: Page, card: Locator) {
  const box = await card.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) throw new Error('no box');
  return (
    box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height
  );
}

describe('the tooltip', () => {
  it('follows a dark colour scheme on a dark page', async () => {
    const { page, card } = await openOn('dark.html', 'fibromyalgia', (p) =>
      p.emulateMedia({ colorScheme: 'dark' }),
    );
    const background = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(31, 39, 39)');
    await screenshot(page, 'tooltip-dark');
    await page.close();
  });

  it("follows the reader's theme and text size from Settings, also while it is open", async () => {
    const settings = await browser.context.newPage();
    await settings.goto(`chrome-extension://${browser.extensionId}/popup.html#settings`);
    await settings.getByRole('radio', { name: 'Dark' }).check();
    await settings.getByRole('radio', { name: 'Larger' }).check();
    try {
      // The browser is in light mode: the card is dark because the reader chose Dark.
      const { page, card } = await openOn('edges.html', 'DOMS', (p) =>
        p.emulateMedia({ colorScheme: 'light' }),
      );
      const look = () =>
        card.evaluate((el) => ({
          background: getComputedStyle(el).backgroundColor,
          text: getComputedStyle(el.querySelector('.pt-short') as Element).fontSize,
          term: getComputedStyle(el.querySelector('.pt-term') as Element).fontSize,
        }));
      await expect
        .poll(look)
        .toEqual({ background: 'rgb(31, 39, 39)', text: '20px', term: '21.25px' });
      expect(await insideViewport(page, card)).toBe(true);
      await screenshot(page, 'tooltip-settings-dark-larger');

      // Changed in Settings while the card is open: it follows at once.
      await settings.getByRole('radio', { name: 'Light' }).check();
      await settings.getByRole('radio', { name: 'Normal' }).check();
      await expect
        .poll(look)
        .toEqual({ background: 'rgb(255, 255, 255)', text: '16px', term: '17px' });
      await page.close();
    } finally {
      await settings.getByRole('radio', { name: 'Same as system' }).check();
      await settings.getByRole('radio', { name: 'Normal' }).check();
      await settings.close();
    }
  });

  it('stays inside the viewport at the top-right and bottom-left corners', async () => {
    for (const word of ['DOMS', 'sciatica']) {
      const { page, card } = await openOn('edges.html', word);
      expect(await insideViewport(page, card)).toBe(true);
      await screenshot(page, `tooltip-edge-${word}`);
      await page.close();
    }
  });

  it('keeps its own font under a page that restyles everything with !important', async () => {
    const { page, card } = await openOn('edges.html', 'DOMS');
    const font = await card.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).not.toMatch(/Comic Sans/);
    const spacing = await card.evaluate((el) => getComputedStyle(el).letterSpacing);
    expect(spacing).toBe('normal');
    await page.close();
  });

  it('is readable and on screen at 200 % zoom', async () => {
    const { page, card } = await openOn('dark.html', 'NSAID', async (p) => {
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width: 550,
        height: 400,
        deviceScaleFactor: 2,
        mobile: false,
      });
    });
    const fontSize = await card
      .locator('.pt-short')
      .evaluate((el) => getComputedStyle(el).fontSize);
    expect(fontSize).toBe('16px');
    const box = await card.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 550).toBe(true);
    await screenshot(page, 'tooltip-zoom-200');
    await page.close();
  });

  it('says when to get help where a reader sees it without scrolling, on a phone-sized window', async () => {
    const { page, card } = await openOn('dark.html', 'NSAID', (p) =>
      p.setViewportSize({ width: 390, height: 640 }),
    );
    const help = card.locator('.pt-help');
    await expect(help.textContent()).resolves.toMatch(/^Get help now: .*chest pain/i);
    const seen = await help.evaluate((el) => {
      const cardEl = el.closest('.pt-tooltip') as HTMLElement;
      const c = cardEl.getBoundingClientRect();
      const h = el.getBoundingClientRect();
      return {
        scrolled: cardEl.scrollTop,
        inCard: h.top >= c.top && h.bottom <= c.top + cardEl.clientHeight,
        inWindow: h.top >= 0 && h.bottom <= window.innerHeight,
      };
    });
    expect(seen).toEqual({ scrolled: 0, inCard: true, inWindow: true });
    await screenshot(page, 'tooltip-get-help');
    await page.close();
  });
});
