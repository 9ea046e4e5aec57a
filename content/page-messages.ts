// The content script's door for messages from the popup and the background: each is read first,
// and one it cannot read is answered at once with an error reply, without starting or waiting
// for the page lens. A readable one waits for the lens (the popup may ask before the page has
// loaded) and gets the lens's answer, or a plain "could not start" when the lens failed to load.
import { readToContent } from '../messaging/page-checks';
import type { ContentReply } from '../messaging/protocol';
import type { PageAnswers } from './parts';

/** The browser's own API is used on pages (no polyfill), so replies go through sendResponse. */
export type PageMessageListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (reply: ContentReply) => void,
) => true;

/**
 * `lens` asks for the page lens (a question starts it even where there is nothing to read) and
 * resolves to how it answers; `host` is the page's host name, for the popup's pause button.
 */
export function pageMessageListener(
  lens: () => Promise<PageAnswers>,
  host: () => string,
): PageMessageListener {
  return (message, _sender, sendResponse) => {
    const m = readToContent(message);
    if ('error' in m) {
      sendResponse(m);
      return true;
    }
    lens().then(
      (answer) => sendResponse(answer(m)),
      () =>
        sendResponse(
          m.type === 'page-terms'
            ? { terms: [], paused: false, host: host(), failed: true }
            : false,
        ),
    );
    return true;
  };
}
