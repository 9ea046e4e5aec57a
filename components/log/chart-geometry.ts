// Where things go on the trend chart: scales, day ticks, line paths and the words that describe
// the chart for people who cannot see it. Pure: no DOM.
import type { Trend } from '../../log/trend';
import { dayWords } from '../../log/time';

export const CHART = { width: 440, height: 210, left: 30, right: 12, top: 22, bottom: 28 } as const;

export interface Scales {
  x(index: number): number;
  y(level: number): number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export function scales(dayCount: number): Scales {
  const { width, height, left, right, top, bottom } = CHART;
  const step = (width - left - right) / Math.max(dayCount, 1);
  return {
    x: (i) => left + (i + 0.5) * step,
    y: (level) => top + ((10 - level) / 10) * (height - top - bottom),
    x0: left,
    x1: width - right,
    y0: top,
    y1: height - bottom,
  };
}

/** Day indices to label: today and every `step` days back, so the newest day is always named. */
export function dayTicks(dayCount: number): number[] {
  // At most about seven labels, so that they never run into one another on a long range.
  const step = dayCount <= 14 ? 3 : dayCount <= 30 ? 7 : Math.max(21, Math.ceil(dayCount / 7));
  const ticks: number[] = [];
  for (let i = dayCount - 1; i >= 0; i -= step) ticks.unshift(i);
  return ticks;
}

/**
 * Where several series have the same value on the same day, each gets its own place among them:
 * -0.5 and 0.5 for two, -1, 0 and 1 for three; 0 for a point of its own. Drawn at those places
 * (markers side by side, lines a little apart), two areas with the same soreness both stay in
 * sight instead of the later one hiding the earlier.
 */
export function sharedOffsets(series: readonly (readonly (number | null)[])[]): number[][] {
  const offsets = series.map((points) => points.map(() => 0));
  const days = Math.max(0, ...series.map((p) => p.length));
  for (let day = 0; day < days; day++) {
    const byValue = new Map<number, number[]>();
    series.forEach((points, n) => {
      const v = points[day];
      if (v === null || v === undefined) return;
      byValue.set(v, [...(byValue.get(v) ?? []), n]);
    });
    for (const group of byValue.values()) {
      group.forEach((n, k) => {
        const row = offsets[n];
        if (row) row[day] = k - (group.length - 1) / 2;
      });
    }
  }
  return offsets;
}

/**
 * An SVG path through the days that have a value, in order; empty when there are none. A point
 * shared with another series is moved `offsets[i] * lift` units up or down.
 */
export function linePath(
  points: readonly (number | null)[],
  s: Scales,
  offsets: readonly number[] = [],
  lift = 0,
): string {
  const parts: string[] = [];
  points.forEach((v, i) => {
    if (v === null) return;
    const y = s.y(v) + (offsets[i] ?? 0) * lift;
    parts.push(`${parts.length === 0 ? 'M' : 'L'}${s.x(i).toFixed(1)} ${y.toFixed(1)}`);
  });
  return parts.join(' ');
}

export const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Marker = (typeof MARKERS)[number];
export const DASHES = [undefined, '6 3', '2 3', '8 3 2 3'] as const;

/** Each series' look: colour slot, marker and dash, so lines differ by more than colour. */
export function seriesStyle(index: number): { color: number; marker: Marker; dash?: string } {
  const dash = DASHES[Math.floor(index / MARKERS.length) % DASHES.length];
  return {
    color: index % 6,
    marker: MARKERS[index % MARKERS.length] as Marker,
    ...(dash ? { dash } : {}),
  };
}

/** A marker's path centred on (x, y). */
export function markerPath(marker: Marker, x: number, y: number, r: number): string {
  const f = (n: number): string => n.toFixed(1);
  switch (marker) {
    case 'square':
      return `M${f(x - r)} ${f(y - r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}Z`;
    case 'triangle':
      return `M${f(x)} ${f(y - r * 1.2)}L${f(x + r * 1.1)} ${f(y + r * 0.8)}L${f(x - r * 1.1)} ${f(y + r * 0.8)}Z`;
    case 'diamond':
      return `M${f(x)} ${f(y - r * 1.3)}L${f(x + r * 1.3)} ${f(y)}L${f(x)} ${f(y + r * 1.3)}L${f(x - r * 1.3)} ${f(y)}Z`;
    default:
      return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0`;
  }
}

const list = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The chart in words: the period, each area's range and latest value, and the session days. */
export function describeTrend(trend: Trend): string {
  const first = trend.days[0];
  const last = trend.days[trend.days.length - 1];
  if (!first || !last) return '';
  const parts = [
    `Highest soreness each day, 0 to 10, from ${dayWords(first, 'short')} to ${dayWords(last, 'short')}.`,
  ];
  if (trend.series.length === 0) parts.push('Nothing was logged in these days.');
  for (const s of trend.series) {
    const values = s.points.filter((v): v is number => v !== null);
    const lastIndex = s.points.map((v) => v !== null).lastIndexOf(true);
    const lastDay = trend.days[lastIndex];
    const range =
      Math.min(...values) === Math.max(...values)
        ? `always ${values[0]}`
        : `from ${Math.min(...values)} to ${Math.max(...values)}`;
    parts.push(
      `${s.label}: logged on ${values.length} ${values.length === 1 ? 'day' : 'days'}, ${range}, ` +
        `latest ${s.points[lastIndex]} on ${lastDay ? dayWords(lastDay, 'short') : ''}.`,
    );
  }
  if (trend.sessionDays.length > 0) {
    parts.push(`PT sessions on ${list(trend.sessionDays.map((d) => dayWords(d, 'short')))}.`);
  }
  return parts.join(' ');
}
