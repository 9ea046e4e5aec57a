// Helpers for end-to-end tests: find words on a page and point at them as a user would.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = join('test-results', 'screenshots');

/** The viewport centre of the `nth` occurrence of `word` (whole word, case-sensitive). */
export async function wordCentre(
  page: Page,
  word: string,
  nth = 0,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ word, nth }) => {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.nodeValue ?? '';
        for (const m of text.matchAll(re)) {
          if (seen++ < nth) continue;
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + word.length);
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      return null;
    },
    { word, nth },
  );
  if (!point) throw new Error(`"${word}" is not on the page`);
  return point;
}

export async function hoverWord(page: Page, word: string, nth = 0): Promise<void> {
  await page.mouse.move(1, 1);
  const { x, y } = await wordCentre(page, word, nth);
  await page.mouse.move(x, y, { steps: 3 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}

/**
 * How many pixels around the `nth` `word` have the marks' teal (the dotted underline or the tint):
 * the page's own text and background here are black, white or grey, so teal can only be ours.
 */
export async function tealPixels(page: Page, word: string, nth = 0): Promise<number> {
  const { x, y } = await wordCentre(page, word, nth);
  const clip = { x: Math.max(0, x - 60), y: Math.max(0, y - 16), width: 120, height: 32 };
  const png = await page.screenshot({ clip, animations: 'disabled' });
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d');
      if (!g) return 0;
      g.drawImage(bitmap, 0, 0);
      const { data } = g.getImageData(0, 0, bitmap.width, bitmap.height);
      let teal = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r = 0, gr = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
        if (gr - r > 20 && b - r > 20) teal++;
      }
      return teal;
    }, png.toString('base64'));
  } finally {
    await decoder.close();
  }
}
