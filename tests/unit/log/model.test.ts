import { describe, expect, it } from 'vitest';
import {
  BODY_AREA_IDS,
  BODY_AREA_LABELS,
  NRS_ANCHORS,
  nrsAnchor,
  nrsWords,
} from '../../../log/model';

describe('the numeric rating scale anchors', () => {
  it('give every whole level from 0 to 10 exactly one band', () => {
    for (let level = 0; level <= 10; level++) {
      expect(NRS_ANCHORS.filter((a) => level >= a.min && level <= a.max)).toHaveLength(1);
    }
  });

  it.each([
    [0, '0: no pain'],
    [2, '2: mild'],
    [5, '5: moderate'],
    [7, '7: severe'],
    [10, '10: worst pain imaginable'],
  ])('reads %i as "%s"', (level, words) => {
    expect(nrsWords(level)).toBe(words);
  });

  it('has no band for a level off the scale', () => {
    expect(nrsAnchor(11)).toBeUndefined();
    expect(nrsWords(-1)).toBe('-1');
  });
});

describe('body areas', () => {
  it('have a plain label each, and the labels are all different', () => {
    const labels = BODY_AREA_IDS.map((id) => BODY_AREA_LABELS[id]);
    expect(labels.every((l) => l.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('come in left and right pairs whose labels say the side', () => {
    const sided = BODY_AREA_IDS.filter((id) => /-(left|right)$/.test(id));
    expect(sided.length).toBeGreaterThan(0);
    for (const id of sided) {
      const [, base, side] = /^(.*)-(left|right)$/.exec(id) ?? [];
      const other = `${base}-${side === 'left' ? 'right' : 'left'}`;
      expect(BODY_AREA_IDS).toContain(other);
      expect(BODY_AREA_LABELS[id].toLowerCase().startsWith(side as string)).toBe(true);
    }
    expect(BODY_AREA_LABELS['knee-left']).toBe('Left knee');
  });
});
