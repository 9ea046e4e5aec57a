// Gathers the text a reader sees into blocks, so a term split by inline markup
// ("rheumatoid <em>arthritis</em>") is still one run of text. Resumable, so a big page can be
// read in small slices.

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
  'FRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'BUTTON',
  'PT-LENS-UI',
]);

/** The elements whose text is never read, upper case (the loader's check leaves them out too). */
export const SKIPPED_TAGS: ReadonlySet<string> = SKIP;

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
  /** The nearest block-level element (or shadow root) holding this run of text. */
  container: Element | ShadowRoot;
  /** The text nodes of one block, in document order. */
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

export interface CollectOptions {
  /** Our own UI's host element, never read. */
  ignore?: Element | null;
  /** Called for each open shadow root entered, so callers can style and watch it. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Elements already read (on-screen blocks read first): skipped with their subtree. */
  skip?: (el: Element) => boolean;
  /** Read <pre> text too: a plain-text document is shown as one <pre>. */
  readPre?: boolean;
}

export const isInline = (el: Element): boolean => INLINE.has(el.tagName.toUpperCase());

function hiddenFromReaders(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return (el as HTMLElement).isContentEditable === true;
}

/**
 * True when CSS hides the block from readers (display: none, visibility: hidden). It costs a
 * style lookup, so it is asked only of blocks that hold a term.
 */
export function hiddenByStyle(container: Element | ShadowRoot): boolean {
  const el = container.nodeType === 1 ? (container as Element) : (container as ShadowRoot).host;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(el, { visibilityProperty: true }) : false;
}

/** True when text under this element is not read: script, code, hidden, editable, our own UI. */
export function skipsText(el: Element, ignore?: Element | null, readPre = false): boolean {
  const tag = el.tagName.toUpperCase();
  if (readPre && tag === 'PRE') return hiddenFromReaders(el);
  return el === ignore || SKIP.has(tag) || hiddenFromReaders(el);
}

/** Yields the blocks of `root` in document order, one at a time. */
export function* walkTextBlocks(
  root: Element | ShadowRoot,
  options: CollectOptions = {},
): Generator<TextBlock, void, undefined> {
  let current: TextBlock = { container: root, nodes: [], starts: [], text: '' };
  const take = (): TextBlock | null => {
    const block = current.nodes.length > 0 && /\S/.test(current.text) ? current : null;
    current = { container: current.container, nodes: [], starts: [], text: '' };
    return block;
  };
  function* visit(node: Node, container: Element | ShadowRoot): Generator<TextBlock> {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        current.container = container;
        current.starts.push(current.text.length);
        current.nodes.push(text);
        current.text += text.data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const inline = isInline(el);
      const tag = el.tagName.toUpperCase();
      if (el === options.ignore || (SKIP.has(tag) && !(options.readPre && tag === 'PRE'))) continue;
      if (options.skip?.(el)) continue;
      if (hiddenFromReaders(el)) continue;
      if (!inline) {
        const done = take();
        if (done) yield done;
      }
      yield* visit(el, inline ? container : el);
      const shadow = (el as HTMLElement).shadowRoot;
      if (shadow) {
        const done = take();
        if (done) yield done;
        options.onShadowRoot?.(shadow);
        yield* visit(shadow, shadow);
      }
      if (!inline) {
        const done = take();
        if (done) yield done;
      }
    }
  }
  yield* visit(root, root);
  const last = take();
  if (last) yield last;
}

/** All the blocks of `root` at once (small roots, tests and the scan command). */
export function collectTextBlocks(root: Node, options: CollectOptions = {}): TextBlock[] {
  return [...walkTextBlocks(root as Element, options)];
}

/** The text node and offset in it for a block offset (a match's start or end). */
export function locate(
  block: { readonly nodes: readonly Text[]; readonly starts: readonly number[] },
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

/**
 * The text of `root` (script and style text left out) if it is no longer than `limit`, or null:
 * what a short document could hold, gathered without reading a long one.
 */
export function shortText(root: Node, limit: number): string | null {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE') continue;
    const data = (n as Text).data;
    length += data.length;
    if (length > limit) return null;
    parts.push(data);
  }
  return parts.join(' ');
}
