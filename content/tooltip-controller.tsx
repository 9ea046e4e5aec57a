// Shows the tooltip for a term: a Preact card in our shadow root, placed by @floating-ui/dom
// beside the term, flipping and shifting to stay on screen and following the page as it scrolls.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { Tooltip } from '../components/Tooltip';
import type { CardEntry } from '../messaging/protocol';
import type { Settings } from '../settings/model';
import type { UiHost } from './ui-host';

const TOOLTIP_ID = 'pt-lens-tooltip';
const LOGGABLE = new Set(['treatment', 'exercise']);

export interface TooltipActions {
  onMore(entry: CardEntry): void;
  onLog(entry: CardEntry): void;
  /** The card closed, however it was closed. */
  onHidden?(): void;
}

/** What the reader chose for the card's look in Settings. */
export type CardLook = Pick<Settings, 'theme' | 'textSize'>;

export class TooltipController {
  private stopUpdates: (() => void) | null = null;
  private shown: { range: Range; entryId: string } | null = null;
  private look: CardLook = { theme: 'system', textSize: 'normal' };

  constructor(
    private readonly host: UiHost,
    private readonly actions: TooltipActions,
  ) {}

  get open(): { range: Range; entryId: string } | null {
    return this.shown;
  }

  /** True when the event target is our tooltip (events from a shadow root retarget to its host). */
  contains(target: EventTarget | null): boolean {
    return !!target && target === this.host.element;
  }

  /** The reader's theme and text size, for the card open now and every card after it. */
  setLook(look: CardLook): void {
    this.look = { theme: look.theme, textSize: look.textSize };
    const slot = this.host.parts?.tooltip;
    if (slot) this.applyLook(slot);
  }

  private applyLook(slot: HTMLElement): void {
    slot.className = `pt-tooltip-slot pt-theme-${this.look.theme} pt-size-${this.look.textSize}`;
  }

  async show(range: Range, entry: CardEntry, { focus = false } = {}): Promise<void> {
    const parts = await this.host.mount();
    this.applyLook(parts.tooltip);
    this.stopUpdates?.();
    this.shown = { range, entryId: entry.id };
    render(
      <Tooltip
        entry={entry}
        id={TOOLTIP_ID}
        onMore={() => this.actions.onMore(entry)}
        onLog={LOGGABLE.has(entry.category) ? () => this.actions.onLog(entry) : undefined}
        onClose={() => this.hide()}
      />,
      parts.tooltip,
    );
    // Screen readers hear the explanation without the page's focus moving.
    parts.announcer.textContent = `${entry.term}: ${entry.short}`;
    const card = parts.tooltip.querySelector<HTMLElement>('.pt-tooltip');
    if (!card) return;
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const place = async (): Promise<void> => {
      const { x, y } = await computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              card.style.maxHeight = `${Math.max(120, availableHeight)}px`;
            },
          }),
        ],
      });
      card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    };
    // Placing only measures and moves the card: a failed step leaves it where it was.
    this.stopUpdates = autoUpdate(reference, card, () => void place(), { elementResize: false });
    if (focus) card.querySelector<HTMLElement>('.pt-more')?.focus({ preventScroll: true });
  }

  hide(): void {
    this.stopUpdates?.();
    this.stopUpdates = null;
    const wasShown = !!this.shown;
    this.shown = null;
    if (wasShown) this.actions.onHidden?.();
    const parts = this.host.parts;
    if (parts) {
      render(null, parts.tooltip);
      parts.announcer.textContent = '';
    }
  }
}
