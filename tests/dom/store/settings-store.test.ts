import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../settings/model';
import { loadSettings, updateSettings, watchSettings } from '../../../store/settings-store';

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with the defaults and keeps what the user changes', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ highlight: 'tint', pausedSites: ['example.com'] });
    expect(await loadSettings()).toMatchObject({ highlight: 'tint', pausedSites: ['example.com'] });
  });

  it('repairs a corrupt stored value instead of failing', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlight: 12, theme: 'dark' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('tells watchers about changes', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.highlight));
    await updateSettings({ highlight: 'off' });
    stop();
    expect(seen).toEqual(['off']);
  });
});
