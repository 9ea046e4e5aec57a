// Firefox ESR: a tooltip on hover, the guide and glossary in the popup, no test hook in what ships.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_META } from '../../../guide/about';
import { GLOSSARY } from '../../../guide/glossary/index';
import { HELP_LABELS } from '../../../guide/help-words';
import {
  FIREFOX_BUILD,
  FIREFOX_E2E_BUILD,
  launchFirefox,
  type FirefoxWithExtension,
} from '../../../scripts/lib/firefox';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve';
import {
  highlightRules,
  hoverWord,
  paintedTerms,
  screenshot,
  tooltipText,
  watchErrors,
} from './firefox-helpers';

const entry = (id: string) => {
  const e = GLOSSARY.find((g) => g.id === id);
  if (!e) throw new Error(`no glossary entry ${id}`);
  return e;
};

/** The notice the hook prints (E2E_HOOK_NOTICE in background/e2e-open-popup.ts). */
const HOOK_NOTICE = 'PT Lens e2e build: opening the popup in a tab';

/** A built file; waits a little if another build is rewriting .output/ at this moment. */
async function built(dir: string, file: string): Promise<string> {
  for (let tries = 0; ; tries++) {
    try {
      return await readFile(join(dir, file), 'utf8');
    } catch (error) {
      if (tries >= 20) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Waits until our card is on screen and has finished fading in, as a reader sees it. */
async function cardShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const card = document.querySelector('pt-lens-ui')?.shadowRoot?.querySelector('.pt-tooltip');
      return !!card && card.getAnimations().every((a) => a.playState === 'finished');
    },
    { timeout: 10_000 },
  );
}

let firefox: FirefoxWithExtension;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic('demo');
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the demo article in Firefox', () => {
  it('explains DOMS in a tooltip on hover, changes nothing else, and logs no error', async () => {
    const page = await firefox.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.origin}/article.html`);
    // Terms are read in idle slices after load: point at DOMS once it is marked.
    await expect.poll(() => paintedTerms(page), { timeout: 10_000 }).toContain('DOMS');
    // The marks have their look: the underline and tint rules reach the page with the first term.
    expect(await highlightRules(page)).toEqual([
      expect.stringContaining('::highlight(pt-lens-term)'),
      expect.stringContaining('::highlight(pt-lens-term-tint)'),
      expect.stringContaining('::highlight(pt-lens-term-link)'),
      expect.stringContaining('::highlight(pt-lens-term-tint-link)'),
    ]);
    await hoverWord(page, 'DOMS');
    await page.waitForSelector('pt-lens-ui >>> .pt-tooltip', { timeout: 10_000 });
    expect(await tooltipText(page, '.pt-term')).toBe(entry('doms').term);
    expect(await tooltipText(page, '.pt-short')).toBe(entry('doms').short);
    // When to get help, in the words the card shows it with.
    const help = entry('doms').getHelp;
    if (!help) throw new Error('DOMS needs its get-help line');
    expect(await tooltipText(page, '.pt-help')).toBe(`${HELP_LABELS[help.urgency]}: ${help.text}`);
    await cardShown(page);
    await screenshot(page, 'firefox-tooltip');

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

    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipText(page, '.pt-tooltip')).toBeNull();
    // The article has no script of its own: any error here would be PT Lens's.
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the card in Firefox follows the reader's Settings", () => {
  it('dark and larger text when chosen, though the browser is light', async () => {
    const settings = await firefox.openExtensionPage('/popup.html#settings');
    const choose = (name: string, value: string) =>
      settings.click(`label:has(> input[name="${name}"][value="${value}"])`);
    await settings.waitForSelector('input[name="theme"]');
    await choose('theme', 'dark');
    await choose('text-size', 'larger');
    const page = await firefox.browser.newPage();
    try {
      await page.goto(`${server.origin}/article.html`);
      // The browser itself is light: a dark card can only come from the reader's choice.
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        false,
      );
      await expect.poll(() => paintedTerms(page), { timeout: 10_000 }).toContain('DOMS');
      await hoverWord(page, 'DOMS');
      await cardShown(page);
      const look = () =>
        page.evaluate(() => {
          const card = document
            .querySelector('pt-lens-ui')
            ?.shadowRoot?.querySelector('.pt-tooltip');
          const text = card?.querySelector('.pt-short');
          if (!card || !text) return null;
          return {
            background: getComputedStyle(card).backgroundColor,
            text: getComputedStyle(text).fontSize,
          };
        });
      await expect.poll(look).toEqual({ background: 'rgb(31, 39, 39)', text: '20px' });
      await screenshot(page, 'firefox-tooltip-dark-larger');
    } finally {
      await choose('theme', 'system');
      await choose('text-size', 'normal');
      await page.close();
      await settings.close();
    }
  });
});

describe('the popup in Firefox (test build: opened in a tab)', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    page = await firefox.extensionPage('/popup.html');
    errors = watchErrors(page);
    await page.setViewport({ width: 480, height: 600 });
  });

  it('shows the guide: the name and the source article', async () => {
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('PT Lens');
    const text = await page.$eval('#panel-guide', (p) => (p as HTMLElement).innerText);
    expect(text).toContain(GUIDE_META.source.title);
    await screenshot(page, 'firefox-popup');
  });

  it('finds DOMS in the glossary when searching "delayed onset"', async () => {
    await page.click('#tab-glossary');
    await page.waitForSelector('#glossary-search', { visible: true });
    await page.type('#glossary-search', 'delayed onset');
    const first = () =>
      page.$eval('#panel-glossary', (p) => p.querySelector('li[id^="entry-"]')?.id ?? null);
    await expect.poll(first, { timeout: 10_000 }).toBe('entry-doms');
    const text = await page.$eval('#entry-doms', (li) => (li as HTMLElement).innerText);
    expect(text).toContain(entry('doms').term);
    await screenshot(page, 'firefox-popup-glossary');
    expect(errors).toEqual([]);
  });
});

describe('the Firefox builds', () => {
  it('ship without the test hook, which only the e2e build has', async () => {
    expect(await built(FIREFOX_E2E_BUILD, 'background.js')).toContain(HOOK_NOTICE);
    const shipped = await built(FIREFOX_BUILD, 'background.js');
    expect(shipped).not.toContain(HOOK_NOTICE);
    expect(shipped).not.toMatch(/popup\.html/);
  });

  it('test the production code: the e2e build was made with NODE_ENV=production', async () => {
    // Otherwise Preact's JSX dev runtime (file names and line numbers) would be in the bundles.
    expect(await built(FIREFOX_E2E_BUILD, 'content-scripts/content.js')).not.toMatch(
      /columnNumber:/,
    );
  });
});
