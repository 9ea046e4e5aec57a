import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../log/report';
import { NOW, daysAgo, entry } from './fixtures';

describe('buildReport', () => {
  const entries = [
    daysAgo(0, { id: 'today', level: 4, areas: ['knee-left'], note: 'Stairs' }),
    daysAgo(1, {
      id: 'session',
      level: 6,
      areas: ['knee-left', 'hip-left'],
      after: { kind: 'pt-session', label: 'Knee class' },
    }),
    daysAgo(3, {
      id: 'tens',
      level: 2,
      areas: ['lower-back'],
      after: { kind: 'treatment', treatmentId: 'tens' },
    }),
    daysAgo(13, { id: 'first-day', level: 1, areas: ['neck'] }),
    daysAgo(14, { id: 'too-old', level: 9, areas: ['neck'], note: 'not in the report' }),
    entry({ id: 'future', at: '2024-05-20T18:00:00Z', level: 8 }), // after "now"
  ];
  const report = buildReport({ entries, now: NOW, timeZone: 'UTC' });

  it('covers the last 14 days, one row per entry, oldest first', () => {
    expect([report.from, report.to]).toEqual(['2024-05-07', '2024-05-20']);
    expect(report.rows.map((r) => r.entryId)).toEqual(['first-day', 'tens', 'session', 'today']);
    expect(report.rows[2]).toEqual({
      entryId: 'session',
      day: '2024-05-19',
      time: '09:00',
      level: 6,
      levelWords: 'Moderate',
      areas: ['Left knee', 'Left hip'],
      after: { kind: 'pt-session', label: 'Knee class' },
      afterText: 'PT session: Knee class',
    });
    expect(report.rows[1]?.afterText).toBe('A treatment: tens');
  });

  it('gives every day of the period its highest soreness, null when nothing was logged', () => {
    expect(report.days).toHaveLength(14);
    expect(report.days.at(-1)).toEqual({ day: '2024-05-20', highest: 4 });
    expect(report.days.at(-3)).toEqual({ day: '2024-05-18', highest: null });
  });

  it('lists sessions and notes with their day and time', () => {
    expect(report.sessions).toEqual([{ day: '2024-05-19', time: '09:00', label: 'Knee class' }]);
    expect(report.notes).toEqual([{ day: '2024-05-20', time: '09:00', text: 'Stairs' }]);
  });

  it('gives averages overall and per area, the highest level, and the weekly summary', () => {
    expect(report.average).toBe(3.3); // (1 + 2 + 6 + 4) / 4 = 3.25
    expect(report.highest).toEqual({ level: 6, day: '2024-05-19' });
    expect(report.byArea.map((a) => [a.label, a.count, a.average, a.highest])).toEqual([
      ['Neck', 1, 1, 1],
      ['Lower back', 1, 2, 2],
      ['Left hip', 1, 6, 6],
      ['Left knee', 2, 5, 6],
    ]);
    expect(report.week.text).toMatch(/^Average soreness this week 4\.0/);
  });

  it('reads plainly for an empty log', () => {
    const empty = buildReport({ entries: [], now: NOW, timeZone: 'UTC' });
    expect(empty.rows).toEqual([]);
    expect(empty.average).toBeNull();
    expect(empty.highest).toBeNull();
    expect(empty.week.text).toBe('No soreness logged in the last two weeks.');
  });
});
