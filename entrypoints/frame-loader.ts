// The content script of frames (the manifest injects it into every frame; see wxt.config.ts).
// Most frames are adverts, pixels or empty, so until a frame has text to read this script asks
// the browser one yes-or-no question (content/text-gate.ts) and touches nothing else: no
// extension API, no element of the page. A frame with text gets the page lens, as the top
// document does, and shows tooltips of its own; only the top document answers the popup.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { afterLoad } from '../content/after-load';
import { loadPart } from '../content/parts';
import { hasTextByXPath, whenTextToRead, whenViewportFits } from '../content/text-gate';

declare const chrome: { runtime?: { id?: string } };
/** The longest a frame with text waits for the page to be idle. */
const IDLE_WAIT_MS = 1000;

export default defineUnlistedScript(() => {
  if (window === window.top) return;
  // Its failure is caught and said at the end.
  void (async () => {
    await whenViewportFits();
    await afterLoad();
    await whenTextToRead({ check: () => hasTextByXPath() });
    // Frames come in numbers and after the page itself: each starts when the page is idle, so
    // that several frames starting at once never run as one long stretch of work.
    await new Promise((idle) => requestIdleCallback(idle, { timeout: IDLE_WAIT_MS }));
    // The extension was updated or removed meanwhile: this script's API is gone.
    if (!chrome.runtime?.id) return;
    const frameLens = await loadPart('frame-lens');
    await frameLens();
  })().catch((err: unknown) => {
    console.warn('PT Lens could not start in this frame; reload the page to try again.', err);
  });
});
