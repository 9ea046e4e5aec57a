// Our one element on the page: a shadow root holding the tooltip and the screen-reader announcer.
// Mounted on first use only.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { TOOLTIP_CSS } from '../components/tooltip-styles';

export const UI_HOST_NAME = 'pt-lens-ui';

export interface UiParts {
  host: HTMLElement;
  shadow: ShadowRoot;
  tooltip: HTMLElement;
  announcer: HTMLElement;
}

/** Inline !important beats any page rule, so the page cannot hide, move or resize our host. */
const HOST_STYLE: Record<string, string> = {
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  margin: '0',
  padding: '0',
  border: '0',
  transform: 'none',
  filter: 'none',
  opacity: '1',
  visibility: 'visible',
  'pointer-events': 'auto',
};

export class UiHost {
  private ui: ShadowRootContentScriptUi<UiParts> | null = null;
  private mounting: Promise<UiParts> | null = null;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** The host element once mounted (never scanned, never counted as page content). */
  get element(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  get parts(): UiParts | null {
    return this.ui?.mounted ?? null;
  }

  mount(): Promise<UiParts> {
    this.mounting ??= this.create();
    return this.mounting;
  }

  private async create(): Promise<UiParts> {
    this.ui = await createShadowRootUi<UiParts>(this.ctx, {
      name: UI_HOST_NAME,
      position: 'inline',
      anchor: () => document.documentElement,
      css: TOOLTIP_CSS,
      onMount: (container, shadow, host) => {
        for (const [prop, value] of Object.entries(HOST_STYLE)) {
          host.style.setProperty(prop, value, 'important');
        }
        const make = (className: string): HTMLElement => {
          const el = document.createElement('div');
          el.className = className;
          container.append(el);
          return el;
        };
        const tooltip = make('pt-tooltip-slot');
        const announcer = make('pt-announcer');
        announcer.setAttribute('aria-live', 'polite');
        announcer.setAttribute('role', 'status');
        return { host, shadow, tooltip, announcer };
      },
    });
    this.ui.mount();
    const parts = this.ui.mounted;
    if (!parts) throw new Error('PT Lens could not add its tooltip to this page.');
    return parts;
  }
}
