// The coverage report: marks per 1,000 words (every mark, and the first per section), the
// densest page, the share of marks per entry category, and how many of the frequent health
// candidates the matcher explains, with the top unexplained ones.
import type { CandidateKind } from './candidate-mining';
import type { Contrast } from './contrast';
import type { PageAnalysis } from './coverage-analysis';
import { commonElsewhere, healthRelevant } from './health-words';

/** A page needs this many words to count as the densest: a caption is not a page. */
export const DENSEST_MIN_WORDS = 100;

export interface CandidateRow {
  key: string;
  kind: CandidateKind;
  pages: number;
  occurrences: number;
  marked: number;
  /** The recorded decision, when a decisions file was given. */
  decision?: string;
}

export interface CoverageOptions {
  minPages: number;
  top: number;
  /** Head words of the glossary's aliases, which count as health words. */
  glossaryWords?: ReadonlySet<string>;
  /** Entry id -> category, for the share of marks per category. */
  categories?: ReadonlyMap<string, string>;
  /** Non-health pages: candidates common on them drop out. */
  contrast?: Contrast;
  /** Candidate -> decision (entry, alias, add, not). */
  decisions?: ReadonlyMap<string, string>;
}

export interface Rate {
  marks: number;
  per1k: number;
}

export interface CoverageReport {
  pages: number;
  words: number;
  every: Rate;
  firstPerSection: Rate;
  densest: { file: string; words: number; marks: number; per1k: number } | null;
  categories: { category: string; marks: number; share: number }[];
  candidates: {
    frequent: number;
    explained: number;
    /** Frequent candidates decided entry, alias or add, and how many of them are explained. */
    needed?: { count: number; explained: number; undecided: number };
    /** Explained somewhere but marked at fewer than half their occurrences. */
    sometimes: CandidateRow[];
    unexplained: CandidateRow[];
    all: CandidateRow[];
  };
}

const per1k = (marks: number, words: number): number =>
  words === 0 ? 0 : Math.round((marks / words) * 10_000) / 10;

function pagesByKey(pages: readonly PageAnalysis[]): Map<string, CandidateRow> {
  const rows = new Map<string, CandidateRow>();
  for (const page of pages) {
    for (const [key, c] of page.candidates) {
      const row = rows.get(key) ?? { key, kind: c.kind, pages: 0, occurrences: 0, marked: 0 };
      if (c.kind === 'adjective') row.kind = 'adjective';
      row.pages += 1;
      row.occurrences += c.occurrences;
      row.marked += c.marked;
      rows.set(key, row);
    }
  }
  return rows;
}

const byPages = (a: CandidateRow, b: CandidateRow): number =>
  b.pages - a.pages || b.occurrences - a.occurrences || a.key.localeCompare(b.key, 'en');

/** The frequent, health-relevant candidates of `pages`, most pages first. */
export function frequentCandidates(
  pages: readonly PageAnalysis[],
  options: CoverageOptions,
): CandidateRow[] {
  const contrast = options.contrast;
  return [...pagesByKey(pages).values()]
    .filter((row) => row.pages >= options.minPages)
    .filter(
      (row) =>
        healthRelevant(row.key, 'phrase', options.glossaryWords) ||
        (row.kind === 'adjective' && healthRelevant(row.key, 'adjective')),
    )
    .filter(
      (row) =>
        !contrast ||
        !commonElsewhere(row.pages, pages.length, contrast.pages, contrast.pagesWith(row.key)),
    )
    .map((row) => {
      const decision = options.decisions?.get(row.key);
      return decision ? { ...row, decision } : row;
    })
    .sort(byPages);
}

