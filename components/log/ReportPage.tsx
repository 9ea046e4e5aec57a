// The report page: the range the reader chooses (kept in the address) above the summary for it.
// The chooser is not printed; the summary names its range, so the paper says what it covers.
import { useState } from 'preact/hooks';
import { buildReport } from '../../log/report';
import {
  isRealDay,
  parseReportRange,
  rangeDays,
  rangeSearch,
  type ReportRange,
} from '../../log/report-range';
import type { SorenessEntry } from '../../log/model';
import type { TreatmentChoice } from '../../log/treatments';
import { buildTrend } from '../../log/trend';
import { localDay } from '../../common/days';
import { ChoiceGroup } from '../popup/ChoiceGroup';
import { ReportView } from './ReportView';
import styles from './ReportView.module.css';

type Kind = 'last-14' | 'last-30' | 'since' | 'all';

const kindOf = (range: ReportRange): Kind =>
  range.kind === 'last' ? `last-${range.days}` : range.kind;

export interface ReportPageProps {
  entries: readonly SorenessEntry[];
  now: Date;
  timeZone: string;
  treatments: readonly TreatmentChoice[];
  /** The address's query, e.g. "?range=30", and where a new choice is written back. */
  search: string;
  onSearch(search: string): void;
  onPrint?: () => void;
}

export function ReportPage(props: ReportPageProps) {
  const { entries, now, timeZone } = props;
  const today = localDay(now, timeZone);
  const read = parseReportRange(props.search, today);
  const [range, setRange] = useState<ReportRange>(read.range);
  const [problem, setProblem] = useState(read.problem);
  const [since, setSince] = useState(range.kind === 'since' ? range.day : '');

  const choose = (next: ReportRange): void => {
    setRange(next);
    setProblem(undefined);
    props.onSearch(rangeSearch(next));
  };
  const chooseSince = (day: string): void => {
    setSince(day);
    if (!isRealDay(day)) return setProblem('Choose a date to start from.');
    if (day > today) return setProblem('That date is still to come: choose one up to today.');
    choose({ kind: 'since', day });
  };
  const onKind = (kind: Kind): void => {
    if (kind === 'since') return chooseSince(since || rangeDays(range, today, undefined).from);
    choose(kind === 'all' ? { kind: 'all' } : { kind: 'last', days: kind === 'last-30' ? 30 : 14 });
  };

  const report = buildReport({ entries, now, timeZone, range });
  return (
    <>
      <form class={`${styles.noPrint} ${styles.range}`} onSubmit={(e) => e.preventDefault()}>
        <ChoiceGroup<Kind>
          name="report-range"
          legend="Which days should the summary cover?"
          choices={[
            { value: 'last-14', label: 'The last 14 days' },
            { value: 'last-30', label: 'The last 30 days' },
            { value: 'since', label: 'Since a date (say, my last visit)' },
            { value: 'all', label: 'Everything I logged' },
          ]}
          value={kindOf(range)}
          onChange={onKind}
        />
        {kindOf(range) === 'since' && (
          <label class={styles.since}>
            Since
            <input
              type="date"
              value={since}
              max={today}
              onChange={(e) => chooseSince((e.target as HTMLInputElement).value)}
            />
          </label>
        )}
        {problem && <p role="alert">{problem} The summary shows the days chosen before.</p>}
      </form>
      <ReportView
        report={report}
        trend={buildTrend({ entries, now, days: report.dayCount, timeZone })}
        printedAt={now}
        treatments={props.treatments}
        onPrint={props.onPrint}
      />
    </>
  );
}
