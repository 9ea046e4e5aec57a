// The fallback painter for browsers without the CSS Custom Highlight API: thin dotted lines
// drawn in our own shadow root under the terms that are on screen. The page's nodes stay as
// they are.
import type { HighlightStyle } from '../settings/model';
import type { Painter } from './highlighter';

export class OverlayPainter implements Painter {
  private readonly ranges = new Set<Range>();
  private style: HighlightStyle;
  private frame = 0;

  constructor(
    style: HighlightStyle,
    private readonly layer: () => HTMLElement | null,
    private readonly schedule: (cb: () => void) => number,
  ) {
    this.style = style;
  }

  paint(ranges: readonly Range[]): void {
    for (const r of ranges) this.ranges.add(r);
    this.redraw();
  }

  unpaint(ranges: readonly Range[]): void {
    for (const r of ranges) this.ranges.delete(r);
    this.redraw();
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.redraw();
  }

  adoptShadowRoot(): void {}

  clear(): void {
    this.ranges.clear();
    this.redraw();
  }

  dispose(): void {
    this.clear();
  }

  /** Redraws on the next frame; call on scroll and resize too. */
  redraw(): void {
    if (this.frame) return;
    this.frame = this.schedule(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const layer = this.layer();
    if (!layer) return;
    const boxes: HTMLElement[] = [];
    if (this.style !== 'off') {
      const { innerWidth: w, innerHeight: h } = window;
      for (const range of this.ranges) {
        for (const r of range.getClientRects()) {
          if (r.bottom < 0 || r.top > h || r.right < 0 || r.left > w) continue;
          const box = document.createElement('div');
          box.className = this.style === 'tint' ? 'pt-mark pt-mark-tint' : 'pt-mark';
          box.style.cssText = `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px`;
          boxes.push(box);
        }
      }
    }
    layer.replaceChildren(...boxes);
  }
}
