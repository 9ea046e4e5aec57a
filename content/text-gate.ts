// Whether a document has text a reader reads, decided before anything else is loaded: an advert,
// a tracking pixel, an empty or hidden frame, or one smaller than a line of text, gets no page
// lens. Such a document is watched, cheaply, and gets the lens once text appears (a comment
// widget, an embedded article, a frame that is shown).
//
// The rule: the viewport can show a line of text, and some element of the body, outside links,
// buttons and everything the lens never reads (scripts, code, form fields, media, hidden or
// editable elements), holds text of its own, and its text has two words or more and at least
// MIN_CHARS characters other than spaces ("Outside: bursitis." has; "Advertisement" has not). An
// advert's words sit in its link and its button. A body of more than MAX_ELEMENTS elements is
// read whatever they hold; text in open shadow roots counts too.
import { SKIPPED_TAGS } from './text-blocks';

export const MIN_CHARS = 12;
/** A viewport narrower or lower than this (CSS px) cannot show a line of text. */
export const MIN_VIEWPORT = { width: 40, height: 12 };
const MAX_ELEMENTS = 2000;
/** Changes are gathered this long before the document is checked again. */
const CHECK_GAP_MS = 500;

/** Tags left out, lower case, with links; `pre` is read in a plain-text document. */
const leftOut = (plainText: boolean): string[] =>
  [...SKIPPED_TAGS, 'A'].filter((t) => !(plainText && t === 'PRE')).map((t) => t.toLowerCase());

const viewportFits = (view: Window): boolean =>
  view.innerWidth >= MIN_VIEWPORT.width && view.innerHeight >= MIN_VIEWPORT.height;

const plainTextDocument = (doc: Document): boolean => doc.contentType === 'text/plain';

/**
 * The rule, walking the document's elements: stops at the first that qualifies, so a long
 * article costs a few nodes. For the top document, which the lens reads anyway.
 */
export function hasTextByWalk(doc: Document = document, view: Window = window): boolean {
  if (!viewportFits(view) || !doc.body) return false;
  const skipped = new Set(leftOut(plainTextDocument(doc)));
  return walkFinds(doc.body, skipped, { elements: 0 });
}

/** Depth first from `root` (itself included, if an element), into open shadow roots. */
function walkFinds(
  root: Element | ShadowRoot,
  skipped: ReadonlySet<string>,
  count: { elements: number },
): boolean {
  let n: Node | null = root;
  while (n) {
    let enter: boolean = n === root && n.nodeType === 11;
    if (n.nodeType === 1) {
      const el = n as Element;
      if (++count.elements > MAX_ELEMENTS) return true;
      enter = !skipped.has(el.localName) && !editableOrHidden(el);
      if (enter && ownText(el) && longEnough(el.textContent ?? '')) return true;
      const shadow = enter ? (el as HTMLElement).shadowRoot : null;
      if (shadow && walkFinds(shadow, skipped, count)) return true;
    }
    let next: Node | null = enter ? n.firstChild : null;
    for (let up: Node | null = n; !next && up && up !== root; up = up.parentNode) {
      next = up.nextSibling;
    }
    n = next;
  }
  return false;
}

function ownText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 && /[^ \t\r\n]/.test((c as Text).data)) return true;
  }
  return false;
}

/** Two words or more, and at least MIN_CHARS characters other than white space (counted no
 * further than needed), as XPath's normalize-space() sees white space. */
function longEnough(text: string): boolean {
  let chars = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && (chars < MIN_CHARS || words < 2); i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (!space) chars++;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return chars >= MIN_CHARS && words >= 2;
}

const editableOrHidden = (el: Element): boolean =>
  el.hasAttribute('hidden') ||
  el.getAttribute('aria-hidden') === 'true' ||
  (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false');

/** The rule as one XPath expression, whose answer is a yes or no. */
function ruleAsXPath(plainText: boolean): string {
  const names = leftOut(plainText).map((t) => `local-name()='${t}'`);
  const outside =
    `not(ancestor-or-self::*[${names.join(' or ')} or @hidden or @aria-hidden='true' or ` +
    `(@contenteditable and @contenteditable!='false')])`;
  const body = `/*/*[local-name()='body']`;
  const enough =
    `[contains(normalize-space(.), ' ')]` +
    `[string-length(translate(normalize-space(.), ' ', '')) >= ${MIN_CHARS}]`;
  // 2: text; 1: custom elements, whose shadow roots XPath cannot see; 0: neither.
  return (
    `2 * number(count(${body}/descendant::*) >= ${MAX_ELEMENTS} or boolean(${body}` +
    `/descendant-or-self::*[position() <= ${MAX_ELEMENTS}][text()[normalize-space()]]` +
    `[${outside}]${enough})) + number(boolean(${body}//*[contains(local-name(), '-')]))`
  );
}
const XPATH = { html: '', plain: '' };

/**
 * The rule, asked of the browser's XPath engine: the answer is a number, so no element of the
 * page is handed to our script. For frames: each kind of element our script touches costs every
 * frame memory of its own (the first element about 15 KB), and most frames are adverts. Only a
 * document with custom elements, whose text may sit in shadow roots, is walked.
 */
export function hasTextByXPath(doc: Document = document, view: Window = window): boolean {
  if (!viewportFits(view)) return false;
  const plain = plainTextDocument(doc);
  const expression = plain
    ? (XPATH.plain ||= ruleAsXPath(true))
    : (XPATH.html ||= ruleAsXPath(false));
  // 1: XPathResult.NUMBER_TYPE, written out so that no XPathResult object is made for it.
  const answer = doc.evaluate(expression, doc, null, 1, null).numberValue;
  return answer >= 2 || (answer === 1 && hasTextByWalk(doc, view));
}

/**
 * Resolves once the window can show a line of text: a tracking pixel or a hidden frame waits
 * here without touching its document (the window's size costs nothing to read; the document, in
 * a frame, about 15 KB).
 */
export function whenViewportFits(view: Window = window): Promise<void> {
  if (viewportFits(view)) return Promise.resolve();
  return new Promise<void>((done) => {
    const resized = (): void => {
      if (!viewportFits(view)) return;
      view.removeEventListener('resize', resized);
      done();
    };
    view.addEventListener('resize', resized, { passive: true });
  });
}

/**
 * Resolves once `check` says the document has text to read (at once, if it does), or when
 * `wanted` resolves (the popup asked about the page). Until then a MutationObserver and the
 * window's resize event only note that something changed; `check` runs at most every
 * CHECK_GAP_MS. `alive` false (the extension was updated or removed) stops the watch.
 */
export function whenTextToRead(options: {
  check: () => boolean;
  wanted?: Promise<void>;
  alive?: () => boolean;
}): Promise<void> {
  const { check, wanted, alive = () => true } = options;
  if (check()) return Promise.resolve();
  return new Promise<void>((done) => {
    let finished = false;
    let waiting = false;
    const finish = (found: boolean): void => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      removeEventListener('resize', changed);
      if (found) done();
    };
    const changed = (): void => {
      if (finished || waiting) return;
      waiting = true;
      setTimeout(() => {
        waiting = false;
        if (!alive()) finish(false);
        else if (check()) finish(true);
      }, CHECK_GAP_MS);
    };
    const observer = new MutationObserver(changed);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    // A frame that is shown or grows gets a viewport it can show text in.
    addEventListener('resize', changed, { passive: true });
    // `wanted` never rejects: it is resolved when the popup asks, or never.
    void wanted?.then(() => finish(true));
  });
}
