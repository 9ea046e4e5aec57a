// PT Lens's document viewer in real Chromium: a PDF handout opened by address and from a file,
// its terms marked in the text layer (across lines, columns and pages) and explained in the same
// card as on web pages, and a plain message for each file it cannot read.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve';
import { longPdf } from '../../../scripts/lib/pdf-fixtures';
import { FAILURE_MESSAGES, NO_TEXT_MESSAGE } from '../../../pdf/load-failure';
import { GLOSSARY } from '../../../guide/glossary/index';
import type { PageTermsReply } from '../../../messaging/protocol';
import { paintedTerms, waitForPainted } from '../support/highlights';
import { hoverWord, screenshot } from '../support/page-helpers';

const FIXTURES = join('tests', 'fixtures', 'pdf');

let browser: ExtensionBrowser;
let server: StaticServer;
/** The 300-page file is made for the run, not committed. */
let longDir: string;

beforeAll(async () => {
  longDir = await mkdtemp(join(tmpdir(), 'pt-lens-pdf-'));
  await writeFile(join(longDir, 'long.pdf'), await longPdf(300));
  server = await serveStatic(FIXTURES, { files: { '/long.pdf': join(longDir, 'long.pdf') } });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(longDir, { recursive: true, force: true });
});

/** Sends the viewer's tab what the background and the popup send a web page's content script. */
async function tellNewestTab(message: unknown): Promise<unknown> {
  const [worker] = browser.context.serviceWorkers();
  return worker?.evaluate(async (message) => {
    // Without the "tabs" permission tabs carry no address: the newest tab is the viewer.
    const ids = (await chrome.tabs.query({})).map((t) => t.id ?? -1);
    return chrome.tabs.sendMessage(Math.max(...ids), message);
  }, message);
}

/** Extension storage, read and written from the background, as the popup would. */
const storage = (key: string): Promise<unknown> =>
  browser.context
    .serviceWorkers()[0]!
    .evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
const setStorage = (items: Record<string, unknown>): Promise<void> =>
  browser.context.serviceWorkers()[0]!.evaluate((i) => chrome.storage.local.set(i), items);

const short = (id: string): string => GLOSSARY.find((e) => e.id === id)?.short ?? id;

const viewer = (query = ''): string =>
  `chrome-extension://${browser.extensionId}/viewer.html${query}`;

/** Every address the suite asked the reader to open, as a reader's click would. */
const openedSources: string[] = [];

async function openViewer(src?: string): Promise<Page> {
  if (src) openedSources.push(src);
  const page = await browser.context.newPage();
  await page.goto(viewer(src ? `?src=${encodeURIComponent(src)}` : ''));
  return page;
}

/** The card's text, from inside PT Lens's shadow root. */
const cardText = (page: Page): Promise<string> =>
  page.evaluate(
    () =>
      document.querySelector('pt-lens-ui')?.shadowRoot?.querySelector('.pt-tooltip')?.textContent ??
      '',
  );

/** What the handout holds, in reading order (checked against the file by its unit test). */
const HANDOUT_TERMS = [
  'range of motion', // broken across two lines
  'delayed onset muscle soreness', // across two lines too
  'DOMS',
  'Warm up', // the left column...
  'range of motion', // ...across its lines
  'fibromyalgia', // the right column
  'TENS', // page 2
  'fibromyalgia',
];

