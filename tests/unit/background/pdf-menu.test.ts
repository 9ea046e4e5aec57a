// The right-click menu's "Read this PDF with PT Lens" opens the reader at the link's or page's
// address, and leaves other entries to the rest of the menu.
import { describe, expect, it } from 'vitest';
import { pdfMenuTarget } from '../../../background/pdf-menu';
import { viewerSource } from '../../../pdf/viewer-source';

const VIEWER = 'chrome-extension://abc/viewer.html';

describe('pdfMenuTarget', () => {
  it('opens a linked PDF in the reader', () => {
    const url = pdfMenuTarget(
      {
        menuItemId: 'pt-lens-read-pdf-link',
        linkUrl: 'https://clinic.example/a.pdf',
        pageUrl: 'https://clinic.example/',
      },
      VIEWER,
    );
    expect(viewerSource(new URL(url ?? '').search, 'chrome-extension://abc')).toMatchObject({
      kind: 'web',
      url: 'https://clinic.example/a.pdf',
    });
  });

  it('opens the PDF the tab shows', () => {
    const url = pdfMenuTarget(
      { menuItemId: 'pt-lens-read-pdf-page', pageUrl: 'https://x.example/b.pdf' },
      VIEWER,
    );
    expect(new URL(url ?? '').searchParams.get('src')).toBe('https://x.example/b.pdf');
  });

  it('is not about other entries', () => {
    expect(
      pdfMenuTarget({ menuItemId: 'pt-lens-toggle-site', pageUrl: 'https://x.example/' }, VIEWER),
    ).toBeNull();
  });
});
