// What the viewer page was asked to open, from its address: `?src=` a web address (the PDF a tab
// shows, or a PDF link), or `?file=` a file the reader chose on the app page (a blob: address of
// our own origin, with its name). Anything else opens the file picker.

export type ViewerSource =
  | { kind: 'web'; url: string; host: string; name: string }
  | { kind: 'local'; url: string; name: string }
  | { kind: 'none' }
  | { kind: 'refused'; given: string };

const WEB = new Set(['http:', 'https:']);

/** The file name at the end of an address ("handout.pdf"), or the host if it has none. */
export function nameOf(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : url.hostname;
  } catch {
    return last ?? url.hostname;
  }
}

export function viewerSource(search: string, ownOrigin: string): ViewerSource {
  const params = new URLSearchParams(search);
  const src = params.get('src');
  const file = params.get('file');
  if (src) {
    try {
      const url = new URL(src);
      if (!WEB.has(url.protocol)) return { kind: 'refused', given: src };
      return { kind: 'web', url: url.href, host: url.hostname, name: nameOf(url) };
    } catch {
      return { kind: 'refused', given: src };
    }
  }
  // A blob: address names its origin: only one made by our own pages is read.
  if (file?.startsWith(`blob:${ownOrigin}/`)) {
    return { kind: 'local', url: file, name: params.get('name') || 'your file' };
  }
  return file ? { kind: 'refused', given: file } : { kind: 'none' };
}

/** The viewer's address for a web document. */
export function viewerHref(viewerUrl: string, src: string): string {
  return `${viewerUrl}?src=${encodeURIComponent(src)}`;
}

/** True when an address looks like a PDF (the popup offers the viewer then). */
export function looksLikePdf(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return WEB.has(u.protocol) && /\.pdf$/i.test(u.pathname);
  } catch {
    return false;
  }
}
