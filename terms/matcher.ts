// Compiles glossary aliases into one fast matcher: whole words, longest match first.
import type { GlossaryEntry } from '../guide/types';
import type { Matcher, TermMatch } from './types';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spaces and hyphens inside a phrase match any run of spaces, line breaks or one hyphen. */
function aliasPattern(alias: string): string {
  return alias
    .trim()
    .split(/[\s-]+/)
    .map((word) => escapeRegExp(word).replace(/'/g, "['’]"))
    .join('(?:\\s+|-|\\s*-\\s*)');
}

interface AliasInfo {
  entryId: string;
  alias: string;
}

const WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';
const PLURAL = "(?:s|es|’s|'s)?";

function buildRegExp(aliases: string[], flags: string): RegExp | null {
  if (aliases.length === 0) return null;
  const body = [...aliases]
    .sort((a, b) => b.length - a.length)
    .map(aliasPattern)
    .join('|');
  return new RegExp(`${WORD_BEFORE}(?:${body})${PLURAL}${WORD_AFTER}`, flags);
}

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/(?:'s|s|es)$/, '')
    .replace(/[\s-]+/g, ' ');

export function compileMatcher(entries: readonly GlossaryEntry[]): Matcher {
  const exact = new Map<string, AliasInfo>();
  const folded = new Map<string, AliasInfo>();
  for (const entry of entries) {
    for (const a of entry.aliases) {
      const info = { entryId: entry.id, alias: a.text };
      if (a.caseSensitive) exact.set(a.text, info);
      else folded.set(normalise(a.text), info);
    }
  }
  const sensitive = buildRegExp([...exact.keys()], 'gu');
  const insensitive = buildRegExp(
    entries.flatMap((e) => e.aliases.filter((a) => !a.caseSensitive).map((a) => a.text)),
    'giu',
  );

  const lookup = (matched: string): AliasInfo | undefined => {
    const bare = matched.replace(/(?:'s|’s|es|s)$/, '');
    return (
      exact.get(matched) ??
      exact.get(bare) ??
      exact.get(matched.replace(/[’']s$|s$/, '')) ??
      folded.get(normalise(matched.replace(/\s+/g, ' '))) ??
      folded.get(matched.toLowerCase().replace(/\s+/g, ' '))
    );
  };

  return {
    find(text: string): TermMatch[] {
      const found: TermMatch[] = [];
      for (const re of [sensitive, insensitive]) {
        if (!re) continue;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const info = lookup(m[0]);
          if (info) found.push({ start: m.index, end: m.index + m[0].length, ...info });
        }
      }
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      const result: TermMatch[] = [];
      let lastEnd = -1;
      for (const m of found) {
        if (m.start >= lastEnd) {
          result.push(m);
          lastEnd = m.end;
        }
      }
      return result;
    },
  };
}
