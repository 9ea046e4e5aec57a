import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import { MATCH_DATA_FILE, inflateMatchData } from '../../../terms/deflated-match-data';
import { glossaryMatcher } from '../../../terms/glossary-matcher';
import { buildMatchData } from '../../../terms/match-data';
import { pageGlossaryMatcher } from '../../../terms/page-matcher';
import { inflect } from '../../../terms/inflections';
import { unpackMatchData, type PackedMatchData } from '../../../terms/packed-match-data';

const committed = (name: string): unknown =>
  JSON.parse(readFileSync(`terms/generated/${name}`, 'utf8'));

describe('the compiled match data (run `npm run terms:compile` after editing the glossary)', () => {
  const current = buildMatchData(GLOSSARY);

  it('are up to date with the glossary, as pages load them', () => {
    expect(unpackMatchData(committed('match-data-packed.json') as PackedMatchData)).toStrictEqual(
      current,
    );
  });

  // What pages read (public/ is copied into the build as it is).
  const pageFile = (): Uint8Array<ArrayBuffer> =>
    new Uint8Array(readFileSync(`public${MATCH_DATA_FILE}`));

  it('are what pages load once inflated, and about a third of the size', async () => {
    const packed = committed('match-data-packed.json') as PackedMatchData;
    expect(await inflateMatchData(pageFile())).toStrictEqual(packed);
    expect(pageFile().length).toBeLessThan(JSON.stringify(packed).length * 0.45);
  });

  it('make the page matcher find what the packed data finds', async () => {
    const text = 'Ibuprofen is an NSAID. Your PT may suggest heat therapy for stiff joints.';
    expect((await pageGlossaryMatcher(pageFile())).find(text)).toEqual(
      glossaryMatcher().find(text),
    );
  });

  it('are up to date with the glossary, written out to read', () => {
    expect(committed('match-data.json')).toStrictEqual(current);
  });
});

describe('inflect', () => {
  it.each([
    [{ text: 'NSAID', caseSensitive: true }, 'medication', ['NSAIDs']],
    [{ text: 'TENS', caseSensitive: true }, 'treatment', []],
    [{ text: 'foam roller' }, 'treatment', ['foam rollers']],
    [{ text: 'range of motion' }, 'body', ['ranges of motion']],
    [{ text: 'fibromyalgia' }, 'condition', []],
    [{ text: 'bursitis' }, 'condition', []],
    // compromise takes "tendon" for a place and "shot" for a verb: both are counted nouns here.
    [{ text: 'tendon' }, 'body', ['tendons']],
    [{ text: 'steroid shot' }, 'medication', ['steroid shots']],
    // Most "-ion" words are mass nouns, but a medicine or an injection is counted.
    [{ text: 'pain medication' }, 'medication', ['pain medications']],
    [{ text: 'corticosteroid injection' }, 'medication', ['corticosteroid injections']],
    [{ text: 'inflammation' }, 'symptom', []],
    [{ text: 'spinal traction' }, 'treatment', []],
  ] as const)('%o (%s) -> %o', (alias, category, expected) => {
    expect(inflect(alias, category)).toEqual(expected);
  });

  it('gives verb forms to things a person does', () => {
    expect(inflect({ text: 'massage' }, 'treatment')).toEqual(
      expect.arrayContaining(['massages', 'massaged', 'massaging']),
    );
    expect(inflect({ text: 'ice' }, 'treatment')).toEqual(expect.arrayContaining(['iced']));
  });

  it('keeps out forms that change the meaning', () => {
    expect(inflect({ text: 'heat' }, 'treatment')).not.toContain('heated');
    expect(inflect({ text: 'pacing' }, 'treatment')).not.toContain('paced');
    expect(inflect({ text: 'strain' }, 'condition')).not.toContain('strained');
  });
});
