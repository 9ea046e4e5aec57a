// Frames in Firefox ESR: an article frame from the page's own origin and one from another site
// get their marks and cards, a comment frame whose text arrives late gets its marks then, and an
// advert and a tracking pixel never start the page lens (its highlight is never registered
// there, though both hold glossary words).
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import { launchFirefox, type FirefoxWithExtension } from '../../../scripts/lib/firefox';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve';
import { paintedTerms, screenshot, watchErrors, wordCentre } from './firefox-helpers';

let firefox: FirefoxWithExtension;
let server: StaticServer;
const short = (id: string): string => GLOSSARY.find((e) => e.id === id)?.short ?? '';

beforeAll(async () => {
  server = await serveStatic('tests/e2e/pages');
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** The frame of the page whose address ends with `end`, once it is there. */
async function frameAt(page: Page, end: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().endsWith(end))).toBe(true);
  return page.frames().find((f) => f.url().endsWith(end)) as Frame;
}

/** The text of `selector` in the card inside a frame, or null. */
const cardText = (frame: Frame, selector: string): Promise<string | null> =>
  frame.evaluate(
    (s) => document.querySelector('pt-lens-ui')?.shadowRoot?.querySelector(s)?.textContent ?? null,
    selector,
  );

const started = (frame: Frame): Promise<boolean> =>
  frame.evaluate(() => CSS.highlights.has('pt-lens-term'));

describe('frames in Firefox', () => {
  it('frames with text get marks and cards, from any origin; adverts and pixels load nothing', async () => {
    const page = await firefox.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.origin}/frames-mixed.html`);
    const port = new URL(server.origin).port;
    const same = await frameAt(page, `127.0.0.1:${port}/frame-inner.html`);
    const cross = await frameAt(page, `localhost:${port}/frame-inner.html`);
    for (const frame of [same, cross]) {
      await expect
        .poll(() => paintedTerms(frame as never), { timeout: 10_000 })
        .toEqual(['fibromyalgia', 'NSAIDs']);
    }
    const box = await (await page.$('#cross'))?.boundingBox();
    if (!box) throw new Error('no box for the cross-origin frame');
    const point = await wordCentre(cross as never, 'fibromyalgia');
    await page.mouse.move(1, 1);
    await page.mouse.move(box.x + point.x, box.y + point.y, { steps: 3 });
    await expect
      .poll(() => cardText(cross, '.pt-short'), { timeout: 10_000 })
      .toBe(short('fibromyalgia'));
    await new Promise((r) => setTimeout(r, 400)); // the card's fade-in, for the screenshot
    await screenshot(page, 'firefox-frames-cross-origin-card');

    const late = await frameAt(page, '/frame-late.html');
    await expect
      .poll(() => paintedTerms(late as never), { timeout: 10_000 })
      .toEqual(['stretching', 'DOMS']);

    // By now the advert has rotated its headline for seconds, and the pixel long loaded.
    for (const end of ['/frame-advert.html', '/frame-pixel.html']) {
      const frame = await frameAt(page, end);
      expect(await paintedTerms(frame as never)).toEqual([]);
      expect(await started(frame)).toBe(false);
    }
    expect(await started(same)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
