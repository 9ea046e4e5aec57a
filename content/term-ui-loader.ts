// Loads the tooltip part of the content script the first time a page needs it. Pages without a
// term never load it, which keeps what runs on every page small.
import { browser } from 'wxt/browser';
import {
  TERM_UI_FILE,
  TERM_UI_GLOBAL,
  type CreateTermUi,
  type TermUiGlobal,
} from './term-ui-contract';

let loading: Promise<CreateTermUi> | null = null;

export function loadTermUi(): Promise<CreateTermUi> {
  loading ??= (async () => {
    const own = globalThis as TermUiGlobal;
    if (!own[TERM_UI_GLOBAL]) {
      // A file of our own package, by its fixed name: never a remote or page-chosen address.
      // eslint-disable-next-line no-unsanitized/method -- the address is runtime.getURL(constant)
      await import(/* @vite-ignore */ browser.runtime.getURL(TERM_UI_FILE));
    }
    const create = own[TERM_UI_GLOBAL];
    if (!create) throw new Error('PT Lens could not load its tooltip on this page.');
    return create;
  })();
  // A failed load (the extension was updated meanwhile) may be tried again later.
  loading.catch(() => (loading = null));
  return loading;
}
