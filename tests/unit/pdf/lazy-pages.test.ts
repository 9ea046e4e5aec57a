// Which pages the viewer draws: the first ones at once, then those around the screen.
import { describe, expect, it } from 'vitest';
import { FIRST_PAGES, pagesToRender } from '../../../pdf/lazy-pages';

describe('pagesToRender', () => {
  it('draws the first pages before anything is on screen', () => {
    expect(FIRST_PAGES).toBe(2);
    expect(pagesToRender([], 300)).toEqual([1, 2]);
  });

  it('draws the pages around those on screen, never past the ends', () => {
    expect(pagesToRender([150], 300, 2)).toEqual([1, 2, 148, 149, 150, 151, 152]);
    expect(pagesToRender([299, 300], 300, 2)).toEqual([1, 2, 297, 298, 299, 300]);
  });

  it('copes with a one-page document', () => {
    expect(pagesToRender([1], 1)).toEqual([1]);
  });
});
