// Zoom moves along a fixed ladder and stops at its ends.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZOOM, stepZoom, ZOOM_STEPS, zoomLabel } from '../../../pdf/zoom';

describe('stepZoom', () => {
  it('steps up and back down to the same size', () => {
    const up = stepZoom(DEFAULT_ZOOM, 1);
    expect(up).toBeGreaterThan(DEFAULT_ZOOM);
    expect(stepZoom(up, -1)).toBe(DEFAULT_ZOOM);
  });

  it('stays at the ends', () => {
    expect(stepZoom(ZOOM_STEPS[0], -1)).toBe(ZOOM_STEPS[0]);
    const top = ZOOM_STEPS[ZOOM_STEPS.length - 1] as number;
    expect(stepZoom(top, 1)).toBe(top);
  });

  it('labels a zoom in per cent', () => {
    expect(zoomLabel(1.25)).toBe('125%');
  });
});
