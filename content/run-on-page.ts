// The page lens part (entrypoints/page-lens.ts), run once the page has loaded: reads the settings, starts the lens unless
// PT Lens is paused here, follows setting changes, and returns how it answers the popup.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isPaused } from '../settings/model';
import { loadPageSettings, watchPageSettings } from '../store/settings-on-pages';
import type { BlockMatcher } from '../terms/matcher';
import { pageGlossaryMatcher } from '../terms/page-matcher';
import { CARD_ACTIONS, cardEntries, reportMet } from './background-link';
import { readMatchDataFile } from './match-data-file';
import { LensController } from './lens-controller';
import { shortText } from './text-blocks';
import { loadPart, type PageAnswers } from './parts';

/** The longest the popup's first question waits for the first reading of a page. */
const FIRST_READ_WAIT_MS = 3000;
/**
 * A document with no more text than this compiles the matcher for the forms its text could hold
 * (terms/vocabulary.ts): a frame or a short page then builds a few KB of patterns, not 0.4 MB.
 */
const SHORT_DOCUMENT = 64 * 1024;

export async function runOnPage(
  ctx: ContentScriptContext,
  storedSettings?: Promise<unknown>,
): Promise<PageAnswers> {
  const settings = await loadPageSettings(storedSettings);
  const paused = (): boolean => isPaused(settings, location.hostname);
  const entry = cardEntries();
  const shown = (entryId: string): void => reportMet(entryId, document.title, location.href);
  // The popup's first question waits until the page has been read once (or a few seconds), so
  // that "no terms here" is never said of a page still being read.
  let pageRead = (): void => undefined;
  const read = new Promise<void>((done) => {
    pageRead = done;
    ctx.setTimeout(done, FIRST_READ_WAIT_MS);
  });
  let lens: LensController | null = null;
  let matcher: BlockMatcher | null = null;
  let starting = false;
  // Three tasks, so that none holds the page for long: inflating and compiling the matcher (the
  // biggest single step), then making the lens and finding what is on screen, then reading in
  // slices.
  const startLens = (): void => {
    if (lens || starting || paused() || !document.body) {
      pageRead();
      return;
    }
    starting = true;
    const made = matcher
      ? Promise.resolve(matcher)
      : readMatchDataFile().then((bytes) =>
          pageGlossaryMatcher(bytes, {
            vocabulary: shortText(document.body, SHORT_DOCUMENT) ?? undefined,
          }),
        );
    // Its data is inflated in a few short native steps; compiling it runs in a task of its own.
    // Both outcomes are handled below.
    void made.then(
      (m) => {
        matcher = m;
        ctx.setTimeout(() => {
          starting = false;
          if (lens || paused() || !document.body || !matcher) {
            pageRead();
            return;
          }
          lens = new LensController({
            ctx,
            matcher,
            entry,
            // A copy: the lens compares what it has with each change it is told about.
            settings: { ...settings },
            loadUi: () => loadPart('term-ui'),
            onShown: shown,
            onRead: () => pageRead(),
            actions: CARD_ACTIONS,
          });
          lens.start();
        }, 0);
      },
      () => {
        // The shipped data could not be read: nothing to mark, and the popup is not kept waiting.
        starting = false;
        pageRead();
      },
    );
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

  const answer: PageAnswers = (m) => {
    if (m.type === 'page-terms') {
      return { terms: lens?.counts() ?? [], paused: paused(), host: location.hostname };
    }
    if (m.type === 'show-term') return lens?.showEntry(m.entryId) ?? false;
    lens?.walk(m.direction);
    return true;
  };
  await read;
  return answer;
}
