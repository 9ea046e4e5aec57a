import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { afterLoad } from '../../content/after-load';
import { pageMessageListener } from '../../content/page-messages';
import { loadPart, type PageAnswers } from '../../content/parts';
import { hasTextByWalk, whenTextToRead } from '../../content/text-gate';
import { readStoredSettings } from '../../store/stored-settings';
import '../../content/marks.css';

// The content script of the top document (frames have their own, entrypoints/frame-loader.ts).
// What every page gets is only this: after the page's load event, and once the document has
// text to read (content/text-gate.ts), it imports the page lens (content/parts.ts), so neither
// loading nor compiling PT Lens ever holds up the page, and a page with nothing to read never
// loads it unless the popup asks about it.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The marks' rules come with the frames' entry of the manifest, which covers this document too.
  cssInjectionMode: 'manual',
  main(ctx) {
    // The popup asking about the page starts the lens even where there is nothing to read, so
    // that its answer ("no terms here") comes from a reading of the page.
    let askForLens = (): void => undefined;
    const wanted = new Promise<void>((done) => (askForLens = done));
    const start = async (): Promise<PageAnswers> => {
      await afterLoad();
      await whenTextToRead({ check: () => hasTextByWalk(), wanted, alive: () => ctx.isValid });
      // The settings are read while the page lens is fetched, not after.
      const stored = readStoredSettings();
      stored.catch(() => undefined); // Reported where it is used, by the page lens.
      const runOnPage = await loadPart('page-lens');
      return runOnPage(ctx, stored);
    };
    let ready = start();
    // If the page lens could not load (the extension was updated or reloaded meanwhile), the
    // console says so once, the popup says so in plain words, and its next question tries again.
    let failed = false;
    ready.catch((err: unknown) => {
      failed = true;
      console.warn('PT Lens could not start on this page; reload it to try again.', err);
    });

    // Each question from the popup or the background asks for the lens, and tries again after
    // a failed load; content/page-messages.ts reads the question and answers it.
    const lens = (): Promise<PageAnswers> => {
      askForLens();
      if (failed) {
        failed = false;
        ready = start();
        ready.catch(() => (failed = true));
      }
      return ready;
    };
    const onMessage = pageMessageListener(lens, () => location.hostname);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
