// Every message between the page, the popup and the background, and every reply, as a valibot
// schema: the receivers that can afford valibot check with these (the background, the popup), the
// page side checks with messaging/page-checks.ts, which tests hold to these schemas.
import * as v from 'valibot';
import { GlossaryEntrySchema } from '../guide/schema';
import { CATEGORIES, HELP_URGENCIES } from '../guide/types';
import { MAX_ID, MAX_TITLE, MAX_URL } from './limits';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID));
const upTo = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const ToContentSchema = v.variant('type', [
  v.object({ type: v.literal('page-terms') }),
  v.object({ type: v.literal('show-term'), entryId: id }),
  v.object({ type: v.literal('walk'), direction: v.picklist([1, -1]) }),
]);

export const ToBackgroundSchema = v.variant('type', [
  v.object({ type: v.literal('get-entry'), entryId: id }),
  v.object({
    type: v.literal('term-met'),
    entryId: id,
    title: v.optional(upTo(MAX_TITLE)),
    url: v.optional(upTo(MAX_URL)),
  }),
  v.object({ type: v.literal('open-guide'), entryId: id }),
  v.object({ type: v.literal('open-log'), treatmentId: id }),
]);

/** A receiver's answer to a message it could not read (or could not act on). */
export const ErrorReplySchema = v.object({ error: v.string() });

export const PageTermCountSchema = v.object({
  entryId: id,
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const PageTermsReplySchema = v.object({
  terms: v.array(PageTermCountSchema),
  paused: v.boolean(),
  /** The page's host name, so the popup can pause or resume this site. */
  host: v.optional(v.string()),
  /** PT Lens could not start on this page (its files failed to load); reloading usually helps. */
  failed: v.optional(v.boolean()),
});

/** What the background sends for get-entry: the whole entry, or null for an unknown id. */
export const EntryReplySchema = v.nullable(GlossaryEntrySchema);

/** The part of an entry the card on a page shows: all the page checks of a get-entry reply. */
export const CardEntrySchema = v.object({
  id,
  term: v.string(),
  short: v.string(),
  category: v.picklist(CATEGORIES),
  reviewed: v.string(),
  aliases: v.array(v.object({ text: v.string() })),
  sources: v.array(v.object({ name: v.string() })),
  note: v.optional(v.string()),
  safety: v.optional(v.string()),
  getHelp: v.optional(v.object({ urgency: v.picklist(HELP_URGENCIES), text: v.string() })),
});
