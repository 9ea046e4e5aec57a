// The page lens part of the page side, imported by the content scripts once the page has loaded
// and has text to read: in the top document with the content script's context, in a frame with
// one from the frame-context part.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadPart, registerPart } from '../content/parts';
import { runOnPage } from '../content/run-on-page';

export default defineUnlistedScript(() => {
  registerPart('page-lens', runOnPage);
  registerPart('frame-lens', async () => {
    const makeContext = await loadPart('frame-context');
    await runOnPage(makeContext());
  });
});
