// The trend chart: an accessible SVG named and described in words, sessions marked, a table
// alternative, and 14, 30 or 90 days per body area.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TrendChart } from '../../../../components/log/TrendChart';
import { TZ, daysAgo, now } from './fixtures';

afterEach(cleanup);

const entries = [
  daysAgo(6, { id: 's1', level: 4, after: { kind: 'pt-session' } }),
  daysAgo(5, { id: 'a', level: 6 }),
  daysAgo(3, {
    id: 's2',
    level: 3,
    after: { kind: 'pt-session' },
    areas: ['knee-left', 'hip-right'],
  }),
  daysAgo(0, { id: 'b', level: 2 }),
  daysAgo(20, { id: 'old', level: 9, areas: ['neck'] }),
];

describe('TrendChart', () => {
  it('is an image with an accessible name and a description in words', () => {
    render(<TrendChart entries={entries} now={now} timeZone={TZ} />);
    const chart = screen.getByRole('img', { name: /^Soreness over the last 14 days/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    const desc = chart.querySelector('desc')?.textContent ?? '';
    expect(desc).toContain('from 7 May to 20 May');
    expect(desc).toContain('Left knee: logged on 4 days, from 2 to 6, latest 2 on 20 May.');
    expect(desc).toContain('Right hip: logged on 1 day, always 3, latest 3 on 17 May.');
    expect(desc).toContain('PT sessions on 14 May and 17 May.');
  });

  it('marks the session days and draws one line per area', () => {
    const { container } = render(<TrendChart entries={entries} now={now} timeZone={TZ} />);
    const sessions = [...container.querySelectorAll('[data-session]')].map((g) =>
      g.getAttribute('data-session'),
    );
    expect(sessions).toEqual(['2024-05-14', '2024-05-17']);
    const areas = [...container.querySelectorAll('[data-area]')].map((g) =>
      g.getAttribute('data-area'),
    );
    expect(areas).toEqual(['hip-right', 'knee-left']);
    expect(screen.getByRole('list', { name: 'Key' }).textContent).toContain('PT session');
  });

  it('gives this week’s one-line summary', () => {
    render(<TrendChart entries={entries} now={now} timeZone={TZ} />);
    expect(document.querySelector('[data-summary="week"]')?.textContent).toBe(
      'This week: Average soreness this week 3.8. Nothing was logged the week before to compare with.',
    );
  });

  it('has the same numbers as a table', () => {
    render(<TrendChart entries={entries} now={now} timeZone={TZ} />);
    const table = screen.getByRole('table');
    const rows = [...table.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent),
    );
    expect(rows[0]).toEqual(['20 May', '–', '2', '']);
    expect(rows).toContainEqual(['17 May', '3', '3', 'Yes']);
  });

  it('switches to 90 days and to one body area', () => {
    render(<TrendChart entries={entries} now={now} timeZone={TZ} />);
    fireEvent.click(screen.getByRole('radio', { name: '90 days' }));
    expect(screen.getByRole('img', { name: /^Soreness over the last 90 days/ })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Body area'), { target: { value: 'neck' } });
    const chart = screen.getByRole('img', { name: /^Neck soreness over the last 90 days/ });
    expect(chart.querySelectorAll('[data-area]')).toHaveLength(1);
  });

  it('says there is nothing to chart rather than drawing an empty one', () => {
    render(<TrendChart entries={[daysAgo(40, { id: 'x' })]} now={now} timeZone={TZ} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(
      screen.getByText('Nothing logged in the last 14 days, so there is no chart yet.'),
    ).toBeTruthy();
  });
});
