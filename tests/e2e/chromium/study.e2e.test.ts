// Study mode in real Chromium. Runs now: the study view itself, served by Vite inside the popup's
// frame with an in-memory store (list, flashcard, quiz, export; light and dark; screenshots).
// And in the extension: a tooltip on a page records its term (not once the site is paused), the
// popup's Study tab lists it, it is studied and scheduled in storage, the toolbar badge counts
// cards due, and the study data survives a restart.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeProblems } from '../support/axe';
import { GLOSSARY } from '../../../guide/glossary/index';
import { parseCsv } from '../../../common/csv-format';
import {
  CHROMIUM_PATH,
  launchWithExtension,
  type ExtensionBrowser,
} from '../../../scripts/lib/chromium';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve';
import { ANKI_HEADER } from '../../../study/anki-csv';
import { maskTerm } from '../../../study/deck';
import type { CardProgress, Meeting } from '../../../study/model';
import { gradeCard } from '../../../study/scheduler';
import { paintedTerms, waitForPainted } from '../support/highlights';
import { hoverWord, screenshot } from '../support/page-helpers';

const POPUP = { width: 480, height: 600 };
const MINUTE = 60_000;
const DAY = 86_400_000;
const term = (id: string): string => GLOSSARY.find((e) => e.id === id)?.term ?? id;

// The harness: the real AppShell and StudyView, with a store kept in the page's memory. Plain
// JavaScript (no JSX), so the virtual module needs no transform of its own.
const HARNESS_ID = 'virtual:study-harness';
const HARNESS = `
import { h, render } from 'preact';
import '/components/popup/theme.css';
import { AppShell } from '/components/popup/AppShell.tsx';
import { StudyView } from '/components/study/StudyView.tsx';

const init = window.__study ?? {};
let meetings = init.meetings ?? [];
let cards = init.cards ?? [];
let settings = { paused: false, recordPages: false, badge: false, ...(init.settings ?? {}) };
window.__studyState = () => ({ meetings, cards, settings });
const snapshot = () => ({ meetings, cards, setAside: [], notice: null });
const port = {
  load: async () => snapshot(),
  watch: () => () => undefined,
  changeCards: async (change) => (cards = change(cards)),
  clearMeetings: async () => { meetings = []; },
  settings: {
    load: async () => settings,
    change: async (change) => (settings = { ...settings, ...change }),
    watch: () => () => undefined,
  },
};
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const tabs = ['Guide', 'Glossary', 'On this page', 'Log', 'Settings', 'Study'].map((label) => ({
  id: label.toLowerCase().replace(/ /g, '-'),
  label,
}));
document.documentElement.dataset.surface = 'popup';
render(
  h(AppShell, {
    surface: 'popup',
    tabs,
    selected: 'study',
    onSelect: () => undefined,
    panels: {
      study: h(StudyView, { port, random, onOpenEntry: (id) => (window.__opened = id) }),
    },
  }),
  document.getElementById('app'),
);
`;
const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>PT Lens: Study</title></head>
<body><div id="app"></div><script type="module" src="/@id/${HARNESS_ID}"></script></body></html>`;

function harnessPlugin(): Plugin {
  return {
    name: 'study-harness',
    resolveId: (id) => (id === HARNESS_ID ? `\0${HARNESS_ID}` : undefined),
    load: (id) => (id === `\0${HARNESS_ID}` ? HARNESS : undefined),
    configureServer(server) {
      server.middlewares.use('/study.html', (req, res) => {
        void server.transformIndexHtml(req.url ?? '/study.html', HTML).then((html) => {
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(html);
        });
      });
    },
  };
}

let vite: ViteDevServer;
let plain: Browser;
let origin: string;

beforeAll(async () => {
  vite = await createServer({
    configFile: false,
    root: process.cwd(),
    appType: 'custom',
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, hmr: false },
    // Our dependencies are ES modules: serving them as they are avoids a mid-test reload.
    optimizeDeps: { noDiscovery: true },
    cacheDir: join(tmpdir(), 'pt-lens-study-vite'),
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), harnessPlugin()],
  });
  await vite.listen();
  const address = vite.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('no address for Vite');
  origin = `http://127.0.0.1:${address.port}`;
  // No extension here: its content script would mark terms inside the view itself.
  plain = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
afterAll(async () => {
  await plain?.close();
  await vite?.close();
});

