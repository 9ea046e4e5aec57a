// The wiring: settings from the store, the active tab's terms, deep links and the popup closing.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../components/app/App';
import { siteOf } from '../../../../components/app/use-page-terms';
import { loadSettings, saveSettings } from '../../../../store/settings-store';
import { DEFAULT_SETTINGS } from '../../../../settings/model';

const ACTIVE_TAB = { id: 7, index: 0, windowId: 1, url: 'https://example.com/article' };

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no notion of the active tab: say which one it is.
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { ...ACTIVE_TAB, active: true, highlighted: true, pinned: false, incognito: false },
  ]);
  history.replaceState(null, '', '#');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete document.documentElement.dataset.theme;
  delete document.documentElement.dataset.textSize;
});

const answer = (reply: unknown) =>
  vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockImplementation(async (_id, message) =>
      (message as { type: string }).type === 'page-terms' ? reply : undefined,
    );
const tab = (name: string) => fireEvent.click(screen.getByRole('tab', { name }));

describe('App in the popup', () => {
  it('opens on the guide, with all six views', () => {
    answer({ terms: [], paused: false });
    render(<App surface="popup" close={vi.fn()} />);
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Guide',
      'Glossary',
      'On this page',
      'Log',
      'Study',
      'Settings',
    ]);
    expect(screen.getByRole('tab', { name: 'Guide' }).getAttribute('aria-selected')).toBe('true');
  });

  it('lists the terms the page reports, and shows one on the page, then closes', async () => {
    const send = answer({ terms: [{ entryId: 'doms', count: 3 }], paused: false });
    const close = vi.fn();
    render(<App surface="popup" close={close} />);
    tab('On this page');
    const doms = await screen.findByRole('button', { name: /DOMS.*3 times/ });
    fireEvent.click(doms);
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(send).toHaveBeenLastCalledWith(ACTIVE_TAB.id, { type: 'show-term', entryId: 'doms' });
  });

  it('says the page is unavailable when no content script answers', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    render(<App surface="popup" close={vi.fn()} />);
    tab('On this page');
    expect(await screen.findByText('PT Lens cannot run on this page.')).toBeTruthy();
  });

  it('says PT Lens could not start when the page reports that', async () => {
    answer({ terms: [], paused: false, failed: true });
    render(<App surface="popup" close={vi.fn()} />);
    tab('On this page');
    expect(await screen.findByText('PT Lens could not start on this page.')).toBeTruthy();
  });

  it('resumes a paused site from "On this page"', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, pausedSites: ['example.com', 'other.org'] });
    answer({ terms: [], paused: true });
    render(<App surface="popup" close={vi.fn()} />);
    tab('On this page');
    fireEvent.click(await screen.findByRole('button', { name: 'Resume PT Lens on example.com' }));
    await waitFor(async () => expect((await loadSettings()).pausedSites).toEqual(['other.org']));
  });

  it('offers "Resume" only once the settings are read, so pressing it always resumes', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, pausedSites: ['example.com'] });
    answer({ terms: [], paused: true });
    // The settings are slow to come: the page's answer arrives first.
    let release = (): void => undefined;
    const gate = new Promise<void>((ok) => (release = ok));
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (...args) => {
      await gate;
      return get(...(args as Parameters<typeof get>));
    });
    render(<App surface="popup" close={vi.fn()} />);
    tab('On this page');
    expect(await screen.findByText(/until you resume it/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Resume PT Lens/ })).toBeNull();
    release();
    fireEvent.click(await screen.findByRole('button', { name: 'Resume PT Lens on example.com' }));
    await waitFor(async () => expect((await loadSettings()).pausedSites).toEqual([]));
  });

  it('saves a setting at once and applies theme and text size to itself', async () => {
    answer({ terms: [], paused: false });
    render(<App surface="popup" close={vi.fn()} />);
    tab('Settings');
    fireEvent.click(await screen.findByRole('radio', { name: 'Dark' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Larger' }));
    await waitFor(async () => {
      const stored = await loadSettings();
      expect([stored.theme, stored.textSize]).toEqual(['dark', 'larger']);
    });
    await waitFor(() => {
      expect(document.documentElement.dataset.theme).toBe('dark');
      expect(document.documentElement.dataset.textSize).toBe('larger');
    });
    expect((screen.getByRole('radio', { name: 'Larger' }) as HTMLInputElement).checked).toBe(true);
  });

  it('pauses the current site from Settings', async () => {
    answer({ terms: [], paused: false });
    render(<App surface="popup" close={vi.fn()} />);
    tab('Settings');
    fireEvent.click(await screen.findByRole('button', { name: 'Pause PT Lens on example.com' }));
    await waitFor(async () => expect((await loadSettings()).pausedSites).toEqual(['example.com']));
  });

  it('follows settings changed elsewhere', async () => {
    answer({ terms: [], paused: false });
    render(<App surface="popup" close={vi.fn()} />);
    await screen.findByRole('tab', { name: 'Settings' });
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'light' });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
  });
});

describe('App as a full page', () => {
  it('has no "On this page" view, and opens a deep-linked entry', async () => {
    history.replaceState(null, '', '#entry/doms');
    render(<App surface="page" />);
    expect(screen.queryByRole('tab', { name: 'On this page' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'Glossary' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const item = document.getElementById('entry-doms') as HTMLElement;
    expect(item.querySelector('[aria-expanded]')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('says so when the address leads nowhere, instead of quietly showing the guide', () => {
    history.replaceState(null, '', '#nowhere/at-all');
    render(<App surface="page" />);
    expect(screen.getByRole('tab', { name: 'Guide' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain(
      'PT Lens has no page at “nowhere/at-all”, so here is the guide.',
    );
    // Choosing a view is a known address: the notice goes.
    tab('Glossary');
    tab('Guide');
    expect(screen.queryByText(/has no page at/)).toBeNull();
  });

  it('opens the guide at a deep-linked section and keeps the address in step', async () => {
    history.replaceState(null, '', '#section/why-it-hurts');
    render(<App surface="page" />);
    expect(screen.getByRole('tab', { name: 'Guide' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement?.textContent).toBe('Why PT can hurt, and how to handle soreness');
    tab('Settings');
    expect(location.hash).toBe('#settings');
  });

  it('sends a guide term to its glossary entry', async () => {
    render(<App surface="page" />);
    const doms = await screen.findByRole(
      'button',
      { name: 'delayed onset muscle soreness' },
      { timeout: 5000 },
    );
    fireEvent.click(doms);
    expect(screen.getByRole('tab', { name: 'Glossary' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(location.hash).toBe('#entry/doms');
  });
});

describe('siteOf', () => {
  it('names web sites only', () => {
    expect(siteOf('https://www.example.com/a?b')).toBe('www.example.com');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('chrome-extension://abc/popup.html')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });
});
