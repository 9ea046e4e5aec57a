// How text is compared with glossary forms: apostrophes, hyphens and spaces made uniform.

/** A run of spaces, or one hyphen-like dash with optional spaces around it. */
export const SEPARATOR_SOURCE =
  '(?:[\\s\\u00a0]*[-\\u2010\\u2011\\u2013][\\s\\u00a0]*|[\\s\\u00a0]+)';
const SEPARATOR = new RegExp(SEPARATOR_SOURCE, 'g');
const APOSTROPHE = /[\u2018\u2019\u02bc]/g;

/** Case kept: "NSAID’s" and "NSAID's" agree, "e-stim" and "e stim" agree. */
export function normaliseShape(s: string): string {
  return s.replace(APOSTROPHE, "'").replace(SEPARATOR, ' ').trim();
}

/** Case folded too: the key a form is found by. */
export function normaliseKey(s: string): string {
  return normaliseShape(s).toLowerCase();
}