describe('a PDF handout', () => {
  it('is drawn with a text layer whose terms are marked, across lines, columns and pages', async () => {
    const page = await openViewer(`${server.origin}/handout.pdf`);
    await page.locator('.pdf-page[data-page="2"][data-drawn="yes"]').waitFor();
    expect(await page.locator('.pdf-page').count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Page 2' }).isVisible()).toBe(true);
    const painted = await waitForPainted(page, (t) => t.length >= HANDOUT_TERMS.length);
    expect(painted).toEqual(HANDOUT_TERMS);
    // The text layer is real text: it can be selected and copied.
    const copied = await page.evaluate(() => {
      const layer = document.querySelector('.pdf-page[data-page="1"] .textLayer') as Element;
      getSelection()?.selectAllChildren(layer);
      return getSelection()?.toString() ?? '';
    });
    expect(copied.replace(/\s+/g, ' ')).toContain('your full range of motion after the injury');
    await screenshot(page, 'viewer-handout');
    await page.close();
  });

  it('explains a term in the same card as on web pages when the reader points at it', async () => {
    const page = await openViewer(`${server.origin}/handout.pdf`);
    await waitForPainted(page, (t) => t.includes('fibromyalgia'));
    await hoverWord(page, 'fibromyalgia');
    await expect.poll(() => cardText(page)).toContain('Fibromyalgia');
    expect(await cardText(page)).toContain('More in the guide');
    await page.waitForFunction(() => {
      const card = document.querySelector('pt-lens-ui')?.shadowRoot?.querySelector('.pt-tooltip');
      return card && getComputedStyle(card).opacity === '1';
    });
    await screenshot(page, 'viewer-card-fibromyalgia');
    // Study mode counts the term as met, as on a web page.
    await expect
      .poll(() => storage('study-met'), { timeout: 5000 })
      .toMatchObject({ meetings: [{ entryId: 'fibromyalgia', count: 1 }] });
    // Pausing the PDF's own site pauses the reader too.
    await setStorage({ settings: { pausedSites: ['127.0.0.1'] } });
    await expect.poll(() => paintedTerms(page)).toEqual([]);
    await setStorage({ settings: { pausedSites: [] } });
    await expect.poll(async () => (await paintedTerms(page)).length).toBe(HANDOUT_TERMS.length);
    await page.close();
  });

  it('zooms, finds a phrase and goes to a page from the page list', async () => {
    const page = await openViewer(`${server.origin}/handout.pdf`);
    await page.locator('.pdf-page[data-page="1"][data-drawn="yes"]').waitFor();
    const width = async (): Promise<number> =>
      (await page.locator('.pdf-page[data-page="1"]').boundingBox())?.width ?? 0;
    const before = await width();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(width).toBeGreaterThan(before * 1.1);
    await page.getByRole('searchbox', { name: 'Find in document' }).fill('TENS unit');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('TENS unit');
    expect(await page.getByRole('search').textContent()).toContain('1 of 1');
    await page.getByRole('button', { name: 'Page 1' }).click();
    await expect
      .poll(() =>
        page.locator('.pdf-page[data-page="1"]').evaluate((p) => p.getBoundingClientRect().top),
      )
      .toBeLessThan(120);
    await page.close();
  });
});

describe('the keyboard walk and the popup', () => {
  it('walk from term to term, and "On this page" lists the document’s terms', async () => {
    const page = await openViewer(`${server.origin}/handout.pdf`);
    await waitForPainted(page, (t) => t.length >= HANDOUT_TERMS.length);
    const reply = (await tellNewestTab({ type: 'page-terms' })) as PageTermsReply;
    expect(Object.fromEntries(reply.terms.map((t) => [t.entryId, t.count]))).toMatchObject({
      'range-of-motion': 2,
      doms: 2,
      fibromyalgia: 2,
    });
    expect(reply.host).toBe('127.0.0.1');
    const text = page.locator('pt-lens-ui .pt-short');
    await tellNewestTab({ type: 'walk', direction: 1 });
    await expect.poll(() => text.textContent()).toBe(short('range-of-motion'));
    await tellNewestTab({ type: 'walk', direction: 1 });
    await expect.poll(() => text.textContent()).toBe(short('doms'));
    await tellNewestTab({ type: 'walk', direction: -1 });
    await expect.poll(() => text.textContent()).toBe(short('range-of-motion'));
    await page.close();
  });
});

describe('a 300-page PDF', () => {
  it('opens with its first pages drawn and draws the rest as the reader goes to them', async () => {
    const page = await browser.context.newPage();
    // Long tasks of the whole page (pdf.js's drawing and PT Lens's reading), for the report.
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(Math.round(e.duration));
      }).observe({ type: 'longtask', buffered: true });
    });
    const started = Date.now();
    openedSources.push(`${server.origin}/long.pdf`);
    await page.goto(viewer(`?src=${encodeURIComponent(`${server.origin}/long.pdf`)}`));
    await page.locator('.pdf-page[data-page="1"][data-drawn="yes"]').waitFor();
    const firstPageMs = Date.now() - started;
    expect(await page.locator('.pdf-page').count()).toBe(300);
    await waitForPainted(page, (t) => t.includes('TENS'));
    const drawn = await page.locator('.pdf-page[data-drawn]').count();
    expect(drawn).toBeLessThanOrEqual(6);
    await page.getByRole('button', { name: 'Page 150' }).click();
    await page.locator('.pdf-page[data-page="150"][data-drawn="yes"]').waitFor();
    await expect.poll(() => page.locator('.viewer-where').textContent()).toBe('Page 150 of 300');
    expect(await page.locator('.pdf-page[data-page="100"][data-drawn]').count()).toBe(0);
    const painted = await waitForPainted(page, (t) => t.length > 0);
    expect(painted).toContain('TENS');
    const longTasks = await page.evaluate(
      () => (window as unknown as { longTasks: number[] }).longTasks,
    );
    const memory = await page.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    );
    console.log(
      `300 pages: first page drawn after ${firstPageMs} ms; ${drawn} pages drawn at first; ` +
        `long tasks (ms): ${longTasks.join(', ') || 'none'}; JS heap ${(memory / 1e6).toFixed(1)} MB`,
    );
    await screenshot(page, 'viewer-long-page-150');
    await page.close();
  });
});

