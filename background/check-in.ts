// The optional next-day check-in: the morning after a logged PT session, a notification asks
// "How sore are you today?", and clicking it opens the log. Off until the user turns it on.
import { browser } from 'wxt/browser';
import { instantAt } from '../log/time';
import { addDays, localDay, systemTimeZone } from '../common/days';
import type { SorenessEntry } from '../log/model';
import { deepLink } from '../messaging/protocol';
import {
  CHECK_IN_HOUR,
  loadCheckIn,
  loadLog,
  saveCheckIn,
  watchCheckIn,
  watchLog,
} from '../store/log-store';
import { appUrl } from './open-pages';

export const CHECK_IN_ALARM = 'pt-lens-check-in';
export const CHECK_IN_NOTIFICATION = 'pt-lens-check-in';

export interface CheckInPlan {
  /** The PT-session entry the check-in follows. */
  sessionId: string;
  /** When to ask: CHECK_IN_HOUR on the next local day, or now if that has passed today. */
  at: Date;
}

/**
 * When the next check-in should come, or null for none. It follows the latest PT session felt up
 * to `now`; it is skipped once shown for that session, once anything is logged on the next day,
 * and once the next day is over (a missed check-in is not shown late).
 */
export function nextCheckIn(input: {
  entries: readonly SorenessEntry[];
  now: Date;
  timeZone: string;
  promptedFor?: string;
  hour?: number;
}): CheckInPlan | null {
  const { entries, now, timeZone } = input;
  const hour = input.hour ?? CHECK_IN_HOUR;
  let session: SorenessEntry | undefined;
  for (const e of entries) {
    if (e.after?.kind !== 'pt-session' || Date.parse(e.at) > now.getTime()) continue;
    if (!session || Date.parse(e.at) > Date.parse(session.at)) session = e;
  }
  if (!session || session.id === input.promptedFor) return null;
  const nextDay = addDays(localDay(session.at, timeZone), 1);
  if (entries.some((e) => localDay(e.at, timeZone) === nextDay)) return null;
  const dayOver = instantAt({ day: addDays(nextDay, 1), time: '00:00', timeZone });
  if (now.getTime() >= dayOver.getTime()) return null;
  const time = `${String(hour).padStart(2, '0')}:00`;
  const due = instantAt({ day: nextDay, time, timeZone });
  return { sessionId: session.id, at: due.getTime() > now.getTime() ? due : now };
}

/** True when the browser has granted the permissions (they are optional and can be taken back). */
const available = (): boolean => Boolean(browser.alarms && browser.notifications);

async function plan(now: Date): Promise<CheckInPlan | null> {
  const state = await loadCheckIn();
  if (!state.enabled) return null;
  const { entries } = await loadLog();
  return nextCheckIn({ entries, now, timeZone: systemTimeZone(), promptedFor: state.promptedFor });
}

/** Sets the alarm for the next check-in, or clears it when there is none. */
export async function reschedule(now = new Date()): Promise<void> {
  if (!available()) return;
  const next = await plan(now);
  if (next) await browser.alarms.create(CHECK_IN_ALARM, { when: next.at.getTime() });
  else await browser.alarms.clear(CHECK_IN_ALARM);
}

/** Shows the check-in if it is still due (the log may have changed since the alarm was set). */
export async function fireCheckIn(now = new Date()): Promise<boolean> {
  if (!available()) return false;
  const next = await plan(now);
  if (!next || next.at.getTime() > now.getTime() + 60_000) {
    await reschedule(now);
    return false;
  }
  await browser.notifications.create(CHECK_IN_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'PT Lens check-in',
    message: 'How sore are you today? Click to log it. It takes a few seconds.',
  });
  await saveCheckIn({ ...(await loadCheckIn()), promptedFor: next.sessionId });
  return true;
}

async function openLog(id: string): Promise<void> {
  if (id !== CHECK_IN_NOTIFICATION) return;
  await browser.notifications.clear(id);
  await browser.tabs.create({ url: appUrl(deepLink.log()) });
}

// Listeners cannot wait: a failure shows in the worker's console, and the next alarm or change
// plans the check-in again.
const onAlarm = (alarm: { name: string }): void => {
  if (alarm.name === CHECK_IN_ALARM) void fireCheckIn();
};
const onClicked = (id: string): void => void openLog(id);

let listening = false;

/** Listens for the alarm and the click once the permissions are there. Safe to call again. */
function listen(): void {
  if (listening || !available()) return;
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.notifications.onClicked.addListener(onClicked);
  listening = true;
}

/** Call once, synchronously, from the background entrypoint's main(). */
export function startCheckIns(): void {
  listen();
  // As above: a failed plan shows in the console, and the next change plans again.
  browser.permissions.onAdded.addListener(() => {
    listen();
    void reschedule();
  });
  watchLog(() => void reschedule());
  watchCheckIn(() => void reschedule());
  void reschedule().catch((error: unknown) => console.warn('PT Lens: check-in', error));
}
