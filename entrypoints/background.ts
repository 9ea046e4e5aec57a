import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startCheckIns } from '../background/check-in';
import { runCommand } from '../background/commands';
import { startContextMenu } from '../background/context-menu';
import { openPopupForE2e } from '../background/e2e-open-popup';
import { openFromMessage } from '../background/open-pages';
import { recordMeeting, startStudyBadge } from '../background/study-recorder';
import { GLOSSARY } from '../guide/glossary/index';
import type { ToBackground } from '../messaging/protocol';

export default defineBackground(() => {
  startCheckIns();
  startStudyBadge();
  startContextMenu();
  if (import.meta.env.MODE === 'e2e') openPopupForE2e(); // test-only build, see that file
  browser.commands.onCommand.addListener((command) => void runCommand(command));
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as ToBackground;
    // Pages load explanations only for the terms a reader opens: the glossary stays here.
    if (m?.type === 'get-entry') return Promise.resolve(GLOSSARY.find((e) => e.id === m.entryId));
    if (m?.type === 'open-guide' || m?.type === 'open-log') return openFromMessage(m);
    if (m?.type === 'term-met') {
      const report = { entryId: m.entryId, title: m.title, url: m.url };
      const incognito = sender.tab?.incognito === true;
      return recordMeeting({ ...report, private: incognito }).catch(() => false);
    }
    return undefined;
  });
});
