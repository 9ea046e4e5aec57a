// PT Lens's document viewer in Firefox ESR: the handout's terms marked in pdf.js's text layer and
// explained in the same card as on web pages, and a plain message for a damaged file.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAILURE_MESSAGES } from '../../../pdf/load-failure';
import { launchFirefox, type FirefoxWithExtension } from '../../../scripts/lib/firefox';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve';
import { hoverWord, paintedTerms, screenshot, tooltipText, watchErrors } from './firefox-helpers';

let firefox: FirefoxWithExtension;
/** Firefox applies CORS to an extension page without leave for the site: this host shares. */
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(join('tests', 'fixtures', 'pdf'), { cors: true });
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const reader = (file: string) =>
  firefox.openExtensionPage(`/viewer.html?src=${encodeURIComponent(`${server.origin}/${file}`)}`);

describe('the reader in Firefox', () => {
  it('marks the handout’s terms across lines and pages and explains one on hover', async () => {
    const page = await reader('handout.pdf');
    const errors = watchErrors(page);
    await expect
      .poll(() => paintedTerms(page), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['range of motion', 'DOMS', 'fibromyalgia', 'TENS']));
    const painted = await paintedTerms(page);
    // Across the line break: one term, not two fragments.
    expect(painted.map((t) => t.replace(/\s+/g, ' '))).toContain('delayed onset muscle soreness');
    await hoverWord(page, 'fibromyalgia');
    await expect.poll(() => tooltipText(page, '.pt-tooltip')).toContain('Fibromyalgia');
    // The card fades in: the screenshot waits until it has.
    await page.waitForFunction(() => {
      const card = document.querySelector('pt-lens-ui')?.shadowRoot?.querySelector('.pt-tooltip');
      return !!card && getComputedStyle(card).opacity === '1';
    });
    await screenshot(page, 'firefox-viewer-card');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a handout from the reader’s own computer with the file picker', async () => {
    const page = await firefox.openExtensionPage('/viewer.html');
    const errors = watchErrors(page);
    const input = await page.waitForSelector('input[type=file]');
    await input!.uploadFile(join('tests', 'fixtures', 'pdf', 'handout.pdf'));
    await expect
      .poll(() => paintedTerms(page), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['range of motion', 'DOMS', 'fibromyalgia', 'TENS']));
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent ?? null)).toBe(
      'handout.pdf',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says plainly that a damaged file cannot be opened', async () => {
    const page = await reader('damaged.pdf');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[role=alert]')?.textContent ?? null))
      .toBe(FAILURE_MESSAGES.damaged);
    await page.close();
  });
});