const ago = (ms: number): string => new Date(Date.now() - ms).toISOString();
const met = (entryId: string, msAgo: number, count = 1): Meeting => ({
  entryId,
  firstMet: ago(msAgo + 3 * DAY),
  lastMet: ago(msAgo),
  count,
  pages: [],
});
const MEETINGS: Meeting[] = [
  met('tens', DAY, 2),
  met('doms', 5 * MINUTE, 4),
  met('fibromyalgia', 2 * DAY),
  met('balance-exercises', 3 * DAY),
  met('heat-therapy', 6 * DAY, 3),
];
/** A card studied days ago and due again now. */
function dueCard(entryId: string): CardProgress {
  const then = new Date(Date.now() - 10 * DAY);
  const card = { entryId, direction: 'forward' as const };
  return {
    ...gradeCard({ card, progress: undefined, grade: 'good', now: then }),
    due: ago(MINUTE),
  };
}

async function openHarness(
  scheme: 'light' | 'dark' = 'light',
  data: { meetings?: Meeting[]; cards?: CardProgress[] } = { meetings: MEETINGS },
): Promise<Page> {
  const page = await plain.newPage({ viewport: POPUP, colorScheme: scheme, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((d) => Object.assign(window, { __study: d }), data);
  await page.goto(`${origin}/study.html`);
  await page.getByRole('heading', { name: 'Study', exact: true }).waitFor({ timeout: 20_000 });
  await page.locator('[data-study="summary"]').waitFor();
  expect(errors).toEqual([]);
  return page;
}

const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const panel = (page: Page) => page.locator('[role=tabpanel]:not([hidden])');
const stored = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { __studyState(): { cards: CardProgress[]; meetings: Meeting[] } }
    ).__studyState(),
  );

