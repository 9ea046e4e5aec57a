// The viewer's find: phrases over line breaks, any case, every occurrence numbered per page.
import { describe, expect, it } from 'vitest';
import { findInPages, findLabel, findPattern } from '../../../pdf/find';

describe('findInPages', () => {
  const pages = [
    'Your full range of\nmotion. Range of motion again.',
    'No match here.',
    'RANGE OF MOTION',
  ];

  it('finds a phrase across a line break and in any case, numbering each on its page', () => {
    expect(findInPages(pages, 'range of motion')).toEqual([
      { page: 1, nth: 0 },
      { page: 1, nth: 1 },
      { page: 3, nth: 0 },
    ]);
  });

  it('treats the query as text, not as a pattern', () => {
    expect(findInPages(['a (DOMS) b', 'a DOMS b'], '(DOMS)')).toEqual([{ page: 1, nth: 0 }]);
  });

  it('finds nothing for an empty query', () => {
    expect(findPattern('   ')).toBeNull();
    expect(findInPages(pages, '')).toEqual([]);
  });

  it('labels where the reader is', () => {
    expect(findLabel(1, 3)).toBe('2 of 3');
    expect(findLabel(0, 0)).toBe('Not found');
  });
});
