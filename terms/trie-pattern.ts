// Builds one regular expression from many phrases as a trie, so the engine branches once per
// shared prefix instead of trying every phrase at every position. Longer phrases are tried first.
import { SEPARATOR_SOURCE } from './normalise';

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

const WORD_CHAR = '[\\p{L}\\p{N}_]';
export const WORD_END = `(?!${WORD_CHAR})`;
export const WORD_START = `(?<!${WORD_CHAR})`;

function charPattern(ch: string): string {
  if (ch === ' ') return SEPARATOR_SOURCE;
  if (ch === "'") return "['\\u2018\\u2019\\u02bc]";
  return ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function nodePattern(node: Node): string {
  const branches = [...node.next.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([ch, child]) => charPattern(ch) + nodePattern(child));
  if (node.end) branches.push(WORD_END);
  if (branches.length === 1) return branches[0] ?? '';
  return `(?:${branches.join('|')})`;
}

/** A pattern matching any of `keys` (normalised: single spaces, straight apostrophes). */
export function triePattern(keys: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return WORD_START + nodePattern(root);
}
