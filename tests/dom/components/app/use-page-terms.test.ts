// The popup reads the page's reply with its schema: an error reply or one it cannot read means
// "PT Lens cannot run on this page", never a list made of whatever came back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askActiveTab } from '../../../../components/app/use-page-terms';

const TAB = { id: 7, index: 0, windowId: 1, url: 'https://example.com/article' };
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { ...TAB, active: true, highlighted: true, pinned: false, incognito: false },
  ]);
});
afterEach(() => vi.restoreAllMocks());

const pageSays = (reply: unknown) =>
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(reply);

describe('askActiveTab', () => {
  it("lists the page's terms and takes the host the page names", async () => {
    const send = pageSays({ terms: [{ entryId: 'doms', count: 3 }], paused: false, host: 'A.org' });
    expect(await askActiveTab()).toEqual({
      state: 'ready',
      terms: [{ entryId: 'doms', count: 3 }],
      tabId: 7,
      site: 'a.org',
      url: TAB.url,
    });
    expect(send).toHaveBeenCalledWith(7, { type: 'page-terms' });
  });

  it.each<[string, unknown]>([
    ['an error reply', { error: 'PT Lens could not read that request: no type' }],
    ['nothing', undefined],
    ['null', null],
    ['a string', 'doms'],
    ['a huge string', 'x'.repeat(1_000_000)],
    ['terms that are not a list', { terms: 'doms', paused: false }],
    ['a term without a count', { terms: [{ entryId: 'doms' }], paused: false }],
    ['a numeric term id', { terms: [{ entryId: 5, count: 1 }], paused: false }],
    ['no paused flag', { terms: [] }],
    ['a numeric host', { terms: [], paused: false, host: 42 }],
  ])('treats %s as a page PT Lens cannot use', async (_, reply) => {
    pageSays(reply);
    expect(await askActiveTab()).toEqual({
      state: 'unavailable',
      terms: [],
      tabId: 7,
      site: 'example.com',
      url: TAB.url,
    });
  });
});
