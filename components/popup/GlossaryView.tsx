// The glossary, A to Z: search as you type, a category filter, and entries that open in place.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { GLOSSARY } from '../../guide/glossary/index';
import { GUIDE_SECTIONS } from '../../guide/sections';
import { CATEGORIES, type Category, type GlossaryEntry, type SectionId } from '../../guide/types';
import { CATEGORY_LABELS } from './categories';
import { GlossaryEntryItem, entryDomId } from './GlossaryEntryItem';
import { buildSearchIndex, filingLetter, searchGlossary } from './glossary-search';
import styles from './GlossaryView.module.css';
import ui from './ui.module.css';

export interface GlossaryTarget {
  entryId: string;
  /** Changes on every request, so opening the same entry twice scrolls to it again. */
  seq: number;
}

export interface GlossaryViewProps {
  entries?: readonly GlossaryEntry[];
  /** An entry to open, show and focus, e.g. from a deep link or a term in the guide. */
  target?: GlossaryTarget | null;
  onOpenSection?: (id: SectionId) => void;
}

type Filter = Category | 'all';

const groupByLetter = (entries: readonly GlossaryEntry[]): [string, GlossaryEntry[]][] => {
  const groups = new Map<string, GlossaryEntry[]>();
  for (const e of entries) {
    const letter = filingLetter(e);
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  return [...groups];
};

const plural = (n: number): string => (n === 1 ? '1 term' : `${n} terms`);

export function GlossaryView({ entries = GLOSSARY, target, onOpenSection }: GlossaryViewProps) {
  const index = useMemo(() => buildSearchIndex(entries), [entries]);
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [focus, setFocus] = useState<{ id: string } | null>(null);

  const matches = useMemo(() => searchGlossary(index, query), [index, query]);
  const shown = filter === 'all' ? matches : matches.filter((e) => e.category === filter);
  const searching = query.trim() !== '';

  const reveal = (id: string): void => {
    if (!byId.has(id)) return;
    if (!shown.some((e) => e.id === id)) {
      setQuery('');
      setFilter('all');
    }
    setExpanded((prev) => new Set(prev).add(id));
    setFocus({ id });
  };

  useEffect(() => {
    // Only a new request moves the view; typing must not, so `target` is the only dependency.
    if (target) reveal(target.entryId);
  }, [target]);

  useEffect(() => {
    if (!focus) return;
    const item = document.getElementById(entryDomId(focus.id));
    item?.scrollIntoView({ block: 'start' });
    item?.querySelector('button')?.focus({ preventScroll: true });
  }, [focus]);

  const toggle = (id: string): void =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const sectionTitles = new Map(GUIDE_SECTIONS.map((s) => [s.id, s.title]));
  const item = (entry: GlossaryEntry) => (
    <GlossaryEntryItem
      key={entry.id}
      entry={entry}
      expanded={expanded.has(entry.id)}
      onToggle={toggle}
      onOpenEntry={reveal}
      onOpenSection={onOpenSection}
      lookup={(id) => byId.get(id)}
      sectionTitle={sectionTitles.get(entry.section)}
    />
  );
  const clear = (): void => {
    setQuery('');
    document.getElementById('glossary-search')?.focus();
  };

  return (
    <section class={styles.glossary} aria-labelledby="glossary-title">
      <h2 id="glossary-title" class={ui.title}>
        Glossary
      </h2>
      <div class={styles.controls}>
        <label for="glossary-search" class={ui.srOnly}>
          Search the glossary
        </label>
        <input
          id="glossary-search"
          type="search"
          class={styles.search}
          placeholder="Search, e.g. DOMS or nerve pain"
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <div class={styles.filterRow}>
          <label for="glossary-category">Show</label>
          <select
            id="glossary-category"
            class={styles.select}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value as Filter)}
          >
            <option value="all">All categories</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class={shown.length ? `${ui.muted} ${styles.count}` : styles.none} role="status">
        {shown.length === 0
          ? `No terms match “${query.trim()}”${filter === 'all' ? '' : ` in ${CATEGORY_LABELS[filter]}`}.`
          : searching
            ? `${plural(shown.length)} found, best match first`
            : `${plural(shown.length)}, A to Z`}
      </p>
      {shown.length === 0 ? (
        <div class={styles.empty}>
          <p>Check the spelling, or try a shorter or a different word.</p>
          <div class={styles.emptyActions}>
            {filter !== 'all' && matches.length > 0 && (
              <button type="button" class={ui.button} onClick={() => setFilter('all')}>
                Show {plural(matches.length)} in all categories
              </button>
            )}
            <button type="button" class={ui.button} onClick={clear}>
              Clear the search
            </button>
          </div>
        </div>
      ) : searching ? (
        <ul class={styles.list}>{shown.map(item)}</ul>
      ) : (
        groupByLetter(shown).map(([letter, group]) => (
          <div key={letter} class={styles.group}>
            <h3 class={styles.letter}>{letter}</h3>
            <ul class={styles.list}>{group.map(item)}</ul>
          </div>
        ))
      )}
    </section>
  );
}
