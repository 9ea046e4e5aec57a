// Opens a document in PT Lens's reader (viewer.html) in a new tab: the PDF the active tab shows,
// by its address, or a file the reader chose, by a blob: address of this page (read by the
// reader while this page is open, and never sent anywhere).
import { browser } from 'wxt/browser';
import { viewerHref } from '../../pdf/viewer-source';

const VIEWER = (): string => browser.runtime.getURL('/viewer.html');

export async function readInViewer(url: string): Promise<void> {
  await browser.tabs.create({ url: viewerHref(VIEWER(), url) });
}

export async function openFileInViewer(file: File): Promise<void> {
  const blob = URL.createObjectURL(file);
  const query = new URLSearchParams({ file: blob, name: file.name });
  await browser.tabs.create({ url: `${VIEWER()}?${query}` });
}
