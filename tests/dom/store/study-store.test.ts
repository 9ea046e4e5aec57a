// The stored study data: versioned, checked on every read, with anything unreadable kept aside
// (never overwritten, never lost) and said in plain words; study settings repaired on read.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Meeting } from '../../../study/model';
import { DEFAULT_STUDY_SETTINGS } from '../../../study/model';
import { gradeCard } from '../../../study/scheduler';
import {
  changeCards,
  clearMeetings,
  loadStudy,
  loadStudySettings,
  readMeetings,
  storeMeeting,
  studyPort,
  updateStudySettings,
  watchStudy,
  watchStudySettings,
} from '../../../store/study-store';

const NOW = new Date('2024-05-20T12:00:00Z');
const good: Meeting = {
  entryId: 'doms',
  firstMet: '2024-05-01T10:00:00.000Z',
  lastMet: '2024-05-20T10:00:00.000Z',
  count: 3,
  pages: [],
};
const card = gradeCard({
  card: { entryId: 'doms', direction: 'forward' },
  progress: undefined,
  grade: 'good',
  now: NOW,
});

const stored = async (key: string): Promise<unknown> =>
  (await fakeBrowser.storage.local.get(key))[key];

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('study store', () => {
  it('starts empty, with nothing set aside', async () => {
    expect(await loadStudy()).toEqual({ meetings: [], cards: [], setAside: [], notice: null });
  });

  it('keeps meetings and cards under their own versioned keys', async () => {
    await storeMeeting({ entryId: 'doms', at: NOW, keepPages: false });
    await changeCards((cards) => [...cards, card]);
    expect(await stored('study-met')).toEqual({
      version: 1,
      meetings: [
        {
          entryId: 'doms',
          firstMet: NOW.toISOString(),
          lastMet: NOW.toISOString(),
          count: 1,
          pages: [],
        },
      ],
    });
    expect(await stored('study-cards')).toEqual({ version: 1, cards: [card] });
    const study = await loadStudy();
    expect(study.meetings).toHaveLength(1);
    expect(study.cards).toEqual([card]);
  });

  it('sets unreadable records aside, says so plainly, and keeps the rest', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = { ...good, entryId: 'tens', count: -1 };
    await fakeBrowser.storage.local.set({
      'study-met': { version: 1, meetings: [good, broken, 'junk'] },
      'study-cards': 'not even an object',
    });
    const study = await loadStudy();
    expect(study.meetings).toEqual([good]);
    expect(study.cards).toEqual([]);
    expect(study.notice).toBe(
      '2 terms met could not be read. Your saved flashcard progress could not be read. ' +
        'Nothing was deleted: the original is kept on this device, to download below.',
    );
    expect(study.setAside.map((r) => [r.from, r.index, r.raw])).toEqual([
      ['meetings', 1, broken],
      ['meetings', 2, 'junk'],
      ['cards', null, 'not even an object'],
    ]);
    // Kept aside first, then the clean values are written back.
    expect(await stored('study-aside')).toMatchObject({
      version: 1,
      records: [{ raw: broken }, { raw: 'junk' }, { raw: 'not even an object' }],
    });
    expect(await stored('study-met')).toEqual({ version: 1, meetings: [good] });
    expect(await stored('study-cards')).toEqual({ version: 1, cards: [] });
    // Reading again neither loses nor repeats them.
    const again = await loadStudy();
    expect(again.setAside).toHaveLength(3);
    expect(again.notice).toBe(study.notice);
  });

  it('never overwrites what is already set aside, and wraps a damaged aside store', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ 'study-aside': { version: 1, records: 'broken' } });
    await fakeBrowser.storage.local.set({ 'study-met': { version: 1, meetings: [1] } });
    await loadStudy();
    await fakeBrowser.storage.local.set({ 'study-met': { version: 1, meetings: [good, 2] } });
    const study = await loadStudy();
    expect(study.setAside.map((r) => r.raw)).toEqual([{ version: 1, records: 'broken' }, 1, 2]);
    expect(study.meetings).toEqual([good]);
  });

  it('keeps a store written by a newer PT Lens aside instead of losing it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const future = { version: 9, meetings: [{ entryId: 'doms', shape: 'new' }] };
    await fakeBrowser.storage.local.set({ 'study-met': future });
    const study = await loadStudy();
    expect(study.meetings).toEqual([]);
    expect(study.setAside[0]).toMatchObject({ index: null, raw: future });
    expect(study.setAside[0]?.reason).toContain('newer version of PT Lens');
  });

  it('records meetings one at a time, so none is lost when they arrive together', async () => {
    const at = (i: number) => new Date(NOW.getTime() + i * 120_000);
    await Promise.all(
      ['doms', 'tens', 'doms', 'squat'].map((entryId, i) =>
        storeMeeting({ entryId, at: at(i), keepPages: false }),
      ),
    );
    const list = await readMeetings();
    expect(list.map((m) => [m.entryId, m.count])).toEqual([
      ['doms', 2],
      ['tens', 1],
      ['squat', 1],
    ]);
  });

  it('clears the terms met but keeps flashcard progress', async () => {
    await storeMeeting({ entryId: 'doms', at: NOW, keepPages: false });
    await changeCards(() => [card]);
    await clearMeetings();
    const study = await loadStudy();
    expect(study.meetings).toEqual([]);
    expect(study.cards).toEqual([card]);
  });

  it('leaves the cards as they were when the browser cannot save', async () => {
    await changeCards(() => [card]);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota exceeded'));
    await expect(changeCards(() => [])).rejects.toThrow('quota exceeded');
    expect((await loadStudy()).cards).toEqual([card]);
  });

  it('tells watchers about new meetings and cards', async () => {
    const seen: number[] = [];
    const stop = watchStudy((s) => seen.push(s.meetings.length + s.cards.length));
    await storeMeeting({ entryId: 'doms', at: NOW, keepPages: false });
    await changeCards(() => [card]);
    await vi.waitFor(() => expect(seen).toEqual([1, 2]));
    stop();
  });
});

describe('study settings', () => {
  it('start with recording on, pages not kept and no badge', async () => {
    expect(await loadStudySettings()).toEqual(DEFAULT_STUDY_SETTINGS);
    expect(DEFAULT_STUDY_SETTINGS.recordPages).toBe(false);
  });

  it('keep what the user changes and tell watchers', async () => {
    const seen: boolean[] = [];
    const stop = watchStudySettings((s) => seen.push(s.badge));
    await updateStudySettings({ badge: true });
    await studyPort.settings.change({ paused: true });
    expect(await loadStudySettings()).toEqual({ paused: true, recordPages: false, badge: true });
    stop();
    expect(seen).toEqual([true, true]);
  });

  it('repair a corrupt stored value instead of failing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({
      'study-settings': { paused: 'maybe', recordPages: true },
    });
    expect(await loadStudySettings()).toEqual({ paused: false, recordPages: true, badge: false });
    await fakeBrowser.storage.local.set({ 'study-settings': 42 });
    expect(await loadStudySettings()).toEqual(DEFAULT_STUDY_SETTINGS);
  });
});
