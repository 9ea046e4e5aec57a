// Which pages of a document to render: the first few at once, then those near what the reader
// has on screen, so a 300-page file opens as fast as a 3-page one.

/** Pages rendered as soon as the document opens. */
export const FIRST_PAGES = 2;
/** Pages rendered ahead of and behind the ones on screen. */
export const AHEAD = 2;

/** The pages (1-based) to have rendered when `visible` are on screen, in reading order. */
export function pagesToRender(visible: readonly number[], count: number, ahead = AHEAD): number[] {
  const wanted = new Set<number>();
  for (let n = 1; n <= Math.min(FIRST_PAGES, count); n++) wanted.add(n);
  for (const page of visible) {
    for (let n = page - ahead; n <= page + ahead; n++) if (n >= 1 && n <= count) wanted.add(n);
  }
  return [...wanted].sort((a, b) => a - b);
}
