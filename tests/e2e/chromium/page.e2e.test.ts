// Terms on real pages, in real Chromium: what is read and what is left alone, pages that change,
// shadow roots and frames, settings, and every way to open a tooltip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve';
import { paintedTerms, waitForPainted } from '../support/highlights';
import { hoverWord, screenshot, tealPixels, wordCentre } from '../support/page-helpers';

let browser: ExtensionBrowser;
let server: StaticServer;
const url = (name: string): string => `${server.origin}/${name}`;
const short = (id: string): string => GLOSSARY.find((e) => e.id === id)?.short ?? '';

beforeAll(async () => {
  server = await serveStatic('tests/e2e/pages');
  browser = await launchWithExtension({ hasTouch: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function setSettings(value: Record<string, unknown>): Promise<void> {
  const [worker] = browser.context.serviceWorkers();
  await worker?.evaluate(async (v) => {
    const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as object;
    await chrome.storage.local.set({ settings: { ...current, ...v } });
  }, value);
}

describe('what is read', () => {
  it('marks terms a reader sees, across inline markup and inside open shadow roots', async () => {
    const page = await browser.context.newPage();
    await page.goto(url('reading-rules.html'));
    const terms = await waitForPainted(page, (t) => t.includes('osteoarthritis'));
    expect(terms).toEqual([
      'physiotherapy',
      'DOMS',
      'fibromyalgia',
      'rheumatoid arthritis',
      'physical therapy',
      'osteoarthritis',
    ]);
    // Marked, not just registered: the dotted teal underline is on screen.
    expect(await tealPixels(page, 'fibromyalgia')).toBeGreaterThan(5);
    // Inside a blue, underlined link the dots all but vanish: there the mark adds a teal wash.
    expect(await tealPixels(page, 'physical therapy')).toBeGreaterThan(200);
    await page.close();
  });
});

describe('pages that change', () => {
  it('marks late text, drops removed text, and leaves a ticking element alone', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url('dynamic.html'));
    const terms = await waitForPainted(page, (t) => t.includes('osteoarthritis'));
    expect(terms).toContain('DOMS');
    expect(terms).toContain('fibromyalgia');
    expect(terms).not.toContain('sciatica');
    // The clock rewrites its text 50 times a second; after a while PT Lens stops re-reading it,
    // so its term stays found at most once and the page keeps running.
    await page.waitForTimeout(3000);
    const later = await paintedTerms(page);
    expect(later.filter((t) => t === 'TENS').length).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('frames', () => {
  it('shows tooltips inside a frame', async () => {
    const page = await browser.context.newPage();
    await page.goto(url('frames.html'));
    const frame = page.frameLocator('#inner');
    await waitForPainted(page.frames()[1] ?? page, (t) => t.includes('fibromyalgia'));
    const box = await page.locator('#inner').boundingBox();
    const inner = page.frames().find((f) => f.url().endsWith('frame-inner.html'));
    if (!box || !inner) throw new Error('frame missing');
    const point = await wordCentre(inner as never, 'fibromyalgia');
    await page.mouse.move(box.x + point.x, box.y + point.y, { steps: 3 });
    await expect
      .poll(() => frame.locator('pt-lens-ui .pt-short').textContent(), { timeout: 5000 })
      .toBe(short('fibromyalgia'));
    await page.close();
  });
});

describe('opening a tooltip', () => {
  it('stays open while the pointer moves into it, and Esc closes it', async () => {
    const page = await browser.context.newPage();
    await page.goto(url('reading-rules.html'));
    await waitForPainted(page, (t) => t.includes('DOMS'));
    await hoverWord(page, 'DOMS');
    const card = page.locator('pt-lens-ui .pt-tooltip');
    await card.waitFor();
    const box = await card.boundingBox();
    if (!box) throw new Error('no tooltip box');
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 8 });
    await page.waitForTimeout(600);
    expect(await card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });

  it('opens on a tap, and on keyboard focus of a link that holds a term', async () => {
    const page = await browser.context.newPage();
    await page.goto(url('reading-rules.html'));
    await waitForPainted(page, (t) => t.includes('fibromyalgia'));
    const { x, y } = await wordCentre(page, 'fibromyalgia');
    await page.touchscreen.tap(x, y);
    const text = page.locator('pt-lens-ui .pt-short');
    await expect.poll(() => text.textContent(), { timeout: 5000 }).toBe(short('fibromyalgia'));
    await page.keyboard.press('Escape');
    await page.focus('#term-link');
    await expect.poll(() => text.textContent(), { timeout: 5000 }).toBe(short('physical-therapy'));
    // Focus moves on to a link without a term: the card goes, so it covers neither that link
    // nor its focus ring.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plain-link');
    await expect.poll(() => page.locator('pt-lens-ui .pt-tooltip').count()).toBe(0);
    await screenshot(page, 'focus-moved-on');
    await page.close();
  });

  it('"More in the guide" opens the guide at that entry', async () => {
    const page = await browser.context.newPage();
    await page.goto(url('reading-rules.html'));
    await waitForPainted(page, (t) => t.includes('DOMS'));
    await hoverWord(page, 'DOMS');
    const more = page.locator('pt-lens-ui .pt-more');
    await more.waitFor();
    const opened = browser.context.waitForEvent('page');
    await more.click();
    const guide = await opened;
    expect(guide.url()).toBe(`chrome-extension://${browser.extensionId}/app.html#entry/doms`);
    await guide.close();
    await page.close();
  });

  it('the keyboard walk moves from term to term and opens each tooltip', async () => {
    const page = await browser.context.newPage();
    await page.goto(url('reading-rules.html'));
    await waitForPainted(page, (t) => t.includes('osteoarthritis'));
    const walk = async (direction: 1 | -1): Promise<void> => {
      const [worker] = browser.context.serviceWorkers();
      await worker?.evaluate(async (direction) => {
        // Without the "tabs" permission tabs carry no address: the newest tab is this page.
        const ids = (await chrome.tabs.query({})).map((t) => t.id ?? -1);
        await chrome.tabs.sendMessage(Math.max(...ids), { type: 'walk', direction });
      }, direction);
    };
    const text = page.locator('pt-lens-ui .pt-short');
    await walk(1);
    await expect.poll(() => text.textContent()).toBe(short('physical-therapy'));
    await walk(1);
    await expect.poll(() => text.textContent()).toBe(short('doms'));
    await walk(-1);
    await expect.poll(() => text.textContent()).toBe(short('physical-therapy'));
    // The occurrence the card belongs to is visibly the current one, until the card closes.
    expect(await paintedTerms(page, 'pt-lens-current')).toEqual(['physiotherapy']);
    await screenshot(page, 'walk-current-occurrence');
    await page.keyboard.press('Escape');
    await expect.poll(() => paintedTerms(page, 'pt-lens-current')).toEqual([]);
    await page.close();
  });
});

describe('settings', () => {
  it('change what the page shows: tint, first only, off, and a paused site', async () => {
    const page = await browser.context.newPage();
    await setSettings({ highlight: 'tint', occurrences: 'first' });
    await page.goto(url('dynamic.html'));
    const tinted = await waitForPainted(page, (t) => t.length > 0, 'pt-lens-term-tint');
    expect(tinted.filter((t) => t === 'DOMS')).toEqual(['DOMS']);
    expect(await paintedTerms(page, 'pt-lens-term')).toEqual([]);
    await setSettings({ occurrences: 'all' });
    await expect
      .poll(async () => (await paintedTerms(page, 'pt-lens-term-tint')).filter((t) => t === 'DOMS'))
      .toEqual(['DOMS', 'DOMS', 'DOMS']);
    await screenshot(page, 'page-tint');
    // The page adds and removes text meanwhile: wait for the tint as a reader would see it.
    await expect.poll(() => tealPixels(page, 'DOMS', 1)).toBeGreaterThan(50);
    await setSettings({ highlight: 'off' });
    await expect.poll(() => paintedTerms(page, 'pt-lens-term-tint')).toEqual([]);
    expect(await tealPixels(page, 'DOMS', 1)).toBe(0);
    await setSettings({ highlight: 'underline', occurrences: 'all', pausedSites: ['127.0.0.1'] });
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await paintedTerms(page)).toEqual([]);
    expect(await page.locator('pt-lens-ui').count()).toBe(0);
    await setSettings({ pausedSites: [] });
    await page.close();
  });
});
