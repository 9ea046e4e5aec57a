// Study mode's background half: records a term when its tooltip opens (respecting the user's
// study settings) and keeps the toolbar badge showing how many flashcards are due today.
import { browser } from 'wxt/browser';
import { GLOSSARY } from '../guide/glossary/index';
import { systemTimeZone } from '../common/days';
import { dueToday } from '../study/scheduler';
import {
  loadStudySettings,
  readCards,
  storeMeeting,
  watchCards,
  watchStudySettings,
} from '../store/study-store';

export interface MeetingReport {
  entryId: string;
  /** The page's title and address: kept only when the user has turned that on. */
  title?: string;
  url?: string;
  /** From a private (incognito) window: never recorded. */
  private?: boolean;
}

const KNOWN = new Set(GLOSSARY.map((e) => e.id));
const BADGE_COLOUR = '#0b5e60';
const TITLE = 'PT Lens';

/** Records one meeting with a term. Resolves false when nothing was recorded, and why is plain. */
export async function recordMeeting(report: MeetingReport, now = new Date()): Promise<boolean> {
  if (!KNOWN.has(report.entryId) || report.private) return false;
  const settings = await loadStudySettings();
  if (settings.paused) return false;
  await storeMeeting({
    entryId: report.entryId,
    at: now,
    title: report.title,
    url: report.url,
    keepPages: settings.recordPages,
  });
  return true;
}

type BadgeApi = Pick<
  typeof browser.action,
  'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'
>;

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2. */
function toolbarButton(): BadgeApi | undefined {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction;
}

/** What the badge says for a count: nothing for 0, "99+" past 99. */
export const badgeText = (due: number): string => (due <= 0 ? '' : due > 99 ? '99+' : String(due));

/** Shows the number of flashcards due today on the toolbar button, or nothing when it is off. */
export async function updateBadge(
  options: { now?: Date; timeZone?: string } = {},
): Promise<string> {
  const button = toolbarButton();
  if (!button) return '';
  const settings = await loadStudySettings();
  const due = settings.badge
    ? dueToday({
        cards: await readCards(),
        now: options.now ?? new Date(),
        timeZone: options.timeZone ?? systemTimeZone(),
      })
    : 0;
  const text = badgeText(due);
  await button.setBadgeText({ text });
  if (text) {
    await button.setBadgeBackgroundColor({ color: BADGE_COLOUR });
    const cards = due === 1 ? '1 flashcard' : `${due} flashcards`;
    await button.setTitle({ title: `${TITLE}: ${cards} due today` });
  } else {
    await button.setTitle({ title: TITLE });
  }
  return text;
}

/** Milliseconds until just after the next local midnight, when more cards fall due. */
function untilTomorrow(now: Date): number {
  const next = new Date(now);
  next.setHours(24, 0, 5, 0);
  return next.getTime() - now.getTime();
}

/**
 * Keeps the badge current: now, whenever the cards or the study settings change, and after
 * midnight while the worker is awake (a later wake-up runs this again). Returns a stop function.
 */
export function startStudyBadge(): () => void {
  const refresh = (): void => {
    updateBadge().catch((error: unknown) => console.warn('PT Lens: badge not updated', error));
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (): void => {
    timer = setTimeout(() => {
      refresh();
      arm();
    }, untilTomorrow(new Date()));
  };
  refresh();
  arm();
  const stops = [watchCards(refresh), watchStudySettings(refresh)];
  return () => {
    clearTimeout(timer);
    stops.forEach((stop) => stop());
  };
}
