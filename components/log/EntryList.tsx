// The log, by day, newest first: each entry with its soreness, areas and what it followed,
// and buttons to edit it in place or delete it (the view offers Undo).
import { useMemo, useState } from 'preact/hooks';
import { groupByDay } from '../../log/entries';
import { localTime } from '../../common/days';
import { BODY_AREA_LABELS, nrsAnchor } from '../../log/model';
import type { EntryDraft, SorenessEntry } from '../../log/model';
import { EntryForm } from './EntryForm';
import { dayWords } from '../../log/time';
import { afterWords } from '../../log/treatments';
import type { TreatmentChoice } from '../../log/treatments';
import form from './EntryForm.module.css';
import styles from './EntryList.module.css';
import log from './log.module.css';

/** Days shown at first; "Show older entries" adds this many more, so 10,000 entries stay quick. */
export const DAYS_PER_PAGE = 30;

export interface EntryListProps {
  entries: readonly SorenessEntry[];
  treatments: readonly TreatmentChoice[];
  now: () => Date;
  timeZone: string;
  onEdit(id: string, draft: EntryDraft): Promise<boolean>;
  onDelete(entry: SorenessEntry): void;
}

const draftOf = (e: SorenessEntry): EntryDraft => {
  const draft: EntryDraft = { at: e.at, level: e.level, areas: e.areas };
  if (e.after) draft.after = e.after;
  if (e.note) draft.note = e.note;
  return draft;
};

export function EntryList(props: EntryListProps) {
  const { entries, treatments, timeZone } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const [pages, setPages] = useState(1);
  // About 70 ms for 10,000 entries: only again when the entries change, not on every status line.
  const groups = useMemo(() => groupByDay(entries, timeZone), [entries, timeZone]);
  if (entries.length === 0) {
    return <p class={log.muted}>Nothing logged yet. Your entries will show here, newest first.</p>;
  }
  const shown = groups.slice(0, pages * DAYS_PER_PAGE);

  return (
    <>
      <ul class={styles.days}>
        {shown.map((group) => (
          <li key={group.day} class={styles.day}>
            <h4 class={styles.dayName}>{dayWords(group.day)}</h4>
            <ul class={styles.entries}>
              {group.entries.map((entry) => {
                const time = localTime(entry.at, timeZone);
                const when = `${dayWords(group.day, 'short')}, ${time}`;
                if (editing === entry.id) {
                  return (
                    <li key={entry.id} class={`${styles.entry} ${styles.editing}`}>
                      <p class={styles.what}>
                        <strong>Edit the entry from {when}</strong>
                      </p>
                      <EntryForm
                        idPrefix={`edit-${entry.id}`}
                        initial={draftOf(entry)}
                        treatments={treatments}
                        now={props.now}
                        timeZone={timeZone}
                        submitLabel="Save changes"
                        onSubmit={async (draft) => {
                          const saved = await props.onEdit(entry.id, draft);
                          if (saved) setEditing(null);
                          return saved;
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    </li>
                  );
                }
                const band = nrsAnchor(entry.level);
                return (
                  <li key={entry.id} class={styles.entry}>
                    <span class={`${styles.badge} ${band ? form[band.band] : ''}`}>
                      <strong>{entry.level}</strong>
                      <span>{band?.label}</span>
                    </span>
                    <p class={styles.what}>
                      <span class={log.srOnly}>Soreness {entry.level} out of 10, </span>
                      {entry.areas.map((a) => BODY_AREA_LABELS[a]).join(', ')}
                    </p>
                    <p class={styles.meta}>
                      {time}
                      {entry.after && ` · after: ${afterWords(entry.after, treatments)}`}
                    </p>
                    {entry.note && <p class={styles.noteText}>{entry.note}</p>}
                    <div class={styles.buttons}>
                      <button type="button" class={log.button} onClick={() => setEditing(entry.id)}>
                        Edit<span class={log.srOnly}> the entry from {when}</span>
                      </button>
                      <button
                        type="button"
                        class={log.button}
                        onClick={() => props.onDelete(entry)}
                      >
                        Delete<span class={log.srOnly}> the entry from {when}</span>
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      {groups.length > shown.length && (
        <button type="button" class={log.button} onClick={() => setPages(pages + 1)}>
          Show older entries ({groups.length - shown.length} more days)
        </button>
      )}
    </>
  );
}
