// Turns a file's bytes into the text a reader sees: strict UTF-8 for text, and for HTML the
// visible text blocks the content script scans (content/text-blocks.ts), parsed offline.
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { collectTextBlocks } from '../../content/text-blocks';

export type FileKind = 'html' | 'text' | 'pdf';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** HTML or PDF by extension; everything else is read as plain text. */
export function fileKind(path: string): FileKind {
  const ext = extname(path).toLowerCase();
  return HTML_EXTENSIONS.has(ext) ? 'html' : ext === '.pdf' ? 'pdf' : 'text';
}

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Decodes UTF-8, refusing binary data: a NUL byte or any invalid sequence. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not UTF-8 text' };
  }
}

function refuseNetwork(url: string): never {
  throw new Error(`PT Lens scan never loads resources (${url})`);
}

/** A window that parses markup only: no scripts, no styles, no frames, no requests. */
function offlineWindow(): Window {
  return new Window({
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ request }) => refuseNetwork(request.url),
          beforeSyncRequest: ({ request }) => refuseNetwork(request.url),
        },
      },
    },
  });
}

/** A visible block of a page, and whether it is a heading (h1 to h6), which starts a section. */
export interface PageBlock {
  text: string;
  heading: boolean;
}

const HEADING = /^H[1-6]$/;

export interface HtmlTextReader {
  /** The text of each visible block of `html`, as the content script would match it. */
  visibleBlocks(html: string): string[];
  /** The same blocks, each marked as heading or not. */
  pageBlocks(html: string): PageBlock[];
  close(): Promise<void>;
}

/** One offline window, reused for every page; close it when done. */
export function createHtmlTextReader(): HtmlTextReader {
  const window = offlineWindow();
  // text-blocks.ts reads `Node.TEXT_NODE` from the global scope, as it does in a browser;
  // Node.js has no such global, so lend it happy-dom's.
  const scope = globalThis as { Node?: unknown };
  scope.Node ??= window.Node;
  const parser = new window.DOMParser();
  const blocks = (html: string) => {
    const document = parser.parseFromString(html, 'text/html');
    return collectTextBlocks(document.body as unknown as globalThis.Node);
  };
  return {
    visibleBlocks: (html) => blocks(html).map((block) => block.text),
    pageBlocks: (html) =>
      blocks(html).map((block) => ({
        text: block.text,
        heading: 'tagName' in block.container && HEADING.test(block.container.tagName),
      })),
    async close() {
      await window.happyDOM.abort();
      await window.happyDOM.close();
    },
  };
}
