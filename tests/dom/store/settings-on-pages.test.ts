import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../settings/model';
import { loadPageSettings, watchPageSettings } from '../../../store/settings-on-pages';
import { updateSettings } from '../../../store/settings-store';

describe('settings as pages read them', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the popup saved, and the defaults before anything was saved', async () => {
    expect(await loadPageSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ occurrences: 'first', pausedSites: ['news.example'] });
    expect(await loadPageSettings()).toMatchObject({
      occurrences: 'first',
      pausedSites: ['news.example'],
    });
  });

  it('repairs a corrupt stored value instead of failing', async () => {
    await fakeBrowser.storage.local.set({ settings: 'not settings' });
    expect(await loadPageSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { highlight: 'tint', occurrences: 7 } });
    expect(await loadPageSettings()).toEqual({ ...DEFAULT_SETTINGS, highlight: 'tint' });
  });

  it('hears each change the popup makes, and nothing after it stops listening', async () => {
    const seen: Settings[] = [];
    const stop = watchPageSettings((s) => seen.push(s));
    await updateSettings({ highlight: 'off' });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await updateSettings({ highlight: 'tint' });
    expect(seen.map((s) => s.highlight)).toEqual(['off']);
  });
});
