// Which glossary forms a text could hold, so that a short document (a frame, a small page)
// compiles patterns of only those instead of all: the full patterns' machine code is about
// 0.4 MB per document and takes tens of milliseconds to build, a few dozen forms' a few KB.
//
// A form can only be found where the text holds its lead: the run of ASCII word characters it
// starts with (what `\b` and the patterns' case-insensitive letters compare; normalising a text
// never changes them), at the start of a word. So a form is kept when its lead is a prefix of one
// of the text's words; a form with no such lead (it starts with another character) always is.

/** Keys and the lead they start with, lowercase. */
const LEAD = /^[a-z0-9_]*/;
const WORDS = /[A-Za-z0-9_]+/g;

export class Vocabulary {
  private readonly byLead = new Map<string, string[]>();
  private readonly leadLengths: number[];
  private readonly seen = new Set<string>();
  /** The forms kept so far. */
  readonly keys: Set<string>;
  /** Characters of text read so far. */
  read = 0;

  /** `keys`: normalised, lowercase forms (normaliseKey). */
  constructor(keys: Iterable<string>) {
    const always: string[] = [];
    for (const key of keys) {
      const lead = LEAD.exec(key)?.[0] ?? '';
      if (!lead) always.push(key);
      else {
        const list = this.byLead.get(lead);
        if (list) list.push(key);
        else this.byLead.set(lead, [key]);
      }
    }
    this.keys = new Set(always);
    this.leadLengths = [...new Set([...this.byLead.keys()].map((l) => l.length))].sort(
      (a, b) => a - b,
    );
  }

  /** Keeps the forms `text` could hold; true when that added any. */
  add(text: string): boolean {
    const before = this.keys.size;
    this.read += text.length;
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
      const word = m[0].toLowerCase();
      if (this.seen.has(word)) continue;
      this.seen.add(word);
      for (const n of this.leadLengths) {
        if (n > word.length) break;
        for (const key of this.byLead.get(word.slice(0, n)) ?? []) this.keys.add(key);
      }
    }
    return this.keys.size > before;
  }
}
