import { describe, expect, it } from 'vitest';
import { buildTrend, weekSummary } from '../../../log/trend';
import { NOW, daysAgo, entry } from './fixtures';

const summary = (entries: Parameters<typeof weekSummary>[0]['entries']) =>
  weekSummary({ entries, now: NOW, timeZone: 'UTC' });

describe('buildTrend', () => {
  it.each([14, 30, 90] as const)('covers %i days ending today', (days) => {
    const trend = buildTrend({ entries: [], now: NOW, days, timeZone: 'UTC' });
    expect(trend.days).toHaveLength(days);
    expect(trend.days.at(-1)).toBe('2024-05-20');
    expect(trend.series).toEqual([]);
  });

  it('gives each body area its highest soreness per day, with gaps where nothing was logged', () => {
    const entries = [
      daysAgo(0, { level: 6, areas: ['knee-left', 'lower-back'] }),
      daysAgo(0, { level: 3, areas: ['knee-left'] }), // lower, later in the list: 6 still counts
      daysAgo(2, { level: 4, areas: ['knee-left'] }),
      daysAgo(20, { level: 9, areas: ['neck'] }), // outside a 14-day window
    ];
    const trend = buildTrend({ entries, now: NOW, days: 14, timeZone: 'UTC' });
    expect(trend.series.map((s) => s.label)).toEqual(['Lower back', 'Left knee']);
    const knee = trend.series.find((s) => s.area === 'knee-left')?.points ?? [];
    expect(knee.slice(-3)).toEqual([4, null, 6]);
    expect(knee.filter((p) => p !== null)).toHaveLength(2);
  });

  it('marks the days with an entry after a PT session', () => {
    const entries = [
      daysAgo(1, { after: { kind: 'pt-session' } }),
      daysAgo(1, { after: { kind: 'pt-session' }, level: 5 }),
      daysAgo(4, { after: { kind: 'pt-session' } }),
      daysAgo(3, { after: { kind: 'home-exercise' } }),
    ];
    const trend = buildTrend({ entries, now: NOW, days: 14, timeZone: 'UTC' });
    expect(trend.sessionDays).toEqual(['2024-05-16', '2024-05-19']);
  });
});

describe('the one-line summary', () => {
  it('says "down" with both averages to one decimal place', () => {
    const result = summary([
      daysAgo(0, { level: 3 }),
      daysAgo(2, { level: 4 }),
      daysAgo(6, { level: 3 }), // last day of this week
      daysAgo(7, { level: 5 }), // first day of the week before
      daysAgo(13, { level: 4 }),
      daysAgo(14, { level: 10 }), // too old to count
    ]);
    expect(result.thisWeek).toEqual({ average: 3.3, count: 3 });
    expect(result.weekBefore).toEqual({ average: 4.5, count: 2 });
    expect(result.change).toBe(-1.2);
    expect(result.text).toBe('Average soreness this week 3.3, down 1.2 from the week before.');
  });

  it('says "up" when soreness rose', () => {
    expect(summary([daysAgo(1, { level: 6 }), daysAgo(8, { level: 4 })]).text).toBe(
      'Average soreness this week 6.0, up 2.0 from the week before.',
    );
  });

  it('says "the same" when the rounded averages match', () => {
    expect(summary([daysAgo(1, { level: 4 }), daysAgo(9, { level: 4 })]).text).toBe(
      'Average soreness this week 4.0, the same as the week before.',
    );
  });

  it('rounds a half up, as people expect (67 / 20 = 3.35 shows as 3.4)', () => {
    const entries = [
      ...Array.from({ length: 13 }, () => daysAgo(1, { level: 3 })),
      ...Array.from({ length: 7 }, () => daysAgo(2, { level: 4 })),
    ];
    expect(summary(entries).thisWeek?.average).toBe(3.4);
  });

  it('does not count an entry set for later today', () => {
    const later = entry({ id: 'later', at: '2024-05-20T18:00:00Z', level: 9 });
    expect(summary([daysAgo(0, { level: 2 }), later]).thisWeek).toEqual({ average: 2, count: 1 });
  });

  it('says so when nothing was logged the week before', () => {
    expect(summary([daysAgo(1, { level: 2 })]).text).toBe(
      'Average soreness this week 2.0. Nothing was logged the week before to compare with.',
    );
  });

  it('says so when nothing was logged this week', () => {
    expect(summary([daysAgo(10, { level: 5 })]).text).toBe(
      'Nothing logged this week. Average soreness the week before was 5.0.',
    );
  });

  it('says so when nothing was logged at all', () => {
    const result = summary([daysAgo(30, { level: 5 })]);
    expect(result).toEqual({
      thisWeek: null,
      weekBefore: null,
      change: null,
      text: 'No soreness logged in the last two weeks.',
    });
  });
});
