import { describe, expect, it } from 'vitest';
import { gapChangesAt, normaliseText } from '../../../terms/normalise';

describe('gapChangesAt', () => {
  it.each([
    ['low back', false],
    ['low, back', false],
    ['low & back', false],
    ['low', false],
    ['low.', false],
    ['low\nback', true],
    ['low-back', true],
    ['low  back', true],
    ['low \n back', true],
    ['low,\u00a0back', true],
    ['low & \tback', true],
    ['t\u2019ai', true],
    ["t'ai", false],
  ])('%j', (text, changes) => {
    expect(gapChangesAt(text, text.search(/\W|$/))).toBe(changes);
    // What it promises: the text up to the next word reads the same normalised.
    if (!changes) expect(normaliseText(text).text).toBe(text);
  });
});
