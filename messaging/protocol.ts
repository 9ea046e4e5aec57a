// The messages the extension's parts send each other, and their replies. The types come from the
// schemas (messaging/schemas.ts), so what a receiver checks and what a sender writes agree.
import type * as v from 'valibot';
import type { Alias, GlossaryEntry, Source } from '../guide/types';
import type {
  ErrorReplySchema,
  PageTermCountSchema,
  PageTermsReplySchema,
  ToBackgroundSchema,
  ToContentSchema,
} from './schemas';

/** A term found on the page, for the popup's "On this page" view. */
export type PageTermCount = v.InferOutput<typeof PageTermCountSchema>;

/** Sent to the content script of a tab. */
export type ToContent = v.InferOutput<typeof ToContentSchema>;

export type PageTermsReply = v.InferOutput<typeof PageTermsReplySchema>;

/** Sent to the background. */
export type ToBackground = v.InferOutput<typeof ToBackgroundSchema>;

/** A receiver's answer to a message it could not read: says so in plain words. */
export type ErrorReply = v.InferOutput<typeof ErrorReplySchema>;

/** The part of a glossary entry the card on a page shows (checked by CardEntrySchema). */
export type CardEntry = Pick<
  GlossaryEntry,
  'id' | 'term' | 'short' | 'category' | 'reviewed' | 'note' | 'safety' | 'getHelp'
> & {
  aliases: readonly Pick<Alias, 'text'>[];
  sources: readonly Pick<Source, 'name'>[];
};

/** What each message is answered with (or an ErrorReply, when the receiver could not read it). */
export interface ContentReplies {
  'page-terms': PageTermsReply;
  /** Whether the page had the term to show. */
  'show-term': boolean;
  walk: boolean;
}
export interface BackgroundReplies {
  /** The entry, or null for an id the glossary does not have. */
  'get-entry': GlossaryEntry | null;
  /** Whether the meeting was recorded (never in private windows or while study mode is paused). */
  'term-met': boolean;
  'open-guide': undefined;
  'open-log': undefined;
}
export type ContentReply = ContentReplies[keyof ContentReplies] | ErrorReply;
export type BackgroundReply = BackgroundReplies[keyof BackgroundReplies] | ErrorReply;

/** The words every error reply starts with, followed by what was wrong. */
export const CANNOT_READ = 'PT Lens could not read that request: ';

/** The extension page's hash for a deep link: "#entry/doms", "#section/why-it-hurts", "#log". */
export const deepLink = {
  entry: (id: string): string => `#entry/${encodeURIComponent(id)}`,
  section: (id: string): string => `#section/${encodeURIComponent(id)}`,
  log: (treatmentId?: string): string =>
    treatmentId ? `#log/new?after=${encodeURIComponent(treatmentId)}` : '#log',
};
