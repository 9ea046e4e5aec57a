import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import { parseCsv } from '../../../common/csv-format';
import { glossaryCsv, glossaryJson, glossaryMarkdown } from '../../../scripts/lib/glossary-formats';
import { MINI_GLOSSARY } from '../../fixtures/mini-glossary';

describe('glossary formats', () => {
  it('json holds every field of every entry, so the glossary can be reviewed outside the code', () => {
    expect(JSON.parse(glossaryJson(GLOSSARY))).toEqual(GLOSSARY);
    const [nsaid] = JSON.parse(glossaryJson(GLOSSARY.filter((e) => e.id === 'nsaid')));
    expect(Object.keys(nsaid)).toEqual(
      expect.arrayContaining(['aliases', 'getHelp', 'safety', 'sources', 'related', 'reviewed']),
    );
    expect(nsaid.aliases[0]).toEqual(expect.objectContaining({ kind: expect.any(String) }));
  });

  it('csv is a deck: front, back and tags, one card per entry, commas quoted', () => {
    const parsed = parseCsv(glossaryCsv(MINI_GLOSSARY));
    if (!parsed.ok) throw new Error(parsed.error);
    const [header, ...cards] = parsed.records.map((r) => r.cells);
    expect(header).toEqual(['front', 'back', 'tags']);
    expect(cards).toHaveLength(MINI_GLOSSARY.length);
    expect(cards[0]).toEqual([
      MINI_GLOSSARY[0]!.term,
      MINI_GLOSSARY[0]!.short,
      `pt-lens ${MINI_GLOSSARY[0]!.category}`,
    ]);
  });

  it('md is a study sheet with each term, its explanation and its sources', () => {
    const md = glossaryMarkdown(MINI_GLOSSARY);
    for (const e of MINI_GLOSSARY) {
      expect(md).toContain(`### ${e.term}`);
      expect(md).toContain(e.short);
    }
    expect(md).toContain('## Medication');
    expect(md).toContain('*Sources:* Test source');
  });
});

describe('npm run glossary', () => {
  const run = (...args: string[]) =>
    execFileSync('npx', ['tsx', 'scripts/glossary.ts', ...args], { encoding: 'utf8' });

  it('prints the whole glossary as json', () => {
    expect(JSON.parse(run('--format', 'json'))).toHaveLength(GLOSSARY.length);
  });

  it('refuses an unknown format with a plain message', () => {
    expect(() => run('--format', 'xml')).toThrow(/Use --format json, csv or md/);
  });
});
