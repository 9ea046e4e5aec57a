// The soreness log: a quick entry form, this week's trend, plain guidance, the entries by day,
// export, import and the optional check-in. Data and changes come through `port`.
import { useMemo, useRef, useState } from 'preact/hooks';
import { addEntry, deleteEntry, restoreEntry, updateEntry } from '../../log/entries';
import type { RemovedEntry } from '../../log/entries';
import { guidanceFor } from '../../log/guidance';
import { applyMerge, previewMerge } from '../../log/merge';
import { BODY_AREA_LABELS } from '../../log/model';
import type { EntryDraft, SorenessEntry } from '../../log/model';
import { localDay, localTime, systemTimeZone } from '../../common/days';
import { CheckInSettings } from './CheckInSettings';
import { EntryForm } from './EntryForm';
import { EntryList } from './EntryList';
import { GuidancePanel } from './GuidancePanel';
import { ImportPanel } from './ImportPanel';
import { TrendChart } from './TrendChart';
import { downloadFile } from './download';
import { csvFile, jsonFile } from '../../log/files';
import type { ImportCheck, TextFile } from '../../log/files';
import type { LogPort } from '../../log/log-port';
import { dayWords } from '../../log/time';
import { TREATMENT_CHOICES, afterFromLink, afterWords } from '../../log/treatments';
import type { TreatmentChoice } from '../../log/treatments';
import { useLog } from './use-log';
import log from './log.module.css';

export interface LogViewProps {
  port: LogPort;
  /** A glossary id from "#log/new?after=<id>": a new entry starts as following that treatment. */
  initialAfter?: string;
  /** For tests: the clock, the time zone, ids, the glossary choices and how files are saved. */
  now?: () => Date;
  timeZone?: string;
  makeId?: () => string;
  treatments?: readonly TreatmentChoice[];
  saveFile?: (file: TextFile) => void;
}

const systemNow = (): Date => new Date();
const randomId = (): string => crypto.randomUUID();

/** Turns a refused change into an error the view reports as "could not be saved". */
function orThrow<
  T extends { ok: true; entries: SorenessEntry[] } | { ok: false; problems: { message: string }[] },
>(result: T): SorenessEntry[] {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.entries;
}

