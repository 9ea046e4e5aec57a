import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageLens } from '../../content/page-lens';
import { loadTermUi } from '../../content/term-ui-loader';
import type { GlossaryEntry } from '../../guide/types';
import type { PageTermsReply, ToBackground, ToContent } from '../../messaging/protocol';
import { isPaused } from '../../settings/model';
import { loadPageSettings, watchPageSettings } from '../../store/settings-on-pages';
import { glossaryMatcher } from '../../terms/glossary-matcher';
import '../../content/highlight.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // Reading starts after the page's load event, so PT Lens never delays the page itself.
    if (document.readyState !== 'complete') {
      await new Promise<void>((done) =>
        ctx.addEventListener(window, 'load', () => done(), { once: true }),
      );
    }
    const settings = await loadPageSettings();
    const paused = (): boolean => isPaused(settings, location.hostname);
    const send = (message: ToBackground): void => void browser.runtime.sendMessage(message);
    const cache = new Map<string, Promise<GlossaryEntry | undefined>>();
    const entry = (entryId: string): Promise<GlossaryEntry | undefined> => {
      // Study mode counts a term as met when its card opens (titles and addresses are kept only
      // when the user asks for that, decided in the background).
      send({ type: 'term-met', entryId, title: document.title, url: location.href });
      const ask = (): Promise<GlossaryEntry | undefined> =>
        browser.runtime.sendMessage({ type: 'get-entry', entryId } satisfies ToBackground);
      const known = cache.get(entryId) ?? ask().catch(() => undefined);
      cache.set(entryId, known);
      return known;
    };
    let lens: PageLens | null = null;
    const startLens = (): void => {
      if (lens || paused() || !document.body) return;
      lens = new PageLens({
        ctx,
        matcher: glossaryMatcher(),
        entry,
        // A copy: the lens compares what it has with each change it is told about.
        settings: { ...settings },
        loadUi: loadTermUi,
        actions: {
          onMore: (entry) => send({ type: 'open-guide', entryId: entry.id }),
          onLog: (entry) => send({ type: 'open-log', treatmentId: entry.id }),
        },
      });
      lens.start();
    };
    startLens();

    const unwatch = watchPageSettings((next) => {
      Object.assign(settings, next);
      if (paused()) {
        lens?.stop();
        lens = null;
      } else if (lens) lens.applySettings(next);
      else startLens();
    });
    ctx.onInvalidated(unwatch);

    const answer = (m: ToContent): PageTermsReply | boolean | undefined => {
      if (m?.type === 'page-terms') {
        return { terms: lens?.counts() ?? [], paused: paused(), host: location.hostname };
      }
      if (m?.type === 'show-term') return lens?.showEntry(m.entryId) ?? false;
      if (m?.type === 'walk') {
        lens?.walk(m.direction);
        return true;
      }
      return undefined;
    };
    // The browser's own API on pages (no polyfill): replies go through sendResponse.
    const onMessage = (
      message: unknown,
      _sender: unknown,
      sendResponse: (reply: PageTermsReply | boolean) => void,
    ): undefined => {
      // Only the top frame answers the popup; frames still show tooltips of their own.
      if (window !== window.top) return undefined;
      const reply = answer(message as ToContent);
      if (reply !== undefined) sendResponse(reply);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
