// Paints the terms found on a page with the CSS Custom Highlight API: no node of the page changes.
// The ::highlight rules: in Chromium, marks.css from the manifest styles the document (see there);
// in Firefox, highlight.css is adopted by the document once a term is painted, so there a page
// without terms is never restyled. Open shadow roots adopt highlight.css in both. Adopted sheets
// are not nodes either.
import type { HighlightStyle } from '../settings/model';
import highlightCss from './highlight.css?raw';

export const HIGHLIGHT_NAMES: Record<Exclude<HighlightStyle, 'off'>, string> = {
  underline: 'pt-lens-term',
  tint: 'pt-lens-term-tint',
};

/**
 * Both browsers the manifest allows (Chrome 132+, Firefox 142+) have the Highlight API, so there
 * is no other painter.
 */
export class Highlighter {
  private readonly highlight = new Highlight();
  private style: HighlightStyle = 'off';
  private sheet: CSSStyleSheet | null = null;

  constructor(style: HighlightStyle) {
    this.setStyle(style);
  }

  paint(ranges: readonly Range[]): void {
    if (ranges.length && import.meta.env.FIREFOX) this.adopt(document);
    for (const r of ranges) this.highlight.add(r);
  }

  unpaint(ranges: readonly Range[]): void {
    for (const r of ranges) this.highlight.delete(r);
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
    this.style = style;
    if (style !== 'off') CSS.highlights.set(HIGHLIGHT_NAMES[style], this.highlight);
  }

  /** Styles the highlights inside an open shadow root. */
  adoptShadowRoot(root: ShadowRoot): void {
    this.adopt(root);
  }

  /** Adds our rules to a document or shadow root, again if the page replaced its sheets. */
  private adopt(root: Document | ShadowRoot): void {
    try {
      let sheet = this.sheet;
      if (!sheet) {
        sheet = this.sheet = new CSSStyleSheet();
        sheet.replaceSync(highlightCss);
      }
      if (!root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
    } catch {
      // A page that freezes its sheets keeps its look; terms still work on hover.
    }
  }

  /** Unpaints every term. */
  clear(): void {
    this.highlight.clear();
  }

  /** Unpaints and lets go of the page for good. */
  dispose(): void {
    this.highlight.clear();
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
    const sheet = this.sheet;
    if (sheet && document.adoptedStyleSheets.includes(sheet)) {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  }
}
