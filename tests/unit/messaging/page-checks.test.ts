// The page side's hand-written checks agree with the schemas: every message and entry tried here
// is accepted by both or refused by both, and what the page gets is what the schema gives.
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import { readCardEntry, readToContent } from '../../../messaging/page-checks';
import { CANNOT_READ, type CardEntry } from '../../../messaging/protocol';
import { CardEntrySchema, EntryReplySchema, ToContentSchema } from '../../../messaging/schemas';

const HUGE = 'x'.repeat(1_000_000);

const messages: unknown[] = [
  { type: 'page-terms' },
  { type: 'page-terms', extra: 1 },
  { type: 'show-term', entryId: 'doms' },
  { type: 'show-term', entryId: '' },
  { type: 'show-term', entryId: 'x'.repeat(100) },
  { type: 'show-term', entryId: 'x'.repeat(101) },
  { type: 'show-term', entryId: HUGE },
  { type: 'show-term', entryId: 7 },
  { type: 'show-term' },
  { type: 'walk', direction: 1 },
  { type: 'walk', direction: -1 },
  { type: 'walk', direction: 0 },
  { type: 'walk', direction: '1' },
  { type: 'walk' },
  { type: 'get-entry', entryId: 'doms' },
  { type: 'PAGE-TERMS' },
  { type: 5 },
  {},
  [],
  ['page-terms'],
  null,
  undefined,
  'page-terms',
  HUGE,
  42,
  true,
];

describe('readToContent', () => {
  it.each(messages.map((m) => [JSON.stringify(m)?.slice(0, 60) ?? String(m), m]))(
    'agrees with ToContentSchema on %s',
    (_name, message) => {
      const schema = v.safeParse(ToContentSchema, message);
      const page = readToContent(message);
      if (schema.success) expect(page).toEqual(schema.output);
      else expect(page).toEqual({ error: expect.stringMatching(/^PT Lens could not read/) });
    },
  );

  it('says in a short line what was wrong, never echoing what it was sent', () => {
    const reply = readToContent(HUGE) as { error: string };
    expect(reply.error.startsWith(CANNOT_READ)).toBe(true);
    expect(reply.error.length).toBeLessThan(120);
    expect(readToContent({ type: 'walk', direction: 2 })).toEqual({
      error: `${CANNOT_READ}direction is 1 or -1`,
    });
  });
});

describe('readCardEntry', () => {
  const doms = GLOSSARY.find((e) => e.id === 'doms')!;

  it('gives the card the type its schema checks (the type check fails on a mismatch)', () => {
    expectTypeOf<v.InferOutput<typeof CardEntrySchema>>().toExtend<CardEntry>();
    expectTypeOf(readCardEntry).returns.toEqualTypeOf<CardEntry | null>();
  });

  it('takes every glossary entry the background sends, as the schemas do', () => {
    for (const entry of GLOSSARY) {
      expect(v.is(EntryReplySchema, entry)).toBe(true);
      expect(readCardEntry(entry)).toBe(entry);
    }
  });

  const broken: [string, unknown][] = [
    ['null (an unknown term)', null],
    ['nothing', undefined],
    ['an error reply', { error: `${CANNOT_READ}entryId: Invalid length` }],
    ['a string', 'doms'],
    ['a huge string', HUGE],
    ['no term', { ...doms, term: undefined }],
    ['a numeric short text', { ...doms, short: 3 }],
    ['an unknown category', { ...doms, category: 'magic' }],
    ['aliases that are not a list', { ...doms, aliases: 'DOMS' }],
    ['an alias without text', { ...doms, aliases: [{ kind: 'name' }] }],
    ['a source without a name', { ...doms, sources: [{}] }],
    ['a numeric note', { ...doms, note: 1 }],
    ['a get-help line of unknown urgency', { ...doms, getHelp: { urgency: 'later', text: 'x' } }],
    ['an id too long', { ...doms, id: 'x'.repeat(101) }],
  ];

  it.each(broken)('refuses %s, as CardEntrySchema does', (_name, reply) => {
    expect(readCardEntry(reply)).toBeNull();
    expect(v.is(CardEntrySchema, reply)).toBe(false);
  });
});
