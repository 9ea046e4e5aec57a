// Paints the terms found on a page with the CSS Custom Highlight API: no node of the page changes.
// The ::highlight rule lives in highlight.css, which the manifest injects into the page.

export const HIGHLIGHT_NAME = 'pt-lens-term';

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private readonly highlight: Highlight | null = supportsHighlights() ? new Highlight() : null;

  constructor() {
    if (this.highlight) CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
  }

  paint(ranges: readonly Range[]): void {
    for (const r of ranges) this.highlight?.add(r);
  }

  clear(): void {
    this.highlight?.clear();
    CSS.highlights?.delete(HIGHLIGHT_NAME);
  }
}
