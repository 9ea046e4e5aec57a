// Firefox e2e helpers (puppeteer over BiDi): point at words, read the tooltip, reach storage.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { SCREENSHOT_DIR } from '../support/page-helpers';

/** What an extension page of Firefox has on its global object, as far as these tests use it. */
export interface ExtensionGlobal {
  browser: {
    storage: {
      local: {
        get(key: string | null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      };
    };
  };
}

/** The viewport centre of the first whole-word, case-sensitive `word` in the page's body. */
export async function wordCentre(page: Page, word: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((word) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const m = re.exec(n.nodeValue ?? '');
      if (!m) continue;
      n.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + word.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, word);
  if (!point) throw new Error(`"${word}" is not on the page`);
  return point;
}

export async function hoverWord(page: Page, word: string): Promise<void> {
  await page.mouse.move(1, 1);
  const { x, y } = await wordCentre(page, word);
  await page.mouse.move(x, y, { steps: 3 });
}

/** The text of `selector` inside our tooltip's shadow root, or null when it is not there. */
export async function tooltipText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate(
    (s) => document.querySelector('pt-lens-ui')?.shadowRoot?.querySelector(s)?.textContent ?? null,
    selector,
  );
}

/**
 * The text of each range in one of PT Lens's highlights and its highlight for terms inside links
 * (the name plus "-link"), in the order they were added to each.
 */
export async function paintedTerms(page: Page, name = 'pt-lens-term'): Promise<string[]> {
  return page.evaluate((n) => {
    const of = (name: string) => (CSS.highlights.get(name) ?? []) as unknown as Set<Range>;
    return [...of(n), ...of(`${n}-link`)].map((r) => r.toString());
  }, name);
}

export async function storageGet(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => {
    const ext = globalThis as unknown as ExtensionGlobal;
    return (await ext.browser.storage.local.get(k))[k];
  }, key);
}

export async function storageSet(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    async (k, v) => {
      const ext = globalThis as unknown as ExtensionGlobal;
      await ext.browser.storage.local.set({ [k]: v });
    },
    key,
    value as never,
  );
}

/** Collects console errors and uncaught exceptions (Firefox reports content scripts' too). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path });
  return path;
}

/** The ::highlight rules for our names that the page's document has adopted (the marks' look). */
export async function highlightRules(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .filter((t) => t.includes('::highlight(pt-lens-term')),
  );
}
