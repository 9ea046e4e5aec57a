// Firefox ESR on pages that make extensions' lives hard: a strict Content-Security-Policy (the
// page lens and the tooltip are imported from the extension's own files), a page whose load event
// never comes, and a site paused while it is open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxWithExtension } from '../../../scripts/lib/firefox';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve';
import {
  hoverWord,
  paintedTerms,
  screenshot,
  storageSet,
  tooltipText,
  watchErrors,
} from './firefox-helpers';

let firefox: FirefoxWithExtension;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic('tests/e2e/pages');
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const url = (path: string): string => `${server.origin}/hostile/${path}`;

describe('hostile pages in Firefox', () => {
  it('a strict Content-Security-Policy does not stop terms or the tooltip', async () => {
    const page = await firefox.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url('strict.csp.html'));
    await expect.poll(() => paintedTerms(page), { timeout: 10_000 }).toContain('DOMS');
    await hoverWord(page, 'DOMS');
    await page.waitForSelector('pt-lens-ui >>> .pt-tooltip', { timeout: 10_000 });
    expect(await tooltipText(page, '.pt-term')).toMatch(/DOMS/);
    await new Promise((r) => setTimeout(r, 400)); // the card's fade-in, for the screenshot
    await screenshot(page, 'firefox-csp-tooltip');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page whose load event never comes is still read', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(url('never-loads.html'), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => paintedTerms(page), { timeout: 15_000 }).toContain('fibromyalgia');
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    await page.close();
  });

  it('pausing the site clears the marks at once, and no card opens there', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(url('strict.csp.html'));
    await expect.poll(() => paintedTerms(page), { timeout: 10_000 }).toContain('DOMS');
    const options = await firefox.extensionPage();
    await storageSet(options, 'settings', { pausedSites: ['127.0.0.1'] });
    await expect.poll(() => paintedTerms(page), { timeout: 5000 }).toEqual([]);
    await hoverWord(page, 'DOMS');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await tooltipText(page, '.pt-term')).toBeNull();
    await storageSet(options, 'settings', { pausedSites: [] });
    await page.close();
  });
});
