// The tooltip part: our element on the page and the tooltip in it, made for one page lens.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TooltipController, type TooltipActions } from './tooltip-controller';
import { UiHost } from './ui-host';

export interface TermUi {
  host: UiHost;
  tooltip: TooltipController;
}

export function createTermUi(ctx: ContentScriptContext, actions: TooltipActions): TermUi {
  const host = new UiHost(ctx);
  return { host, tooltip: new TooltipController(host, actions) };
}
