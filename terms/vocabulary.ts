// Which glossary forms a text could hold, so that a short document (a frame, a small page)
// compiles patterns of only those instead of all: the full patterns' machine code is about
// 0.2 MB per document and takes tens of milliseconds to build, a few dozen forms' a few KB.
//
// A form can only be found where the text holds its lead: the run of ASCII word characters it
// starts with (what `\b` and the patterns' case-insensitive letters compare; normalising a text
// never changes them), at the start of a word. So a form is kept when its lead is a prefix of one
// of the text's words; a form with no such lead (it starts with another character) always is.

const WORDS = /[A-Za-z0-9_]+/g;
/** Lead lengths (and so counts of forms per lead) stay below this in the packed index. */
const PACK = 4096;

/** The length of the run of ASCII word characters `key` (lowercase) starts with. */
function leadLength(key: string): number {
  let n = 0;
  for (; n < key.length; n++) {
    const c = key.charCodeAt(n);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 95)) break;
  }
  return n;
}

export class Vocabulary {
  /** The forms, grouped by lead. */
  private readonly sorted: string[];
  /** Lead -> where its forms start in `sorted` and how many there are, packed. */
  private readonly byLead = new Map<string, number>();
  private readonly leadLengths: number[];
  /** The forms kept so far. */
  readonly keys = new Set<string>();
  /** Characters of text read so far. */
  read = 0;

  /** `keys`: normalised, lowercase forms (normaliseKey). */
  constructor(keys: Iterable<string>) {
    const byLead = [...keys]
      .map((key) => ({ key, lead: key.slice(0, leadLength(key)) }))
      .sort((a, b) => (a.lead < b.lead ? -1 : a.lead > b.lead ? 1 : 0));
    this.sorted = byLead.map((k) => k.key);
    const lengths = new Set<number>();
    for (let i = 0; i < byLead.length;) {
      const { key, lead } = byLead[i] as { key: string; lead: string };
      if (!lead) {
        this.keys.add(key);
        i++;
        continue;
      }
      let end = i + 1;
      while (end < byLead.length && byLead[end]?.lead === lead) end++;
      this.byLead.set(lead, i * PACK + (end - i));
      lengths.add(lead.length);
      i = end;
    }
    this.leadLengths = [...lengths].sort((a, b) => a - b);
  }

  /** Keeps the forms `text` could hold; true when that added any. */
  add(text: string): boolean {
    const before = this.keys.size;
    this.read += text.length;
    const words = new Set<string>();
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) words.add(m[0].toLowerCase());
    for (const word of words) {
      for (const n of this.leadLengths) {
        if (n > word.length) break;
        const at = this.byLead.get(n === word.length ? word : word.slice(0, n));
        if (at === undefined) continue;
        const start = Math.floor(at / PACK);
        for (let i = start; i < start + (at % PACK); i++) this.keys.add(this.sorted[i] as string);
      }
    }
    return this.keys.size > before;
  }
}
