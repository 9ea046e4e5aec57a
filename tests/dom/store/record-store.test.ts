// The one record store: versions and migrations through WXT (a step runs on the stored value once;
// a failing one leaves it as it was, to be kept aside, never lost), changes one at a time, and a
// watch that sees every change.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as v from 'valibot';
import type { Reading } from '../../../common/set-aside';
import { keptRecordSchema, type SetAsideRecord } from '../../../common/set-aside';
import { defineAsideStore } from '../../../store/aside-store';
import { defineRecordStore } from '../../../store/record-store';

/** A tiny model: a versioned list of counts, each a whole number; anything else is set aside. */
interface Counts {
  version: number;
  counts: number[];
}
const readCounts =
  (version: number) =>
  (raw: unknown): Reading<number[]> => {
    if (raw === undefined) return { value: [], setAside: [], problems: [], changed: false };
    const ok = v.safeParse(
      v.object({ version: v.literal(version), counts: v.array(v.unknown()) }),
      raw,
    );
    if (!ok.success) {
      const whole = { kind: 'rejected' as const, index: null, reason: 'not counts', raw };
      return { value: [], setAside: [whole], problems: ['not counts'], changed: true };
    }
    const setAside: SetAsideRecord[] = [];
    const value = ok.output.counts.flatMap((x, index) => {
      if (Number.isInteger(x)) return [x as number];
      setAside.push({ kind: 'rejected', index, reason: 'not a count', raw: x });
      return [];
    });
    return { value, setAside, problems: [], changed: setAside.length > 0 };
  };

const stored = async (key: string): Promise<unknown> =>
  (await fakeBrowser.storage.local.get(key))[key];

function countsStore(
  options: { version?: number; migrations?: Record<number, (o: unknown) => unknown> } = {},
) {
  const version = options.version ?? 1;
  const aside = defineAsideStore<SetAsideRecord>({
    key: 'local:counts-aside',
    schema: keptRecordSchema({}),
    damaged: (raw) => ({ kind: 'rejected', index: null, reason: 'damaged', raw }),
  });
  const store = defineRecordStore<number[]>({
    key: 'local:counts',
    version,
    ...(options.migrations ? { migrations: options.migrations } : {}),
    read: readCounts(version),
    stored: (counts): Counts => ({ version, counts }),
    aside,
  });
  return { store, aside };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('migrations', () => {
  // A made-up history, as a future version would add: v2 doubles every count.
  const toV2 = (old: unknown): unknown => {
    const o = old as Counts;
    return { version: 2, counts: o.counts.map((n) => n * 2) };
  };

  it('run on a value of an older version, once, and are saved', async () => {
    await fakeBrowser.storage.local.set({ counts: { version: 1, counts: [1, 2] } });
    const { store } = countsStore({ version: 2, migrations: { 2: toV2 } });
    expect(await store.read()).toEqual([2, 4]);
    expect(await stored('counts')).toEqual({ version: 2, counts: [2, 4] });
    // The next page that opens finds it current and does not run the step again.
    const again = countsStore({ version: 2, migrations: { 2: toV2 } });
    expect(await again.store.read()).toEqual([2, 4]);
  });

  it('leave the value as it was when a step fails, and it is kept aside, not lost', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const old = { version: 1, counts: [1, 2] };
    await fakeBrowser.storage.local.set({ counts: old });
    const broken = (): unknown => {
      throw new Error('boom');
    };
    const { store, aside } = countsStore({ version: 2, migrations: { 2: broken } });
    expect(await store.read()).toEqual([]);
    expect((await aside.read()).map((r) => r.raw)).toEqual([old]);
  });
});

describe('reading and writing', () => {
  it('keeps unreadable records aside before writing the clean value back', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ counts: { version: 1, counts: [1, 'x', 3] } });
    const { store, aside } = countsStore();
    expect(await store.read()).toEqual([1, 3]);
    expect((await aside.read()).map((r) => [r.index, r.raw])).toEqual([[1, 'x']]);
    expect(await stored('counts')).toEqual({ version: 1, counts: [1, 3] });
  });

  it('runs changes one at a time, so none is lost when they arrive together', async () => {
    const { store } = countsStore();
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.change((c) => [...c, i])));
    expect([...(await store.read())].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
  });

  it('carries on after a change that failed', async () => {
    const { store } = countsStore();
    await store.save([1]);
    await expect(
      store.change(() => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    await store.change((c) => [...c, 2]);
    expect(await store.read()).toEqual([1, 2]);
  });

  it('tells watchers the checked value, and nothing after they stop', async () => {
    const { store } = countsStore();
    const seen: number[][] = [];
    const stop = store.watch((c) => seen.push(c));
    await store.save([1, 2]);
    await fakeBrowser.storage.local.set({ counts: { version: 1, counts: [5, 'x'] } });
    stop();
    await store.save([9]);
    expect(seen).toEqual([[1, 2], [5]]);
  });
});
