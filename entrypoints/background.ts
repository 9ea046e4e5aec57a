import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startCheckIns } from '../background/check-in';
import { runCommand } from '../background/commands';
import { startContextMenu } from '../background/context-menu';
import { openPopupForE2e } from '../background/e2e-open-popup';
import { answerMessage } from '../background/messages';
import { startStudyBadge } from '../background/study-recorder';

export default defineBackground(() => {
  startCheckIns();
  startStudyBadge();
  startContextMenu();
  if (import.meta.env.MODE === 'e2e') openPopupForE2e(); // test-only build, see that file
  // runCommand passes over pages nobody answers on; anything else shows in the worker's console.
  browser.commands.onCommand.addListener((command) => void runCommand(command));
  // The promise is the reply: the polyfill sends what it resolves to (and answerMessage never
  // rejects on a message it cannot read: it resolves to an error reply).
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    answerMessage(message, sender),
  );
});
