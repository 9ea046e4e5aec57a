// Prints every glossary entry that breaks a house rule (length, grade, ids, duplicate aliases).
// Usage: npx tsx scripts/glossary-check.ts [--all]   (--all also prints the entries that pass)
import { GLOSSARY } from '../guide/glossary/index';
import { SECTION_IDS, CATEGORIES } from '../guide/types';
import { readability } from './lib/readability';

const all = process.argv.includes('--all');
const ids = new Set(GLOSSARY.map((e) => e.id));
const problems: string[] = [];
const aliasOwners = new Map<string, { id: string; ambiguous: boolean }[]>();
const shortGrades: number[] = [];
for (const e of GLOSSARY) {
  const names = [e.term.replace(/\s*\(.*\)\s*/, ''), ...e.aliases.map((a) => a.text)];
  const s = readability(e.short, names);
  const m = readability(e.more, names);
  shortGrades.push(s.grade);
  const p: string[] = [];
  if (s.words > 35) p.push(`short has ${s.words} words (max 35)`);
  if (s.grade > 8) p.push(`short grade ${s.grade} (max 8)`);
  if (m.words > 120) p.push(`more has ${m.words} words (max 120)`);
  if (m.grade > 9) p.push(`more grade ${m.grade} (max 9)`);
  if (!SECTION_IDS.includes(e.section)) p.push(`unknown section ${e.section}`);
  if (!CATEGORIES.includes(e.category)) p.push(`unknown category ${e.category}`);
  for (const r of e.related) if (!ids.has(r)) p.push(`related id ${r} does not exist (yet)`);
  if (e.sources.length === 0) p.push('no sources');
  if (e.aliases.length === 0) p.push('no aliases');
  for (const a of e.aliases) {
    const key = a.caseSensitive ? a.text : a.text.toLowerCase();
    const list = aliasOwners.get(key) ?? [];
    list.push({ id: e.id, ambiguous: !!a.ambiguous });
    aliasOwners.set(key, list);
  }
  if (p.length || all)
    problems.push(
      `${e.id}: short ${s.words}w g${s.grade}, more ${m.words}w g${m.grade}${p.length ? '\n   ' + p.join('\n   ') : ''}`,
    );
}
for (const [alias, owners] of aliasOwners) {
  if (owners.length > 1 && owners.some((o) => !o.ambiguous))
    problems.push(`alias "${alias}" is on ${owners.map((o) => o.id).join(', ')}`);
}
const dupIds = GLOSSARY.map((e) => e.id).filter((id, i, a) => a.indexOf(id) !== i);
for (const d of dupIds) problems.push(`duplicate id ${d}`);
shortGrades.sort((a, b) => a - b);
const median = shortGrades.length ? shortGrades[Math.floor(shortGrades.length / 2)] : 0;
console.log(problems.join('\n'));
console.log(`${GLOSSARY.length} entries; median short grade ${median}`);
