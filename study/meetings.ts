// Recording the terms met while reading: first and last met, how often, and (only when the user
// asks) the pages; plus the list the popup shows. Pure: times come in, new lists go out.
import type { Category, GlossaryEntry } from '../guide/types';
import { MAX_PAGES_PER_TERM, SAME_MEETING_MS } from './model';
import type { Meeting, PageSeen } from './model';

const MAX_TITLE = 200;
const MAX_URL = 2000;

export interface MeetingInput {
  entryId: string;
  at: Date;
  title?: string;
  url?: string;
  /** The user's choice: keep the page's title and address with the term. */
  keepPages: boolean;
}

/** A page's title and address as kept: trimmed, http(s) only, no #fragment; null when nothing is left. */
export function cleanPage(input: { title?: string; url?: string; at: string }): PageSeen | null {
  const title = input.title?.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE) || undefined;
  let url: string | undefined;
  try {
    const parsed = input.url ? new URL(input.url) : null;
    if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
      parsed.hash = '';
      url = parsed.href.length <= MAX_URL ? parsed.href : undefined;
    }
  } catch {
    url = undefined;
  }
  if (!title && !url) return null;
  return { at: input.at, ...(title ? { title } : {}), ...(url ? { url } : {}) };
}

function withPage(pages: readonly PageSeen[], page: PageSeen | null): PageSeen[] {
  if (!page) return [...pages];
  const others = pages.filter((p) => (page.url ? p.url !== page.url : p.title !== page.title));
  return [page, ...others].slice(0, MAX_PAGES_PER_TERM);
}

/** The meetings with one more: a new term, or a term met again (a quick repeat counts once). */
export function addMeeting(meetings: readonly Meeting[], input: MeetingInput): Meeting[] {
  const at = input.at.toISOString();
  const page = input.keepPages ? cleanPage({ title: input.title, url: input.url, at }) : null;
  const old = meetings.find((m) => m.entryId === input.entryId);
  if (!old) {
    const met: Meeting = {
      entryId: input.entryId,
      firstMet: at,
      lastMet: at,
      count: 1,
      pages: page ? [page] : [],
    };
    return [...meetings, met];
  }
  const repeat = input.at.getTime() - Date.parse(old.lastMet) < SAME_MEETING_MS;
  const next: Meeting = {
    ...old,
    lastMet: at > old.lastMet ? at : old.lastMet,
    count: repeat ? old.count : old.count + 1,
    pages: withPage(old.pages, page),
  };
  return meetings.map((m) => (m === old ? next : m));
}

/** Newest first, by when each term was last met. */
export function newestFirst(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => b.lastMet.localeCompare(a.lastMet));
}

export interface MetTerm {
  meeting: Meeting;
  entry: GlossaryEntry;
}

/**
 * The terms met, newest first, joined to their glossary entries and optionally of one category.
 * Terms no longer in the glossary are left out of the list (and kept in storage).
 */
export function metTerms(input: {
  meetings: readonly Meeting[];
  glossary: readonly GlossaryEntry[];
  category?: Category | 'all';
}): MetTerm[] {
  const byId = new Map(input.glossary.map((e) => [e.id, e]));
  const category = input.category ?? 'all';
  return newestFirst(input.meetings).flatMap((meeting) => {
    const entry = byId.get(meeting.entryId);
    if (!entry || (category !== 'all' && entry.category !== category)) return [];
    return [{ meeting, entry }];
  });
}

/** The categories that have at least one term met, in the glossary's category order. */
export function metCategories(terms: readonly MetTerm[], order: readonly Category[]): Category[] {
  const seen = new Set(terms.map((t) => t.entry.category));
  return order.filter((c) => seen.has(c));
}
