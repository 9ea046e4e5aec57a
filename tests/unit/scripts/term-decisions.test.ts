// The recorded candidate decisions: the check that finds stale ones, and the committed file
// (docs/term-candidates.json) checked against today's glossary, so the list never goes stale
// silently.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryEntries } from '../../../scripts/lib/glossary-forms';
import {
  checkDecisions,
  parseDecisions,
  renderDecisions,
  type CheckedEntry,
  type Decision,
} from '../../../scripts/lib/term-decisions';

const entries: CheckedEntry[] = [
  { id: 'sciatica', forms: ['sciatica', 'sciatic pain'], notAliases: ['lumbar radiculopathy'] },
  { id: 'tendon', forms: ['tendon', 'tendons'], notAliases: ['sinew'] },
];
const fileOf = (...decisions: Decision[]) =>
  parseDecisions({ about: 'Test.', corpus: ['pages/'], minPages: 3, decisions });

describe('checkDecisions', () => {
  it('accepts decisions that hold, and lists aliases still to add', () => {
    const check = checkDecisions(
      fileOf(
        { candidate: 'sciatica', pages: 9, decision: 'entry', entry: 'sciatica' },
        { candidate: 'sciatic nerve pain', pages: 4, decision: 'alias', entry: 'sciatica' },
        {
          candidate: 'joint pain',
          pages: 8,
          decision: 'add',
          family: 'pain-condition',
          id: 'joint-pain',
        },
        { candidate: 'arthralgia', pages: 5, decision: 'alias', entry: 'joint-pain' },
        { candidate: 'page', pages: 40, decision: 'not', why: 'not health' },
      ),
      entries,
    );
    expect(check.problems).toEqual([]);
    expect(check.pendingAliases.map((d) => d.candidate)).toEqual([
      'sciatic nerve pain',
      'arthralgia',
    ]);
  });

  it('reports an entry or alias decision whose entry is gone or no longer names it', () => {
    const { problems } = checkDecisions(
      fileOf(
        { candidate: 'bursitis', pages: 6, decision: 'entry', entry: 'bursitis' },
        { candidate: 'ligament', pages: 6, decision: 'entry', entry: 'tendon' },
        { candidate: 'ham', pages: 3, decision: 'alias', entry: 'hamstring' },
      ),
      entries,
    );
    expect(problems).toEqual([
      '"bursitis" (entry): entry "bursitis" is gone',
      '"ligament" (entry): entry "tendon" no longer names it',
      '"ham" (alias): entry "hamstring" is gone',
    ]);
  });

  it('reports an alias the entry refuses, or another entry now claims', () => {
    const { problems } = checkDecisions(
      fileOf(
        { candidate: 'sinew', pages: 3, decision: 'alias', entry: 'tendon' },
        { candidate: 'sciatic pain', pages: 3, decision: 'alias', entry: 'tendon' },
      ),
      entries,
    );
    expect(problems).toEqual([
      '"sinew" (alias): "tendon" lists it under notAliases',
      '"sciatic pain" (alias): now marked as sciatica, not "tendon"',
    ]);
  });

  // Intended: once an entry writer adds an entry, the check asks for its decision to say so.
  it('asks for an `add` that has become an entry to be updated to `entry`', () => {
    const { problems } = checkDecisions(
      fileOf(
        { candidate: 'tendons', pages: 5, decision: 'add', family: 'body-words' },
        { candidate: 'gout', pages: 4, decision: 'add', family: 'rheumatic-disease', id: 'tendon' },
        { candidate: 'sciatica', pages: 3, decision: 'not', why: 'too common' },
      ),
      entries,
    );
    expect(problems).toEqual([
      '"tendons" (add): now an alias of tendon: update the decision to "entry"',
      '"gout" (add): entry "tendon" now exists: update the decision to "entry" or "alias"',
      '"sciatica" (not): now an alias of sciatica: update the decision to "entry"',
    ]);
  });

  it('reports a candidate decided twice', () => {
    const { problems } = checkDecisions(
      fileOf(
        { candidate: 'Page', pages: 4, decision: 'not', why: 'a' },
        { candidate: 'page', pages: 4, decision: 'not', why: 'b' },
      ),
      entries,
    );
    expect(problems).toEqual(['"page" (not): decided twice']);
  });

  it('refuses an `add` without a family and a `not` without a why', () => {
    expect(() =>
      parseDecisions({
        about: 'x',
        corpus: [],
        minPages: 3,
        decisions: [{ candidate: 'gout', pages: 3, decision: 'add' }],
      }),
    ).toThrow();
    expect(() =>
      parseDecisions({
        about: 'x',
        corpus: [],
        minPages: 3,
        decisions: [{ candidate: 'page', pages: 3, decision: 'not' }],
      }),
    ).toThrow();
  });
});

describe('the committed decisions (docs/term-candidates.json)', () => {
  const file = parseDecisions(
    JSON.parse(
      readFileSync(new URL('../../../docs/term-candidates.json', import.meta.url), 'utf8'),
    ),
  );
  const check = checkDecisions(file, glossaryEntries());

  // When this fails after a glossary change, update the decision it names (an `add` that is now
  // an entry becomes `entry`), then run `npm run coverage:decisions`.
  it('all still hold against the glossary', () => {
    expect(check.problems).toEqual([]);
  });

  it('are written out in docs/term-candidates.md as `npm run coverage:decisions` writes it', () => {
    const md = readFileSync(new URL('../../../docs/term-candidates.md', import.meta.url), 'utf8');
    expect(md).toBe(renderDecisions(file, check));
  });
});
