// The glossary as a study sheet (Markdown), a flashcard deck (CSV) and data for checks (JSON).
import { GUIDE_META } from '../../guide/about';
import { HELP_LABELS } from '../../guide/help-words';
import { CATEGORIES, type GlossaryEntry } from '../../guide/types';
import { toCsvText } from '../../common/csv-format';

export const FORMATS = ['json', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/** Every field of every entry, so the whole glossary can be reviewed outside the code. */
export function glossaryJson(entries: readonly GlossaryEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** Front, back and tags: the columns flashcard apps such as Anki import. */
export function glossaryCsv(entries: readonly GlossaryEntry[]): string {
  const rows = entries.map((e) => {
    const back = e.note ? `${e.short} Note: ${e.note}` : e.short;
    return [e.term, back, `pt-lens ${e.category}`];
  });
  return toCsvText([['front', 'back', 'tags'], ...rows]);
}

const byTerm = (a: GlossaryEntry, b: GlossaryEntry): number =>
  a.term.localeCompare(b.term, 'en', { sensitivity: 'base' });

export function glossaryMarkdown(entries: readonly GlossaryEntry[]): string {
  const { source } = GUIDE_META;
  const out = [
    '# PT Lens glossary: a study sheet',
    '',
    `${entries.length} physical therapy and chronic pain terms in plain words. Written in our own ` +
      `words from "${source.title}" (${source.publisher}, ${source.year}), with its errors ` +
      'corrected and facts checked against the sources named under each term.',
    '',
    `> ${GUIDE_META.disclaimer}`,
  ];
  for (const category of CATEGORIES) {
    const inCategory = entries.filter((e) => e.category === category).sort(byTerm);
    if (inCategory.length === 0) continue;
    out.push('', `## ${category[0]?.toUpperCase()}${category.slice(1)}`);
    for (const e of inCategory) {
      const bare = e.term.replace(/\s*\(.*\)$/, '').toLowerCase();
      const others = e.aliases.map((a) => a.text).filter((t) => t.toLowerCase() !== bare);
      out.push('', `### ${e.term}`, '', `**In short:** ${e.short}`, '', e.more);
      if (others.length) out.push('', `*Also called:* ${others.join(', ')}`);
      if (e.note) out.push('', `*Correction:* ${e.note}`);
      if (e.safety) out.push('', `*Safety:* ${e.safety}`);
      if (e.getHelp) out.push('', `*${HELP_LABELS[e.getHelp.urgency]}:* ${e.getHelp.text}`);
      out.push('', `*Sources:* ${e.sources.map((s) => s.name).join('; ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function formatGlossary(entries: readonly GlossaryEntry[], format: Format): string {
  if (format === 'json') return glossaryJson(entries);
  if (format === 'csv') return glossaryCsv(entries);
  return glossaryMarkdown(entries);
}
