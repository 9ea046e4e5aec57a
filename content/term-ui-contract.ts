// What the content script and its lazily loaded tooltip part agree on. The tooltip (Preact,
// @floating-ui/dom, the card's styles) is only needed on pages where a term is found, so it is
// a separate file that registers itself under this name when the content script imports it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TooltipActions, TooltipController } from './tooltip-controller';
import type { UiHost } from './ui-host';

export const TERM_UI_GLOBAL = '__ptLensTermUi';
/** The file, at the root of the built extension, that holds the tooltip part. */
export const TERM_UI_FILE = '/term-ui.js';

export interface TermUi {
  host: UiHost;
  tooltip: TooltipController;
}

export type CreateTermUi = (ctx: ContentScriptContext, actions: TooltipActions) => TermUi;

/** The content script's global (its isolated world, never the page's), as the two parts see it. */
export type TermUiGlobal = typeof globalThis & { [TERM_UI_GLOBAL]?: CreateTermUi };
