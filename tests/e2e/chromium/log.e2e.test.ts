// The soreness log in real Chromium: the clinician summary drawn from stored entries and printed
// on one page, entries that survive a browser restart, and
// adding, exporting and importing through the log view.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeProblems } from '../support/axe';
import { parseCsvLog } from '../../../log/csv';
import type { SorenessEntry } from '../../../log/model';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/lib/chromium';
import { SCREENSHOT_DIR, screenshot } from '../support/page-helpers';

const LOG_KEY = 'soreness-log';
const DAY = 86_400_000;

let browser: ExtensionBrowser;
const url = (path: string): string => `chrome-extension://${browser.extensionId}/${path}`;

/** An entry `days` days ago, a few minutes before this moment, so it falls on that local day. */
function ago(days: number, over: Partial<SorenessEntry> & { id: string }): SorenessEntry {
  const at = new Date(Date.now() - days * DAY - (5 + (over.level ?? 3)) * 60_000).toISOString();
  return { at, level: 3, areas: ['knee-left'], createdAt: at, updatedAt: at, ...over };
}

/** Two weeks of a busy log: sessions, two areas, notes, and an entry too old for the summary. */
function twoWeeks(): SorenessEntry[] {
  const list: SorenessEntry[] = [];
  for (let d = 13; d >= 0; d--) {
    const session = d % 4 === 1;
    list.push(
      ago(d, {
        id: `k${d}`,
        level: Math.max(1, 6 - Math.floor((13 - d) / 3)) + (session ? 1 : 0),
        areas: d % 3 === 0 ? ['knee-left', 'knee-right'] : ['knee-left'],
        ...(session ? { after: { kind: 'pt-session', label: 'Knee class' } } : {}),
        ...(d % 5 === 0
          ? { note: `Stairs were harder in the evening, eased after a walk (day ${d}).` }
          : {}),
      }),
    );
    if (d % 2 === 0) list.push(ago(d, { id: `h${d}`, level: 2 + (d % 3), areas: ['hip-right'] }));
  }
  list.push(ago(40, { id: 'old', level: 9 }));
  return list;
}

/** The most the entry table holds: 28 rows, long notes on many, a long-named session every day. */
function busiest(): SorenessEntry[] {
  const long =
    'Sore going down the stairs and stiff after sitting at work, better after the walk home. '
      .repeat(6)
      .trim();
  const areas = [
    'knee-left',
    'knee-right',
    'hip-right',
    'lower-back',
    'calf-left',
    'neck',
  ] as const;
  return Array.from({ length: 28 }, (_, i) =>
    ago(Math.floor(i / 2), {
      id: `b${i}`,
      level: (i * 7) % 11,
      areas: [
        areas[i % 6] as SorenessEntry['areas'][number],
        areas[(i + 1) % 6] as SorenessEntry['areas'][number],
      ],
      ...(i % 2 === 0
        ? {
            after: {
              kind: 'pt-session',
              label: 'Knee and hip strengthening class at the community clinic',
            },
          }
        : {}),
      ...(i % 2 === 1 ? { after: { kind: 'treatment', treatmentId: 'tens' } } : {}),
      ...(i % 3 !== 2 ? { note: long.slice(0, 500) } : {}),
    }),
  );
}

/** More entries than the table holds, so the summary shows one row per day. */
function crowded(): SorenessEntry[] {
  return Array.from({ length: 60 }, (_, i) => ago(i % 14, { id: `c${i}`, level: i % 11 }));
}

async function worker() {
  const sw = browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId));
  if (!sw) throw new Error('no extension service worker');
  return sw;
}

async function putLog(entries: SorenessEntry[]): Promise<void> {
  const sw = await worker();
  await sw.evaluate(([key, value]) => chrome.storage.local.set({ [key as string]: value }), [
    LOG_KEY,
    { version: 1, entries },
  ] as const);
}

async function storedLog(): Promise<{ version: number; entries: SorenessEntry[] } | undefined> {
  const sw = await worker();
  return sw.evaluate(async (key) => (await chrome.storage.local.get(key))[key], LOG_KEY) as Promise<
    { version: number; entries: SorenessEntry[] } | undefined
  >;
}

async function open(
  path: string,
  size = { width: 900, height: 1100 },
  scheme: 'light' | 'dark' = 'light',
) {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url(path));
  return page;
}

