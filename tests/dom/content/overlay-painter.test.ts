// The fallback for browsers without the CSS Custom Highlight API: lines drawn in our own layer
// under the terms on screen, and nothing else.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OverlayPainter } from '../../../content/overlay-painter';

const rangeAt = (top: number): Range => {
  const range = document.createRange();
  const rect = { left: 10, top, right: 60, bottom: top + 20, width: 50, height: 20 } as DOMRect;
  vi.spyOn(range, 'getClientRects').mockReturnValue([rect] as unknown as DOMRectList);
  return range;
};

function setup(style: 'underline' | 'tint' | 'off' = 'underline') {
  const layer = document.createElement('div');
  // Frames are run by the test, as the browser would run animation frames.
  const frames: (() => void)[] = [];
  const painter = new OverlayPainter(
    style,
    () => layer,
    (cb) => frames.push(cb),
  );
  const frame = (): void => frames.splice(0).forEach((cb) => cb());
  return { layer, painter, frame };
}

afterEach(() => vi.restoreAllMocks());

describe('OverlayPainter', () => {
  it('draws one line per term on screen, placed under it', () => {
    const { layer, painter, frame } = setup();
    painter.paint([rangeAt(100), rangeAt(200)]);
    frame();
    const marks = [...layer.querySelectorAll<HTMLElement>('.pt-mark')];
    expect(marks).toHaveLength(2);
    expect(marks[0]?.style.top).toBe('100px');
    expect(marks[0]?.style.width).toBe('50px');
  });

  it('skips terms far off screen, and removes lines for unpainted terms', () => {
    const { layer, painter, frame } = setup();
    const near = rangeAt(100);
    painter.paint([near, rangeAt(innerHeight + 500)]);
    frame();
    expect(layer.querySelectorAll('.pt-mark')).toHaveLength(1);
    painter.unpaint([near]);
    frame();
    expect(layer.querySelectorAll('.pt-mark')).toHaveLength(0);
  });

  it('follows the style setting: tint, or nothing when off', () => {
    const { layer, painter, frame } = setup('tint');
    painter.paint([rangeAt(100)]);
    frame();
    expect(layer.querySelector('.pt-mark-tint')).not.toBeNull();
    painter.setStyle('off');
    frame();
    expect(layer.querySelectorAll('.pt-mark')).toHaveLength(0);
  });
});
