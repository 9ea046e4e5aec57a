// The trend of the last 14, 30 or 90 days, per body area, with this week's one-line summary and
// the same numbers as a table for anyone who prefers text.
import { useMemo, useState } from 'preact/hooks';
import { BODY_AREA_LABELS } from '../../log/model';
import type { BodyArea, SorenessEntry } from '../../log/model';
import { TREND_WINDOWS, buildTrend } from '../../log/trend';
import type { Trend, TrendWindow } from '../../log/trend';
import { TrendSvg } from './TrendSvg';
import { dayWords } from '../../log/time';
import form from './EntryForm.module.css';
import log from './log.module.css';
import styles from './TrendChart.module.css';

export interface TrendChartProps {
  entries: readonly SorenessEntry[];
  now: () => Date;
  timeZone: string;
}

export function TrendChart({ entries, now, timeZone }: TrendChartProps) {
  const [days, setDays] = useState<TrendWindow>(14);
  const [area, setArea] = useState<BodyArea | 'all'>('all');
  const full = useMemo(
    () => buildTrend({ entries, now: now(), days, timeZone }),
    [entries, days, timeZone, now],
  );
  const shownArea = full.series.some((s) => s.area === area) ? area : 'all';
  const trend: Trend =
    shownArea === 'all'
      ? full
      : { ...full, series: full.series.filter((s) => s.area === shownArea) };
  const title =
    shownArea === 'all'
      ? `Soreness over the last ${days} days`
      : `${BODY_AREA_LABELS[shownArea]} soreness over the last ${days} days`;

  return (
    <div>
      <p data-summary="week">
        <strong>This week:</strong> {full.summary.text}
      </p>
      <div class={styles.controls}>
        <fieldset>
          <legend>Show the last</legend>
          <div class={form.chips}>
            {TREND_WINDOWS.map((n) => (
              <label key={n} class={form.chip}>
                <input
                  type="radio"
                  name="trend-days"
                  value={String(n)}
                  checked={days === n}
                  onChange={() => setDays(n)}
                />
                <span>{n} days</span>
              </label>
            ))}
          </div>
        </fieldset>
        {full.series.length > 1 && (
          <div>
            <label class={log.label} for="trend-area">
              Body area
            </label>
            <select
              id="trend-area"
              class={log.input}
              value={shownArea}
              onChange={(e) => setArea(e.currentTarget.value as BodyArea | 'all')}
            >
              <option value="all">All areas</option>
              {full.series.map((s) => (
                <option key={s.area} value={s.area}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {trend.series.length === 0 ? (
        <p class={log.muted}>Nothing logged in the last {days} days, so there is no chart yet.</p>
      ) : (
        <>
          <TrendSvg trend={trend} idPrefix="trend" title={title} />
          <TrendTable trend={trend} />
        </>
      )}
    </div>
  );
}

/** The chart's numbers: one row per day with something logged or a session. */
export function TrendTable({ trend }: { trend: Trend }) {
  const rows = trend.days
    .map((day, i) => ({ day, i, session: trend.sessionDays.includes(day) }))
    .filter((r) => r.session || trend.series.some((s) => s.points[r.i] !== null))
    .reverse();
  return (
    <details class={log.details}>
      <summary>Show the chart as a table</summary>
      <div class={styles.tableWrap}>
        <table class={styles.table}>
          <caption class={log.srOnly}>Highest soreness each day, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {trend.series.map((s) => (
                <th key={s.area} scope="col">
                  {s.label}
                </th>
              ))}
              <th scope="col">PT session</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.day}>
                <th scope="row">{dayWords(r.day, 'short')}</th>
                {trend.series.map((s) => (
                  <td key={s.area}>{s.points[r.i] ?? '–'}</td>
                ))}
                <td>{r.session ? 'Yes' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