/** Pages in a PDF made by Chromium, from its page tree. */
const pdfPages = (pdf: Buffer): number => {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)];
  const direct = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g)?.length ?? 0;
  return counts.length > 0 ? Math.max(...counts.map((m) => Number(m[1]))) : direct;
};

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('the clinician summary (report.html)', () => {
  it('draws the chart and the 14-day table from the stored log', async () => {
    await putLog(twoWeeks());
    const page = await open('report.html');
    await page.locator('[data-report="days"]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Soreness summary');
    // 14 days of the knee and 7 of the hip; the 40-day-old entry is left out.
    expect(await page.locator('[data-report="days"] tbody tr').count()).toBe(21);
    const chart = page.getByRole('img', { name: /Soreness over the last 14 days/ });
    expect(await chart.count()).toBe(1);
    expect(await page.locator('svg [data-area]').count()).toBe(3);
    // Both knees are at 6 on some days: every marker still has a place of its own, none hidden.
    const markers = await page
      .locator('svg [data-area] path:not(:first-child)')
      .evaluateAll((paths) =>
        paths.map((p) => {
          const b = (p as SVGGraphicsElement).getBBox();
          return `${Math.round(b.x + b.width / 2)},${Math.round(b.y + b.height / 2)}`;
        }),
      );
    expect(markers.length).toBeGreaterThan(14);
    expect(new Set(markers).size).toBe(markers.length);
    expect(await page.locator('svg [data-session]').count()).toBe(4);
    expect(await page.locator('[data-report="sessions"] li').count()).toBe(4);
    expect(await page.locator('[data-report="notes"] li').count()).toBe(3);
    expect(await page.locator('[data-report="averages"]').innerText()).toMatch(
      /Average: \d\.\d \/ 10/,
    );
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'log-report');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'log-report-dark');
    await page
      .locator('[data-report] figure')
      .screenshot({ path: join(SCREENSHOT_DIR, 'log-report-chart.png') });
    await page.close();
  });

  it('prints on one A4 page and one Letter page, even for the busiest log', async () => {
    const datasets = { typical: twoWeeks(), busiest: busiest(), crowded: crowded() };
    for (const [name, entries] of Object.entries(datasets)) {
      await putLog(entries);
      const page = await open('report.html');
      await page.locator('[data-report="days"]').waitFor();
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      // Letter's printable area with 10 mm margins, the tighter of the two, in CSS pixels.
      await page.setViewportSize({ width: 740, height: 980 });
      await screenshot(page, `log-report-print-${name}`);
      expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
      expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true })), `${name} A4`).toBe(
        1,
      );
      const letter = await page.pdf({ format: 'Letter', printBackground: true });
      expect(pdfPages(letter), `${name} Letter`).toBe(1);
      await page.close();
    }
  });

  it('covers the range the reader chooses, keeps it in the address, and prints it', async () => {
    await putLog(twoWeeks());
    let page = await open('report.html');
    const meta = page.locator('header p').first();
    const rows = page.locator('[data-report="days"] tbody tr');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'log-report-range-chooser.png') });
    await expect.poll(() => rows.count()).toBe(21);
    await expect.poll(() => meta.textContent()).toMatch(/^Last 14 days: /);

    // Everything: the entry of 40 days ago is in, and the chart spans all 41 days.
    await page.getByRole('radio', { name: 'Everything I logged' }).check();
    await expect.poll(() => rows.count()).toBe(22);
    expect(await meta.textContent()).toMatch(/^Everything logged: /);
    expect(new URL(page.url()).search).toBe('?range=all');
    expect(await page.getByRole('img', { name: /^Soreness over everything logged/ }).count()).toBe(
      1,
    );

    // Since a date, as after a visit: chosen, reloaded, still there, and printed with it.
    await page.getByRole('radio', { name: /^Since a date/ }).check();
    const since = await page.evaluate(() => {
      const d = new Date(Date.now() - 6 * 86_400_000);
      return d.toLocaleDateString('en-CA');
    });
    await page.locator('input[type="date"]').fill(since);
    await expect.poll(() => new URL(page.url()).search).toBe(`?since=${since}`);
    await page.reload();
    await expect.poll(() => meta.textContent()).toMatch(/^Since \d{1,2} \w{3}: /);
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(21);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await page.getByRole('radio', { name: 'Everything I logged' }).isVisible()).toBe(false);
    expect(await meta.isVisible()).toBe(true);
    await screenshot(page, 'log-report-print-since');
    expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
    await page.close();

    // An address that asks for the impossible says so and shows the last 14 days.
    page = await open('report.html?since=2026-02-31');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('“2026-02-31” is not a date.');
    await expect
      .poll(() => page.locator('header p').first().textContent())
      .toMatch(/^Last 14 days: /);
    await screenshot(page, 'log-report-range-problem');
    await page.close();
  });

  it('says so when nothing was logged', async () => {
    await putLog([]);
    const page = await open('report.html');
    await page.getByText('Nothing was logged in these 14 days.').waitFor();
    await page.close();
  });
});

