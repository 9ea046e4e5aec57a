// "Terms I've met": newest first, filtered by category, each opening to its explanation, with
// actions to study or export the ones shown.
import { useState } from 'preact/hooks';
import { CATEGORIES } from '../../guide/types';
import type { Category } from '../../guide/types';
import { metCategories } from '../../study/meetings';
import type { MetTerm } from '../../study/meetings';
import { dayWords } from '../../study/time-words';
import { CATEGORY_LABELS } from '../popup/categories';
import ui from '../popup/ui.module.css';
import styles from './Study.module.css';

export type CategoryFilter = Category | 'all';

export interface MetListProps {
  /** Every term met, newest first. */
  terms: readonly MetTerm[];
  now: Date;
  timeZone: string;
  /** Recording is paused: say so, so an empty or stale list is not a surprise. */
  paused: boolean;
  onStudy(category: CategoryFilter): void;
  onExport(category: CategoryFilter): void;
  onOpenEntry?: (entryId: string) => void;
}

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export function MetList(props: MetListProps) {
  const { terms, now, timeZone, paused, onStudy, onExport, onOpenEntry } = props;
  const [filter, setFilter] = useState<CategoryFilter>('all');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const categories = metCategories(terms, CATEGORIES);
  const active = filter !== 'all' && !categories.includes(filter) ? 'all' : filter;
  const shown = active === 'all' ? terms : terms.filter((t) => t.entry.category === active);
  const day = (iso: string): string => dayWords(iso, { now, timeZone });

  const toggle = (id: string): void =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section class={styles.section} aria-labelledby="study-met-title" data-study="met">
      <h3 id="study-met-title" class={styles.heading}>
        Terms I’ve met
      </h3>
      {paused && <p class={ui.note}>Recording is paused: terms you open now are not added.</p>}
      {terms.length === 0 ? (
        <p class={styles.hint}>
          None yet. When you open a term’s explanation on a page, it is listed here, kept only on
          this device.
        </p>
      ) : (
        <>
          <label class={styles.label} for="study-met-filter">
            Show
          </label>
          <select
            id="study-met-filter"
            class={styles.select}
            value={active}
            onChange={(e) =>
              setFilter((e.currentTarget as HTMLSelectElement).value as CategoryFilter)
            }
          >
            <option value="all">All categories ({terms.length})</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]} ({terms.filter((t) => t.entry.category === c).length})
              </option>
            ))}
          </select>
          <ul class={styles.list} aria-label="Terms met, newest first">
            {shown.map(({ meeting, entry }) => {
              const expanded = open.has(entry.id);
              const detailsId = `study-met-${entry.id}`;
              return (
                <li key={entry.id} class={styles.item}>
                  <button
                    type="button"
                    class={styles.toggle}
                    aria-expanded={expanded}
                    aria-controls={detailsId}
                    onClick={() => toggle(entry.id)}
                  >
                    <span class={styles.term}>{entry.term}</span>
                    <span class={styles.met}>
                      Met {times(meeting.count)}, last {day(meeting.lastMet)}
                    </span>
                    <span class={styles.chevron} aria-hidden="true">
                      {expanded ? '−' : '+'}
                    </span>
                  </button>
                  <div id={detailsId} class={styles.details} hidden={!expanded}>
                    <p>{entry.short}</p>
                    {entry.note && (
                      <div class={ui.note}>
                        <strong>Note: </strong>
                        {entry.note}
                      </div>
                    )}
                    <p class={styles.hint}>
                      First met {day(meeting.firstMet)}. Filed under{' '}
                      {CATEGORY_LABELS[entry.category]}.
                    </p>
                    {meeting.pages.length > 0 && (
                      <>
                        <p class={styles.hint}>Met on:</p>
                        <ul class={styles.pages}>
                          {meeting.pages.map((p) => (
                            <li key={`${p.url ?? ''}|${p.title ?? ''}`}>
                              {p.url ? (
                                <a href={p.url} target="_blank" rel="noreferrer noopener">
                                  {p.title ?? p.url}
                                </a>
                              ) : (
                                p.title
                              )}{' '}
                              <span class={ui.muted}>({day(p.at)})</span>
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                    {onOpenEntry && (
                      <button type="button" class={ui.button} onClick={() => onOpenEntry(entry.id)}>
                        Open in the glossary
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          <div class={styles.row}>
            <button type="button" class={ui.primary} onClick={() => onStudy(active)}>
              Study these ({shown.length})
            </button>
            <button type="button" class={ui.button} onClick={() => onExport(active)}>
              Download these for Anki
            </button>
          </div>
        </>
      )}
    </section>
  );
}
