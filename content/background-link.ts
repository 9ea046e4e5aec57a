// What the page lens asks of the background, the same on web pages and in PT Lens's reader:
// explanations fetched once per term, a term counted as met, the guide or the log opened.
import { browser } from 'wxt/browser';
import { MAX_TITLE, MAX_URL } from '../messaging/limits';
import { readCardEntry } from '../messaging/page-checks';
import type { CardEntry, ToBackground } from '../messaging/protocol';
import type { TooltipActions } from './tooltip-controller';

/** Nothing on the page waits for these: the background acts (opens a tab, counts a meeting). */
export const sendToBackground = (message: ToBackground): void =>
  void browser.runtime.sendMessage(message);

/** Each term's card entry, asked of the background once; an unknown term, an error reply, a
 * reply the card could not show or none: null, and no card opens. */
export function cardEntries(): (entryId: string) => Promise<CardEntry | null> {
  const cache = new Map<string, Promise<CardEntry | null>>();
  return (entryId) => {
    const known =
      cache.get(entryId) ??
      browser.runtime
        .sendMessage({ type: 'get-entry', entryId } satisfies ToBackground)
        .then(readCardEntry)
        .catch(() => null);
    cache.set(entryId, known);
    return known;
  };
}

/** Study mode counts a term as met once its card is on screen (titles and addresses are kept
 * only when the user asks for that, decided in the background; one too long is not sent). */
export function reportMet(entryId: string, title: string, url: string | undefined): void {
  sendToBackground({
    type: 'term-met',
    entryId,
    title: title.slice(0, MAX_TITLE),
    url: url && url.length <= MAX_URL ? url : undefined,
  });
}

/** The card's buttons: "More in the guide" and "Log soreness". */
export const CARD_ACTIONS: TooltipActions = {
  onMore: (entry) => sendToBackground({ type: 'open-guide', entryId: entry.id }),
  onLog: (entry) => sendToBackground({ type: 'open-log', treatmentId: entry.id }),
};
