// The page side comes in parts, files of our own package that the small content scripts import
// when they are needed: the page lens after the page has loaded and once it has text to read (so
// the page's load event never waits for PT Lens to compile, and adverts never load it), and the
// tooltip only once a term is found (so pages without one never load Preact or the card). Each
// part registers itself under its name when imported. The parts' shapes are declared here and the
// parts import them from here, so this file never imports a part back (no import cycle).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentReplies, ToContent } from '../messaging/protocol';
import type { TooltipActions, TooltipController } from './tooltip-controller';
import type { UiHost } from './ui-host';

/** The page's answer to a message from the popup or the background. */
export type PageAnswers = (message: ToContent) => ContentReplies[keyof ContentReplies];

/** The tooltip part: our one element on the page and the tooltip in it, for one page lens. */
export interface TermUi {
  host: UiHost;
  tooltip: TooltipController;
}

export interface Parts {
  /** Reads the page and paints terms; resolves to how it answers the popup. */
  'page-lens': (
    ctx: ContentScriptContext,
    storedSettings?: Promise<unknown>,
  ) => Promise<PageAnswers>;
  /** The page lens in a frame: makes the frame's content-script context, then reads the frame
   * (the frames' loader stays free of WXT's context, which touches extension APIs on load). */
  'frame-lens': () => Promise<void>;
  /** A frame's own content-script context, for its page lens (the top document has one). */
  'frame-context': () => ContentScriptContext;
  /** The tooltip and our one element on the page. */
  'term-ui': (ctx: ContentScriptContext, actions: TooltipActions) => TermUi;
}

/** Where each part is in the built extension (see the unlisted entrypoints of the same names). */
export const PART_FILES = {
  'page-lens': '/page-lens.js',
  'frame-lens': '/page-lens.js',
  'frame-context': '/frame-context.js',
  'term-ui': '/term-ui.js',
} as const;

/**
 * The browser's own extension object under the name both Chrome and Firefox give it on pages:
 * Mozilla's add-on linter accepts a dynamic import only of `chrome.runtime.getURL(...)` (or
 * `browser.runtime.getURL(...)`) written just so, which shows the address is inside our package.
 */
declare const chrome: { runtime: { getURL(path: string): string } };

const GLOBAL = '__ptLensParts';
/** The content script's global: its isolated world, never the page's. */
type WithParts = typeof globalThis & { [GLOBAL]?: Partial<Parts> };

export function registerPart<K extends keyof Parts>(name: K, part: Parts[K]): void {
  const own = globalThis as WithParts;
  own[GLOBAL] = { ...own[GLOBAL], [name]: part };
}

const loading = new Map<keyof Parts, Promise<unknown>>();

export function loadPart<K extends keyof Parts>(name: K): Promise<Parts[K]> {
  const known = loading.get(name) as Promise<Parts[K]> | undefined;
  if (known) return known;
  const load = (async () => {
    const own = globalThis as WithParts;
    if (!own[GLOBAL]?.[name]) {
      // A file of our own package, by its fixed name: never a remote or page-chosen address.
      await import(/* @vite-ignore */ chrome.runtime.getURL(PART_FILES[name]));
    }
    const part = own[GLOBAL]?.[name] as Parts[K] | undefined;
    if (!part) throw new Error(`PT Lens could not load its ${name} on this page.`);
    return part;
  })();
  loading.set(name, load);
  // A failed load (the extension was updated meanwhile) may be tried again later.
  load.catch(() => loading.delete(name));
  return load;
}
