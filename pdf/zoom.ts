// The viewer's zoom levels: a fixed ladder, so zooming in and out returns to the same sizes.

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
export const DEFAULT_ZOOM = 1.25;

/** The next step up (1) or down (-1) from `current`, staying on the ladder's ends. */
export function stepZoom(current: number, direction: 1 | -1): number {
  const steps: readonly number[] = ZOOM_STEPS;
  if (direction === 1) return steps.find((s) => s > current + 1e-9) ?? steps[steps.length - 1]!;
  return [...steps].reverse().find((s) => s < current - 1e-9) ?? steps[0]!;
}

/** "125%" */
export const zoomLabel = (zoom: number): string => `${Math.round(zoom * 100)}%`;
