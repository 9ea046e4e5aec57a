// TEST-ONLY (`--mode e2e` builds): opens the popup in a tab for Firefox's e2e tests; never shipped.
import { browser } from 'wxt/browser';

/** Printed by the e2e build; the Firefox suite checks that the shipped build has no trace of it. */
export const E2E_HOOK_NOTICE = 'PT Lens e2e build: opening the popup in a tab';

export function openPopupForE2e(): void {
  if (import.meta.env.MODE !== 'e2e') return;
  console.info(E2E_HOOK_NOTICE);
  // Test-only: the suite waits for the tab itself and fails without it.
  void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
}
