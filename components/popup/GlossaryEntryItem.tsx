// One glossary entry: its term and short explanation, opening to the rest of what we know.
import { HELP_LABELS, formatDate } from '../../guide/help-words';
import type { GlossaryEntry, SectionId } from '../../guide/types';
import { CATEGORY_LABELS } from './categories';
import styles from './GlossaryView.module.css';
import ui from './ui.module.css';

export interface GlossaryEntryItemProps {
  entry: GlossaryEntry;
  expanded: boolean;
  onToggle(id: string): void;
  onOpenEntry(id: string): void;
  onOpenSection?: (id: SectionId) => void;
  /** Looks up related entries by id; unknown ids are left out. */
  lookup(id: string): GlossaryEntry | undefined;
  sectionTitle?: string;
}

export const entryDomId = (id: string): string => `entry-${id}`;

export function GlossaryEntryItem(props: GlossaryEntryItemProps) {
  const { entry, expanded, onToggle, onOpenEntry, onOpenSection, lookup, sectionTitle } = props;
  const detailsId = `${entryDomId(entry.id)}-details`;
  const related = entry.related.map(lookup).filter((e): e is GlossaryEntry => Boolean(e));
  return (
    <li class={styles.entry} id={entryDomId(entry.id)}>
      <button
        type="button"
        class={styles.toggle}
        aria-expanded={expanded}
        aria-controls={detailsId}
        onClick={() => onToggle(entry.id)}
      >
        <span class={styles.term}>{entry.term}</span>
        <span class={styles.short}>{entry.short}</span>
        <span class={styles.chevron} aria-hidden="true">
          {expanded ? '−' : '+'}
        </span>
      </button>
      <div id={detailsId} class={styles.details} hidden={!expanded}>
        <p>{entry.more}</p>
        {entry.getHelp && (
          <div class={ui.warn} data-urgency={entry.getHelp.urgency}>
            <strong>{HELP_LABELS[entry.getHelp.urgency]}: </strong>
            {entry.getHelp.text}
          </div>
        )}
        {entry.safety && (
          <div class={ui.warn}>
            <strong>Safety: </strong>
            {entry.safety}
          </div>
        )}
        {entry.note && (
          <div class={ui.note}>
            <strong>Correction to the source: </strong>
            {entry.note}
          </div>
        )}
        {related.length > 0 && (
          <div class={styles.related}>
            <h4>See also</h4>
            <ul>
              {related.map((r) => (
                <li key={r.id}>
                  <button type="button" class={ui.button} onClick={() => onOpenEntry(r.id)}>
                    {r.term}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {onOpenSection && sectionTitle && (
          <p>
            In the guide:{' '}
            <a
              href={`#section/${entry.section}`}
              class={styles.sectionLink}
              onClick={(e) => {
                e.preventDefault();
                onOpenSection(entry.section);
              }}
            >
              {sectionTitle}
            </a>
          </p>
        )}
        <h4>Sources</h4>
        <ul class={styles.sources}>
          {entry.sources.map((s) => (
            <li key={s.name}>{s.name}</li>
          ))}
        </ul>
        <p class={ui.muted}>Last checked against its sources on {formatDate(entry.reviewed)}.</p>
        <p class={ui.muted}>Filed under {CATEGORY_LABELS[entry.category]}.</p>
      </div>
    </li>
  );
}
