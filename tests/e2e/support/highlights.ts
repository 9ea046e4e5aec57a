// Reads what PT Lens painted on a page: the text of every range in its highlights.
import type { BrowserContext, Frame, Page } from 'playwright-core';

/**
 * The text of each painted term, in document order, for the given highlight style: its own
 * highlight and the one for terms inside links (the name plus "-link").
 */
export async function paintedTerms(page: Page | Frame, name = 'pt-lens-term'): Promise<string[]> {
  return page.evaluate((n) => {
    const ranges = [n, `${n}-link`].flatMap((name) => [
      ...((CSS.highlights.get(name) ?? []) as unknown as Set<Range>),
    ]);
    // Ranges in shadow roots are placed where their host is.
    const place = (r: Range): Node => {
      let n: Node = r.startContainer;
      while (n.getRootNode() instanceof ShadowRoot) n = (n.getRootNode() as ShadowRoot).host;
      return n;
    };
    ranges.sort((a, b) => {
      if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) {
        return a.compareBoundaryPoints(Range.START_TO_START, b);
      }
      return place(a).compareDocumentPosition(place(b)) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    return ranges.map((r) => r.toString().replace(/\s+/g, ' '));
  }, name);
}

/** Waits until the page's painted terms satisfy `test`, and returns them. */
export async function waitForPainted(
  page: Page | Frame,
  test: (terms: string[]) => boolean,
  name = 'pt-lens-term',
  timeout = 5000,
): Promise<string[]> {
  const until = Date.now() + timeout;
  let terms = await paintedTerms(page, name);
  while (!test(terms) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    terms = await paintedTerms(page, name);
  }
  return terms;
}

/** How many terms are painted (cheap enough to poll on pages with 100,000 terms). */
export async function paintedCount(page: Page | Frame, name = 'pt-lens-term'): Promise<number> {
  return page.evaluate(
    (n) => (CSS.highlights.get(n)?.size ?? 0) + (CSS.highlights.get(`${n}-link`)?.size ?? 0),
    name,
  );
}

/** Waits until the painted count stops growing at `expected`, or the time runs out. */
export async function waitForCount(
  page: Page | Frame,
  expected: number,
  timeout = 30_000,
): Promise<number> {
  const until = Date.now() + timeout;
  let count = await paintedCount(page);
  while (count < expected && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    count = await paintedCount(page);
  }
  return count;
}

/**
 * The terms PT Lens found on the newest tab's page, as the popup's "On this page" asks for them
 * (found, painted or not: only terms near the screen are painted).
 */
export async function foundCounts(context: BrowserContext): Promise<Record<string, number>> {
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('no extension service worker');
  const reply = (await worker.evaluate(async () => {
    const ids = (await chrome.tabs.query({})).map((t) => t.id ?? -1);
    return chrome.tabs.sendMessage(Math.max(...ids), { type: 'page-terms' });
  })) as { terms: { entryId: string; count: number }[] };
  return Object.fromEntries(reply.terms.map((t) => [t.entryId, t.count]));
}

/** Waits until the found count of an entry reaches `expected`. */
export async function waitForFound(
  context: BrowserContext,
  entryId: string,
  expected: number,
  timeout = 30_000,
): Promise<number> {
  const until = Date.now() + timeout;
  let count = (await foundCounts(context))[entryId] ?? 0;
  while (count < expected && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    count = (await foundCounts(context))[entryId] ?? 0;
  }
  return count;
}
