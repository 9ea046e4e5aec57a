// What a user already has must load unchanged through the record store: today's stored shapes,
// under today's keys (examples from the store tests' fixtures), read as they are and left in
// storage exactly as they were, with nothing set aside and no version key of WXT's added.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCheckIn, loadLog } from '../../../store/log-store';
import { loadSettings } from '../../../store/settings-store';
import { loadStudy, loadStudySettings } from '../../../store/study-store';

const at = '2024-05-20T09:00:00Z';
const entry = {
  id: 'a',
  at: '2024-05-19T21:15:00+02:00',
  level: 7,
  areas: ['knee-left', 'lower-back'],
  after: { kind: 'treatment', treatmentId: 'massage', label: 'Knee class' },
  note: 'After the stairs',
  createdAt: at,
  updatedAt: at,
};
const meeting = {
  entryId: 'doms',
  firstMet: '2024-05-01T10:00:00.000Z',
  lastMet: '2024-05-20T10:00:00.000Z',
  count: 3,
  pages: [{ at: '2024-05-20T10:00:00.000Z', title: 'Knee pain', url: 'https://example.com/' }],
};
const card = {
  entryId: 'doms',
  direction: 'forward',
  due: '2024-05-21T12:00:00.000Z',
  stability: 2.3,
  difficulty: 5.1,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 'review',
  lastReview: '2024-05-20T12:00:00.000Z',
};
const logKept = { keptAt: at, kind: 'rejected', index: 1, reason: 'r', raw: 'junk' };
const studyKept = { keptAt: at, from: 'cards', kind: 'repaired', index: 0, reason: 'r', raw: 1 };

const TODAY = {
  'soreness-log': { version: 1, entries: [entry] },
  'soreness-log-aside': { version: 1, records: [logKept] },
  'soreness-check-in': { enabled: true, promptedFor: 's1' },
  'study-met': { version: 1, meetings: [meeting] },
  'study-cards': { version: 1, cards: [card] },
  'study-aside': { version: 1, records: [studyKept] },
  'study-settings': { paused: true, recordPages: true, badge: false },
  settings: {
    highlight: 'tint',
    occurrences: 'first',
    pausedSites: ['news.example'],
    pausedEverywhere: false,
    theme: 'dark',
    textSize: 'large',
  },
};

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(structuredClone(TODAY));
});

describe("today's stored shapes", () => {
  it('load as they are', async () => {
    expect(await loadLog()).toEqual({
      entries: [entry],
      setAside: [logKept],
      notice:
        '1 entry could not be read and was set aside; it is kept safely and included in your JSON export.',
    });
    expect(await loadCheckIn()).toEqual({ enabled: true, promptedFor: 's1' });
    const study = await loadStudy();
    expect(study).toMatchObject({ meetings: [meeting], cards: [card], setAside: [studyKept] });
    expect(await loadStudySettings()).toEqual(TODAY['study-settings']);
    expect(await loadSettings()).toEqual(TODAY.settings);
  });

  it('stay in storage exactly as they were', async () => {
    await Promise.all([loadLog(), loadCheckIn(), loadStudy(), loadStudySettings(), loadSettings()]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(TODAY);
  });
});
