// Shows the tooltip for a term: a Preact card in a shadow root, placed by @floating-ui/dom.
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { Tooltip } from '../components/Tooltip';
import { TOOLTIP_CSS } from '../components/tooltip-styles';
import type { GlossaryEntry } from '../guide/types';

export const UI_HOST_NAME = 'pt-lens-ui';
const TOOLTIP_ID = 'pt-lens-tooltip';

export class TooltipController {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private stopUpdates: (() => void) | null = null;
  private shownRange: Range | null = null;

  constructor(private readonly ctx: ContentScriptContext) {}

  get hostElement(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  get openRange(): Range | null {
    return this.shownRange;
  }

  /** True when the point is over the open tooltip card. */
  contains(target: EventTarget | null): boolean {
    return !!this.ui && target === this.ui.shadowHost;
  }

  async show(range: Range, entry: GlossaryEntry): Promise<void> {
    const ui = await this.mountOnce();
    this.stopUpdates?.();
    this.shownRange = range;
    render(<Tooltip entry={entry} id={TOOLTIP_ID} />, ui.uiContainer);
    const card = ui.uiContainer.querySelector<HTMLElement>('.pt-tooltip');
    if (!card) return;
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
    };
    const place = async (): Promise<void> => {
      const { x, y } = await computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      });
      card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    };
    this.stopUpdates = autoUpdate(reference, card, () => void place(), { elementResize: false });
  }

  hide(): void {
    this.stopUpdates?.();
    this.stopUpdates = null;
    this.shownRange = null;
    if (this.ui) render(null, this.ui.uiContainer);
  }

  private async mountOnce(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    if (this.ui) return this.ui;
    this.ui = await createShadowRootUi(this.ctx, {
      name: UI_HOST_NAME,
      position: 'inline',
      anchor: () => document.documentElement,
      css: TOOLTIP_CSS,
      onMount: (container, _shadow, host) => {
        // Inline !important beats any page rule, so the page cannot hide or move our host.
        for (const [prop, value] of Object.entries({
          display: 'block',
          position: 'fixed',
          top: '0',
          left: '0',
          width: '0',
          height: '0',
          overflow: 'visible',
          'z-index': '2147483647',
        })) {
          host.style.setProperty(prop, value, 'important');
        }
        return container;
      },
    });
    this.ui.mount();
    return this.ui;
  }
}
