// Keyboard shortcuts: move to the next or previous term on the page in the active tab.
import { browser } from 'wxt/browser';
import type { ToContent } from '../messaging/protocol';

export const COMMANDS = { next: 'next-term', previous: 'previous-term' } as const;

export async function runCommand(command: string): Promise<void> {
  const direction = command === COMMANDS.next ? 1 : command === COMMANDS.previous ? -1 : 0;
  if (!direction) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: ToContent = { type: 'walk', direction };
  // Pages where the content script cannot run (browser pages) simply have no receiver.
  await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
}
