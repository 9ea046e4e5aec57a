// The trend drawn as SVG: one line per body area, PT session days marked, named and described for
// screen readers (role="img" with a title and a description), with a legend that does not rely on colour.
import type { Trend } from '../../log/trend';
import {
  CHART,
  dayTicks,
  describeTrend,
  linePath,
  markerPath,
  sharedOffsets,
  scales,
  seriesStyle,
} from './chart-geometry';
import { dayWords } from '../../log/time';
import styles from './TrendChart.module.css';

export interface TrendSvgProps {
  trend: Trend;
  idPrefix: string;
  title: string;
}

const colorClass = (i: number): string | undefined => styles[`c${i}`];
/** How far apart, in chart units, lines run where two areas have the same value. */
const LINE_APART = 2.5;

export function TrendSvg({ trend, idPrefix, title }: TrendSvgProps) {
  const s = scales(trend.days.length);
  const r = trend.days.length > 45 ? 2.4 : 3.6;
  const shared = sharedOffsets(trend.series.map((series) => series.points));
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return (
    <figure class={styles.figure}>
      <svg
        class={styles.svg}
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        data-chart="trend"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{describeTrend(trend)}</desc>
        {[0, 2, 4, 6, 8, 10].map((v) => (
          <g key={v}>
            <line class={styles.grid} x1={s.x0} x2={s.x1} y1={s.y(v)} y2={s.y(v)} />
            <text class={styles.axisText} x={s.x0 - 6} y={s.y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {dayTicks(trend.days.length).map((i) => (
          <text
            key={i}
            class={styles.axisText}
            x={Math.min(Math.max(s.x(i), s.x0 + 16), s.x1 - 16)}
            y={CHART.height - 8}
            text-anchor="middle"
          >
            {dayWords(trend.days[i] ?? '', 'short')}
          </text>
        ))}
        {trend.sessionDays.map((day) => {
          const i = trend.days.indexOf(day);
          return (
            <g key={day} data-session={day}>
              <line class={styles.session} x1={s.x(i)} x2={s.x(i)} y1={s.y0 - 4} y2={s.y1} />
              <text class={styles.sessionText} x={s.x(i)} y={s.y0 - 8} text-anchor="middle">
                PT
              </text>
            </g>
          );
        })}
        {trend.series.map((series, n) => {
          const look = seriesStyle(n);
          return (
            <g key={series.area} class={colorClass(look.color)} data-area={series.area}>
              <path
                class={styles.line}
                d={linePath(series.points, s, shared[n], LINE_APART)}
                stroke-dasharray={look.dash}
              />
              {series.points.map((v, i) =>
                v === null ? null : (
                  <path
                    key={i}
                    d={markerPath(look.marker, s.x(i) + (shared[n]?.[i] ?? 0) * r * 2.4, s.y(v), r)}
                    stroke="none"
                  />
                ),
              )}
            </g>
          );
        })}
      </svg>
      {(trend.series.length > 0 || trend.sessionDays.length > 0) && (
        <ul class={styles.legend} aria-label="Key">
          {trend.series.map((series, n) => {
            const look = seriesStyle(n);
            return (
              <li key={series.area}>
                <svg class={styles.key} viewBox="0 0 30 12" aria-hidden="true">
                  <g class={colorClass(look.color)}>
                    <path class={styles.line} d="M2 6H28" stroke-dasharray={look.dash} />
                    <path d={markerPath(look.marker, 15, 6, 3.6)} stroke="none" />
                  </g>
                </svg>
                {series.label}
              </li>
            );
          })}
          {trend.sessionDays.length > 0 && (
            <li>
              <svg class={styles.key} viewBox="0 0 30 12" aria-hidden="true">
                <path class={styles.session} d="M15 0V12" />
              </svg>
              PT session
            </li>
          )}
        </ul>
      )}
    </figure>
  );
}
