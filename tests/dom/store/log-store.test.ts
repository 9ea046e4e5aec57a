// The stored log: checked on every read, migrated from older shapes, with anything unreadable kept
// aside (never overwritten, never lost), failed writes losing nothing, and undo of a delete.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SorenessEntry } from '../../../log/model';
import {
  changeEntries,
  checkInsOn,
  enableCheckIns,
  loadCheckIn,
  loadLog,
  saveEntries,
  setAsideNotice,
  watchLog,
} from '../../../store/log-store';

const at = '2024-05-20T09:00:00Z';
const good = (id: string, level = 3): SorenessEntry => ({
  id,
  at,
  level,
  areas: ['knee-left'],
  createdAt: at,
  updatedAt: at,
});

const stored = async (key: string): Promise<unknown> =>
  (await fakeBrowser.storage.local.get(key))[key];

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('log store', () => {
  it('starts empty, with nothing set aside', async () => {
    expect(await loadLog()).toEqual({ entries: [], setAside: [], notice: null });
  });

  it('keeps what is saved, as a versioned log', async () => {
    await saveEntries([good('a'), good('b', 7)]);
    expect((await loadLog()).entries).toEqual([good('a'), good('b', 7)]);
    expect(await stored('soreness-log')).toEqual({
      version: 1,
      entries: [good('a'), good('b', 7)],
    });
  });

  it('sets unreadable entries aside, says so plainly, and keeps the rest', async () => {
    const broken = { ...good('x'), level: 12 };
    await fakeBrowser.storage.local.set({
      'soreness-log': { version: 1, entries: [good('a'), broken, 'junk', good('b')] },
    });
    const log = await loadLog();
    expect(log.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(log.notice).toBe(
      '2 entries could not be read and were set aside; they are kept safely and included in your JSON export.',
    );
    expect(log.setAside.map((r) => [r.kind, r.index, r.raw])).toEqual([
      ['rejected', 1, broken],
      ['rejected', 2, 'junk'],
    ]);
    expect(log.setAside[0]?.reason).toContain('soreness must be a whole number from 0 to 10');
    // The aside copy is written before the log is rewritten without those entries.
    expect(await stored('soreness-log-aside')).toMatchObject({
      version: 1,
      records: [{ raw: broken }, { raw: 'junk' }],
    });
    expect(await stored('soreness-log')).toEqual({ version: 1, entries: [good('a'), good('b')] });
    // Reading again neither loses nor repeats them.
    const again = await loadLog();
    expect(again.setAside).toHaveLength(2);
    expect(again.notice).toBe(log.notice);
  });

  it('never overwrites what is already set aside', async () => {
    await fakeBrowser.storage.local.set({ 'soreness-log': { version: 1, entries: [1] } });
    await loadLog();
    await fakeBrowser.storage.local.set({
      'soreness-log': { version: 1, entries: [good('a'), 2] },
    });
    const log = await loadLog();
    expect(log.setAside.map((r) => r.raw)).toEqual([1, 2]);
    expect(log.entries).toEqual([good('a')]);
  });

  it('keeps a damaged set-aside store as a record of its own', async () => {
    await fakeBrowser.storage.local.set({ 'soreness-log-aside': 'scribbles' });
    await fakeBrowser.storage.local.set({
      'soreness-log': { version: 1, entries: [good('a'), 'junk'] },
    });
    const log = await loadLog();
    expect(log.setAside.map((r) => r.raw)).toEqual(['scribbles', 'junk']);
  });

  it('sets a whole unreadable log aside', async () => {
    const newer = { version: 99, entries: [good('a')] };
    await fakeBrowser.storage.local.set({ 'soreness-log': newer });
    const log = await loadLog();
    expect(log.entries).toEqual([]);
    expect(log.notice).toBe(
      'Your saved log could not be read and was set aside; it is kept safely and included in your JSON export.',
    );
    expect(log.setAside[0]).toMatchObject({ kind: 'rejected', index: null, raw: newer });
    expect(log.setAside[0]?.reason).toContain('made by a newer PT Lens');
  });

  it('keeps the original of a repaired entry', async () => {
    const long = { ...good('a'), note: 'x'.repeat(600) };
    await fakeBrowser.storage.local.set({ 'soreness-log': { version: 1, entries: [long] } });
    const log = await loadLog();
    expect(log.entries[0]?.note).toHaveLength(500);
    expect(log.setAside).toMatchObject([{ kind: 'repaired', index: 0, raw: long }]);
    expect(log.notice).toBe(
      '1 saved record was repaired; the original is kept safely and included in your JSON export.',
    );
  });

  it('loses nothing when the browser cannot save', async () => {
    await saveEntries([good('a')]);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await expect(changeEntries((list) => [...list, good('b')])).rejects.toThrow('QUOTA_BYTES');
    expect((await loadLog()).entries).toEqual([good('a')]);
    // The queue carries on after a failure.
    await changeEntries((list) => [...list, good('c')]);
    expect((await loadLog()).entries.map((e) => e.id)).toEqual(['a', 'c']);
  });

  it('does not rewrite the log when setting entries aside fails', async () => {
    const raw = { version: 1, entries: [good('a'), 'junk'] };
    await fakeBrowser.storage.local.set({ 'soreness-log': raw });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    await expect(loadLog()).rejects.toThrow('disk full');
    expect(await stored('soreness-log')).toEqual(raw);
  });

  it('tells watchers about changes', async () => {
    const seen: string[][] = [];
    const stop = watchLog((log) => seen.push(log.entries.map((e) => e.id)));
    await saveEntries([good('a')]);
    await vi.waitFor(() => expect(seen).toEqual([['a']]));
    stop();
  });

  it('words the notice for one entry', () => {
    const one = [{ keptAt: at, kind: 'rejected' as const, index: 0, reason: 'r', raw: 1 }];
    expect(setAsideNotice(one)).toBe(
      '1 entry could not be read and was set aside; it is kept safely and included in your JSON export.',
    );
    expect(setAsideNotice([])).toBeNull();
  });
});

describe('check-in setting', () => {
  it('is off until the browser grants the permissions', async () => {
    const request = vi.fn(async () => false);
    Object.assign(fakeBrowser.permissions, { request, contains: vi.fn(async () => true) });
    expect(await enableCheckIns()).toBe(false);
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await loadCheckIn()).toEqual({ enabled: false });
    request.mockResolvedValueOnce(true);
    expect(await enableCheckIns()).toBe(true);
    expect(await checkInsOn()).toBe(true);
  });

  it('reads as off when the permissions were taken back', async () => {
    Object.assign(fakeBrowser.permissions, {
      request: vi.fn(async () => true),
      contains: vi.fn(async () => false),
    });
    await enableCheckIns();
    expect(await checkInsOn()).toBe(false);
  });
});
