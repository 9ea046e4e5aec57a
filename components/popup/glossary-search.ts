// Search as you type over the glossary: terms, aliases, abbreviations, spelled-out forms, typos.
import type { GlossaryEntry } from '../../guide/types';

interface Name {
  text: string;
  tokens: string[];
  compact: string;
}

interface Indexed {
  entry: GlossaryEntry;
  names: Name[];
  /** Words of the short explanation, for a weaker match. */
  words: string[];
}

export interface SearchIndex {
  items: Indexed[];
}

/** Lower case, no accents, every run of non-letters one space: "Anti-Inflammatory" -> "anti inflammatory". */
export function normaliseQuery(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const toName = (raw: string): Name => {
  const text = normaliseQuery(raw);
  return { text, tokens: text.split(' ').filter(Boolean), compact: text.replace(/ /g, '') };
};

/** "Ibuprofen (Advil, Motrin)" -> the whole, "Ibuprofen", "Advil, Motrin", "Advil", "Motrin". */
function namesOf(entry: GlossaryEntry): string[] {
  const out = [entry.term, ...entry.aliases.map((a) => a.text)];
  const paren = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(entry.term);
  if (paren) {
    const [, before = '', inside = '', after = ''] = paren;
    out.push(`${before} ${after}`, inside, ...inside.split(/,\s*/));
  }
  return out;
}

export function buildSearchIndex(entries: readonly GlossaryEntry[]): SearchIndex {
  return {
    items: entries.map((entry) => {
      const seen = new Set<string>();
      const names: Name[] = [];
      for (const raw of namesOf(entry)) {
        const name = toName(raw);
        if (name.text && !seen.has(name.text)) {
          seen.add(name.text);
          names.push(name);
        }
      }
      return { entry, names, words: normaliseQuery(entry.short).split(' ') };
    }),
  };
}

/** Edit distance with swaps of neighbours counted once; stops early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      }
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Typos allowed in a word of this length: none in short words, where one typo is another word. */
const allowedTypos = (length: number): number => (length < 4 ? 0 : length < 7 ? 1 : 2);

/** 3 for the same word, 2 for a word it starts, 1 for a near miss, 0 for none. */
function tokenScore(q: string, tokens: readonly string[], last: boolean): number {
  let best = 0;
  const typos = allowedTypos(q.length);
  for (const t of tokens) {
    if (t === q) return 3;
    if (t.startsWith(q)) best = Math.max(best, 2);
    else if (best < 1 && typos > 0) {
      if (editDistance(q, t, typos) <= typos) best = 1;
      // The word being typed: compare it with the start of each word, allowing one slip.
      else if (last && q.length >= 5 && t.length > q.length) {
        if (editDistance(q, t.slice(0, q.length), 1) <= 1) best = 1;
      }
    }
  }
  return best;
}

function nameScore(q: Name, name: Name): number {
  if (name.text === q.text) return 100;
  if (name.text.startsWith(q.text)) return 80;
  const scores = q.tokens.map((t, i) => tokenScore(t, name.tokens, i === q.tokens.length - 1));
  if (scores.every((s) => s > 0)) {
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    return 40 + mean * 10;
  }
  if (q.compact.length >= 5 && name.compact.includes(q.compact)) return 30;
  return 0;
}

/** Entries that match the query, best first; every entry, A to Z, for an empty query. */
export function searchGlossary(index: SearchIndex, query: string): GlossaryEntry[] {
  const q = toName(query);
  if (!q.text) return sortByTerm(index.items.map((i) => i.entry));
  const scored: { entry: GlossaryEntry; score: number }[] = [];
  for (const item of index.items) {
    let score = Math.max(0, ...item.names.map((n) => nameScore(q, n)));
    if (score === 0 && q.tokens.every((t) => t.length >= 3)) {
      // The plain explanation mentions every word typed: a weak hit, listed after the names.
      if (q.tokens.every((t) => item.words.some((w) => w.startsWith(t)))) score = 10;
    }
    if (score > 0) scored.push({ entry: item.entry, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || compareTerms(a.entry, b.entry))
    .map((s) => s.entry);
}

/** The letter an entry is filed under: its term's first letter, ignoring quotes and digits. */
export function filingLetter(entry: GlossaryEntry): string {
  const ch = normaliseQuery(entry.term).charAt(0).toUpperCase();
  return /[A-Z]/.test(ch) ? ch : '#';
}

export const compareTerms = (a: GlossaryEntry, b: GlossaryEntry): number =>
  a.term.localeCompare(b.term, 'en', { sensitivity: 'base' });

export const sortByTerm = (entries: readonly GlossaryEntry[]): GlossaryEntry[] =>
  [...entries].sort(compareTerms);
