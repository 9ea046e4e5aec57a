// When the next-day check-in comes: a pure function of the log, the clock and the time zone;
// then the alarm and the notification it leads to, against the fake browser.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CHECK_IN_ALARM,
  CHECK_IN_NOTIFICATION,
  fireCheckIn,
  nextCheckIn,
  reschedule,
} from '../../../background/check-in';
import type { SorenessEntry } from '../../../log/model';
import { loadCheckIn, saveCheckIn, saveEntries } from '../../../store/log-store';

const TZ = 'Europe/Berlin';

function e(id: string, at: string, over: Partial<SorenessEntry> = {}): SorenessEntry {
  return { id, at, level: 3, areas: ['knee-left'], createdAt: at, updatedAt: at, ...over };
}
const session = (id: string, at: string) => e(id, at, { after: { kind: 'pt-session' } });

const plan = (entries: SorenessEntry[], now: string, promptedFor?: string) =>
  nextCheckIn({ entries, now: new Date(now), timeZone: TZ, promptedFor });

describe('nextCheckIn', () => {
  const monday = session('s1', '2024-05-20T18:00:00+02:00');

  it('is at 10:00 local time the day after a PT session', () => {
    expect(plan([monday], '2024-05-20T19:00:00+02:00')).toEqual({
      sessionId: 's1',
      at: new Date('2024-05-21T10:00:00+02:00'),
    });
  });

  it('is none without a PT session', () => {
    const others = [e('a', '2024-05-20T18:00:00+02:00', { after: { kind: 'home-exercise' } })];
    expect(plan(others, '2024-05-20T19:00:00+02:00')).toBeNull();
    expect(plan([], '2024-05-20T19:00:00+02:00')).toBeNull();
  });

  it('comes at once when the browser was closed at 10:00 but the day is not over', () => {
    expect(plan([monday], '2024-05-21T15:30:00+02:00')?.at).toEqual(
      new Date('2024-05-21T15:30:00+02:00'),
    );
  });

  it('is not shown late once the next day is over', () => {
    expect(plan([monday], '2024-05-22T00:00:00+02:00')).toBeNull();
    expect(plan([monday], '2024-05-21T23:59:00+02:00')).not.toBeNull();
  });

  it('is skipped when soreness was already logged on the next day', () => {
    const morning = e('m', '2024-05-21T07:30:00+02:00');
    expect(plan([monday, morning], '2024-05-21T08:00:00+02:00')).toBeNull();
  });

  it('still comes when only the session day itself has other entries', () => {
    const evening = e('ev', '2024-05-20T22:00:00+02:00');
    expect(plan([monday, evening], '2024-05-20T23:00:00+02:00')?.sessionId).toBe('s1');
  });

  it('is shown once per session', () => {
    expect(plan([monday], '2024-05-21T11:00:00+02:00', 's1')).toBeNull();
  });

  it('follows the latest session, in any stored order, and ignores sessions set in the future', () => {
    const earlier = session('s0', '2024-05-18T18:00:00+02:00');
    const future = session('s9', '2024-05-25T18:00:00+02:00');
    expect(plan([monday, future, earlier], '2024-05-20T20:00:00+02:00')?.sessionId).toBe('s1');
  });

  it('uses the local day, not the UTC one', () => {
    // 00:30 on Tuesday in Berlin is still Monday in UTC.
    const late = session('late', '2024-05-21T00:30:00+02:00');
    expect(plan([late], '2024-05-21T01:00:00+02:00')?.at).toEqual(
      new Date('2024-05-22T10:00:00+02:00'),
    );
  });

  it('keeps 10:00 across a clock change', () => {
    const saturday = session('dst', '2024-03-30T18:00:00+01:00');
    expect(plan([saturday], '2024-03-30T19:00:00+01:00')?.at).toEqual(
      new Date('2024-03-31T10:00:00+02:00'),
    );
  });

  it('takes another hour when asked', () => {
    const at = nextCheckIn({
      entries: [monday],
      now: new Date('2024-05-20T19:00:00+02:00'),
      timeZone: 'UTC',
      hour: 8,
    });
    expect(at?.at).toEqual(new Date('2024-05-21T08:00:00Z'));
  });
});

describe('the alarm and the notification', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    await saveEntries([session('s1', '2024-05-20T18:00:00+02:00')]);
  });

  it('sets no alarm while the check-in is off', async () => {
    await reschedule(new Date('2024-05-20T19:00:00+02:00'));
    expect(await fakeBrowser.alarms.get(CHECK_IN_ALARM)).toBeUndefined();
  });

  it('sets the alarm when on, and shows the notification once when it is due', async () => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...new Intl.DateTimeFormat().resolvedOptions(),
      timeZone: TZ,
    });
    await saveCheckIn({ enabled: true });
    await reschedule(new Date('2024-05-20T19:00:00+02:00'));
    const alarm = await fakeBrowser.alarms.get(CHECK_IN_ALARM);
    expect(alarm?.scheduledTime).toBe(Date.parse('2024-05-21T10:00:00+02:00'));

    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    expect(await fireCheckIn(new Date('2024-05-21T10:00:00+02:00'))).toBe(true);
    expect(created).toHaveBeenCalledWith(
      CHECK_IN_NOTIFICATION,
      expect.objectContaining({ message: expect.stringContaining('How sore are you today?') }),
    );
    expect(await loadCheckIn()).toEqual({ enabled: true, promptedFor: 's1' });
    expect(await fireCheckIn(new Date('2024-05-21T10:05:00+02:00'))).toBe(false);
  });
});
