// Asks the content script in the active tab which glossary terms its page holds.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageTermCount, ToContent } from '../../messaging/protocol';
import { readWith } from '../../messaging/read-message';
import { PageTermsReplySchema } from '../../messaging/schemas';
import type { PageTermsState } from '../popup/PageTermsView';

export interface PageTerms {
  state: PageTermsState;
  terms: PageTermCount[];
  tabId?: number;
  /** The tab's host name, when the tab shows an ordinary web page and the browser tells us. */
  site: string | null;
  /** The tab's address, when the browser tells us (a PDF's, for "Read this PDF"). */
  url?: string;
}

/** "https://www.example.com/a" -> "www.example.com"; null for browser and extension pages. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

export async function askActiveTab(): Promise<PageTerms> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const site = siteOf(tab?.url);
  const url = tab?.url;
  if (tab?.id === undefined) return { state: 'unavailable', terms: [], site, url };
  try {
    const message: ToContent = { type: 'page-terms' };
    const read = readWith(PageTermsReplySchema, await browser.tabs.sendMessage(tab.id, message));
    // An error reply or one the popup cannot read: the page is treated as one PT Lens cannot use.
    if (!read.ok) return { state: 'unavailable', terms: [], tabId: tab.id, site, url };
    const reply = read.value;
    const state = reply.failed ? 'failed' : reply.paused ? 'paused' : 'ready';
    // Without the "tabs" permission the browser hides the tab's address, so the host the page
    // names is how we learn the site.
    const host = reply.host ? reply.host.toLowerCase() : null;
    return { state, terms: reply.terms, tabId: tab.id, site: host ?? site, url };
  } catch {
    // No content script answers: a browser page, the web store, or a page opened before install.
    return { state: 'unavailable', terms: [], tabId: tab.id, site, url };
  }
}

/** The active tab's terms; `refresh` asks again, keeping the last answer on screen meanwhile. */
export function usePageTerms(enabled: boolean): PageTerms & { refresh(): void } {
  const [page, setPage] = useState<PageTerms>({ state: 'loading', terms: [], site: null });
  const refresh = useCallback(() => {
    // Any failure is "unavailable" (caught just below); setting the state cannot fail.
    void askActiveTab()
      .catch((): PageTerms => ({ state: 'unavailable', terms: [], site: null }))
      .then(setPage);
  }, []);
  useEffect(() => {
    if (enabled) refresh();
  }, [enabled, refresh]);
  return { ...page, refresh };
}

export async function showTerm(tabId: number, entryId: string): Promise<void> {
  const message: ToContent = { type: 'show-term', entryId };
  await browser.tabs.sendMessage(tabId, message);
}
