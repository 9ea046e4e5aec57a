// Property tests without a library: many seeded random logs, full of awkward text, must come back
// from CSV and JSON exactly as they went out.
import { describe, expect, it } from 'vitest';
import { parseCsvLog, toCsv } from '../../../log/csv';
import { parseJsonLog, toJsonExport } from '../../../log/json-io';
import { readStoredLog } from '../../../log/parse-log';
import { AFTER_KINDS, BODY_AREA_IDS } from '../../../log/model';
import type { AfterWhat, SorenessEntry } from '../../../log/model';
import { NOW } from './fixtures';

/** mulberry32: a tiny seeded random number generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AWKWARD = [
  'a',
  'Z',
  ' ',
  ',',
  '"',
  "'",
  '\n',
  '\r\n',
  '=',
  '+',
  '-',
  '@',
  '\t',
  ';',
  'é',
  '痛',
  '🙂',
];
const OFFSETS = ['Z', '+00:00', '-04:00', '+05:30', '+09:00', '-11:00'];

function makeEntries(seed: number, count: number): SorenessEntry[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const text = (max: number): string => {
    const s = Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(AWKWARD)).join('');
    return s.trim() === '' ? `x${s}` : s;
  };
  const timestamp = (): string => {
    const ms = Date.UTC(2020, 0, 1) + Math.floor(rnd() * 5 * 365 * 86_400_000);
    const offset = pick(OFFSETS);
    const minutes =
      offset === 'Z'
        ? 0
        : (offset[0] === '-' ? -1 : 1) *
          (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
    const local = new Date(ms + minutes * 60_000).toISOString();
    const withMs = rnd() < 0.3;
    return `${withMs ? local.slice(0, 23) : local.slice(0, 19)}${offset}`;
  };
  return Array.from({ length: count }, (_, i) => {
    const areas = BODY_AREA_IDS.filter(() => rnd() < 0.15);
    const at = timestamp();
    const e: SorenessEntry = {
      id: `e${seed}-${i}`,
      at,
      level: Math.floor(rnd() * 11),
      areas: areas.length > 0 ? areas : [pick(BODY_AREA_IDS)],
      createdAt: rnd() < 0.5 ? at : timestamp(),
      updatedAt: timestamp(),
    };
    if (rnd() < 0.5) {
      const after: AfterWhat = { kind: pick(AFTER_KINDS) };
      if (rnd() < 0.5) after.treatmentId = pick(['tens', 'massage', 'dry-needling']);
      if (rnd() < 0.5) after.label = text(20).trim() || 'label';
      e.after = after;
    }
    if (rnd() < 0.6) e.note = text(60);
    return e;
  });
}

const byId = (entries: readonly SorenessEntry[]) =>
  [...entries].sort((a, b) => a.id.localeCompare(b.id));

describe('export then import gives the same entries', () => {
  const seeds = Array.from({ length: 25 }, (_, i) => i + 1);

  it.each(seeds)('CSV, seed %i', (seed) => {
    const entries = makeEntries(seed, 40);
    const back = parseCsvLog({ text: toCsv(entries), makeId: () => 'unused' });
    expect(back.errors).toEqual([]);
    expect(byId(back.entries)).toEqual(byId(entries));
  });

  it.each(seeds)('JSON, seed %i', (seed) => {
    const entries = makeEntries(seed, 40);
    expect(parseJsonLog(toJsonExport({ entries, now: NOW }))).toEqual({ entries, errors: [] });
  });

  it('the stored log, saved and loaded again', () => {
    const entries = makeEntries(99, 200);
    const stored = JSON.parse(JSON.stringify({ version: 1, entries })) as unknown;
    expect(readStoredLog(stored)).toMatchObject({
      value: { entries },
      problems: [],
      changed: false,
    });
  });
});
