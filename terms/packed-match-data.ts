// The match data as the content script ships it: one compact string, packed at build time and
// unpacked once when the matcher is made. Written out as JSON, the same data took 40 KB of every
// page's script; most of it was property names, quotes, and words repeated from alias to alias.
//
// Entries are joined by "#". An entry is its id, then "|" before each alias. The id is left out
// where it is the first alias written as a slug ("Chronic pain" -> "chronic-pain"). An alias is
// its text, with "!" in front if it is case-sensitive, then "+" before each inflected form: as
// many "<" as letters to drop from the end of the text, then the letters to add ("+s",
// "injury+<ies"). Context cues follow "@": "!" if the alias needs support, then the words that
// must not come before it, after it, the support words and the words that must not be in its
// sentence, each list joined by ";" and the four by "/". Last, the most frequent pieces of text are written as one character each: the
// tokens, which unpacking expands before reading the rest.
import type { MatchAlias, MatchEntry } from './types';

export interface PackedMatchData {
  /** Token character -> the text it stands for. */
  tokens: Record<string, string>;
  entries: string;
}

type Cues = NonNullable<MatchAlias['ambiguous']>;
type CueList = 'notAfter' | 'notBefore' | 'supportWords' | 'notInSentence';

const CUE_LISTS: readonly CueList[] = ['notAfter', 'notBefore', 'supportWords', 'notInSentence'];
/** Characters that give the packed text its structure; no glossary text may hold them. */
const STRUCTURE = '#|!+<@/;';
/** Characters tokens may be, where the glossary does not use them; none needs escaping in JS. */
const TOKEN_CANDIDATES = '$%()*:=>?[]^_{}~23456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LONGEST_TOKEN = 16;
const SHORTLIST = 40;

export const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function packForm(text: string, form: string): string {
  let same = 0;
  while (same < text.length && text[same] === form[same]) same++;
  return `+${'<'.repeat(text.length - same)}${form.slice(same)}`;
}

function packCues(cues: Cues): string {
  const lists = CUE_LISTS.map((name) => (cues[name] ?? []).join(';'));
  return `@${cues.needsSupport ? '!' : ''}${lists.join('/')}`;
}

function packAlias(alias: MatchAlias): string {
  const forms = (alias.forms ?? []).map((f) => packForm(alias.text, f)).join('');
  const cues = alias.ambiguous ? packCues(alias.ambiguous) : '';
  return `${alias.caseSensitive ? '!' : ''}${alias.text}${forms}${cues}`;
}

const textsOf = (alias: MatchAlias): string[] => [
  alias.text,
  ...(alias.forms ?? []),
  ...CUE_LISTS.flatMap((name) => alias.ambiguous?.[name] ?? []),
];

function packEntry(entry: MatchEntry): string {
  const first = entry.aliases[0]?.text ?? '';
  const id = entry.id === slug(first) ? '' : entry.id;
  return [id, ...entry.aliases.map(packAlias)].join('|');
}

/** How many characters writing `piece` as a token saves in `text`, its definition included. */
function saving(text: string, piece: string): number {
  return (text.split(piece).length - 1) * (piece.length - 1) - piece.length - 4;
}

/** The piece of `text` whose token saves most: greedy, and the same choice on every run. */
function bestPiece(text: string, avoid: string): string | null {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    for (let n = 1; n <= LONGEST_TOKEN && i + n <= text.length; n++) {
      if (avoid.includes(text.charAt(i + n - 1))) break;
      if (n < 3) continue;
      const piece = text.slice(i, i + n);
      counts.set(piece, (counts.get(piece) ?? 0) + 1);
    }
  }
  // Overlapping counts rank the candidates; the best few are then counted exactly.
  const ranked: { piece: string; rough: number }[] = [];
  for (const [piece, count] of counts) {
    const rough = count * (piece.length - 1);
    if (ranked.length === SHORTLIST && rough <= (ranked.at(-1)?.rough ?? 0)) continue;
    ranked.push({ piece, rough });
    ranked.sort((a, b) => b.rough - a.rough || (a.piece < b.piece ? -1 : 1));
    if (ranked.length > SHORTLIST) ranked.pop();
  }
  let best: string | null = null;
  let bestSaving = 0;
  for (const { piece } of ranked) {
    const s = saving(text, piece);
    if (s > bestSaving || (s === bestSaving && best !== null && piece < best)) {
      best = piece;
      bestSaving = s;
    }
  }
  return best;
}

export function packMatchData(entries: readonly MatchEntry[]): PackedMatchData {
  const written = entries.flatMap((e) => [e.id, ...e.aliases.flatMap(textsOf)]).join('');
  for (const char of STRUCTURE) {
    if (written.includes(char)) throw new Error(`match data: glossary text holds "${char}"`);
  }
  let text = entries.map(packEntry).join('#');
  const free = [...TOKEN_CANDIDATES].filter((c) => !text.includes(c));
  const tokens: Record<string, string> = {};
  for (const token of free) {
    // A piece never holds structure, nor a token already chosen.
    const piece = bestPiece(text, STRUCTURE + free.join(''));
    if (!piece) break;
    tokens[token] = piece;
    text = text.split(piece).join(token);
  }
  return { tokens, entries: text };
}

function unpackCues(packed: string): Cues {
  const needsSupport = packed.startsWith('!');
  const lists = (needsSupport ? packed.slice(1) : packed).split('/');
  const cues: Cues = needsSupport ? { needsSupport } : {};
  CUE_LISTS.forEach((name, i) => {
    const list = lists[i];
    if (list) cues[name] = list.split(';');
  });
  return cues;
}

function unpackAlias(packed: string): MatchAlias {
  const at = packed.indexOf('@');
  const [written = '', ...forms] = (at < 0 ? packed : packed.slice(0, at)).split('+');
  const caseSensitive = written.startsWith('!');
  const text = caseSensitive ? written.slice(1) : written;
  const alias: MatchAlias = caseSensitive ? { text, caseSensitive } : { text };
  if (at >= 0) alias.ambiguous = unpackCues(packed.slice(at + 1));
  if (forms.length) {
    alias.forms = forms.map((f) => {
      const drop = f.length - f.replace(/^<+/, '').length;
      return text.slice(0, text.length - drop) + f.slice(drop);
    });
  }
  return alias;
}

export function unpackMatchData({ tokens, entries }: PackedMatchData): MatchEntry[] {
  const keys = Object.keys(tokens).map((t) => t.replace(/[\\\]^[-]/, '\\$&'));
  const text = keys.length
    ? entries.replace(new RegExp(`[${keys.join('')}]`, 'g'), (t) => tokens[t] ?? t)
    : entries;
  return text.split('#').map((packed) => {
    const [id, ...aliases] = packed.split('|');
    const unpacked = aliases.map(unpackAlias);
    return { id: id || slug(unpacked[0]?.text ?? ''), aliases: unpacked };
  });
}
