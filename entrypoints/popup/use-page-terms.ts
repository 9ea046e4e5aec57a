// Asks the content script in the active tab which glossary terms its page holds.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageTermCount, PageTermsReply, ToContent } from '../../messaging/protocol';
import type { PageTermsState } from '../../components/popup/PageTermsView';

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

const isReply = (value: unknown): value is PageTermsReply =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as PageTermsReply).terms) &&
  typeof (value as PageTermsReply).paused === 'boolean';

/**
 * Without the "tabs" permission the browser hides the tab's address, so a reply that names its
 * page's host (a `host` field, if the content script adds one) is how we learn the site.
 */
const hostIn = (reply: PageTermsReply): string | null => {
  const host: unknown = (reply as { host?: unknown }).host;
  return typeof host === 'string' && host !== '' ? host.toLowerCase() : null;
};

export async function askActiveTab(): Promise<PageTerms> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const site = siteOf(tab?.url);
  const url = tab?.url;
  if (tab?.id === undefined) return { state: 'unavailable', terms: [], site, url };
  try {
    const message: ToContent = { type: 'page-terms' };
    const reply: unknown = await browser.tabs.sendMessage(tab.id, message);
    if (!isReply(reply)) return { state: 'unavailable', terms: [], tabId: tab.id, site, url };
    const state = reply.failed ? 'failed' : reply.paused ? 'paused' : 'ready';
    return { state, terms: reply.terms, tabId: tab.id, site: hostIn(reply) ?? site, url };
  } catch {
    // No content script answers: a browser page, the web store, or a page opened before install.
    return { state: 'unavailable', terms: [], tabId: tab.id, site, url };
  }
}

/** The active tab's terms; `refresh` asks again, keeping the last answer on screen meanwhile. */
export function usePageTerms(enabled: boolean): PageTerms & { refresh(): void } {
  const [page, setPage] = useState<PageTerms>({ state: 'loading', terms: [], site: null });
  const refresh = useCallback(() => {
    askActiveTab()
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
