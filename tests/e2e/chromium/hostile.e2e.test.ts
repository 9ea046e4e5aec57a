// Pages that try hard to break an extension: frameworks that re-render, strict policies, huge
// and fast-changing pages, nested shadow roots, frames from other origins, odd document types.
// For each: no error from the extension, the page's own DOM as it would be without PT Lens, and
// the expected terms marked. No request leaves the machine.
import type { Browser, ConsoleMessage, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchPlain,
  launchWithExtension,
  type ExtensionBrowser,
} from '../../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve';
import {
  foundCounts,
  paintedCount,
  paintedTerms,
  waitForCount,
  waitForFound,
  waitForPainted,
} from '../support/highlights';
import { hoverWord, screenshot } from '../support/page-helpers';

let browser: ExtensionBrowser;
let plain: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic('tests/e2e/pages', {
    files: {
      '/vendor/preact.mjs': 'node_modules/preact/dist/preact.mjs',
      '/vendor/hooks.mjs': 'node_modules/preact/hooks/dist/hooks.mjs',
    },
  });
  browser = await launchWithExtension();
  plain = await launchPlain();
});
afterAll(async () => {
  await plain?.close();
  await browser?.close();
  await server?.close();
});

const url = (path: string): string => `${server.origin}/hostile/${path}`;

/** The page's own elements (tag names in order), leaving out our one host element. */
async function pageShape(page: Page | Frame): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName !== 'pt-lens-ui' && !el.closest('pt-lens-ui'))
      .map((el) => el.localName)
      .join(' '),
  );
}

/** Opens a page with PT Lens, collecting errors the page's console reports. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' && !/favicon|404/.test(m.text() + m.location().url)) {
      errors.push(m.text());
    }
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url(path));
  return { page, errors };
}

/** The same page's shape in a browser without PT Lens, after the same wait. */
async function shapeWithout(path: string, waitMs: number): Promise<string> {
  const page = await plain.newPage();
  await page.goto(url(path));
  await page.waitForTimeout(waitMs);
  const shape = await pageShape(page);
  await page.close();
  return shape;
}

