// The messages the extension's parts send each other. Typed here so both ends agree.

/** A term found on the page, for the popup's "On this page" view. */
export interface PageTermCount {
  entryId: string;
  count: number;
}

/** Sent to the content script of a tab. */
export type ToContent =
  | { type: 'page-terms' }
  | { type: 'show-term'; entryId: string }
  | { type: 'walk'; direction: 1 | -1 };

export interface PageTermsReply {
  terms: PageTermCount[];
  paused: boolean;
  /** The page's host name, so the popup can pause or resume this site. */
  host: string;
  /** PT Lens could not start on this page (its files failed to load); reloading usually helps. */
  failed?: boolean;
}

/** Sent to the background. */
export type ToBackground =
  | { type: 'get-entry'; entryId: string }
  | { type: 'term-met'; entryId: string; title?: string; url?: string }
  | { type: 'open-guide'; entryId: string }
  | { type: 'open-log'; treatmentId: string };

/** The extension page's hash for a deep link: "#entry/doms", "#section/why-it-hurts", "#log". */
export const deepLink = {
  entry: (id: string): string => `#entry/${encodeURIComponent(id)}`,
  section: (id: string): string => `#section/${encodeURIComponent(id)}`,
  log: (treatmentId?: string): string =>
    treatmentId ? `#log/new?after=${encodeURIComponent(treatmentId)}` : '#log',
};
