// Firefox ESR: a log entry and a setting, made in the popup, are still there after a restart.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SorenessEntry } from '../../../log/model';
import { launchFirefox, loadedHref, type FirefoxWithExtension } from '../../../scripts/lib/firefox';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve';
import { paintedTerms, screenshot, storageGet, watchErrors } from './firefox-helpers';

const NOTE = 'Sore after the long walk to the clinic';

let firefox: FirefoxWithExtension;
let server: StaticServer;
let popup: Page;
let errors: string[];
/** The moz-extension:// host: a per-profile id Firefox gives the add-on. */
let extensionHost = '';
let saved: SorenessEntry[] = [];

const storedLog = async (page: Page) =>
  ((await storageGet(page, 'soreness-log')) as { entries?: SorenessEntry[] } | undefined)?.entries;
const storedHighlight = async (page: Page) =>
  ((await storageGet(page, 'settings')) as { highlight?: string } | undefined)?.highlight;

async function openPopup(): Promise<void> {
  popup = await firefox.extensionPage('/popup.html');
  errors = watchErrors(popup);
  await popup.setViewport({ width: 480, height: 600 });
}

beforeAll(async () => {
  server = await serveStatic('demo');
  // Installed into the profile (unsigned, allowed on ESR): a temporary add-on would be removed
  // when Firefox closes, so only a permanent install shows what a user's restart keeps.
  firefox = await launchFirefox({ install: 'permanent' });
  await openPopup();
  extensionHost = new URL(await loadedHref(popup)).host;
  expect(extensionHost).toMatch(/^[0-9a-f-]{36}$/);
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox restarted with the same profile', () => {
  it('before: saves an entry added in the Log tab and a setting changed in Settings', async () => {
    await popup.click('#tab-log');
    const form = '#panel-log [data-log-view] form';
    await popup.waitForSelector(`${form} button[type="submit"]`, { visible: true });
    await popup.click(`${form} label:has(> input[name="new-level"][value="6"])`);
    await popup.click(`${form} label:has(> input[name="new-areas"][value="ankle-foot-right"])`);
    await popup.click(`${form} [data-field="note"] button`);
    await popup.type('#new-note', NOTE);
    await popup.click(`${form} button[type="submit"]`);
    await popup.waitForFunction(
      () => document.body.innerText.includes('Saved: soreness 6 out of 10, right ankle or foot.'),
      { timeout: 10_000 },
    );
    saved = (await storedLog(popup)) ?? [];
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ level: 6, areas: ['ankle-foot-right'], note: NOTE });

    await popup.click('#tab-settings');
    await popup.click('label:has(> input[name="highlight"][value="tint"])');
    await expect.poll(() => storedHighlight(popup)).toBe('tint');
    expect(errors).toEqual([]);
  });

  it('after: the add-on is still installed, at the same moz-extension address', async () => {
    expect(saved).toHaveLength(1);
    const profileDir = firefox.profileDir;
    await firefox.close({ keepProfile: true });
    firefox = await launchFirefox({ profileDir, install: 'none' });
    // The test build's background opened the popup again on startup: the add-on is running.
    await openPopup();
    expect(new URL(await loadedHref(popup)).host).toBe(extensionHost);
  });

  it('after: the log entry is still stored and listed in the Log tab', async () => {
    expect(await storedLog(popup)).toEqual(saved);
    await popup.click('#tab-log');
    await popup.waitForFunction(
      (note) => document.querySelector<HTMLElement>('#panel-log')?.innerText.includes(note),
      { timeout: 10_000 },
      NOTE,
    );
    const list = await popup.$eval('#panel-log', (p) => (p as HTMLElement).innerText);
    expect(list).toContain('Right ankle or foot');
    await popup.evaluate((note) => {
      // Scroll the Log panel only (scrollIntoView would scroll the whole popup too).
      const panel = document.getElementById('panel-log');
      const item = [...(panel?.querySelectorAll('li') ?? [])].findLast((li) =>
        li.textContent?.includes(note),
      );
      if (!panel || !item) return;
      panel.scrollTop += item.getBoundingClientRect().top - panel.getBoundingClientRect().top - 80;
    }, NOTE);
    await screenshot(popup, 'firefox-log-after-restart');
    expect(errors).toEqual([]);
  });

  it('after: the setting is still there, in Settings and on pages', async () => {
    expect(await storedHighlight(popup)).toBe('tint');
    await popup.click('#tab-settings');
    expect(await popup.$eval('input[name="highlight"][value="tint"]', (i) => i.checked)).toBe(true);

    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/article.html`);
    await expect
      .poll(() => paintedTerms(page, 'pt-lens-term-tint'), { timeout: 10_000 })
      .toContain('DOMS');
    expect(await paintedTerms(page, 'pt-lens-term')).toEqual([]);
    await page.close();
  });

  it('after: the clinician summary shows the entry', async () => {
    const report = await firefox.openExtensionPage('/report.html');
    await report.waitForSelector('[data-report="days"]', { timeout: 10_000 });
    const days = await report.$eval('[data-report="days"]', (t) => (t as HTMLElement).innerText);
    expect(days).toContain('Right ankle or foot');
    const notes = await report.$eval('[data-report="notes"]', (t) => (t as HTMLElement).innerText);
    expect(notes).toContain(NOTE);
    await report.close();
  });
});
