// The scripts that run in web pages (the content scripts and their parts, content/parts.ts) use the browser's
// own promise-based `browser`/`chrome` object instead of webextension-polyfill, which would add
// 9.5 KB to every page. They only call APIs that return promises natively in Chrome MV3 and
// Firefox (runtime.sendMessage, runtime.getURL, storage.local, storage.onChanged) and answer
// messages with sendResponse, so the polyfill has nothing to smooth over there. Extension pages
// and the background keep the polyfill.
import type { Plugin } from 'vite';

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';
/** WXT's own `browser`, which is the browser's object as it is. */
const NATIVE = '@wxt-dev/browser';
const PAGE_ENTRYPOINTS = [
  '/entrypoints/content/',
  '/entrypoints/frame-loader.',
  '/entrypoints/page-lens.',
  '/entrypoints/frame-context.',
  '/entrypoints/term-ui.',
];

export function nativeBrowserOnPages(): Plugin {
  let onPages = false;
  return {
    name: 'pt-lens:native-browser-on-pages',
    enforce: 'pre',
    options(options) {
      const input = JSON.stringify(options.input ?? '');
      onPages = PAGE_ENTRYPOINTS.some((e) => input.includes(e));
      return null;
    },
    resolveId(source, importer) {
      if (!onPages || source !== POLYFILL) return null;
      return this.resolve(NATIVE, importer, { skipSelf: true });
    },
  };
}
