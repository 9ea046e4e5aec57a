import { describe, expect, it } from 'vitest';
import { linePath, scales, sharedOffsets } from '../../../components/log/chart-geometry';

describe('points two areas share on the chart', () => {
  it('get places side by side; a point of its own stays where it is', () => {
    const knee = [6, 5, null, 4];
    const hip = [6, 3, 2, 4];
    const back = [6, 5, 2, null];
    expect(sharedOffsets([knee, hip, back])).toEqual([
      [-1, -0.5, 0, -0.5],
      [0, 0, -0.5, 0.5],
      [1, 0.5, 0.5, 0],
    ]);
  });

  it('lines through shared points run apart by the lift, and meet where the values part', () => {
    const s = scales(2);
    const [a = [], b = []] = sharedOffsets([
      [6, 2],
      [6, 8],
    ]);
    const first = (path: string) => Number(/^M[\d.]+ ([\d.]+)/.exec(path)?.[1]);
    const up = linePath([6, 2], s, a, 2.5);
    const down = linePath([6, 8], s, b, 2.5);
    expect(first(down) - first(up)).toBeCloseTo(2.5, 1);
    expect(linePath([6, 2], s)).toBe(linePath([6, 2], s, [0, 0], 2.5));
  });
});
