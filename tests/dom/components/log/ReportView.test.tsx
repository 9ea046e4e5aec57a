// The clinician summary: averages, chart, the 14-day table, sessions and notes; a day table when
// there are too many entries for one page.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_TABLE_ROWS, ReportView } from '../../../../components/log/ReportView';
import { TREATMENT_CHOICES } from '../../../../log/treatments';
import type { SorenessEntry } from '../../../../log/model';
import { buildReport } from '../../../../log/report';
import { buildTrend } from '../../../../log/trend';
import { NOW, TZ, daysAgo } from './fixtures';

afterEach(cleanup);

function report(entries: SorenessEntry[], onPrint?: () => void) {
  return render(
    <ReportView
      report={buildReport({ entries, now: NOW, timeZone: TZ })}
      trend={buildTrend({ entries, now: NOW, days: 14, timeZone: TZ })}
      printedAt={NOW}
      treatments={TREATMENT_CHOICES}
      onPrint={onPrint}
    />,
  );
}

const entries = [
  daysAgo(3, { id: 's', level: 5, after: { kind: 'pt-session', label: 'Knee class' } }),
  daysAgo(2, { id: 'n', level: 6, note: 'Worse on stairs' }),
  daysAgo(1, { id: 't', level: 2, after: { kind: 'treatment', treatmentId: 'tens' } }),
  daysAgo(30, { id: 'old', level: 9 }),
];

describe('ReportView', () => {
  it('gives the period, averages, a chart and the entries of the last 14 days', () => {
    const onPrint = vi.fn();
    report(entries, onPrint);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Soreness summary');
    expect(screen.getByText(/Last 14 days: 7 May to 20 May 2024 ·/)).toBeTruthy();
    const stats = document.querySelector('[data-report="averages"]')?.textContent ?? '';
    expect(stats).toContain('Entries: 3');
    expect(stats).toContain('Average: 4.3 / 10');
    expect(stats).toContain('Highest: 6 on 18 May');
    expect(screen.getByRole('img', { name: /^Soreness over the last 14 days/ })).toBeTruthy();
    const rows = [...document.querySelectorAll('[data-report="days"] tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['17 May', '09:00', '5 Moderate', 'Left knee', 'PT session (Knee class)', ''],
      ['18 May', '09:00', '6 Moderate', 'Left knee', '', 'see 1'],
      [
        '19 May',
        '09:00',
        '2 Mild',
        'Left knee',
        'TENS (transcutaneous electrical nerve stimulation)',
        '',
      ],
    ]);
    expect(document.querySelector('[data-report="sessions"]')?.textContent).toBe(
      '17 May, 09:00 (Knee class)',
    );
    expect(document.querySelector('[data-report="notes"]')?.textContent).toBe(
      '18 May, 09:00: Worse on stairs',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(onPrint).toHaveBeenCalled();
  });

  it('says when nothing was logged', () => {
    report([daysAgo(30, { id: 'old' })]);
    expect(screen.getByText('Nothing was logged in these 14 days.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('switches to one row per day when the entries would not fit one page', () => {
    const many = Array.from({ length: MAX_TABLE_ROWS + 5 }, (_, i) =>
      daysAgo(i % 14, {
        id: `e${i}`,
        at: new Date(Date.UTC(2024, 4, 20 - (i % 14), 6 + Math.floor(i / 14))).toISOString(),
      }),
    );
    report(many);
    expect(screen.getByText(/too many for one page/)).toBeTruthy();
    expect(document.querySelectorAll('[data-report="days"] tbody tr')).toHaveLength(14);
  });
});
