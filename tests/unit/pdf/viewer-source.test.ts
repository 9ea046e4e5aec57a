// What the viewer opens from its address, and what it refuses.
import { describe, expect, it } from 'vitest';
import { looksLikePdf, viewerHref, viewerSource } from '../../../pdf/viewer-source';

const OWN = 'chrome-extension://abc';

describe('viewerSource', () => {
  it('reads a web address, with the file name and the site a pause applies to', () => {
    const src = 'https://clinic.example/leaflets/home%20exercises.pdf?v=2';
    expect(viewerSource(`?src=${encodeURIComponent(src)}`, OWN)).toEqual({
      kind: 'web',
      url: src,
      host: 'clinic.example',
      name: 'home exercises.pdf',
    });
  });

  it('round-trips through the address the popup and the menu make', () => {
    const src = 'https://clinic.example/a b.pdf#page=2';
    const href = viewerHref('chrome-extension://abc/viewer.html', src);
    expect(viewerSource(new URL(href).search, OWN)).toMatchObject({ kind: 'web' });
  });

  it('refuses addresses that are not web addresses', () => {
    for (const src of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:application/pdf,x',
      'nonsense',
    ]) {
      expect(viewerSource(`?src=${encodeURIComponent(src)}`, OWN)).toEqual({
        kind: 'refused',
        given: src,
      });
    }
  });

  it('reads a file only from a blob address of its own origin', () => {
    const own = `blob:${OWN}/1234`;
    expect(viewerSource(`?file=${encodeURIComponent(own)}&name=notes.txt`, OWN)).toEqual({
      kind: 'local',
      url: own,
      name: 'notes.txt',
    });
    const other = 'blob:https://evil.example/1234';
    expect(viewerSource(`?file=${encodeURIComponent(other)}`, OWN).kind).toBe('refused');
  });

  it('shows the picker when given nothing', () => {
    expect(viewerSource('', OWN)).toEqual({ kind: 'none' });
  });
});

describe('looksLikePdf', () => {
  it.each([
    ['https://a.example/x.pdf', true],
    ['https://a.example/x.PDF?download=1', true],
    ['https://a.example/pdf/page', false],
    ['chrome://settings', false],
    [undefined, false],
  ])('%s: %s', (url, yes) => expect(looksLikePdf(url)).toBe(yes));
});
