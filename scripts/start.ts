// `npm start`: serves the bundled demo article and opens it in Chromium with PT Lens loaded.
// Without a display it takes a screenshot of a tooltip instead and says how to load the
// extension by hand.
import { resolve } from 'node:path';
import { launchWithExtension, CHROME_BUILD } from './lib/chromium';
import { serveStatic } from './lib/serve';

const SCREENSHOT = resolve('demo/screenshot.png');

async function main(): Promise<void> {
  const server = await serveStatic('demo');
  const url = `${server.origin}/article.html`;
  const hasDisplay = !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

  if (hasDisplay) {
    const browser = await launchWithExtension({ headless: false });
    const page = await browser.context.newPage();
    await page.goto(url);
    console.log(`PT Lens is loaded in Chromium on the demo article: ${url}`);
    console.log('Point at an underlined term to see it explained. Close the browser to stop.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    await server.close();
    return;
  }

  const browser = await launchWithExtension({ headless: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    // Terms are read after the page's load event: wait until DOMS is marked.
    await page.waitForFunction(
      () => [...((CSS.highlights.get('pt-lens-term') as unknown as Set<Range>) ?? [])].length > 0,
      undefined,
      { timeout: 10_000 },
    );
    // Point at the first "DOMS" on the page, as a reader would.
    const box = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.nodeValue?.indexOf('DOMS') ?? -1;
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 4);
        n.parentElement?.scrollIntoView({ block: 'center' });
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    });
    if (box) await page.mouse.move(box.x, box.y, { steps: 3 });
    await page.locator('pt-lens-ui .pt-tooltip').waitFor({ timeout: 5000 });
    await page.screenshot({ path: SCREENSHOT, animations: 'disabled' });
    console.log('No display here, so PT Lens ran in headless Chromium on the demo article.');
    console.log(`Screenshot of a tooltip on the demo article: ${SCREENSHOT}`);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log('\nTo use PT Lens in your own browser:');
  console.log(`  Chrome/Chromium: open chrome://extensions, turn on Developer mode, choose`);
  console.log(`    "Load unpacked" and pick ${CHROME_BUILD}`);
  console.log(
    '  Firefox: run `npm run build:firefox`, open about:debugging#/runtime/this-firefox,',
  );
  console.log(
    `    choose "Load Temporary Add-on" and pick ${resolve('.output/firefox-mv2/manifest.json')}`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
