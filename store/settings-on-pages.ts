// The settings as the content script reads them: straight from storage.local, repaired like
// every other read, without WXT's storage layer (about 10 KB that every page would load). Pages
// only read; the popup and the background write through store/settings-store.ts.
import { browser } from 'wxt/browser';
import { repairSettings, type Settings } from '../settings/model';
import { SETTINGS_KEY } from './settings-key';
import { readStoredSettings } from './stored-settings';

/** The settings, repaired; from a read already started (`stored`), or read now. */
export async function loadPageSettings(
  stored: Promise<unknown> = readStoredSettings(),
): Promise<Settings> {
  const { settings, problems } = repairSettings(await stored);
  for (const p of problems) console.warn(`PT Lens: ${p}`);
  return settings;
}

export function watchPageSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) onChange(repairSettings(change.newValue ?? null).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
