import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../log/report';
import {
  isRealDay,
  parseReportRange,
  rangeDays,
  rangeLabel,
  rangeSearch,
  type ReportRange,
} from '../../../log/report-range';
import { NOW, daysAgo } from './fixtures';

const TODAY = '2024-05-20';

describe('the range of the clinician summary, read from its address', () => {
  it.each([
    ['', { kind: 'last', days: 14 }],
    ['?range=14', { kind: 'last', days: 14 }],
    ['?range=30', { kind: 'last', days: 30 }],
    ['?range=all', { kind: 'all' }],
    ['?since=2024-04-02', { kind: 'since', day: '2024-04-02' }],
  ])('%j', (search, range) => {
    expect(parseReportRange(search, TODAY)).toEqual({ range });
  });

  it.each([
    ['?range=7', '“7” is not a range PT Lens knows.'],
    ['?since=2024-02-31', '“2024-02-31” is not a date.'],
    ['?since=last-visit', '“last-visit” is not a date.'],
    ['?since=2024-05-21', 'That date is still to come.'],
  ])('%j falls back to the last 14 days and says why', (search, problem) => {
    expect(parseReportRange(search, TODAY)).toEqual({
      range: { kind: 'last', days: 14 },
      problem,
    });
  });

  it('writes back what it reads', () => {
    const ranges: ReportRange[] = [
      { kind: 'last', days: 14 },
      { kind: 'last', days: 30 },
      { kind: 'since', day: '2024-01-09' },
      { kind: 'all' },
    ];
    for (const range of ranges) {
      expect(parseReportRange(rangeSearch(range), TODAY).range).toEqual(range);
    }
  });

  it('knows real days from impossible ones', () => {
    expect(['2024-02-29', '2023-02-29', '2024-13-01', '20/11/2026'].map(isRealDay)).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('the days a range covers', () => {
  it('counts both ends; everything starts at the first entry, or today if none', () => {
    expect(rangeDays({ kind: 'last', days: 30 }, TODAY, undefined)).toEqual({
      from: '2024-04-21',
      to: TODAY,
      count: 30,
    });
    expect(rangeDays({ kind: 'since', day: '2024-05-18' }, TODAY, undefined).count).toBe(3);
    expect(rangeDays({ kind: 'all' }, TODAY, '2023-05-21').count).toBe(366);
    expect(rangeDays({ kind: 'all' }, TODAY, undefined).count).toBe(1);
  });

  it('is named on the summary', () => {
    const short = (day: string) => `<${day}>`;
    expect(rangeLabel({ kind: 'last', days: 30 }, short)).toBe('Last 30 days');
    expect(rangeLabel({ kind: 'since', day: '2024-05-01' }, short)).toBe('Since <2024-05-01>');
    expect(rangeLabel({ kind: 'all' }, short)).toBe('Everything logged');
  });
});

describe('buildReport over a chosen range', () => {
  const entries = [
    daysAgo(0, { id: 'today', level: 4 }),
    daysAgo(20, { id: 'three-weeks', level: 6 }),
    daysAgo(40, { id: 'six-weeks', level: 2 }),
  ];
  const rows = (range: ReportRange) =>
    buildReport({ entries, now: NOW, timeZone: 'UTC', range }).rows.map((r) => r.entryId);

  it('holds the entries of that range only, and a day row for each of its days', () => {
    expect(rows({ kind: 'last', days: 14 })).toEqual(['today']);
    expect(rows({ kind: 'last', days: 30 })).toEqual(['three-weeks', 'today']);
    expect(rows({ kind: 'since', day: '2024-04-10' })).toEqual([
      'six-weeks',
      'three-weeks',
      'today',
    ]);
    const all = buildReport({ entries, now: NOW, timeZone: 'UTC', range: { kind: 'all' } });
    expect(all.rows.map((r) => r.entryId)).toEqual(['six-weeks', 'three-weeks', 'today']);
    expect([all.from, all.dayCount, all.days.length]).toEqual(['2024-04-10', 41, 41]);
  });
});
