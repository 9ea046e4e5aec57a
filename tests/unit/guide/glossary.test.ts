// The glossary's house rules: valid entries, unique aliases, real links, plain words.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import { GlossaryEntrySchema } from '../../../guide/schema';
import { GUIDE_SECTIONS } from '../../../guide/sections';
import { readability } from '../../../scripts/lib/readability';

const namesOf = (e: (typeof GLOSSARY)[number]): string[] => [
  e.term.replace(/\s*\(.*\)\s*$/, ''),
  ...e.aliases.map((a) => a.text),
];

describe('the glossary', () => {
  it('has at least 100 entries', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(100);
  });

  it.each(GLOSSARY.map((e) => [e.id, e] as const))('%s matches the schema', (_id, entry) => {
    const result = v.safeParse(GlossaryEntrySchema, entry);
    expect(result.issues?.map((i) => i.message) ?? []).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('puts no alias on two entries unless both mark it ambiguous', () => {
    const owners = new Map<string, { id: string; ambiguous: boolean }[]>();
    for (const e of GLOSSARY) {
      for (const a of e.aliases) {
        const key = a.caseSensitive ? a.text : a.text.toLowerCase();
        owners.set(key, [...(owners.get(key) ?? []), { id: e.id, ambiguous: !!a.ambiguous }]);
      }
    }
    const clashes = [...owners].filter(
      ([, list]) => list.length > 1 && list.some((o) => !o.ambiguous),
    );
    expect(clashes.map(([alias, list]) => `${alias}: ${list.map((o) => o.id)}`)).toEqual([]);
  });

  it('starts and ends every alias with a letter or digit, as whole-word matching needs', () => {
    const edges = /^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/su;
    const bad = GLOSSARY.flatMap((e) =>
      e.aliases.filter((a) => !edges.test(a.text)).map((a) => `${e.id}: "${a.text}"`),
    );
    expect(bad).toEqual([]);
  });

  it('links only to entries and sections that exist', () => {
    const ids = new Set(GLOSSARY.map((e) => e.id));
    const sections = new Set(GUIDE_SECTIONS.map((s) => s.id));
    const broken = GLOSSARY.flatMap((e) => [
      ...e.related.filter((r) => !ids.has(r)).map((r) => `${e.id} -> ${r}`),
      ...(sections.has(e.section) ? [] : [`${e.id} -> section ${e.section}`]),
    ]);
    expect(broken).toEqual([]);
  });

  it.each(GLOSSARY.map((e) => [e.id, e] as const))(
    '%s: tooltip at most 35 words, grade 8; more at most 120 words, grade 9',
    (_id, e) => {
      const short = readability(e.short, namesOf(e));
      const more = readability(e.more, namesOf(e));
      expect(short.words).toBeLessThanOrEqual(35);
      expect(short.grade).toBeLessThanOrEqual(8);
      expect(more.words).toBeLessThanOrEqual(120);
      expect(more.grade).toBeLessThanOrEqual(9);
    },
  );

  it('has a median tooltip grade of 7 or lower', () => {
    const grades = GLOSSARY.map((e) => readability(e.short, namesOf(e)).grade).sort(
      (a, b) => a - b,
    );
    expect(grades[Math.floor(grades.length / 2)]).toBeLessThanOrEqual(7);
  });

  it('corrects the source article where it is wrong, naming a better source', () => {
    const byId = new Map(GLOSSARY.map((e) => [e.id, e]));
    expect(byId.get('acetaminophen')?.note).toMatch(/not an NSAID/i);
    expect(byId.get('foam-roller')?.note).toMatch(/lactic acid/i);
    expect(byId.get('lactic-acid')?.note).toMatch(/source/i);
  });

  it('gives medicines a safety line and no doses', () => {
    const medicines = GLOSSARY.filter((e) => e.category === 'medication');
    expect(medicines.filter((e) => !e.safety).map((e) => e.id)).toEqual([]);
    const dose = /\b\d+(?:\.\d+)?\s*(?:mg|milligrams?|g|ml|tablets?|pills?)\b/i;
    expect(GLOSSARY.filter((e) => dose.test(`${e.short} ${e.more} ${e.safety ?? ''}`))).toEqual([]);
  });
});

describe('the guide', () => {
  it('has every section once, each with text', () => {
    expect(new Set(GUIDE_SECTIONS.map((s) => s.id)).size).toBe(GUIDE_SECTIONS.length);
    expect(GUIDE_SECTIONS.every((s) => s.blocks.length > 0)).toBe(true);
  });
});

// The source guide sits beside the repository on the team's machines and in CI; the check
// needs it, and says so instead of passing quietly where it is missing.
const noCopyCheck = '../shared/tools/no-copy-check';
describe.skipIf(!existsSync(noCopyCheck))('our own words', () => {
  it('share no run of 8 or more words with the source article', () => {
    const run = () => execFileSync(noCopyCheck, { encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  });
});
