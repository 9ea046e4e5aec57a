// The glossary terms on the page in the active tab, most frequent first, or why there are none.
import { GLOSSARY } from '../../guide/glossary/index';
import type { GlossaryEntry } from '../../guide/types';
import type { PageTermCount } from '../../messaging/protocol';
import styles from './PageTermsView.module.css';
import ui from './ui.module.css';

export type PageTermsState = 'loading' | 'unavailable' | 'failed' | 'paused' | 'ready';

export interface PageTermsViewProps {
  state: PageTermsState;
  terms: readonly PageTermCount[];
  /** Scrolls the page to the term's next occurrence and opens its tooltip. */
  onShow(entryId: string): void;
  /** Resumes PT Lens on the paused site. */
  onResume?: () => void;
  /** The page's site, e.g. "example.com", when known. */
  site?: string | null;
  entries?: readonly GlossaryEntry[];
}

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

export function PageTermsView(props: PageTermsViewProps) {
  const { state, terms, onShow, onResume, site, entries = GLOSSARY } = props;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const rows = terms
    .flatMap((t) => {
      const entry = byId.get(t.entryId);
      return entry && t.count > 0 ? [{ entry, count: t.count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.entry.term.localeCompare(b.entry.term));
  const total = rows.reduce((n, r) => n + r.count, 0);
  const onSite = site ? ` on ${site}` : ' on this site';

  return (
    <section aria-labelledby="page-terms-title" aria-busy={state === 'loading'}>
      <h2 id="page-terms-title" class={ui.title}>
        On this page
      </h2>
      <div role="status">
        {state === 'loading' && <p>Looking for terms on this page…</p>}
        {state === 'unavailable' && (
          <div class={ui.note}>
            <p class={styles.lead}>PT Lens cannot run on this page.</p>
            <p>
              Browsers do not let extensions read their own pages, such as settings, new tabs and
              the web store. Open an article on the web, then choose PT Lens again.
            </p>
          </div>
        )}
        {state === 'failed' && (
          <div class={ui.note}>
            <p class={styles.lead}>PT Lens could not start on this page.</p>
            <p>Reload the page to try again. Your log and settings are not affected.</p>
          </div>
        )}
        {state === 'paused' && (
          <div class={ui.note}>
            <p class={styles.lead}>PT Lens is paused{onSite}.</p>
            <p>
              It does not mark or count terms on this site until you resume it
              {onResume ? '.' : ' in Settings.'}
            </p>
          </div>
        )}
        {state === 'ready' && rows.length === 0 && (
          <p>No glossary terms were found on this page.</p>
        )}
        {state === 'ready' && rows.length > 0 && (
          <p class={ui.muted}>
            {rows.length === 1 ? '1 term' : `${rows.length} terms`}, {total} mentions, most frequent
            first. Choose one to see it on the page.
          </p>
        )}
      </div>
      {state === 'paused' && onResume && (
        <button type="button" class={ui.primary} onClick={onResume}>
          Resume PT Lens{onSite}
        </button>
      )}
      {state === 'ready' && rows.length > 0 && (
        <ul class={styles.list}>
          {rows.map(({ entry, count }) => (
            <li key={entry.id}>
              <button type="button" class={styles.term} onClick={() => onShow(entry.id)}>
                <span class={styles.name}>{entry.term}</span>
                <span class={styles.count}>{times(count)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
