// The one-page clinician summary: averages, the chart, the chosen days as a table, sessions and
// notes, in the patient's own numbers. It reports; it does not interpret or diagnose.
import { localDay } from '../../common/days';
import type { ClinicianReport, ReportRow } from '../../log/report';
import type { Trend } from '../../log/trend';
import { TrendSvg } from './TrendSvg';
import { dayWords } from '../../log/time';
import { rangeLabel, rangeWords } from '../../log/report-range';
import { afterWords } from '../../log/treatments';
import type { TreatmentChoice } from '../../log/treatments';
import log from './log.module.css';
import styles from './ReportView.module.css';

/** More rows than this would not fit one page: the table then shows one row per day. */
export const MAX_TABLE_ROWS = 28;
/** Notes listed in full up to this many; the rest are counted and left to the CSV export. */
export const MAX_NOTES = 5;
/** Notes and session names are shortened past these lengths, so the page stays one page. */
export const NOTE_CHARS = 120;
export const LABEL_CHARS = 40;

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface ReportViewProps {
  report: ClinicianReport;
  trend: Trend;
  printedAt: Date;
  treatments: readonly TreatmentChoice[];
  onPrint?: () => void;
}

export function ReportView({ report, trend, printedAt, treatments, onPrint }: ReportViewProps) {
  const noteNumber = new Map<ReportRow, number>();
  report.rows.filter((r) => r.note).forEach((r, i) => noteNumber.set(r, i + 1));
  const fromYear =
    report.from.slice(0, 4) === report.to.slice(0, 4) ? '' : ` ${report.from.slice(0, 4)}`;
  const period = `${dayWords(report.from, 'short')}${fromYear} to ${dayWords(report.to, 'short')} ${report.to.slice(0, 4)}`;
  const words = rangeWords(report.range, (day) => dayWords(day, 'short'));
  const label = rangeLabel(report.range, (day) => dayWords(day, 'short'));
  const printed = localDay(printedAt, report.timeZone);

  return (
    <main class={`${log.vars} ${styles.page}`} data-report="">
      <header class={styles.head}>
        <div>
          <h1 class={styles.title}>Soreness summary</h1>
          <p class={styles.meta}>
            {label}: {period} · times in {report.timeZone} · made {dayWords(printed, 'short')} with
            PT Lens from the patient’s own log
          </p>
        </div>
        <div class={styles.side}>
          <p class={styles.name}>Name: ________________________</p>
          {onPrint && (
            <button type="button" class={`${log.primary} ${styles.noPrint}`} onClick={onPrint}>
              Print
            </button>
          )}
        </div>
      </header>

      <ul class={styles.stats} data-report="averages">
        <li>
          <strong>Entries:</strong> {report.rows.length}
        </li>
        <li>
          <strong>Average:</strong>{' '}
          {report.average === null ? 'none logged' : `${report.average.toFixed(1)} / 10`}
        </li>
        <li>
          <strong>Highest:</strong>{' '}
          {report.highest
            ? `${report.highest.level} on ${dayWords(report.highest.day, 'short')}`
            : 'none logged'}
        </li>
        <li>
          <strong>PT sessions:</strong> {report.sessions.length}
        </li>
        <li>{report.week.text}</li>
      </ul>

      {report.rows.length === 0 ? (
        <p>
          {report.range.kind === 'last'
            ? `Nothing was logged in these ${report.range.days} days.`
            : 'Nothing was logged in this period.'}
        </p>
      ) : (
        <>
          <div class={styles.top}>
            <div>
              <h2 class={styles.h2}>Highest soreness each day</h2>
              <TrendSvg
                trend={trend}
                idPrefix="report-chart"
                title={
                  report.range.kind === 'since' ? `Soreness ${words}` : `Soreness over ${words}`
                }
              />
            </div>
            <div>
              <h2 class={styles.h2}>By body area</h2>
              <table class={styles.table} data-report="areas">
                <thead>
                  <tr>
                    <th scope="col">Area</th>
                    <th scope="col" class={styles.num}>
                      Entries
                    </th>
                    <th scope="col" class={styles.num}>
                      Average
                    </th>
                    <th scope="col" class={styles.num}>
                      Highest
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.byArea.map((a) => (
                    <tr key={a.area}>
                      <th scope="row">{a.label}</th>
                      <td class={styles.num}>{a.count}</td>
                      <td class={styles.num}>{a.average.toFixed(1)}</td>
                      <td class={styles.num}>{a.highest}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>

          <h2 class={styles.h2}>{words.charAt(0).toUpperCase() + words.slice(1)}</h2>
          {report.rows.length <= MAX_TABLE_ROWS ? (
            <EntryTable report={report} treatments={treatments} noteNumber={noteNumber} />
          ) : (
            <DayTable report={report} />
          )}

          <div class={styles.lists}>
            <div>
              <h2 class={styles.h2}>PT sessions</h2>
              {report.sessions.length === 0 ? (
                <p class={styles.plain}>None logged.</p>
              ) : (
                <ul class={`${styles.plain} ${styles.inline}`} data-report="sessions">
                  {report.sessions.map((s, i) => (
                    <li key={i}>
                      {dayWords(s.day, 'short')}, {s.time}
                      {/* A class repeated every time is named once, where it first appears. */}
                      {s.label && s.label !== report.sessions[i - 1]?.label
                        ? ` (${shorten(s.label, LABEL_CHARS)})`
                        : ''}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h2 class={styles.h2}>Notes</h2>
              {report.notes.length === 0 ? (
                <p class={styles.plain}>None written.</p>
              ) : (
                <>
                  <ol class={styles.list} data-report="notes">
                    {report.notes.slice(0, MAX_NOTES).map((n, i) => (
                      <li key={i}>
                        {dayWords(n.day, 'short')}, {n.time}: {shorten(n.text, NOTE_CHARS)}
                      </li>
                    ))}
                  </ol>
                  {report.notes.length > MAX_NOTES && (
                    <p class={styles.meta}>
                      Notes {MAX_NOTES + 1} to {report.notes.length} are in the CSV export.
                    </p>
                  )}
                </>
              )}
            </div>
          </div>
        </>
      )}

      <p class={styles.foot}>
        Soreness is on the 0 to 10 numeric rating scale (0 no pain, 10 worst pain imaginable), as
        the patient logged it. The chart shows each area’s highest soreness per day; dashed lines
        mark days with a logged PT session. Long notes are shortened here; the CSV export has them
        in full. This summary is not a diagnosis.
        <span class={log.srOnly}> End of summary.</span>
      </p>
    </main>
  );
}

function EntryTable(props: {
  report: ClinicianReport;
  treatments: readonly TreatmentChoice[];
  noteNumber: Map<ReportRow, number>;
}) {
  const { report, treatments, noteNumber } = props;
  return (
    <table class={styles.table} data-report="days">
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Time</th>
          <th scope="col" class={styles.num}>
            Soreness
          </th>
          <th scope="col">Areas</th>
          <th scope="col">After</th>
          <th scope="col" class={styles.num}>
            Note
          </th>
        </tr>
      </thead>
      <tbody>
        {report.rows.map((r, i) => (
          <tr key={r.entryId}>
            <td class={styles.dayCell}>
              {i > 0 && report.rows[i - 1]?.day === r.day ? '' : dayWords(r.day, 'short')}
            </td>
            <td>{r.time}</td>
            <td class={styles.num}>
              {r.level} <span class={styles.meta}>{r.levelWords}</span>
            </td>
            <td>{r.areas.join(', ')}</td>
            <td>{r.after ? shorten(afterWords(r.after, treatments), LABEL_CHARS + 12) : ''}</td>
            <td class={styles.num}>{noteNumber.has(r) ? `see ${noteNumber.get(r)}` : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayTable({ report }: { report: ClinicianReport }) {
  return (
    <>
      <p class={styles.meta}>
        {report.rows.length} entries are too many for one page, so each day shows its highest
        soreness. The CSV export has every entry.
      </p>
      <table class={styles.table} data-report="days">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col" class={styles.num}>
              Entries
            </th>
            <th scope="col" class={styles.num}>
              Highest
            </th>
            <th scope="col">Areas</th>
          </tr>
        </thead>
        <tbody>
          {report.days.map((d) => {
            const rows = report.rows.filter((r) => r.day === d.day);
            const areas = [...new Set(rows.flatMap((r) => r.areas))];
            return (
              <tr key={d.day}>
                <td class={styles.dayCell}>{dayWords(d.day, 'short')}</td>
                <td class={styles.num}>{rows.length}</td>
                <td class={styles.num}>{d.highest ?? '–'}</td>
                <td>{areas.join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
