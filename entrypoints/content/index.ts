import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadPart } from '../../content/parts';
import { readStoredSettings } from '../../store/stored-settings';
import type { PageAnswers } from '../../content/run-on-page';
import type { PageTermsReply, ToContent } from '../../messaging/protocol';
import '../../content/marks.css';

/** How long after the page is ready to read PT Lens waits for its load event at most. */
const LOAD_WAIT_MS = 4000;

// What every page gets is only this: after the page's load event it imports the page lens (see
// content/parts.ts), so neither loading nor compiling PT Lens ever holds up the page itself.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    const loaded = (async (): Promise<void> => {
      if (document.readyState === 'complete') return;
      await new Promise<void>((done) => {
        // A task after the load event, so none of our work counts in the page's load time.
        ctx.addEventListener(window, 'load', () => ctx.setTimeout(done, 0), { once: true });
        // A page whose load never ends (an advert that keeps loading) is read anyway.
        ctx.setTimeout(done, LOAD_WAIT_MS);
      });
    })();
    const start = async (): Promise<PageAnswers> => {
      await loaded;
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

    // The popup may ask before the page has loaded: it gets its answer once the page is read.
    // The browser's own API is used on pages (no polyfill), so replies go through sendResponse.
    const onMessage = (
      message: unknown,
      _sender: unknown,
      sendResponse: (reply: unknown) => void,
    ): true | undefined => {
      // Only the top frame answers the popup; frames still show tooltips of their own.
      if (window !== window.top) return undefined;
      if (failed) {
        failed = false;
        ready = start();
        ready.catch(() => (failed = true));
      }
      const failure: PageTermsReply = {
        terms: [],
        paused: false,
        host: location.hostname,
        failed: true,
      };
      ready.then(
        (answer) => sendResponse(answer(message as ToContent)),
        () => sendResponse((message as ToContent)?.type === 'page-terms' ? failure : false),
      );
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
