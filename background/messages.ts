// The background's answers to the page: every message is read with its schema first, and one it
// cannot read is answered with an error reply, acting on nothing (no page opened, nothing kept).
import { GLOSSARY } from '../guide/glossary/index';
import type { BackgroundReply } from '../messaging/protocol';
import { readWith } from '../messaging/read-message';
import { ToBackgroundSchema } from '../messaging/schemas';
import { openFromMessage } from './open-pages';
import { recordMeeting } from './study-recorder';

/** What the background knows of a message's sender: only whether its tab is private. */
export interface Sender {
  tab?: { incognito?: boolean };
}

export async function answerMessage(message: unknown, sender: Sender): Promise<BackgroundReply> {
  const read = readWith(ToBackgroundSchema, message);
  if (!read.ok) return read.reply;
  const m = read.value;
  switch (m.type) {
    // Pages load explanations only for the terms a reader opens: the glossary stays here.
    case 'get-entry':
      return GLOSSARY.find((e) => e.id === m.entryId) ?? null;
    case 'open-guide':
    case 'open-log':
      await openFromMessage(m);
      return undefined;
    case 'term-met': {
      const report = { entryId: m.entryId, title: m.title, url: m.url };
      const incognito = sender.tab?.incognito === true;
      // A meeting that could not be stored is only a missed count: the page is not told more.
      return recordMeeting({ ...report, private: incognito }).catch(() => false);
    }
  }
}