export function coverageReport(
  pages: readonly PageAnalysis[],
  options: CoverageOptions,
): CoverageReport {
  const words = pages.reduce((n, p) => n + p.words, 0);
  const marks = pages.flatMap((p) => p.marks);
  const firsts = marks.filter((m) => m.first).length;
  const densest = pages
    .filter((p) => p.words >= DENSEST_MIN_WORDS)
    .map((p) => ({ file: p.file, words: p.words, marks: p.marks.length }))
    .map((p) => ({ ...p, per1k: per1k(p.marks, p.words) }))
    .sort((a, b) => b.per1k - a.per1k)[0];
  const byCategory = new Map<string, number>();
  for (const m of marks) {
    const category = options.categories?.get(m.entryId) ?? 'unknown';
    byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
  }
  const all = frequentCandidates(pages, options);
  const explained = all.filter((r) => r.marked > 0);
  // Decided terms worth explaining: already entries or aliases, or to add.
  const needed = options.decisions
    ? all.filter((r) => r.decision && r.decision !== 'not')
    : undefined;
  return {
    pages: pages.length,
    words,
    every: { marks: marks.length, per1k: per1k(marks.length, words) },
    firstPerSection: { marks: firsts, per1k: per1k(firsts, words) },
    densest: densest ?? null,
    categories: [...byCategory]
      .map(([category, n]) => ({ category, marks: n, share: n / (marks.length || 1) }))
      .sort((a, b) => b.marks - a.marks || a.category.localeCompare(b.category)),
    candidates: {
      frequent: all.length,
      explained: explained.length,
      ...(needed && {
        needed: {
          count: needed.length,
          explained: needed.filter((r) => r.marked > 0).length,
          undecided: all.filter((r) => !r.decision).length,
        },
      }),
      sometimes: explained.filter((r) => r.marked * 2 < r.occurrences).slice(0, options.top),
      // Those decided "not" need no explanation: the list is what is left to write.
      unexplained: all.filter((r) => r.marked === 0 && r.decision !== 'not').slice(0, options.top),
      all,
    },
  };
}

const percent = (n: number, of: number): string =>
  of === 0 ? '0%' : `${Math.round((n / of) * 100)}%`;

function rowLine(r: CandidateRow): string {
  const decision = r.decision ? `  [${r.decision}]` : '';
  const marked = r.marked ? `  marked ${r.marked} of ${r.occurrences}` : '';
  return `${String(r.pages).padStart(5)}  ${r.key}${r.kind === 'adjective' ? ' (adj.)' : ''}${marked}${decision}`;
}

/** The report as a person reads it. */
export function formatCoverage(report: CoverageReport, options: { minPages: number }): string {
  const c = report.candidates;
  const lines = [
    `${report.pages} pages, ${report.words.toLocaleString('en')} words read.`,
    `Marks: ${report.every.marks} (${report.every.per1k} per 1,000 words); ` +
      `first per section only: ${report.firstPerSection.marks} (${report.firstPerSection.per1k} per 1,000 words).`,
    report.densest
      ? `Densest page: ${report.densest.file}, ${report.densest.per1k} marks per 1,000 words ` +
        `(${report.densest.marks} in ${report.densest.words} words).`
      : `Densest page: none of ${DENSEST_MIN_WORDS} words or more.`,
  ];
  if (report.categories.length) {
    lines.push('', 'Marks by entry category:');
    for (const k of report.categories)
      lines.push(
        `${String(k.marks).padStart(7)}  ${percent(k.marks, report.every.marks).padStart(4)}  ${k.category}`,
      );
  }
  lines.push(
    '',
    `Health candidates on ${options.minPages}+ pages: ${c.frequent}; explained (marked at least once): ` +
      `${c.explained} (${percent(c.explained, c.frequent)}).`,
  );
  if (c.needed)
    lines.push(
      `Of those decided entry, alias or add: ${c.needed.explained} of ${c.needed.count} explained ` +
        `(${percent(c.needed.explained, c.needed.count)}); ${c.needed.undecided} not decided yet.`,
    );
  if (c.unexplained.length) {
    const which = c.needed ? ', not counting those decided "not"' : '';
    lines.push('', `Top unexplained candidates${which} (pages, candidate):`);
    lines.push(...c.unexplained.map(rowLine));
  }
  if (c.sometimes.length) {
    lines.push('', 'Marked at fewer than half their occurrences (pages, candidate):');
    lines.push(...c.sometimes.map(rowLine));
  }
  return lines.join('\n') + '\n';
}