describe('the study view (in the popup frame, in-memory store)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    const suffix = scheme === 'light' ? '' : '-dark';

    it(`lists the terms met newest first, each opening to its explanation (${scheme})`, async () => {
      const page = await openHarness(scheme);
      const toggles = panel(page).locator('[data-study="met"] button[aria-expanded]');
      expect(await toggles.count()).toBe(MEETINGS.length);
      expect(await toggles.first().textContent()).toContain(term('doms'));
      expect(await toggles.nth(1).textContent()).toContain(term('tens'));
      await screenshot(page, `study-list${suffix}`);
      await toggles.first().click();
      const details = page.locator('#study-met-doms');
      await expect.poll(() => details.isVisible()).toBe(true);
      expect(await details.textContent()).toContain(GLOSSARY.find((e) => e.id === 'doms')?.short);
      expect(await fitsWidth(page)).toBe(true);
      await screenshot(page, `study-list-open${suffix}`);
      expect(await axeProblems(page)).toEqual([]);
      for (const part of ['decks', 'settings']) {
        await page.locator(`[data-study="${part}"]`).evaluate((s) => s.scrollIntoView());
        await screenshot(page, `study-${part}${suffix}`);
      }
      await page.close();
    });

    it(`plays a flashcard: front, answer, grades that say when it returns (${scheme})`, async () => {
      const page = await openHarness(scheme);
      await panel(page)
        .getByRole('button', { name: /^Study these/ })
        .click();
      const card = page.getByRole('group', { name: 'Flashcard' });
      expect(await card.textContent()).toContain(term('doms'));
      if (scheme === 'light') await screenshot(page, 'study-card-front');
      await page.getByRole('button', { name: 'Show the answer' }).click();
      const again = page.getByRole('button', { name: /^Again ?, due again in \d+ min$/ });
      await again.waitFor();
      const easy = page.getByRole('button', { name: /^Easy ?, due again in \d+ days$/ });
      expect(await easy.isVisible()).toBe(true);
      // Every grade button is a big target.
      for (const box of await Promise.all(
        (await page.locator('[data-study="card"] button').all()).map((b) => b.boundingBox()),
      )) {
        expect(box?.height).toBeGreaterThanOrEqual(44);
      }
      expect(await fitsWidth(page)).toBe(true);
      await screenshot(page, `study-card${suffix}`);
      expect(await axeProblems(page)).toEqual([]);
      await easy.click();
      await expect
        .poll(() => page.locator('[data-study="scheduled"]').textContent())
        .toMatch(/is due again in \d+ days\.$/);
      const doms = (await stored(page)).cards.find((c) => c.entryId === 'doms');
      expect(Date.parse(doms?.due ?? '')).toBeGreaterThan(Date.now() + 2 * DAY);
      await page.close();
    });

    it(`asks a quiz question and names the right entry (${scheme})`, async () => {
      const page = await openHarness(scheme);
      await page.getByRole('combobox', { name: 'Deck' }).selectOption('category:exercise');
      await page.getByRole('button', { name: 'Take a quiz' }).click();
      await page.getByText('Question 1 of 5').waitFor();
      const choices = panel(page).locator('[data-study="quiz"] ul button');
      expect(await choices.count()).toBe(4);
      // Answer wrong on purpose, to show both marks and the feedback.
      const prompt = (await page.locator('#study-quiz-prompt').textContent()) ?? '';
      const right = GLOSSARY.find((e) => prompt === `Which term means: “${maskTerm(e.short, e)}”`);
      expect(right?.category).toBe('exercise');
      const texts = await choices.allTextContents();
      const wrong = texts.findIndex((t) => t !== right?.term);
      await choices.nth(wrong).click();
      const feedback = page.locator('[data-study="quiz-feedback"]');
      await feedback.waitFor();
      expect(await feedback.textContent()).toMatch(/^Not quite\. The answer is .+\./);
      // Only the right answer is filled: the wrong pick looks like the choices not picked.
      const fill = (i: number) =>
        choices.nth(i).evaluate((b) => getComputedStyle(b).backgroundColor);
      const rightAt = texts.findIndex((t) => t === right?.term);
      const other = texts.findIndex((_, i) => i !== wrong && i !== rightAt);
      expect(await fill(wrong)).toBe(await fill(other));
      expect(await fill(rightAt)).not.toBe(await fill(wrong));
      // Nor does pointing at a choice once the question is answered.
      await choices.nth(other).hover();
      expect(await fill(other)).toBe(await fill(wrong));
      expect(await fitsWidth(page)).toBe(true);
      await page
        .locator('#study-quiz-prompt')
        .evaluate((p) => p.scrollIntoView({ block: 'start' }));
      await screenshot(page, `study-quiz${suffix}`);
      expect(await axeProblems(page)).toEqual([]);
      await page.getByRole('button', { name: /^Open “.+” in the glossary$/ }).click();
      expect(await page.evaluate(() => (window as unknown as { __opened?: string }).__opened)).toBe(
        right?.id,
      );
      await page.close();
    });
  }

  it('counts the cards due, and exports a deck as a CSV file Anki can import', async () => {
    const page = await openHarness('light', {
      meetings: MEETINGS,
      cards: [dueCard('doms'), dueCard('tens')],
    });
    expect(await page.locator('[data-study="summary"]').textContent()).toBe(
      '2 flashcards due today. 5 terms met.',
    );
    expect(await page.locator('[data-study="counts"]').textContent()).toBe(
      '5 cards: 2 due now, 3 new.',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download for Anki (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pt-lens-flashcards-met-\d{4}-\d{2}-\d{2}\.csv$/);
    const parsed = parseCsv(await readFile(await download.path(), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.records.slice(0, 3).map((r) => r.cells)).toEqual(ANKI_HEADER.map((l) => [l]));
    const rows = parsed.records.slice(3).map((r) => r.cells);
    const newestFirst = [...MEETINGS].sort((a, b) => b.lastMet.localeCompare(a.lastMet));
    expect(rows.map((r) => r[0]?.split('\n')[0])).toEqual(newestFirst.map((m) => term(m.entryId)));
    expect(rows.every((r) => r.length === 3 && r[2]?.startsWith('pt-lens pt-lens::'))).toBe(true);
    await page.close();
  });
});

// ---- Needs the wiring (content script -> background -> storage, and a Study tab in the App). ----

interface SwChrome {
  storage: {
    local: { get(k: string): Promise<Record<string, unknown>>; set(i: object): Promise<void> };
  };
  action: { getBadgeText(d: object): Promise<string> };
}

