// Paints the terms found on a page with the CSS Custom Highlight API: no node of the page changes.
// The ::highlight rules: in Chromium, marks.css from the manifest styles the document (see there);
// in Firefox, highlight.css is adopted by the document once a term is painted, so there a page
// without terms is never restyled. Open shadow roots adopt highlight.css in both. Adopted sheets
// are not nodes either.
import type { HighlightStyle } from '../settings/model';
// ?inline: the sheet as a string, minified in the build (comments and spacing cost every page).
import highlightCss from './highlight.css?inline';

export const HIGHLIGHT_NAMES: Record<Exclude<HighlightStyle, 'off'>, string> = {
  underline: 'pt-lens-term',
  tint: 'pt-lens-term-tint',
};

/** Marks inside links have a highlight of their own (the name plus this): over a link's own
 * underline a dotted one all but vanishes, so there the mark adds a light wash of its colour. */
export const IN_LINK = '-link';

/** The occurrence a card jumped to belongs to: drawn over the marks, in any style, even off. */
export const CURRENT = 'pt-lens-current';

/** Whether a range's text is inside a link of the page. */
function inLink(range: Range): boolean {
  const start = range.startContainer;
  const el = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  return !!el?.closest('a[href]');
}

/**
 * Both browsers the manifest allows (Chrome 132+, Firefox 142+) have the Highlight API, so there
 * is no other painter.
 */
export class Highlighter {
  private readonly highlight = new Highlight();
  private readonly inLinks = new Highlight();
  private readonly current = new Highlight();
  private style: HighlightStyle = 'off';
  private sheet: CSSStyleSheet | null = null;

  constructor(style: HighlightStyle) {
    this.setStyle(style);
  }

  paint(ranges: readonly Range[]): void {
    if (ranges.length && import.meta.env.FIREFOX) this.adopt(document);
    for (const r of ranges) (inLink(r) ? this.inLinks : this.highlight).add(r);
  }

  unpaint(ranges: readonly Range[]): void {
    for (const r of ranges) {
      if (!this.highlight.delete(r)) this.inLinks.delete(r);
    }
  }

  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.unregister();
    this.style = style;
    if (style === 'off') return;
    CSS.highlights.set(HIGHLIGHT_NAMES[style], this.highlight);
    CSS.highlights.set(HIGHLIGHT_NAMES[style] + IN_LINK, this.inLinks);
  }

  private unregister(): void {
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      CSS.highlights.delete(name);
      CSS.highlights.delete(name + IN_LINK);
    }
  }

  /** Marks the one occurrence a card opened from the popup or the keyboard walk belongs to. */
  setCurrent(range: Range | null): void {
    this.current.clear();
    if (!range) {
      CSS.highlights.delete(CURRENT);
      return;
    }
    if (import.meta.env.FIREFOX) this.adopt(document);
    this.current.add(range);
    this.current.priority = 1;
    CSS.highlights.set(CURRENT, this.current);
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
    this.inLinks.clear();
  }

  /** Unpaints and lets go of the page for good. */
  dispose(): void {
    this.clear();
    this.unregister();
    this.setCurrent(null);
    const sheet = this.sheet;
    if (sheet && document.adoptedStyleSheets.includes(sheet)) {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  }
}
