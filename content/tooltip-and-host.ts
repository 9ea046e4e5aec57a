// The tooltip part (entrypoints/term-ui.ts): our element on the page and the tooltip in it, made
// for one page lens.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TermUi } from './parts';
import { TooltipController, type TooltipActions } from './tooltip-controller';
import { UiHost } from './ui-host';

export function createTermUi(ctx: ContentScriptContext, actions: TooltipActions): TermUi {
  const host = new UiHost(ctx);
  return { host, tooltip: new TooltipController(host, actions) };
}
