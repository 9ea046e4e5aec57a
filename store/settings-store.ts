// Where settings live: extension storage on this device, read through the record store
// (repaired on every read, changed one change at a time). Pages read the same key without WXT's
// storage layer: store/settings-on-pages.ts.
import { repairSettings, type Settings } from '../settings/model';
import { defineRecordStore } from './record-store';
import { SETTINGS_KEY } from './settings-key';

const settings = defineRecordStore<Settings>({
  key: `local:${SETTINGS_KEY}`,
  version: 1,
  // Repaired field by field, never set aside: a bad field falls back to its default.
  read: (raw) => {
    const { settings: value, problems } = repairSettings(raw);
    return { value, setAside: [], problems, changed: false };
  },
  stored: (value) => value,
});

export const loadSettings = (): Promise<Settings> => settings.read();

export const saveSettings = (value: Settings): Promise<void> => settings.save(value);

export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  return settings.change((value) => ({ ...value, ...change }));
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settings.watch(onChange);
}
