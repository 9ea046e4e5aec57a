// Wires the page side together: find the terms, paint them, and open a tooltip on hover.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { GlossaryEntry } from '../guide/types';
import type { BlockMatcher } from '../terms/matcher';
import { Highlighter } from './highlighter';
import { PageTermIndex, type PageTerm } from './page-terms';
import { collectTextBlocks } from './text-blocks';
import { TooltipController } from './tooltip-controller';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;

export interface PageLensOptions {
  ctx: ContentScriptContext;
  matcher: BlockMatcher;
  entries: ReadonlyMap<string, GlossaryEntry>;
}

export function startPageLens({ ctx, matcher, entries }: PageLensOptions): void {
  const index = new PageTermIndex();
  const highlighter = new Highlighter();
  const tooltip = new TooltipController(ctx);
  ctx.onInvalidated(() => {
    highlighter.clear();
    tooltip.hide();
  });

  const blocks = collectTextBlocks(document.body, { ignore: tooltip.hostElement });
  highlighter.paint(index.add(blocks, matcher).map((t) => t.range));

  let hovered: PageTerm | undefined;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let frame = 0;
  let lastPoint = { x: 0, y: 0, target: null as EventTarget | null };

  const open = (term: PageTerm): void => {
    const entry = entries.get(term.entryId);
    if (entry) void tooltip.show(term.range, entry);
  };

  const onPointer = (): void => {
    frame = 0;
    const { x, y, target } = lastPoint;
    if (tooltip.contains(target)) {
      clearTimeout(closeTimer);
      return;
    }
    const term = index.at(x, y);
    if (term === hovered) return;
    hovered = term;
    clearTimeout(openTimer);
    if (term) {
      clearTimeout(closeTimer);
      openTimer = ctx.setTimeout(() => open(term), HOVER_OPEN_MS);
    } else if (tooltip.openRange) {
      clearTimeout(closeTimer);
      closeTimer = ctx.setTimeout(() => tooltip.hide(), HOVER_CLOSE_MS);
    }
  };

  ctx.addEventListener(
    document,
    'mousemove',
    (e: MouseEvent) => {
      lastPoint = { x: e.clientX, y: e.clientY, target: e.target };
      if (!frame) frame = ctx.requestAnimationFrame(onPointer);
    },
    { passive: true, capture: true },
  );
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
    if (e.key === 'Escape' && tooltip.openRange) tooltip.hide();
  });
}
