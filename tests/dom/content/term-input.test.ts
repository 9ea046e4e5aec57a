// How a reader reaches a term by keyboard: focus on a link that holds one opens its card, and
// focus moving on to something without a term closes a card that focus opened.
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageTermIndex, type PageTerm } from '../../../content/page-terms';
import { listenForTerms } from '../../../content/term-input';
import { collectTextBlocks } from '../../../content/text-blocks';

/** The parts of the content script's context the input uses, on the test's own clock. */
function context(): { ctx: ContentScriptContext; stop: () => void } {
  const stop = new AbortController();
  const ctx = {
    signal: stop.signal,
    setTimeout: (cb: () => void, ms: number) => window.setTimeout(cb, ms),
    requestAnimationFrame: (cb: FrameRequestCallback) => window.requestAnimationFrame(cb),
  } as unknown as ContentScriptContext;
  return { ctx, stop: () => stop.abort() };
}

function page(markup: string): PageTermIndex {
  const parsed = new DOMParser().parseFromString(markup, 'text/html').body;
  document.body.replaceChildren(...parsed.childNodes);
  const index = new PageTermIndex();
  for (const block of collectTextBlocks(document.body)) {
    const at = block.text.indexOf('DOMS');
    index.add(block, at < 0 ? [] : [{ start: at, end: at + 4, entryId: 'doms', alias: 'DOMS' }]);
  }
  return index;
}

let stopAll = (): void => undefined;
afterEach(() => {
  stopAll();
  document.body.replaceChildren();
});

describe('keyboard focus and the card', () => {
  it('opens on a link that holds a term, and closes when focus moves on to one without', () => {
    const index = page(
      '<p>Read about <a id="term" href="#a">DOMS</a> or <a id="plain" href="#b">skip</a>.</p>',
    );
    let open: PageTerm | null = null;
    const { ctx, stop } = context();
    stopAll = stop;
    listenForTerms({
      ctx,
      index,
      isOverTooltip: () => false,
      isOpen: () => open !== null,
      open: (term) => (open = term),
      close: () => (open = null),
    });
    (document.getElementById('term') as HTMLElement).focus();
    expect(open && (open as PageTerm).range.toString()).toBe('DOMS');
    (document.getElementById('plain') as HTMLElement).focus();
    expect(open).toBeNull();
  });

  it('leaves a card it did not open by focus alone when focus moves', () => {
    const index = page('<p>DOMS is common.</p><p><a id="plain" href="#b">skip</a></p>');
    let closed = 0;
    const { ctx, stop } = context();
    stopAll = stop;
    listenForTerms({
      ctx,
      index,
      isOverTooltip: () => false,
      isOpen: () => true, // a card opened by pointing at a term
      open: () => undefined,
      close: () => closed++,
    });
    (document.getElementById('plain') as HTMLElement).focus();
    expect(closed).toBe(0);
  });
});
