// Recording the terms met: first and last met, how often, quick repeats counting once, pages kept
// only when the user asks (and cleaned), and the list newest first by category.
import { describe, expect, it } from 'vitest';
import {
  addMeeting,
  cleanPage,
  metCategories,
  metTerms,
  newestFirst,
} from '../../../study/meetings';
import { MAX_PAGES_PER_TERM } from '../../../study/model';
import { NOW, gloss, met, minutes } from './fixtures';

const later = (ms: number): Date => new Date(NOW.getTime() + ms);

describe('addMeeting', () => {
  it('records a new term with its first and last meeting, once', () => {
    const list = addMeeting([], { entryId: 'doms', at: NOW, keepPages: false });
    expect(list).toEqual([
      {
        entryId: 'doms',
        firstMet: NOW.toISOString(),
        lastMet: NOW.toISOString(),
        count: 1,
        pages: [],
      },
    ]);
  });

  it('counts a later meeting and moves the last-met time on, keeping the first', () => {
    let list = addMeeting([], { entryId: 'doms', at: NOW, keepPages: false });
    list = addMeeting(list, { entryId: 'doms', at: later(minutes(5)), keepPages: false });
    expect(list).toEqual([
      met('doms', later(minutes(5)).toISOString(), { firstMet: NOW.toISOString(), count: 2 }),
    ]);
  });

  it('counts opening the same tooltip again within a minute as the same meeting', () => {
    let list = addMeeting([], { entryId: 'doms', at: NOW, keepPages: false });
    list = addMeeting(list, { entryId: 'doms', at: later(20_000), keepPages: false });
    expect(list[0]?.count).toBe(1);
    expect(list[0]?.lastMet).toBe(later(20_000).toISOString());
  });

  it('leaves other terms as they were', () => {
    const other = met('tens', '2024-05-01T10:00:00.000Z', { count: 4 });
    const list = addMeeting([other], { entryId: 'doms', at: NOW, keepPages: false });
    expect(list).toHaveLength(2);
    expect(list[0]).toBe(other);
  });

  it('keeps no title or address unless the user turned that on', () => {
    const page = { title: 'Knee pain', url: 'https://example.org/knee' };
    const off = addMeeting([], { entryId: 'doms', at: NOW, ...page, keepPages: false });
    expect(off[0]?.pages).toEqual([]);
    const on = addMeeting([], { entryId: 'doms', at: NOW, ...page, keepPages: true });
    expect(on[0]?.pages).toEqual([{ at: NOW.toISOString(), ...page }]);
  });

  it('keeps the newest pages first, each address once, and only a few', () => {
    let list = addMeeting([], {
      entryId: 'doms',
      at: NOW,
      url: 'https://a.example/',
      keepPages: true,
    });
    for (let i = 1; i <= MAX_PAGES_PER_TERM + 2; i++) {
      list = addMeeting(list, {
        entryId: 'doms',
        at: later(minutes(i * 2)),
        url: `https://example.org/${i}`,
        keepPages: true,
      });
    }
    list = addMeeting(list, {
      entryId: 'doms',
      at: later(minutes(60)),
      url: 'https://example.org/3',
      title: 'Three again',
      keepPages: true,
    });
    const urls = list[0]?.pages.map((p) => p.url);
    expect(urls).toEqual([
      'https://example.org/3',
      'https://example.org/7',
      'https://example.org/6',
      'https://example.org/5',
      'https://example.org/4',
    ]);
    expect(list[0]?.pages[0]?.title).toBe('Three again');
  });
});

describe('cleanPage', () => {
  const at = NOW.toISOString();
  it('drops the #fragment and anything that is not a web address', () => {
    expect(cleanPage({ url: 'https://example.org/a?b=1#private-note', at })).toEqual({
      at,
      url: 'https://example.org/a?b=1',
    });
    expect(cleanPage({ url: 'ftp://example.org/notes.txt', at })).toBeNull();
    expect(cleanPage({ url: 'javascript:alert(1)', title: 'x', at })).toEqual({ at, title: 'x' });
    expect(cleanPage({ url: 'not a url', at })).toBeNull();
  });

  it('trims titles and keeps them short', () => {
    expect(cleanPage({ title: '  Knee \n pain  ', at })?.title).toBe('Knee pain');
    expect(cleanPage({ title: 'x'.repeat(500), at })?.title).toHaveLength(200);
    expect(cleanPage({ title: '   ', at })).toBeNull();
  });
});

describe('the list of terms met', () => {
  const glossary = [
    gloss('doms', { category: 'symptom' }),
    gloss('tens', { category: 'treatment' }),
    gloss('squat', { category: 'exercise' }),
  ];
  const meetings = [
    met('tens', '2024-05-18T10:00:00.000Z'),
    met('doms', '2024-05-20T10:00:00.000Z'),
    met('gone-from-glossary', '2024-05-21T10:00:00.000Z'),
    met('squat', '2024-05-19T10:00:00.000Z'),
  ];

  it('is newest first', () => {
    expect(newestFirst(meetings).map((m) => m.entryId)).toEqual([
      'gone-from-glossary',
      'doms',
      'squat',
      'tens',
    ]);
  });

  it('joins each term to its entry, leaving out ids the glossary no longer has', () => {
    expect(metTerms({ meetings, glossary }).map((t) => t.entry.id)).toEqual([
      'doms',
      'squat',
      'tens',
    ]);
  });

  it('filters by category, and lists only categories that have terms', () => {
    expect(metTerms({ meetings, glossary, category: 'exercise' }).map((t) => t.entry.id)).toEqual([
      'squat',
    ]);
    const all = metTerms({ meetings, glossary });
    expect(metCategories(all, ['condition', 'symptom', 'treatment', 'exercise'])).toEqual([
      'symptom',
      'treatment',
      'exercise',
    ]);
  });
});
