// The settings exactly as storage.local holds them, unchecked: the content script starts this
// read the moment the page has loaded, while the page lens is still on its way, and the lens
// repairs what it gets (store/settings-on-pages.ts).
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from './settings-key';

export async function readStoredSettings(): Promise<unknown> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY)) as Record<string, unknown>;
  return stored[SETTINGS_KEY] ?? null;
}
