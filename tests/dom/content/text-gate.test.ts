import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasTextByWalk, whenTextToRead, whenViewportFits } from '../../../content/text-gate';
import { TEXT_GATE_CASES } from '../../fixtures/text-gate-cases';

const doc = (body: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
const view = (width: number, height: number): Window =>
  ({ innerWidth: width, innerHeight: height }) as Window;

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('hasTextByWalk', () => {
  it.each(TEXT_GATE_CASES)('$name: $readable', ({ body, readable }) => {
    expect(hasTextByWalk(doc(body), view(800, 600))).toBe(readable);
  });

  it('a frame smaller than a line of text has nothing to read', () => {
    const text = doc('<p>Inside the frame: fibromyalgia and NSAIDs.</p>');
    expect(hasTextByWalk(text, view(300, 8))).toBe(false);
    expect(hasTextByWalk(text, view(20, 250))).toBe(false);
    expect(hasTextByWalk(text, view(0, 0))).toBe(false);
  });

  it('reads text in open shadow roots, and not in the elements it leaves out', () => {
    const d = doc('<comment-box></comment-box><a href="/x"><span id="in-link"></span></a>');
    const box = d.querySelector('comment-box')?.attachShadow({ mode: 'open' });
    if (!box) throw new Error('no shadow root');
    box.innerHTML = '<p>Great tips for DOMS, thanks.</p>';
    expect(hasTextByWalk(d, view(800, 600))).toBe(true);
    box.innerHTML = '<button>Great tips for DOMS, thanks.</button>';
    expect(hasTextByWalk(d, view(800, 600))).toBe(false);
  });
});

describe('whenTextToRead', () => {
  it('resolves at once where there is text', async () => {
    document.body.innerHTML = '<p>Outside: bursitis.</p>';
    await expect(whenTextToRead({ check: () => hasTextByWalk() })).resolves.toBeUndefined();
  });

  it('waits, checking only after changes, until text arrives', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<a href="/x">Shop now</a>';
    const check = vi.fn(() => hasTextByWalk());
    let done = false;
    void whenTextToRead({ check }).then(() => (done = true));
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    // Nothing changed: nothing checked again.
    expect(check).toHaveBeenCalledTimes(1);
    document.body.append(Object.assign(document.createElement('span'), { textContent: 'Ad' }));
    await vi.advanceTimersByTimeAsync(600);
    expect(check).toHaveBeenCalledTimes(2);
    expect(done).toBe(false);
    const p = document.createElement('p');
    p.textContent = 'A comment about chronic pain arrived.';
    document.body.append(p);
    await vi.advanceTimersByTimeAsync(600);
    expect(done).toBe(true);
    // Once it has, the watch ends.
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(600);
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('resolves when the lens is wanted (the popup asked), text or not', async () => {
    let want = (): void => undefined;
    const wanted = new Promise<void>((ok) => (want = ok));
    const ready = whenTextToRead({ check: () => false, wanted });
    want();
    await expect(ready).resolves.toBeUndefined();
  });
});

describe('whenViewportFits', () => {
  it('waits for a frame smaller than a line of text to be shown or grow', async () => {
    const view = Object.assign(new EventTarget(), { innerWidth: 0, innerHeight: 0 });
    let fits = false;
    void whenViewportFits(view as unknown as Window).then(() => (fits = true));
    view.dispatchEvent(new Event('resize'));
    await Promise.resolve();
    expect(fits).toBe(false);
    Object.assign(view, { innerWidth: 600, innerHeight: 120 });
    view.dispatchEvent(new Event('resize'));
    await Promise.resolve();
    expect(fits).toBe(true);
  });
});
