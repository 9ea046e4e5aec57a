// The scan command's pure half: matches in scanned files, term counts, and the three reports
// (a count table, JSON with every match, a Markdown study sheet).
import type { GlossaryEntry } from '../../guide/types';
import type { BlockMatcher } from '../../terms/matcher';
import type { FileKind } from './html-text';

/** A piece of a file's text that is matched on its own (a text file, or one block of a page). */
export interface TextSegment {
  text: string;
  /** Where the segment starts in the file's scanned text. */
  offset: number;
}

export interface ScannedFile {
  file: string;
  kind: FileKind;
  /** What was scanned: the file's text, or a page's visible blocks joined by blank lines. */
  text: string;
  segments: TextSegment[];
}

export interface FoundTerm {
  file: string;
  /** Offsets in the file's scanned text, in UTF-16 code units. */
  start: number;
  end: number;
  text: string;
  entryId: string;
  alias: string;
}

export interface TermCount {
  entryId: string;
  term: string;
  count: number;
  files: number;
}

export interface ScanError {
  file: string;
  message: string;
}

export interface ScanResult {
  files: ScannedFile[];
  found: FoundTerm[];
  errors: ScanError[];
}

const BLOCK_SEPARATOR = '\n\n';

/** A text file is scanned whole, so a phrase may run across a line break. */
export function scannedText(file: string, text: string): ScannedFile {
  return { file, kind: 'text', text, segments: [{ text, offset: 0 }] };
}

/** A page is scanned block by block, as the content script does; a term never spans blocks. A
 * PDF's blocks are its pages. */
export function scannedPage(
  file: string,
  blocks: readonly string[],
  kind: FileKind = 'html',
): ScannedFile {
  const segments: TextSegment[] = [];
  let offset = 0;
  for (const text of blocks) {
    segments.push({ text, offset });
    offset += text.length + BLOCK_SEPARATOR.length;
  }
  return { file, kind, text: blocks.join(BLOCK_SEPARATOR), segments };
}

/** The file is one page: its blocks share the page's context for ambiguous terms. */
export function findTerms(matcher: BlockMatcher, scanned: ScannedFile): FoundTerm[] {
  const perBlock = matcher.findInBlocks(scanned.segments.map((s) => s.text));
  return scanned.segments.flatMap((segment, i) =>
    (perBlock[i] ?? []).map((m) => ({
      file: scanned.file,
      start: segment.offset + m.start,
      end: segment.offset + m.end,
      text: segment.text.slice(m.start, m.end),
      entryId: m.entryId,
      alias: m.alias,
    })),
  );
}

type Entries = ReadonlyMap<string, GlossaryEntry>;