describe('study mode in the extension', () => {
  let ext: ExtensionBrowser;
  let pages: StaticServer;
  const extUrl = (path: string): string => `chrome-extension://${ext.extensionId}/${path}`;
  const worker = () => {
    const [w] = ext.context.serviceWorkers();
    if (!w) throw new Error('no service worker');
    return w;
  };
  const read = (key: string) =>
    worker().evaluate(async (k) => {
      const c = (globalThis as unknown as { chrome: SwChrome }).chrome;
      return (await c.storage.local.get(k))[k];
    }, key);
  const write = (items: Record<string, unknown>) =>
    worker().evaluate(async (i) => {
      const c = (globalThis as unknown as { chrome: SwChrome }).chrome;
      await c.storage.local.set(i);
    }, items);

  beforeAll(async () => {
    pages = await serveStatic('tests/e2e/pages');
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await pages?.close();
  });

  /** The popup on its Study tab, or null if the App has no Study tab. */
  async function studyTab(): Promise<Page | null> {
    const page = await ext.context.newPage();
    await page.setViewportSize(POPUP);
    await page.goto(extUrl('popup.html'));
    await page.locator('h1').waitFor();
    const tab = page.getByRole('tab', { name: 'Study', exact: true });
    if ((await tab.count()) === 0) {
      await page.close();
      return null;
    }
    await tab.click();
    await page.locator('[data-study="summary"]').waitFor();
    return page;
  }

  it('a tooltip opened on a page lands in "Terms I’ve met", but not once paused; studied, it is scheduled', async () => {
    const article = await ext.context.newPage();
    await article.goto(`${pages.origin}/reading-rules.html`);
    await waitForPainted(article, (t) => t.includes('DOMS'));
    await hoverWord(article, 'DOMS');
    await article.locator('pt-lens-ui .pt-tooltip').waitFor();
    let recorded: unknown;
    await expect
      .poll(async () => (recorded = await read('study-met')), { timeout: 5000 })
      .toMatchObject({ version: 1, meetings: [{ entryId: 'doms', count: 1 }] });
    expect((recorded as { meetings: Meeting[] }).meetings[0]?.pages).toEqual([]);

    // Paused on this site, the page neither opens cards nor records terms as met.
    await write({ settings: { pausedSites: ['127.0.0.1'] } });
    await expect.poll(() => paintedTerms(article)).toEqual([]);
    await hoverWord(article, 'fibromyalgia');
    await article.waitForTimeout(1500);
    expect(await article.locator('pt-lens-ui .pt-tooltip').count()).toBe(0);
    const after = (await read('study-met')) as { meetings: Meeting[] };
    expect(after.meetings.map((m) => m.entryId)).toEqual(['doms']);
    await write({ settings: { pausedSites: [] } });
    await article.close();

    const page = await studyTab();
    expect(page).not.toBeNull();
    if (!page) return;
    const toggle = page.locator('[data-study="met"] button[aria-expanded]').first();
    expect(await toggle.textContent()).toContain(term('doms'));
    await screenshot(page, 'study-popup-list');
    await page.getByRole('button', { name: /^Study these/ }).click();
    await page.getByRole('button', { name: 'Show the answer' }).click();
    await screenshot(page, 'study-popup-card');
    await page.getByRole('button', { name: /^Good ?, due again in/ }).click();
    await expect
      .poll(() => read('study-cards'))
      .toMatchObject({ version: 1, cards: [{ entryId: 'doms', direction: 'forward', reps: 1 }] });
    const { cards } = (await read('study-cards')) as { cards: CardProgress[] };
    expect(Date.parse(cards[0]?.due ?? '')).toBeGreaterThan(Date.now());
    await page.close();
  });

  it('the toolbar badge shows the flashcards due today once turned on', async () => {
    await write({
      'study-cards': { version: 1, cards: [dueCard('doms'), dueCard('tens')] },
      'study-settings': { paused: false, recordPages: false, badge: true },
    });
    const badge = () =>
      worker().evaluate(() =>
        (globalThis as unknown as { chrome: SwChrome }).chrome.action.getBadgeText({}),
      );
    await expect.poll(badge, { timeout: 5000 }).toBe('2');
    await write({ 'study-settings': { paused: false, recordPages: false, badge: false } });
    await expect.poll(badge).toBe('');
  });

  it('the study data survives a browser restart', async () => {
    await write({ 'study-met': { version: 1, meetings: MEETINGS } });
    const profileDir = ext.profileDir;
    await ext.close({ keepProfile: true });
    ext = await launchWithExtension({ profileDir });
    const page = await studyTab();
    expect(page).not.toBeNull();
    if (!page) return;
    const toggles = page.locator('[data-study="met"] button[aria-expanded]');
    expect(await toggles.count()).toBe(MEETINGS.length);
    await page.close();
  });
});
