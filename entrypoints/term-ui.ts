// The tooltip part of the content script, loaded only on pages where PT Lens finds a term
// (see content/term-ui-loader.ts). It hands its factory to the content script that imported it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { TERM_UI_GLOBAL, type CreateTermUi, type TermUiGlobal } from '../content/term-ui-contract';
import { TooltipController } from '../content/tooltip-controller';
import { UiHost } from '../content/ui-host';

const createTermUi: CreateTermUi = (ctx, actions) => {
  const host = new UiHost(ctx);
  return { host, tooltip: new TooltipController(host, actions) };
};

export default defineUnlistedScript(() => {
  (globalThis as TermUiGlobal)[TERM_UI_GLOBAL] = createTermUi;
});
