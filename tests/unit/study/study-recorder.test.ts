// The background half of study mode, against the fake browser: recording respects pause, private
// windows and the page-keeping choice; the badge shows what is due today only when asked for.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, recordMeeting, updateBadge } from '../../../background/study-recorder';
import { gradeCard } from '../../../study/scheduler';
import { changeCards, readMeetings, updateStudySettings } from '../../../store/study-store';
import { NOW, TZ, days } from './fixtures';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const page = { title: 'Sore after the gym', url: 'https://example.org/gym#comments' };

describe('recordMeeting', () => {
  it('records a glossary term, without the page by default', async () => {
    expect(await recordMeeting({ entryId: 'doms', ...page }, NOW)).toBe(true);
    expect(await readMeetings()).toEqual([
      {
        entryId: 'doms',
        firstMet: NOW.toISOString(),
        lastMet: NOW.toISOString(),
        count: 1,
        pages: [],
      },
    ]);
  });

  it('keeps the title and address (without the #fragment) once the user turns that on', async () => {
    await updateStudySettings({ recordPages: true });
    await recordMeeting({ entryId: 'doms', ...page }, NOW);
    expect((await readMeetings())[0]?.pages).toEqual([
      { at: NOW.toISOString(), title: page.title, url: 'https://example.org/gym' },
    ]);
  });

  it('records nothing while paused, from a private window, or for an unknown term', async () => {
    expect(await recordMeeting({ entryId: 'doms', private: true }, NOW)).toBe(false);
    expect(await recordMeeting({ entryId: 'not-a-term' }, NOW)).toBe(false);
    await updateStudySettings({ paused: true });
    expect(await recordMeeting({ entryId: 'doms' }, NOW)).toBe(false);
    expect(await readMeetings()).toEqual([]);
    await updateStudySettings({ paused: false });
    expect(await recordMeeting({ entryId: 'doms' }, NOW)).toBe(true);
  });

  it('counts each meeting when many arrive at once', async () => {
    const at = (i: number) => new Date(NOW.getTime() + i * 120_000);
    await Promise.all([0, 1, 2, 3].map((i) => recordMeeting({ entryId: 'tens' }, at(i))));
    await recordMeeting({ entryId: 'doms' }, at(5));
    const list = await readMeetings();
    expect(list.find((m) => m.entryId === 'tens')?.count).toBe(4);
    expect(list).toHaveLength(2);
  });
});

describe('updateBadge', () => {
  const due = (entryId: string, inDays: number) => ({
    ...gradeCard({
      card: { entryId, direction: 'forward' },
      progress: undefined,
      grade: 'good',
      now: NOW,
    }),
    due: new Date(NOW.getTime() + days(inDays)).toISOString(),
  });

  beforeEach(async () => {
    await changeCards(() => [due('doms', -2), due('tens', 0), due('squat', 3)]);
  });

  it('shows nothing until the user asks for the badge', async () => {
    const set = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    expect(await updateBadge({ now: NOW, timeZone: TZ })).toBe('');
    expect(set).toHaveBeenLastCalledWith({ text: '' });
  });

  it('shows the number due today, and says it in the button’s title', async () => {
    await updateStudySettings({ badge: true });
    const title = vi.spyOn(fakeBrowser.action, 'setTitle');
    expect(await updateBadge({ now: NOW, timeZone: TZ })).toBe('2');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(title).toHaveBeenLastCalledWith({ title: 'PT Lens: 2 flashcards due today' });
    await updateStudySettings({ badge: false });
    expect(await updateBadge({ now: NOW, timeZone: TZ })).toBe('');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('uses browserAction where there is no action (Firefox, Manifest V2)', async () => {
    await updateStudySettings({ badge: true });
    const setBadgeText = vi.fn(async () => undefined);
    const browserAction = { setBadgeText, setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
    const real = { action: fakeBrowser.action, browserAction: fakeBrowser.browserAction };
    Object.assign(fakeBrowser, { action: undefined, browserAction });
    try {
      expect(await updateBadge({ now: NOW, timeZone: TZ })).toBe('2');
      expect(setBadgeText).toHaveBeenCalledWith({ text: '2' });
    } finally {
      Object.assign(fakeBrowser, real);
    }
  });

  it('caps the text at "99+"', () => {
    expect([0, 1, 99, 100].map(badgeText)).toEqual(['', '1', '99', '99+']);
  });
});
