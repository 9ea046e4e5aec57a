// The page bench's table: each figure beside what it is compared with, its budget and a verdict.

export type Verdict = 'ok' | 'OVER' | '?' | '';

export interface ReportRow {
  figure: string;
  page: string;
  /** PT Lens's figure. */
  value: string;
  /** What it is compared with (baseline, do-nothing extension). */
  against: string;
  ratio: string;
  budget: string;
  verdict: Verdict;
}

/** ok or OVER; '?' when the figure could not be decided (a baseline cut off too early). */
export const verdict = (ok: boolean | null): Verdict => (ok === null ? '?' : ok ? 'ok' : 'OVER');

export const fmtSeconds = (ms: number): string =>
  ms < 1_000 ? `${Math.round(ms)} ms` : `${(ms / 1_000).toFixed(ms < 10_000 ? 2 : 1)} s`;
export const fmtMs = (ms: number): string => `${Math.round(ms)} ms`;
export const fmtKb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const fmtMb = (bytes: number): string =>
  `${bytes < 0 ? '-' : '+'}${(Math.abs(bytes) / 1_000_000).toFixed(2)} MB`;
export const fmtRatio = (r: number): string => `${r.toFixed(r >= 100 ? 0 : 2)}x`;

const HEADER: ReportRow = {
  figure: 'figure',
  page: 'page',
  value: 'PT Lens',
  against: 'compared with',
  ratio: 'ratio',
  budget: 'budget',
  verdict: '',
};
const COLUMNS = ['figure', 'page', 'value', 'against', 'ratio', 'budget', 'verdict'] as const;
/** Columns of figures, right-aligned. */
const NUMERIC = new Set<string>(['value', 'ratio']);

export function formatReport(rows: readonly ReportRow[]): string {
  const widths = COLUMNS.map((c) => Math.max(...[HEADER, ...rows].map((r) => r[c].length)));
  const line = (r: ReportRow): string =>
    COLUMNS.map((c, i) =>
      NUMERIC.has(c) ? r[c].padStart(widths[i] ?? 0) : r[c].padEnd(widths[i] ?? 0),
    )
      .join('  ')
      .trimEnd();
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
