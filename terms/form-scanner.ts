// Finds glossary forms in a block of text: whole words, any case, separators read as spaces.
// Normalising a whole block (normalise.ts) costs more than searching it, and most blocks hold no
// term at all, so text is searched as it is, for forms and for the lead-ins of phrases. Only
// where a lead-in is followed by a gap that normalising changes ("low back\npain") is a short
// window there normalised; everywhere else the text reads the same as is and normalised.
import { lazyCues, type CompiledCues } from './context';
import { ENDINGS, formPatterns, type FormPatterns } from './form-patterns';
import { gapChangesAt, normaliseKey, normaliseText } from './normalise';
import type { MatchEntry } from './types';
import { Vocabulary } from './vocabulary';

export interface FormInfo {
  entryId: string;
  alias: string;
  /** The form as written (separators as spaces), for case-sensitive aliases only. */
  shape: string | null;
  /** For ambiguous aliases: the context cues that decide them. */
  cues: (() => CompiledCues) | null;
}

export interface FormHit {
  start: number;
  end: number;
  info: FormInfo;
}

export interface FormScanner {
  /** The forms in `text`, left to right and not overlapping. */
  scan(text: string): readonly FormHit[];
  /** The same, found in the normalised text: slower, what `scan` must always equal. */
  scanNormalised(text: string): readonly FormHit[];
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Whether the character at `i` is one `\b` counts as a word character (ASCII only). */
function wordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
const boundary = (text: string, i: number): boolean => wordAt(text, i - 1) !== wordAt(text, i);
/** Whether `text` has `ending` (lowercase ASCII letters) at `i`, in any case. */
function endingAt(text: string, i: number, ending: string): boolean {
  for (let k = 0; k < ending.length; k++) {
    if ((text.charCodeAt(i + k) | 32) !== ending.charCodeAt(k)) return false;
  }
  return true;
}
/** The endings, shortest first: a found text less the shortest ending is the longest stem. */
const BY_LENGTH = ['', ...[...ENDINGS].sort((a, b) => a.length - b.length)];
const FOUND_BY_CACHE = 2000;
/** The answer for the many blocks with no term in them, shared so that it costs nothing. */
const NONE: FormHit[] = [];
/** Forms mostly stand for one alias: then the table holds its info itself, not a list. */
type Infos = FormInfo | FormInfo[];

/** Every form's normalised, lowercase key, with what it stands for (the forms of an alias that
 * is not case-sensitive share one info). */
function formTable(entries: readonly MatchEntry[]): Map<string, Infos> {
  const byKey = new Map<string, Infos>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const cues = alias.ambiguous ? lazyCues(alias.ambiguous) : null;
      const shared = alias.caseSensitive
        ? null
        : { entryId: entry.id, alias: alias.text, shape: null, cues };
      for (const form of [alias.text, ...(alias.forms ?? [])]) {
        const key = normaliseKey(form);
        const info = shared ?? {
          entryId: entry.id,
          alias: alias.text,
          shape: normaliseText(form).text,
          cues,
        };
        const known = byKey.get(key);
        if (!known) byKey.set(key, info);
        else if (Array.isArray(known)) known.push(info);
        else byKey.set(key, [known, info]);
      }
    }
  }
  return byKey;
}

const NEXT_WORD_CHAR = /\W*(\w)/y;

/** The first word character from `index` on, lowercase ("" if none): normalising keeps it. */
function nextWordChar(text: string, index: number): string {
  NEXT_WORD_CHAR.lastIndex = index;
  return NEXT_WORD_CHAR.exec(text)?.[1]?.toLowerCase() ?? '';
}

/** The first of `infos` that `found` is written as: case-sensitive forms only in their case. */
function formInfo(infos: Infos | undefined, found: string): FormInfo | undefined {
  if (!infos) return undefined;
  if (!Array.isArray(infos)) {
    return infos.shape === null || infos.shape === found ? infos : undefined;
  }
  for (const info of infos) if (info.shape === null || info.shape === found) return info;
  return undefined;
}

