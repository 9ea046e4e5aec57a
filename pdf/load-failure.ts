// What the viewer tells a reader when a document cannot be shown: one plain sentence per cause,
// decided from the error pdf.js (or the file reader) gave. No DOM, no pdf.js import: only names.

export type LoadFailureKind =
  'empty' | 'damaged' | 'locked' | 'unreachable' | 'blocked' | 'not-pdf' | 'unknown';

export interface LoadFailure {
  kind: LoadFailureKind;
  message: string;
}

export const FAILURE_MESSAGES: Record<LoadFailureKind, string> = {
  empty: 'This file is empty: it has no pages to show.',
  damaged: 'This PDF is damaged, so it cannot be opened. Try downloading it again.',
  locked:
    'This PDF is protected with a password. PT Lens cannot open locked files; open it in your PDF reader instead.',
  unreachable:
    'PT Lens could not fetch this PDF: the site answered with an error. Check that the address still opens in a tab.',
  blocked:
    'PT Lens could not fetch this PDF: the site did not answer, or your browser needs your leave for PT Lens to read it.',
  'not-pdf': 'This file is not a PDF, a text file or a web page, so PT Lens cannot read it.',
  unknown: 'PT Lens could not open this file.',
};

/** The message for a page with no text layer at all (a scan or a photo of a page). */
export const NO_TEXT_MESSAGE =
  'This PDF has no text to read (it looks like a scan or a picture of pages), so PT Lens can find no terms in it.';

/** pdf.js names its errors; a fetch that threw (offline, or refused by the browser) is a
 * TypeError or a BlockedError, an answer with an error status an UnreachableError. */
export function loadFailure(error: unknown): LoadFailure {
  const name = (error as { name?: unknown })?.name;
  const message = String((error as { message?: unknown })?.message ?? '');
  const kind: LoadFailureKind =
    name === 'PasswordException'
      ? 'locked'
      : name === 'InvalidPDFException' && /empty/i.test(message)
        ? 'empty'
        : name === 'InvalidPDFException' || name === 'FormatError'
          ? 'damaged'
          : name === 'UnreachableError'
            ? 'unreachable'
            : name === 'TypeError' || name === 'BlockedError'
              ? 'blocked'
              : name === 'NotReadableError'
                ? 'not-pdf'
                : 'unknown';
  return { kind, message: FAILURE_MESSAGES[kind] };
}

/** Thrown when the document's address answered with an error status. */
export class UnreachableError extends Error {
  override readonly name = 'UnreachableError';
}

/** Thrown when the request for the document failed: no answer, or the browser refused it. */
export class BlockedError extends Error {
  override readonly name = 'BlockedError';
}
