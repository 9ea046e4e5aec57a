// How a reader reaches a term: pointing at it (after a short pause), tapping it, or moving
// keyboard focus onto a link that holds it. Esc closes the tooltip.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageTerm, PageTermIndex } from './page-terms';

const HOVER_OPEN_MS = 300;
const HOVER_CLOSE_MS = 350;

export interface TermInputOptions {
  ctx: ContentScriptContext;
  index: PageTermIndex;
  isOverTooltip: (target: EventTarget | null) => boolean;
  isOpen: () => boolean;
  open: (term: PageTerm, how: 'hover' | 'tap' | 'focus') => void;
  close: () => void;
}

/** Starts listening; the returned function stops it (pausing a site, or the lens stopping). */
export function listenForTerms(o: TermInputOptions): () => void {
  const { ctx, index } = o;
  const stop = new AbortController();
  const signal = AbortSignal.any([ctx.signal, stop.signal]);
  signal.addEventListener('abort', () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  });
  let hovered: PageTerm | undefined;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let frame = 0;
  let last = { x: 0, y: 0, target: null as EventTarget | null };

  const onPointer = (): void => {
    frame = 0;
    if (signal.aborted) return;
    if (o.isOverTooltip(last.target)) {
      clearTimeout(closeTimer);
      return;
    }
    const term = index.at(last.x, last.y);
    if (term === hovered) return;
    hovered = term;
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (term) openTimer = ctx.setTimeout(() => o.open(term, 'hover'), HOVER_OPEN_MS);
    else if (o.isOpen()) closeTimer = ctx.setTimeout(() => o.close(), HOVER_CLOSE_MS);
  };

  // The pointer left this document: out of the window or frame, or into a frame of it (whose
  // document gets the moves from then on). Its card closes as when the pointer leaves a term, so
  // that a card in one frame never stays open beside the next frame's.
  const onLeave = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    hovered = undefined;
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (o.isOpen()) closeTimer = ctx.setTimeout(() => o.close(), HOVER_CLOSE_MS);
  };
  document.documentElement.addEventListener('pointerleave', onLeave, { passive: true, signal });
  document.addEventListener(
    'pointerover',
    (e: PointerEvent) => {
      const name = (e.target as Element | null)?.localName;
      if (name === 'iframe' || name === 'frame') onLeave(e);
    },
    { passive: true, capture: true, signal },
  );

  document.addEventListener(
    'pointermove',
    (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      last = { x: e.clientX, y: e.clientY, target: e.target };
      if (!frame) frame = ctx.requestAnimationFrame(onPointer);
    },
    { passive: true, capture: true, signal },
  );

  // A tap on a term opens its tooltip; a tap elsewhere closes it. Taps on links and buttons keep
  // their own meaning: the page works as it did.
  document.addEventListener(
    'pointerup',
    (e: PointerEvent) => {
      if (e.pointerType !== 'touch' || o.isOverTooltip(e.target)) return;
      const interactive = (e.target as Element | null)?.closest?.(
        'a, button, input, label, select',
      );
      const term = interactive ? undefined : index.at(e.clientX, e.clientY);
      if (term) o.open(term, 'tap');
      else if (o.isOpen()) o.close();
    },
    { passive: true, capture: true, signal },
  );

  // A card opened by focus belongs to the focused element: when focus moves on to something
  // without a term, the card closes, so that it never covers the next link or its focus ring.
  let focusCard = false;
  document.addEventListener('pointerdown', () => (focusCard = false), { passive: true, signal });
  document.addEventListener(
    'focusin',
    (e: FocusEvent) => {
      const el = e.target as Element | null;
      if (!el || o.isOverTooltip(el)) return;
      const term = el === document.body ? undefined : index.firstWithin(el);
      if (term) {
        o.open(term, 'focus');
        focusCard = true;
      } else if (focusCard && o.isOpen()) {
        focusCard = false;
        o.close();
      }
    },
    { capture: true, signal },
  );

  document.addEventListener(
    'keydown',
    (e: KeyboardEvent) => {
      if (e.key === 'Escape' && o.isOpen()) o.close();
    },
    { capture: true, signal },
  );
  return () => stop.abort();
}
