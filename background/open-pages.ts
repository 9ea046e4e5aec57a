// Opens PT Lens's own pages in a tab: the guide at an entry, or the log with a treatment filled in.
import { browser } from 'wxt/browser';
import { deepLink, type ToBackground } from '../messaging/protocol';

export function appUrl(hash: string): string {
  return browser.runtime.getURL(`/app.html${hash}`);
}

export async function openFromMessage(
  message: Extract<ToBackground, { type: 'open-guide' | 'open-log' }>,
): Promise<void> {
  const hash =
    message.type === 'open-guide'
      ? deepLink.entry(message.entryId)
      : deepLink.log(message.treatmentId);
  await browser.tabs.create({ url: appUrl(hash) });
}