describe('files it cannot read', () => {
  const cases: [string, string][] = [
    ['damaged.pdf', FAILURE_MESSAGES.damaged],
    ['empty.pdf', FAILURE_MESSAGES.empty],
    ['locked.pdf', FAILURE_MESSAGES.locked],
  ];
  for (const [file, message] of cases) {
    it(`${file}: says so plainly`, async () => {
      const page = await openViewer(`${server.origin}/${file}`);
      await expect.poll(() => page.getByRole('alert').textContent()).toBe(message);
      // The reader can still pick another file.
      expect(await page.getByText('Open a file').isVisible()).toBe(true);
      if (file === 'damaged.pdf') await screenshot(page, 'viewer-damaged');
      await page.close();
    });
  }

  it('a scanned page: shown, with word that there is no text to find terms in', async () => {
    const page = await openViewer(`${server.origin}/scanned.pdf`);
    await page.locator('.pdf-page[data-page="1"][data-drawn="yes"]').waitFor();
    expect(await page.getByText(NO_TEXT_MESSAGE).isVisible()).toBe(true);
    await screenshot(page, 'viewer-scanned');
    await page.close();
  });

  it('an address that answers with an error: says so', async () => {
    const page = await openViewer(`${server.origin}/gone.pdf`);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(FAILURE_MESSAGES.unreachable);
    await page.close();
  });
});

describe('a file from the reader’s computer', () => {
  it('opens with the file picker and needs no request', async () => {
    const page = await openViewer();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'handout.pdf'));
    const painted = await waitForPainted(page, (t) => t.length >= HANDOUT_TERMS.length);
    expect(painted).toEqual(HANDOUT_TERMS);
    expect(requests.filter((u) => u.startsWith('http'))).toEqual([]);
    await page.close();
  });

  it('opens from the app page’s "Open a file", in a reader tab of its own', async () => {
    const app = await browser.context.newPage();
    await app.goto(`chrome-extension://${browser.extensionId}/app.html`);
    const opened = browser.context.waitForEvent('page');
    await app.getByLabel('Open a file').setInputFiles(join(FIXTURES, 'handout.pdf'));
    const reader = await opened;
    const painted = await waitForPainted(reader, (t) => t.length >= HANDOUT_TERMS.length);
    expect(painted).toEqual(HANDOUT_TERMS);
    expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe('handout.pdf');
    await reader.close();
    await app.close();
  });

  it('reads a text file as paragraphs, with its terms marked', async () => {
    const page = await openViewer();
    await page.locator('input[type=file]').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'After the TENS session my range of\nmotion was better.\n\nSome DOMS today.',
      ),
    });
    await expect.poll(() => page.locator('.text-document p').count()).toBe(2);
    expect(await waitForPainted(page, (t) => t.length >= 3)).toEqual([
      'TENS',
      'range of motion',
      'DOMS',
    ]);
    await page.close();
  });
});

describe('privacy: the one request PT Lens may make', () => {
  it('fetches the PDF the reader asked for, from its own address, and nothing else', async () => {
    const before = browser.extensionRequests.length;
    const src = `${server.origin}/handout.pdf?privacy`;
    const page = await openViewer(src);
    await waitForPainted(page, (t) => t.length >= HANDOUT_TERMS.length);
    // Hovering a term, opening its card and counting it as met ask nothing of the network.
    await hoverWord(page, 'fibromyalgia');
    await expect.poll(() => cardText(page)).toContain('Fibromyalgia');
    const made = browser.extensionRequests.slice(before);
    expect(made.length).toBeGreaterThan(0);
    // pdf.js may ask for the file in parts: every request is a GET of that one address.
    expect(made.filter((r) => r.url !== src || r.method !== 'GET')).toEqual([]);
    await page.close();
  });

  it('over the whole suite, asked for nothing but the documents the reader opened', () => {
    const opened = new Set(openedSources);
    expect(browser.extensionRequests.filter((r) => !opened.has(r.url))).toEqual([]);
  });
});