describe('hostile pages', () => {
  it('a Preact app hydrates, re-renders and keeps working while terms are marked', async () => {
    const { page, errors } = await open('preact-app.html');
    const terms = await waitForPainted(page, (t) => t.includes('fibromyalgia'));
    expect(terms).toEqual(expect.arrayContaining(['stretching', 'DOMS', 'NSAIDs', 'flare-up']));
    await page.click('#count');
    await page.click('#count');
    expect(await page.textContent('#count')).toBe('Clicked 2 times');
    // It keeps re-rendering every 30 ms while marked.
    const tick = async (): Promise<number> =>
      Number((await page.textContent('#tick'))?.replace('Tick ', ''));
    const before = await tick();
    await page.waitForTimeout(600);
    expect((await tick()) - before).toBeGreaterThan(5);
    expect(await page.evaluate(() => (window as unknown as { hydrated: boolean }).hydrated)).toBe(
      true,
    );
    expect(await pageShape(page)).toBe(await shapeWithout('preact-app.html', 500));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a strict Content-Security-Policy does not stop terms or the tooltip', async () => {
    const { page, errors } = await open('strict.csp.html');
    await waitForPainted(page, (t) => t.includes('sciatica'));
    expect(await paintedTerms(page)).toEqual(['DOMS', 'osteoarthritis', 'sciatica']);
    await hoverWord(page, 'DOMS');
    const card = page.locator('pt-lens-ui .pt-tooltip');
    await card.waitFor();
    expect(await card.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    await screenshot(page, 'hostile-csp-tooltip');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a 5 MB article is read in full, and what is on screen is painted', async () => {
    const { page, errors } = await open('generated.html?kind=big');
    // Each of the 14,000 paragraphs holds DOMS once (and eight other terms).
    expect(await waitForFound(browser.context, 'doms', 14000, 50_000)).toBe(14000);
    const counts = await foundCounts(browser.context);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(14000 * 9);
    // Only blocks near the screen are painted, so the browser never re-checks 126,000 ranges.
    const painted = await paintedCount(page);
    expect(painted).toBeGreaterThan(9);
    expect(painted).toBeLessThan(14000 * 9);
    // Far down the page, terms are painted once the reader gets there.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect
      .poll(() =>
        page.evaluate(() => {
          const h = CSS.highlights.get('pt-lens-term') as unknown as Set<Range> | undefined;
          return [...(h ?? [])].some(
            (r) =>
              r.getBoundingClientRect().top > 0 && r.getBoundingClientRect().bottom < innerHeight,
          );
        }),
      )
      .toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page of 50,000 elements and one enormous text node are marked', async () => {
    const many = await open('generated.html?kind=elements');
    expect(await waitForFound(browser.context, 'fibromyalgia', 200)).toBe(200);
    expect(await many.page.title()).toMatch(/\(5\d{4} elements\)/);
    const node = await open('generated.html?kind=node');
    // The one text node holds the nine-term paragraph 4,500 times.
    expect(await waitForCount(node.page, 4500 * 9)).toBe(4500 * 9);
    expect([...many.errors, ...node.errors]).toEqual([]);
    await many.page.close();
    await node.page.close();
  });

  it('infinite scroll: new posts are marked as they arrive', async () => {
    const { page, errors } = await open('infinite.html');
    await waitForPainted(page, (t) => t.includes('DOMS'));
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(150);
    }
    // Every post on the page that mentions the term is found, however many have loaded.
    const posts = page.locator('#feed p', { hasText: 'tendinopathy' });
    const found = async (): Promise<number> =>
      (await foundCounts(browser.context)).tendinopathy ?? 0;
    await expect.poll(async () => (await found()) === (await posts.count())).toBe(true);
    expect(await paintedTerms(page)).toContain('tendinopathy');
    expect(await posts.count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page that changes 100 times a second keeps running and keeps its steady terms', async () => {
    const { page, errors } = await open('rapid.html');
    await waitForPainted(page, (t) => t.includes('osteoarthritis'));
    const before = Number(await page.textContent('#frames'));
    await page.waitForTimeout(2000);
    const after = Number(await page.textContent('#frames'));
    // The page's own animation frames keep coming: at least 20 a second in headless Chromium.
    expect(after - before).toBeGreaterThan(40);
    expect(await paintedTerms(page)).toContain('osteoarthritis');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('nested shadow roots and same- and cross-origin frames are read', async () => {
    const { page, errors } = await open('shadows.html');
    const terms = await waitForPainted(page, (t) => t.includes('plantar fasciitis'));
    expect(terms).toEqual(['bursitis', 'plantar fasciitis']);
    const same = `${server.origin}/frame-inner.html`;
    for (const address of [same, same.replace('127.0.0.1', 'localhost')]) {
      await expect.poll(() => page.frames().some((f) => f.url() === address)).toBe(true);
      const frame = page.frames().find((f) => f.url() === address);
      if (!frame) throw new Error(`no frame at ${address}`);
      expect(await waitForPainted(frame, (t) => t.length === 2)).toEqual([
        'fibromyalgia',
        'NSAIDs',
      ]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page whose load event never comes is still read, a few seconds in', async () => {
    const page = await browser.context.newPage();
    await page.goto(url('never-loads.html'), { waitUntil: 'domcontentloaded' });
    const painted = await waitForPainted(
      page,
      (t) => t.includes('fibromyalgia'),
      undefined,
      10_000,
    );
    expect(painted).toEqual(['fibromyalgia', 'pacing']);
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    await page.close();
  });

  it('a text/plain document, an XHTML document and right-to-left text are read', async () => {
    const text = await open('plain.txt');
    expect(await waitForPainted(text.page, (t) => t.length >= 4)).toEqual([
      'PT',
      'DOMS',
      'NSAID',
      'fibromyalgia',
      'flare-up',
    ]);
    const xhtml = await open('page.xhtml');
    expect(await waitForPainted(xhtml.page, (t) => t.length >= 2)).toEqual([
      'DOMS',
      'rheumatoid arthritis',
    ]);
    const rtl = await open('rtl.html');
    expect(await waitForPainted(rtl.page, (t) => t.length >= 3)).toEqual([
      'fibromyalgia',
      'NSAID',
      'DOMS',
    ]);
    await hoverWord(rtl.page, 'DOMS');
    await rtl.page.locator('pt-lens-ui .pt-tooltip').waitFor();
    await screenshot(rtl.page, 'hostile-rtl-tooltip');
    expect([...text.errors, ...xhtml.errors, ...rtl.errors]).toEqual([]);
    for (const p of [text.page, xhtml.page, rtl.page]) await p.close();
  });

  it('markup-looking text stays text: terms in it are marked, nothing is parsed', async () => {
    const { page, errors } = await open('markup-text.html');
    const terms = await waitForPainted(page, (t) => t.includes('sciatica'));
    expect(terms).toEqual(['DOMS', 'fibromyalgia', 'NSAID', 'sciatica']);
    await hoverWord(page, 'fibromyalgia');
    await page.locator('pt-lens-ui .pt-tooltip').waitFor();
    const text = await page.locator('#code-like').textContent();
    expect(text?.replace(/\s+/g, ' ').trim()).toBe(
      '<b title="DOMS">fibromyalgia</b> <img src=x onerror=alert(1)> NSAID',
    );
    expect(await page.locator('img, b').count()).toBe(0);
    expect(await pageShape(page)).toBe(await shapeWithout('markup-text.html', 0));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sent no request off this machine from any page or extension context', () => {
    expect(browser.externalRequests).toEqual([]);
  });
});
