// The ways into the reader from the popup and the app page: "Read this PDF with PT Lens" when the
// active tab shows a PDF (and not otherwise), and "Open a file" on the full page.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../components/app/App';

const activeTab = (url: string) =>
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    {
      id: 9,
      index: 0,
      windowId: 1,
      url,
      active: true,
      highlighted: true,
      pinned: false,
      incognito: false,
    },
  ]);

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '#');
  // A PDF tab has no content script to answer.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// The whole App renders slowly on a shared machine.
vi.setConfig({ testTimeout: 20_000 });

describe('the popup on a PDF', () => {
  it('offers the reader, which opens the same address in PT Lens and closes the popup', async () => {
    const pdf = 'https://clinic.example/leaflets/knee exercises.pdf';
    activeTab(pdf);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const close = vi.fn();
    render(<App surface="popup" close={close} />);
    fireEvent.click(screen.getByRole('tab', { name: 'On this page' }));
    const offer = await screen.findByRole(
      'button',
      { name: 'Read this PDF with PT Lens' },
      { timeout: 5000 },
    );
    fireEvent.click(offer);
    await waitFor(() => expect(close).toHaveBeenCalled());
    const opened = new URL(create.mock.calls[0]?.[0].url ?? '');
    expect(opened.pathname).toBe('/viewer.html');
    expect(opened.searchParams.get('src')).toBe(pdf);
  });

  it('does not offer it on an ordinary page', async () => {
    activeTab('https://example.com/article');
    render(<App surface="popup" close={vi.fn()} />);
    fireEvent.click(screen.getByRole('tab', { name: 'On this page' }));
    await screen.findByText('PT Lens cannot run on this page.', undefined, { timeout: 5000 });
    expect(screen.queryByRole('button', { name: 'Read this PDF with PT Lens' })).toBeNull();
  });
});

describe('the full page', () => {
  it('"Open a file" opens the chosen file in the reader, by an address of this page', async () => {
    activeTab('https://example.com/article');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<App surface="page" />);
    const input = screen.getByLabelText('Open a file') as HTMLInputElement;
    const file = new File(['DOMS fades in a few days.'], 'notes.txt', { type: 'text/plain' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(create).toHaveBeenCalled());
    const opened = new URL(create.mock.calls[0]?.[0].url ?? '');
    expect(opened.pathname).toBe('/viewer.html');
    expect(opened.searchParams.get('name')).toBe('notes.txt');
    expect(opened.searchParams.get('file')).toMatch(/^blob:/);
  });
});
