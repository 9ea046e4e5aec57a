// The page lens in PT Lens's own document viewer: the same matcher, painter, card, keyboard walk,
// pause and study-mode recording as on web pages (content/lens-controller.ts), with the viewer's own
// start. It differs from a web page's start (run-on-page.ts) in three ways: the whole glossary is
// compiled (a document's pages arrive after the lens starts, so the first text cannot say which
// forms to compile), a pause follows the document's own site, and the card's part is registered
// here (the viewer is an extension page, which has it bundled) rather than fetched.
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isPaused } from '../settings/model';
import { loadPageSettings, watchPageSettings } from '../store/settings-on-pages';
import { pageGlossaryMatcher } from '../terms/page-matcher';
import { CARD_ACTIONS, cardEntries, reportMet } from './background-link';
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
  const entry = cardEntries();
  let lens: LensController | null = null;
  const start = (): void => {
    if (lens || paused()) return;
    lens = new LensController({
      ctx,
      matcher,
      entry,
      settings: { ...settings },
      loadUi: () => loadPart('term-ui'),
      onShown: (entryId) => reportMet(entryId, viewed.title(), viewed.url),
      actions: CARD_ACTIONS,
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