describe('a log entry', () => {
  it('survives a browser restart', async () => {
    const kept = ago(0, {
      id: 'kept',
      level: 6,
      areas: ['ankle-foot-right'],
      note: 'After the long walk',
    });
    await putLog([kept]);
    const profileDir = browser.profileDir;
    await browser.close({ keepProfile: true });
    browser = await launchWithExtension({ profileDir });
    expect((await storedLog())?.entries).toEqual([kept]);
    const page = await open('report.html');
    await page.locator('[data-report="days"]').waitFor();
    expect(await page.locator('[data-report="days"] tbody').innerText()).toContain(
      'Right ankle or foot',
    );
    expect(await page.locator('[data-report="notes"]').innerText()).toContain(
      'After the long walk',
    );
    await page.close();
  });
});

/** The app's Log tab, once its form is ready. */
async function logView(size = { width: 800, height: 1000 }, scheme: 'light' | 'dark' = 'light') {
  const page = await open('app.html#log', size, scheme);
  await page.locator('h1').waitFor();
  await page
    .locator('[data-log-view]')
    .getByRole('button', { name: 'Save' })
    .waitFor({ timeout: 5000 });
  return page;
}

describe("the log's chart and the reader's text size", () => {
  it('draws its axis labels larger when the reader chose Larger text', async () => {
    await putLog(twoWeeks());
    const labelHeight = async (): Promise<number> => {
      const page = await logView();
      const label = page.locator('[data-log-view] figure svg text').first();
      const height = (await label.boundingBox())?.height ?? 0;
      await page.close();
      return height;
    };
    const setSize = async (textSize: string): Promise<void> => {
      const sw = await worker();
      await sw.evaluate(
        (size) => chrome.storage.local.set({ settings: { textSize: size } }),
        textSize,
      );
    };
    const normal = await labelHeight();
    await setSize('larger');
    try {
      const larger = await labelHeight();
      // Larger text is 20 px against 16: the labels grow by the same quarter.
      expect(larger / normal).toBeGreaterThan(1.15);
      expect(larger / normal).toBeLessThan(1.35);
    } finally {
      await setSize('normal');
    }
  });
});

describe('the log view in the app (needs LogView wired into the App)', () => {
  it('adds an entry in three clicks, and it is still there after a restart', async () => {
    await putLog(twoWeeks().filter((e) => e.id !== 'k0' && e.id !== 'h0'));
    const page = await logView();
    await page.getByRole('radio', { name: '4: moderate' }).check();
    await page.getByRole('checkbox', { name: 'Left knee' }).first().check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved: soreness 4 out of 10, left knee.').waitFor();
    const added = (await storedLog())?.entries.at(-1);
    expect(added).toMatchObject({ level: 4, areas: ['knee-left'] });
    await page.setViewportSize({ width: 800, height: 3400 });
    await screenshot(page, 'log-view');
    await page
      .locator('[data-log-view] figure')
      .screenshot({ path: join(SCREENSHOT_DIR, 'log-chart.png') });
    expect(await axeProblems(page)).toEqual([]);
    await page.close();

    const dark = await logView({ width: 480, height: 600 }, 'dark');
    if (dark) {
      await screenshot(dark, 'log-view-popup-size-dark');
      await dark.close();
    }

    const profileDir = browser.profileDir;
    await browser.close({ keepProfile: true });
    browser = await launchWithExtension({ profileDir });
    const again = await logView();
    expect(
      await again.getByRole('button', { name: /^Edit the entry from/ }).count(),
    ).toBeGreaterThan(20);
    expect((await storedLog())?.entries).toContainEqual(added);
    await again.close();
  });

  it('exports a CSV file that reads back as the same entries', async () => {
    const entries = twoWeeks();
    await putLog(entries);
    const page = await logView();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pt-lens-soreness-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    const parsed = parseCsvLog({ text, makeId: () => 'unused' });
    expect(parsed.errors).toEqual([]);
    const byId = (a: SorenessEntry, b: SorenessEntry) => a.id.localeCompare(b.id);
    expect(parsed.entries.sort(byId)).toEqual([...entries].sort(byId));
    await page.close();
  });

  it('shows the errors of a malformed import and leaves the log unchanged', async () => {
    const entries = twoWeeks();
    await putLog(entries);
    const page = await logView();
    await page.locator('#log-import-file').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('time,soreness,areas\r\nyesterday,11,knee\r\n'),
    });
    const errors = page.locator('[data-import="errors"] li');
    await errors.first().waitFor();
    expect(await errors.allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Line 2: /)]),
    );
    await screenshot(page, 'log-import-errors');
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await storedLog())?.entries).toEqual(entries);
    await page.close();
  });
});
