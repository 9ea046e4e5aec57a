// Reading stored study data: good records kept as they are; bad ones set aside with a reason in
// plain words; a store that cannot be read (or comes from a newer version) set aside whole.
// (Migrations are WXT's, through the record store: tests/dom/store/record-store.test.ts.)
import { describe, expect, it } from 'vitest';
import { gradeCard } from '../../../study/scheduler';
import { parseCards, parseMeetings, setAsideNotice } from '../../../study/parse';
import { repairStudySettings } from '../../../study/settings';
import { DEFAULT_STUDY_SETTINGS } from '../../../study/model';
import { NOW, met } from './fixtures';

const good = met('doms', '2024-05-20T10:00:00.000Z', {
  firstMet: '2024-05-01T10:00:00.000Z',
  count: 3,
});
const card = gradeCard({
  card: { entryId: 'doms', direction: 'forward' },
  progress: undefined,
  grade: 'good',
  now: NOW,
});

describe('parseMeetings', () => {
  it('reads nothing stored as no meetings, with nothing to save', () => {
    expect(parseMeetings(null)).toEqual({ items: [], setAside: [], problems: [], changed: false });
    expect(parseMeetings(undefined).items).toEqual([]);
  });

  it('keeps good records exactly, changing nothing', () => {
    const read = parseMeetings({ version: 1, meetings: [good] });
    expect(read).toEqual({ items: [good], setAside: [], problems: [], changed: false });
  });

  it('sets bad records aside with the reason, and keeps the rest', () => {
    const bad = [
      'junk',
      { ...good, entryId: 'tens', count: 0 },
      { ...good, entryId: 'x', firstMet: 'last Tuesday' },
      { ...good, entryId: 'y', firstMet: '2024-06-01T00:00:00Z' },
      { ...good, entryId: '' },
      { ...good, count: 9 },
    ];
    const read = parseMeetings({ version: 1, meetings: [good, ...bad] });
    expect(read.items).toEqual([good]);
    expect(read.changed).toBe(true);
    expect(read.setAside.map((r) => [r.index, r.kind, r.reason])).toEqual([
      [1, 'rejected', 'it is not a record of a term met'],
      [2, 'rejected', 'its count is not a whole number of at least 1'],
      [3, 'rejected', 'its first or last meeting time is not a date'],
      [4, 'rejected', 'its first meeting comes after its last'],
      [5, 'rejected', 'it does not say which term was met'],
      [6, 'rejected', 'it repeats a record kept before it'],
    ]);
    expect(read.setAside.map((r) => r.raw)).toEqual(bad);
  });

  it('repairs a record whose pages cannot all be read, keeping the original aside', () => {
    const page = { at: '2024-05-20T10:00:00.000Z', title: 'Knee pain' };
    const raw = { ...good, pages: [page, { at: 'never' }, 42] };
    const read = parseMeetings({ version: 1, meetings: [raw] });
    expect(read.items).toEqual([{ ...good, pages: [page] }]);
    expect(read.setAside).toEqual([
      {
        from: 'meetings',
        kind: 'repaired',
        index: 0,
        reason: 'some of its pages could not be read and were left out',
        raw,
      },
    ]);
  });

  it('sets aside a whole store it cannot read, saying why', () => {
    for (const raw of ['garbage', [good], { meetings: [good] }, { version: 1, meetings: 'x' }]) {
      const read = parseMeetings(raw);
      expect(read.items).toEqual([]);
      expect(read.setAside).toEqual([
        {
          from: 'meetings',
          kind: 'rejected',
          index: null,
          reason: 'it is not in a shape PT Lens can read',
          raw,
        },
      ]);
      expect(read.problems[0]).toBe(
        'The saved terms met could not be read: it is not in a shape PT Lens can read.',
      );
    }
  });

  it('keeps a store from a newer version of PT Lens aside instead of guessing', () => {
    const raw = { version: 7, meetings: [good] };
    expect(parseMeetings(raw).setAside[0]?.reason).toBe(
      'it was saved by a newer version of PT Lens (version 7)',
    );
  });
});

describe('parseCards', () => {
  it('keeps good progress and sets aside what the scheduler could not use', () => {
    const bad = [
      { ...card, direction: 'sideways' },
      { ...card, entryId: 'a', state: 'forgotten' },
      { ...card, entryId: 'b', due: 'soon' },
      { ...card, entryId: 'c', stability: -1 },
      { ...card, entryId: 'd', reps: 1.5 },
      { ...card, entryId: 'e', lastReview: 12 },
      card,
    ];
    const read = parseCards({ version: 1, cards: [card, ...bad] });
    expect(read.items).toEqual([card]);
    expect(read.setAside.map((r) => r.reason)).toEqual([
      'its direction is neither "forward" nor "reverse"',
      'its learning state is not one the scheduler knows',
      'its due time is not a date',
      'its memory numbers are missing or negative',
      'its review counts are not whole numbers',
      'its last review time is not a date',
      'it repeats a record kept before it',
    ]);
    expect(read.setAside.every((r) => r.from === 'cards')).toBe(true);
  });
});

describe('setAsideNotice', () => {
  it('says in plain words what was set aside and that nothing was deleted', () => {
    const read = parseMeetings({ version: 1, meetings: [good, 'junk', 'junk2'] });
    const whole = parseCards('garbage');
    expect(setAsideNotice([...read.setAside, ...whole.setAside])).toBe(
      '2 terms met could not be read. Your saved flashcard progress could not be read. ' +
        'Nothing was deleted: the original is kept on this device, to download below.',
    );
    expect(setAsideNotice([])).toBeNull();
  });
});

describe('repairStudySettings', () => {
  it('starts with recording on, pages not kept and no badge', () => {
    expect(repairStudySettings(null)).toEqual({ settings: DEFAULT_STUDY_SETTINGS, problems: [] });
    expect(DEFAULT_STUDY_SETTINGS).toEqual({ paused: false, recordPages: false, badge: false });
  });

  it('repairs each field that is not valid, and keeps the rest', () => {
    const { settings, problems } = repairStudySettings({ paused: 'yes', badge: true, extra: 1 });
    expect(settings).toEqual({ paused: false, recordPages: false, badge: true });
    expect(problems).toEqual([
      'The study setting "Pause recording" was not valid and is back to its default.',
    ]);
    expect(repairStudySettings('nonsense').problems).toEqual([
      'Your study settings could not be read, so the defaults are in use.',
    ]);
  });
});