export function LogView(props: LogViewProps) {
  const {
    port,
    initialAfter,
    now = systemNow,
    makeId = randomId,
    treatments = TREATMENT_CHOICES,
    saveFile = downloadFile,
  } = props;
  const timeZone = useMemo(() => props.timeZone ?? systemTimeZone(), [props.timeZone]);
  const state = useLog(port);
  const [status, setStatus] = useState('');
  const [removed, setRemoved] = useState<RemovedEntry | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLHeadingElement>(null);
  const { entries } = state;

  const guidance = useMemo(
    () => guidanceFor({ entries, now: now(), timeZone }),
    [entries, now, timeZone],
  );
  const linkAfter = afterFromLink(initialAfter, treatments);
  const when = (e: SorenessEntry): string =>
    `${dayWords(localDay(e.at, timeZone), 'short')}, ${localTime(e.at, timeZone)}`;

  const add = async (draft: EntryDraft): Promise<boolean> => {
    const saved = await state.change(
      (list) => orThrow(addEntry({ entries: list, draft, id: makeId(), now: now() })),
      'Your entry',
    );
    if (saved) {
      const areas = draft.areas.map((a) => BODY_AREA_LABELS[a].toLowerCase()).join(', ');
      setStatus(`Saved: soreness ${draft.level} out of 10, ${areas}.`);
    }
    return saved;
  };

  const edit = async (id: string, draft: EntryDraft): Promise<boolean> => {
    const saved = await state.change(
      (list) => orThrow(updateEntry({ entries: list, id, draft, now: now() })),
      'Your change',
    );
    if (saved) setStatus('Your change is saved.');
    return saved;
  };

  const remove = async (entry: SorenessEntry): Promise<void> => {
    let gone: RemovedEntry | undefined;
    const saved = await state.change((list) => {
      const result = deleteEntry(list, entry.id);
      gone = result?.removed;
      return result ? result.entries : [...list];
    }, 'Deleting the entry');
    if (saved && gone) {
      setRemoved(gone);
      setStatus('');
      // The Delete button has gone with its entry: keep keyboard focus somewhere useful.
      setTimeout(() => undoRef.current?.focus(), 0);
    }
  };

  const undo = async (): Promise<void> => {
    if (!removed) return;
    const back = removed;
    const saved = await state.change((list) => restoreEntry(list, back), 'Undoing the delete');
    if (saved) {
      setRemoved(null);
      setStatus(`The entry from ${when(back.entry)} is back.`);
      listRef.current?.focus();
    }
  };

  const confirmImport = async (check: ImportCheck, copies: boolean): Promise<boolean> => {
    let added = 0;
    const saved = await state.change((list) => {
      const preview = previewMerge(list, check.entries);
      const keepBoth = copies
        ? { ids: preview.conflicts.map((c) => c.incoming.id), makeId }
        : undefined;
      const next = applyMerge({ existing: list, preview, keepBoth });
      added = next.length - list.length;
      return next;
    }, 'The import');
    if (saved) setStatus(`Imported ${added} ${added === 1 ? 'entry' : 'entries'}.`);
    return saved;
  };

  return (
    <section class={log.root} aria-labelledby="log-title" data-log-view="">
      <h2 id="log-title" class={log.title}>
        Soreness log
      </h2>
      <p class={`${log.muted} ${log.small}`}>
        Kept only on this device. Nothing leaves it unless you export it.
      </p>

      {state.notice && (
        <div class={log.warn} role="status" data-log="set-aside">
          <p>{state.notice}</p>
          <details class={log.details}>
            <summary>What was set aside</summary>
            <ul>
              {state.setAside.map((r, i) => (
                <li key={i}>
                  {r.index === null ? 'The whole saved log' : `Entry ${r.index + 1}`}: {r.reason}.
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}
      {state.status === 'failed' && (
        <p class={log.error} role="alert">
          {state.loadError}
        </p>
      )}
      {state.status === 'loading' && <p role="status">Opening your log…</p>}

      {state.status === 'ready' && (
        <>
          <section class={log.section} aria-labelledby="log-new-title">
            <h3 id="log-new-title" class={log.heading}>
              Log how sore you are
            </h3>
            {linkAfter && (
              <p class={log.note}>Logging soreness after {afterWords(linkAfter, treatments)}.</p>
            )}
            {state.saveError && (
              <p class={log.error} role="alert">
                {state.saveError}
              </p>
            )}
            <EntryForm
              key={initialAfter ?? 'new'}
              idPrefix="new"
              initialAfter={linkAfter}
              treatments={treatments}
              now={now}
              timeZone={timeZone}
              submitLabel="Save"
              onSubmit={add}
            />
            <p role="status" class={status ? log.note : log.srOnly}>
              {status}
            </p>
          </section>

          <section class={log.section} aria-labelledby="log-trend-title">
            <h3 id="log-trend-title" class={log.heading}>
              Your trend
            </h3>
            <TrendChart entries={entries} now={now} timeZone={timeZone} />
          </section>

          <section class={log.section} aria-labelledby="log-guidance-title">
            <h3 id="log-guidance-title" class={log.heading}>
              What the sources say
            </h3>
            <GuidancePanel messages={guidance} />
          </section>

          <section class={log.section} aria-labelledby="log-list-title">
            <h3 id="log-list-title" class={log.heading} tabIndex={-1} ref={listRef}>
              Your entries
            </h3>
            {removed && (
              <div class={`${log.note} ${log.row}`} data-log="undo">
                <span role="status">Deleted the entry from {when(removed.entry)}.</span>
                <button
                  ref={undoRef}
                  type="button"
                  class={log.button}
                  // state.change says on the log when a save failed (and resolves false).
                  onClick={() => void undo()}
                >
                  Undo
                </button>
              </div>
            )}
            <EntryList
              entries={entries}
              treatments={treatments}
              now={now}
              timeZone={timeZone}
              onEdit={edit}
              // As for undo: state.change reports a delete that failed.
              onDelete={(e) => void remove(e)}
            />
          </section>

          <section class={log.section} aria-labelledby="log-share-title">
            <h3 id="log-share-title" class={log.heading}>
              Share with your therapist
            </h3>
            <p class={log.small}>
              Files are saved on this device. You choose whom to give them to.
            </p>
            <div class={log.row}>
              <button
                type="button"
                class={log.button}
                onClick={() => saveFile(csvFile(entries, now()))}
              >
                Download CSV
              </button>
              <button
                type="button"
                class={log.button}
                onClick={() =>
                  saveFile(jsonFile({ entries, setAside: state.setAside, now: now() }))
                }
              >
                Download JSON (everything)
              </button>
              <a class={log.primary} href={port.reportUrl} target="_blank" rel="noopener">
                Clinician summary
                <span class={log.srOnly}> (opens a printable page in a new tab)</span>
              </a>
            </div>
          </section>

          <section class={log.section} aria-labelledby="log-import-title">
            <h3 id="log-import-title" class={log.heading}>
              Import
            </h3>
            <ImportPanel entries={entries} makeId={makeId} onConfirm={confirmImport} />
          </section>

          {port.checkIn && (
            <section class={log.section} aria-labelledby="log-check-in-title">
              <h3 id="log-check-in-title" class={log.heading}>
                Next-day check-in
              </h3>
              <CheckInSettings port={port.checkIn} />
            </section>
          )}
        </>
      )}
    </section>
  );
}
