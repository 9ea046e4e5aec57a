// Where settings live: extension storage on this device, validated on every read.
import { storage } from 'wxt/utils/storage';
import { repairSettings, type Settings } from '../settings/model';
import { SETTINGS_KEY } from './settings-key';

const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: null,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  const { settings, problems } = repairSettings(await settingsItem.getValue());
  for (const p of problems) console.warn(`PT Lens: ${p}`);
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await saveSettings(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(repairSettings(value).settings));
}