/**
 * Patterns of the forms the texts read so far could hold, grown as texts bring new words, and
 * all forms once that stops paying (MAX_FORMS kept, or MAX_TEXT read).
 */
const MAX_FORMS = 300;
const MAX_TEXT = 256 * 1024;

export interface ScannerOptions {
  /**
   * The text of a short document: patterns are compiled for the forms it (and what is scanned
   * later) could hold, not for all of them. Scanning finds the same either way.
   */
  vocabulary?: string;
}

export function formScanner(
  entries: readonly MatchEntry[],
  options: ScannerOptions = {},
): FormScanner {
  const byKey = formTable(entries);
  let vocabulary: Vocabulary | null = null;
  const tooBig = (v: Vocabulary): boolean => v.keys.size > MAX_FORMS || v.read > MAX_TEXT;
  if (options.vocabulary !== undefined) {
    vocabulary = new Vocabulary(byKey.keys());
    vocabulary.add(options.vocabulary);
    if (tooBig(vocabulary)) vocabulary = null;
  }
  let patterns: FormPatterns = formPatterns(vocabulary?.keys ?? byKey.keys());
  let { forms, formsAndLeadIns, leadIns, stems, leadInForms, longestStem, span } = patterns;
  const foundByCache = new Map<string, true | string | null>();
  /** Makes sure the patterns cover every form `text` could hold. */
  const cover = (text: string): void => {
    if (!vocabulary) return;
    const grew = vocabulary.add(text);
    const all = tooBig(vocabulary);
    if (!grew && !all) return;
    if (all) vocabulary = null;
    patterns = formPatterns(vocabulary?.keys ?? byKey.keys());
    ({ forms, formsAndLeadIns, leadIns, stems, leadInForms, longestStem, span } = patterns);
    foundByCache.clear();
    byFirst = null;
  };

  /** The hit for `found` at [start, end) of `original`, or null where it is no form of ours. */
  const hitAt = (original: string, found: string, start: number, end: number): FormHit | null => {
    const info = formInfo(byKey.get(found.toLowerCase()), found);
    // \b only knows ASCII letters: "é" next to a form still makes it part of a longer word.
    if (!info || WORD_CHAR.test(original.charAt(start - 1)) || WORD_CHAR.test(original.charAt(end)))
      return null;
    return { start, end, info };
  };

  const searchNormalised = (original: string): FormHit[] => {
    let out = NONE;
    const { text, toOriginal } = normaliseText(original);
    forms.lastIndex = 0;
    for (let m = forms.exec(text); m; m = forms.exec(text)) {
      const found = m[0];
      const start = toOriginal(m.index);
      const end = toOriginal(m.index + found.length - 1) + 1;
      const hit = hitAt(original, found, start, end);
      // Not a form of ours ("heated", "tens"): look again from the next character.
      if (!hit) forms.lastIndex = m.index + 1;
      else if (out === NONE) out = [hit];
      else out.push(hit);
    }
    return out;
  };

  /**
   * What the search of the normalised text finds at `at`, read from a normalised window there;
   * undefined where runs of spaces leave the window too short to tell.
   */
  const normalisedAt = (original: string, at: number): FormHit | null | undefined => {
    const raw = original.slice(at, at + 2 * span);
    const { text, toOriginal } = normaliseText(raw);
    if (text.length < span && raw.length === 2 * span) return undefined;
    const found = formAtIndex(text, 0, formsStartingAt(text, 0));
    if (found === null) return null;
    return hitAt(original, found, at, at + toOriginal(found.length - 1) + 1);
  };

  /**
   * What `formAt` finds at `at` of `text`, worked out without it (so that its machine code, about
   * 0.2 MB, is never built): of `candidates`, the forms `text` reads at `at` (lowercase, longest
   * first), the first followed by an ending (tried in the patterns' order) or by nothing, and a
   * word boundary. The found text, as `text` has it.
   */
  const formAtIndex = (text: string, at: number, candidates: readonly string[]): string | null => {
    for (const stem of candidates) {
      const end = at + stem.length;
      for (const ending of ENDINGS) {
        const after = end + ending.length;
        if (endingAt(text, end, ending) && boundary(text, after)) return text.slice(at, after);
      }
      if (boundary(text, end)) return text.slice(at, end);
    }
    return null;
  };

  /** The forms by their first character, longest first: made when first needed. */
  let byFirst: Map<string, string[]> | null = null;
  /** The forms `text` reads at `at`, in any case, longest first. */
  const formsStartingAt = (text: string, at: number): string[] => {
    if (!byFirst) {
      byFirst = new Map();
      for (const stem of [...stems].sort((a, b) => b.length - a.length)) {
        const list = byFirst.get(stem.charAt(0));
        if (list) list.push(stem);
        else byFirst.set(stem.charAt(0), [stem]);
      }
    }
    const lower = text.slice(at, at + longestStem).toLowerCase();
    return (byFirst.get(lower.charAt(0)) ?? []).filter((stem) => lower.startsWith(stem));
  };

  /** The hit `formAt` would give at `at`, where a lead-in starting with forms was found. */
  const formHere = (text: string, at: number, leadIn: string): FormHit | null => {
    const found = formAtIndex(text, at, leadInForms.get(leadIn) ?? []);
    return found === null ? null : hitAt(text, found, at, at + found.length);
  };

  /**
   * The alternative of `formsAndLeadIns` that found `lower` (found text, lowercase): the longest
   * form or lead-in that it is, or is with an ending. True for a form, else the lead-in.
   */
  const foundBy = (lower: string): true | string | null => {
    const known = foundByCache.get(lower);
    if (known !== undefined) return known;
    let by: true | string | null = null;
    for (const ending of BY_LENGTH) {
      if (!lower.endsWith(ending)) continue;
      const alternative = lower.slice(0, lower.length - ending.length);
      if (stems.has(alternative)) by = true;
      else if (leadIns.has(alternative)) by = alternative;
      else continue;
      break;
    }
    // A page repeats its terms: what found each is kept (a few hundred texts on most pages).
    if (foundByCache.size < FOUND_BY_CACHE) foundByCache.set(lower, by);
    return by;
  };

  /**
   * What the search of the normalised text finds where `match` was found in `text` as it is,
   * longest first among forms and lead-ins. Where a phrase could run on across a gap that
   * normalising changes, it is a lead-in followed by that gap; otherwise the text here reads the
   * same normalised, and the forms alone decide (undefined: normalise the whole text). Found by a
   * form, the match is what `formAt` would find; found by a lead-in, the forms it starts with
   * are tried.
   */
  const hitAsIs = (text: string, match: string, at: number): FormHit | null | undefined => {
    const lower = match.toLowerCase();
    const leadIn = leadIns.get(lower);
    if (leadIn) {
      const end = at + match.length;
      // A phrase runs on across a gap that normalising changes only if its next word does.
      const next = gapChangesAt(text, end) ? nextWordChar(text, end) : '';
      if (next && (leadIn.next === null || leadIn.next.includes(next))) {
        return normalisedAt(text, at);
      }
      return leadIn.startsWithForm ? formHere(text, at, lower) : null;
    }
    const by = foundBy(lower);
    if (by === true) return hitAt(text, match, at, at + match.length);
    return by === null ? null : formHere(text, at, by);
  };

  /** The hits in `text` as it is, or null where the text must be normalised as a whole. */
  const scanAsIs = (text: string): FormHit[] | null => {
    let out = NONE;
    const re = formsAndLeadIns;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const hit = hitAsIs(text, m[0], m.index);
      if (hit === undefined) return null;
      // Not a form of ours ("heated", "tens"): look again from the next character.
      if (!hit) re.lastIndex = m.index + 1;
      else {
        if (out === NONE) out = [hit];
        else out.push(hit);
        re.lastIndex = hit.end;
      }
    }
    return out;
  };

  return {
    // Normalised as a whole only where a window could not tell (runs of hundreds of spaces).
    scan: (text) => {
      cover(text);
      return scanAsIs(text) ?? searchNormalised(text);
    },
    scanNormalised: (text) => {
      cover(text);
      return searchNormalised(text);
    },
  };
}
