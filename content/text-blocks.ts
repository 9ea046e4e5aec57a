// Gathers the text a reader sees into blocks, so a term split by inline markup
// ("rheumatoid <em>arthritis</em>") is still one run of text.

/** Elements whose text is not prose a reader is reading, or is not ours to touch. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'BUTTON',
]);

/** Inline elements: text on either side belongs to the same block. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DFN',
  'EM',
  'FONT',
  'I',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'INS',
  'DEL',
  'WBR',
]);

export interface TextBlock {
  /** The text nodes of one block, in document order. */
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

export interface CollectOptions {
  /** Our own UI's host element, never scanned. */
  ignore?: Element | null;
}

function skipElement(el: Element, ignore: Element | null | undefined): boolean {
  if (el === ignore || SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if ((el as HTMLElement).isContentEditable) return true;
  return false;
}

/** Collects the visible text of `root` into blocks of text nodes. */
export function collectTextBlocks(root: Node, options: CollectOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock = { nodes: [], starts: [], text: '' };
  const flush = (): void => {
    if (current.nodes.length > 0 && /\S/.test(current.text)) blocks.push(current);
    current = { nodes: [], starts: [], text: '' };
  };
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child as Text;
        current.starts.push(current.text.length);
        current.nodes.push(text);
        current.text += text.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (skipElement(el, options.ignore)) continue;
        const inline = INLINE.has(el.tagName.toUpperCase());
        if (!inline) flush();
        visit(el);
        if (!inline) flush();
      }
    }
  };
  visit(root);
  flush();
  return blocks;
}

/** The text node and offset in it for a block offset (a match's start or end). */
export function locate(
  block: TextBlock,
  offset: number,
  isEnd: boolean,
): { node: Text; offset: number } {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid] ?? 0;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = block.nodes[lo] as Text;
  return { node, offset: offset - (block.starts[lo] ?? 0) };
}
