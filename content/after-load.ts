// When the content scripts start work: in a task after the page's load event, so none of it
// counts in the page's load time.

/** How long after the page is ready to read PT Lens waits for its load event at most. */
const LOAD_WAIT_MS = 4000;

/** Resolves after the load event; a page whose load never ends (an advert that keeps loading)
 * is read anyway. */
export function afterLoad(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise<void>((done) => {
    addEventListener('load', () => setTimeout(done, 0), { once: true });
    setTimeout(done, LOAD_WAIT_MS);
  });
}
