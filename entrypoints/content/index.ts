import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadPart } from '../../content/parts';
import type { ToContent } from '../../messaging/protocol';
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
    const ready = (async () => {
      if (document.readyState !== 'complete') {
        await new Promise<void>((done) => {
          ctx.addEventListener(window, 'load', () => done(), { once: true });
          // A page whose load never ends (an advert that keeps loading) is read anyway.
          ctx.setTimeout(done, LOAD_WAIT_MS);
        });
      }
      const runOnPage = await loadPart('page-lens');
      return runOnPage(ctx);
    })();

    // The popup may ask before the page has loaded: it gets its answer once the lens is running.
    // The browser's own API is used on pages (no polyfill), so replies go through sendResponse.
    const onMessage = (
      message: unknown,
      _sender: unknown,
      sendResponse: (reply: unknown) => void,
    ): true | undefined => {
      // Only the top frame answers the popup; frames still show tooltips of their own.
      if (window !== window.top) return undefined;
      ready.then(
        (answer) => sendResponse(answer(message as ToContent)),
        () => sendResponse(undefined),
      );
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
