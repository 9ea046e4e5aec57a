// The right-click menu's "Read this PDF with PT Lens": on a link to a PDF, and on a PDF the
// browser shows itself (where it offers extensions a menu). It opens PT Lens's reader with that
// address; the reader fetches it then, on this click, and nothing else.
import { browser } from 'wxt/browser';
import { viewerHref } from '../pdf/viewer-source';

const READ_LINK = 'pt-lens-read-pdf-link';
const READ_PAGE = 'pt-lens-read-pdf-page';
/** Addresses whose path ends in .pdf (with or without a query), as menu patterns write them. */
const PDF_ADDRESSES = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'];

/** Adds the menu's entries (called whenever the menu is built again). */
export function createPdfMenu(): void {
  browser.contextMenus.create({
    id: READ_LINK,
    title: 'Read this PDF with PT Lens',
    contexts: ['link'],
    targetUrlPatterns: PDF_ADDRESSES,
  });
  browser.contextMenus.create({
    id: READ_PAGE,
    title: 'Read this PDF with PT Lens',
    contexts: ['page'],
    documentUrlPatterns: PDF_ADDRESSES,
  });
}

/** The reader's address for a click on one of our entries, or null for another entry. */
export function pdfMenuTarget(
  info: { menuItemId: string | number; linkUrl?: string; pageUrl?: string },
  viewerUrl: string,
): string | null {
  const src =
    info.menuItemId === READ_LINK
      ? info.linkUrl
      : info.menuItemId === READ_PAGE
        ? info.pageUrl
        : undefined;
  return src ? viewerHref(viewerUrl, src) : null;
}

export async function onPdfMenuClick(info: {
  menuItemId: string | number;
  linkUrl?: string;
  pageUrl?: string;
}): Promise<boolean> {
  const url = pdfMenuTarget(info, browser.runtime.getURL('/viewer.html'));
  if (url) await browser.tabs.create({ url });
  return url !== null;
}
