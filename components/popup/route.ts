// Where the popup or the full page shows: a tab, and maybe a section or entry, read from the URL hash.
import { SECTION_IDS, type SectionId } from '../../guide/types';

export const TAB_IDS = ['guide', 'glossary', 'page', 'log', 'study', 'settings'] as const;
export type TabId = (typeof TAB_IDS)[number];

export interface Route {
  tab: TabId;
  /** Glossary entry to open and scroll to. */
  entryId?: string;
  /** Guide section to scroll to. */
  sectionId?: SectionId;
  /** From "#log/new?after=<id>": start a log entry after this treatment. */
  logAfter?: string;
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Reads "#entry/doms", "#section/why-it-hurts", "#log", "#log/new?after=x" or "#settings". */
export function parseHash(hash: string): Route | null {
  const path = hash.replace(/^#/, '');
  if (!path) return null;
  const [head = '', ...rest] = path.split('/');
  const tail = decode(rest.join('/'));
  if (head === 'entry' && tail) return { tab: 'glossary', entryId: tail };
  if (head === 'section') {
    const id = SECTION_IDS.find((s) => s === tail);
    return id ? { tab: 'guide', sectionId: id } : { tab: 'guide' };
  }
  if (head === 'log') {
    const after = /^new\?after=(.+)$/.exec(rest.join('/'))?.[1];
    return after ? { tab: 'log', logAfter: decode(after) } : { tab: 'log' };
  }
  const tab = TAB_IDS.find((t) => t === head);
  return tab ? { tab } : null;
}

/** The hash that leads back to a route. */
export function hashFor(route: Route): string {
  if (route.entryId) return `#entry/${encodeURIComponent(route.entryId)}`;
  if (route.sectionId) return `#section/${encodeURIComponent(route.sectionId)}`;
  if (route.logAfter) return `#log/new?after=${encodeURIComponent(route.logAfter)}`;
  return `#${route.tab}`;
}
