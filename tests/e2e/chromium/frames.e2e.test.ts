// Frames as news pages have them, in real Chromium: an article frame from the page's own origin
// and one from another site get their marks and cards; a comment frame whose text arrives late
// and a hidden frame that is shown get theirs then; an advert and a tracking pixel load nothing.
import type { Frame, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve';
import { paintedTerms, waitForPainted } from '../support/highlights';
import { screenshot, wordCentre } from '../support/page-helpers';

let browser: ExtensionBrowser;
let server: StaticServer;
const short = (id: string): string => GLOSSARY.find((e) => e.id === id)?.short ?? '';

beforeAll(async () => {
  server = await serveStatic('tests/e2e/pages');
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The frame of the page whose address ends with `end`, once it is there. */
async function frameAt(page: Page, end: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().endsWith(end))).toBe(true);
  return page.frames().find((f) => f.url().endsWith(end)) as Frame;
}

/** Points at `word` inside the frame element `selector` and returns the card's short text. */
async function cardIn(page: Page, selector: string, frame: Frame, word: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  await page.mouse.move(1, 1);
  const point = await wordCentre(frame as never, word);
  await page.mouse.move(box.x + point.x, box.y + point.y, { steps: 3 });
}

describe('frames', () => {
  it('frames with text get marks and cards, from any origin; adverts and pixels load nothing', async () => {
    // Each document that imports the page lens: Chrome serves it from a per-session address,
    // redirected inside the browser, so one load is one request that was not itself a redirect.
    const lensLoads: string[] = [];
    const onRequest = (r: Request): void => {
      if (r.url().endsWith('/page-lens.js') && !r.redirectedFrom()) lensLoads.push(r.frame().url());
    };
    browser.context.on('request', onRequest);
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}/frames-mixed.html`);

    const same = await frameAt(
      page,
      '127.0.0.1:' + new URL(server.origin).port + '/frame-inner.html',
    );
    const cross = await frameAt(page, `localhost:${new URL(server.origin).port}/frame-inner.html`);
    for (const frame of [same, cross]) {
      expect(await waitForPainted(frame, (t) => t.length === 2)).toEqual([
        'fibromyalgia',
        'NSAIDs',
      ]);
    }
    await cardIn(page, '#same', same, 'NSAIDs');
    await expect
      .poll(() => page.frameLocator('#same').locator('pt-lens-ui .pt-short').textContent())
      .toBe(short('nsaid'));
    await cardIn(page, '#cross', cross, 'fibromyalgia');
    await expect
      .poll(() => page.frameLocator('#cross').locator('pt-lens-ui .pt-short').textContent())
      .toBe(short('fibromyalgia'));
    // The pointer left the first frame for the second: only the card under it stays open, and
    // the screenshot waits for it to finish fading in.
    await expect
      .poll(() => page.frameLocator('#same').locator('pt-lens-ui .pt-tooltip').count())
      .toBe(0);
    const card = page.frameLocator('#cross').locator('pt-lens-ui .pt-tooltip');
    await expect
      .poll(() =>
        card.evaluate((el) => el.getAnimations().every((a) => a.playState === 'finished')),
      )
      .toBe(true);
    await screenshot(page, 'frames-cross-origin-card');

    // The comment widget's text arrives after its frame loaded: marked once it is there.
    const late = await frameAt(page, '/frame-late.html');
    expect(await waitForPainted(late, (t) => t.includes('DOMS'), undefined, 10_000)).toEqual([
      'stretching',
      'DOMS',
    ]);
    // A hidden frame gets its marks once it is shown.
    const hidden = await frameAt(page, '/frame-inner.html?hidden');
    expect(await paintedTerms(hidden)).toEqual([]);
    await page.locator('#hidden').evaluate((el) => ((el as HTMLElement).style.display = 'block'));
    expect(await waitForPainted(hidden, (t) => t.length === 2)).toEqual(['fibromyalgia', 'NSAIDs']);

    // By now the advert has rotated its headline for seconds and the pixel long loaded: their
    // words ("DOMS", "TENS", "fibromyalgia") were never marked, and neither fetched the lens.
    const advert = await frameAt(page, '/frame-advert.html');
    const pixel = await frameAt(page, '/frame-pixel.html');
    for (const frame of [advert, pixel]) {
      expect(await paintedTerms(frame)).toEqual([]);
      // The lens registers its highlight as it starts, even where it finds nothing.
      expect(await frame.evaluate(() => CSS.highlights.has('pt-lens-term'))).toBe(false);
    }
    expect(await same.evaluate(() => CSS.highlights.has('pt-lens-term'))).toBe(true);
    expect(lensLoads.filter((u) => u.endsWith('/frame-advert.html'))).toEqual([]);
    expect(lensLoads.filter((u) => u.endsWith('/frame-pixel.html'))).toEqual([]);
    // Everything else did: the page, both article frames, the comments, the frame shown later.
    expect(lensLoads.map((u) => new URL(u).pathname + new URL(u).search).sort()).toEqual(
      [
        '/frames-mixed.html',
        '/frame-inner.html',
        '/frame-inner.html',
        '/frame-late.html',
        '/frame-inner.html?hidden',
      ].sort(),
    );
    expect(errors).toEqual([]);
    browser.context.off('request', onRequest);
    await page.close();
  });
});
