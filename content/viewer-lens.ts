// The page lens in PT Lens's own document viewer: the same matcher, painter, card, keyboard walk,
// pause and study-mode recording as on web pages (content/lens-controller.ts), with the viewer's own
// start. It differs from a web page's start (run-on-page.ts) in three ways: the whole glossary is
// compiled (a document's pages arrive after the lens starts, so the first text cannot say which
// forms to compile), a pause follows the document's own site, and the card's part is registered
// here (the viewer is an extension page, which has it bundled) rather than fetched.
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_TITLE, MAX_URL } from '../messaging/limits';
import { readCardEntry } from '../messaging/page-checks';
import type { CardEntry, ToBackground } from '../messaging/protocol';
import { isPaused } from '../settings/model';
import { loadPageSettings, watchPageSettings } from '../store/settings-on-pages';
import { pageGlossaryMatcher } from '../terms/page-matcher';
import { readMatchDataFile } from './match-data-file';
import { LensController } from './lens-controller';
import { pageMessageListener } from './page-messages';
import { loadPart, registerPart, type PageAnswers } from './parts';
import { createTermUi } from './tooltip-and-host';

/** Where the document came from. */
export interface ViewedDocument {
  /** The site a pause applies to: a viewed PDF's own site ('' for a local file). */
  host: string;
  /** What study mode records as where a term was met (no address for a local file). */
  url?: string;
  title: () => string;
}

const ANSWERED = new Set<string>(['page-terms', 'show-term', 'walk']);

export async function startViewerLens(
  viewed: ViewedDocument,
  storedSettings: Promise<unknown>,
): Promise<PageAnswers> {
  registerPart('term-ui', createTermUi);
  const ctx = new ContentScriptContext('viewer');
  const [settings, matcher] = await Promise.all([
    loadPageSettings(storedSettings),
    readMatchDataFile().then((bytes) => pageGlossaryMatcher(bytes)),
  ]);
  const paused = (): boolean => isPaused(settings, viewed.host);
  const send = (message: ToBackground): void => void browser.runtime.sendMessage(message);
  const cache = new Map<string, Promise<CardEntry | null>>();
  // As on web pages: an unknown term, an error reply or one the card cannot show opens no card.
  const entry = (entryId: string): Promise<CardEntry | null> => {
    const known =
      cache.get(entryId) ??
      browser.runtime
        .sendMessage({ type: 'get-entry', entryId } satisfies ToBackground)
        .then(readCardEntry)
        .catch(() => null);
    cache.set(entryId, known);
    return known;
  };
  let lens: LensController | null = null;
  const start = (): void => {
    if (lens || paused()) return;
    lens = new LensController({
      ctx,
      matcher,
      entry,
      settings: { ...settings },
      loadUi: () => loadPart('term-ui'),
      onShown: (entryId) =>
        send({
          type: 'term-met',
          entryId,
          title: viewed.title().slice(0, MAX_TITLE),
          url: viewed.url && viewed.url.length <= MAX_URL ? viewed.url : undefined,
        }),
      actions: {
        onMore: (e) => send({ type: 'open-guide', entryId: e.id }),
        onLog: (e) => send({ type: 'open-log', treatmentId: e.id }),
      },
    });
    lens.start();
  };
  start();
  ctx.onInvalidated(
    watchPageSettings((next) => {
      Object.assign(settings, next);
      if (paused()) {
        lens?.stop();
        lens = null;
      } else if (lens) lens.applySettings(next);
      else start();
    }),
  );

  const answer: PageAnswers = (m) => {
    if (m?.type === 'page-terms') {
      return { terms: lens?.counts() ?? [], paused: paused(), host: viewed.host };
    }
    if (m?.type === 'show-term') return lens?.showEntry(m.entryId) ?? false;
    if (m?.type === 'walk') {
      lens?.walk(m.direction);
      return true;
    }
    return false;
  };
  // The popup's "On this page" list and the keyboard shortcuts reach this tab as they reach a
  // web page's content script, through the same checked door; the messages pages send the
  // background reach this page too, and are not ours to answer.
  const door = pageMessageListener(
    () => Promise.resolve(answer),
    () => viewed.host,
  );
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || !ANSWERED.has(type)) return undefined;
      return door(message, sender, sendResponse);
    },
  );
  return answer;
}