/** Terms by number of matches, most frequent first (ties by name). */
export function countTerms(found: readonly FoundTerm[], entries: Entries): TermCount[] {
  const byId = new Map<string, { count: number; files: Set<string> }>();
  for (const f of found) {
    const tally = byId.get(f.entryId) ?? { count: 0, files: new Set<string>() };
    tally.count += 1;
    tally.files.add(f.file);
    byId.set(f.entryId, tally);
  }
  return [...byId]
    .map(([entryId, t]) => ({
      entryId,
      term: entries.get(entryId)?.term ?? entryId,
      count: t.count,
      files: t.files.size,
    }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term, 'en'));
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function headline(result: ScanResult, terms: number): string {
  const files = plural(result.files.length, 'file');
  if (terms === 0) return `No glossary terms found in ${files}.`;
  return `${plural(terms, 'term')} (${plural(result.found.length, 'match', 'matches')}) in ${files}.`;
}

/** The default report: a table of terms with their counts. */
export function formatCounts(result: ScanResult, entries: Entries): string {
  const counts = countTerms(result.found, entries);
  const lines = [headline(result, counts.length)];
  if (counts.length === 0) return lines.join('\n') + '\n';
  const width = Math.max(4, ...counts.map((c) => c.term.length));
  lines.push('', `${'count'.padStart(5)}  ${'files'.padStart(5)}  ${'term'.padEnd(width)}  entry`);
  for (const c of counts) {
    const cells = [String(c.count).padStart(5), String(c.files).padStart(5), c.term.padEnd(width)];
    lines.push(`${cells.join('  ')}  ${c.entryId}`);
  }
  return lines.join('\n') + '\n';
}

/** Every match, for other tools: offsets index the scanned text of each file. */
export function formatJson(result: ScanResult, entries: Entries): string {
  const perFile = new Map<string, number>();
  for (const m of result.found) perFile.set(m.file, (perFile.get(m.file) ?? 0) + 1);
  const report = {
    files: result.files.map((f) => ({
      file: f.file,
      kind: f.kind,
      matches: perFile.get(f.file) ?? 0,
    })),
    terms: countTerms(result.found, entries),
    matches: result.found,
    errors: result.errors,
  };
  return JSON.stringify(report, null, 2) + '\n';
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

const SNIPPET_RADIUS = 40;
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;
const flat = (s: string): string => s.replace(/\s+/g, ' ');

/** The match with a few words either side, on one line, within its paragraph or block. */
export function snippet(text: string, { start, end }: { start: number; end: number }): Snippet {
  const from = Math.max(0, start - SNIPPET_RADIUS);
  const to = Math.min(text.length, end + SNIPPET_RADIUS);
  const beforeParts = text.slice(from, start).split(PARAGRAPH_BREAK);
  const afterParts = text.slice(end, to).split(PARAGRAPH_BREAK);
  let before = flat(beforeParts.at(-1) ?? '').trimStart();
  let after = flat(afterParts[0] ?? '').trimEnd();
  // Cut mid-paragraph: drop the partial word at the cut and show that text goes on.
  if (beforeParts.length === 1 && from > 0) {
    if (/\S/.test(text[from - 1] ?? '')) before = before.replace(/^\S*\s?/, '');
    before = '…' + before;
  }
  if (afterParts.length === 1 && to < text.length) {
    if (/\S/.test(text[to] ?? '')) after = after.replace(/\s?\S*$/, '');
    after += '…';
  }
  return { before, match: flat(text.slice(start, end)), after };
}

/** Escapes page text so Markdown shows it as written and never turns it into markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~!]/g, '\\$&');
}

/** An inline code span that holds any text, backticks included. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

const PLACES_PER_TERM = 5;

interface TermSection {
  count: TermCount;
  entry: GlossaryEntry | undefined;
  places: readonly FoundTerm[];
  texts: ReadonlyMap<string, string>;
}

function termSection({ count, entry, places, texts }: TermSection): string[] {
  const lines = [`## ${escapeMarkdown(count.term)}`, ''];
  if (entry) lines.push(entry.short, '');
  if (entry?.safety) lines.push(`**Safety:** ${entry.safety}`, '');
  const where = count.files === 1 ? '1 file' : `${count.files} files`;
  lines.push(`Found ${count.count === 1 ? 'once' : `${count.count} times`} in ${where}:`, '');
  for (const m of places.slice(0, PLACES_PER_TERM)) {
    const s = snippet(texts.get(m.file) ?? '', m);
    const quote = `${escapeMarkdown(s.before)}**${escapeMarkdown(s.match)}**${escapeMarkdown(s.after)}`;
    lines.push(`- ${codeSpan(m.file)}: ${quote}`);
  }
  if (places.length > PLACES_PER_TERM) lines.push(`- and ${places.length - PLACES_PER_TERM} more`);
  lines.push('');
  return lines;
}

/** A study sheet: each term found, its short explanation, and where it occurs. */
export function formatStudySheet(result: ScanResult, entries: Entries): string {
  const counts = countTerms(result.found, entries);
  const lines = ['# PT Lens study sheet', '', headline(result, counts.length), ''];
  const texts = new Map(result.files.map((f) => [f.file, f.text]));
  for (const count of counts) {
    const places = result.found.filter((m) => m.entryId === count.entryId);
    lines.push(...termSection({ count, entry: entries.get(count.entryId), places, texts }));
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}
