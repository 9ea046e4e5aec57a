// Tells which blocks of the page are on screen or near it, so only their terms are painted: the
// browser re-checks every painted range whenever a highlight changes, so a 5 MB page must not
// keep 100,000 of them registered at once.
import type { PageTerm } from './page-terms';

/** Blocks within two screens of the viewport count as near. */
const MARGIN = '200% 0px 200% 0px';

type Container = PageTerm['container'];

export class NearViewport {
  private readonly observer: IntersectionObserver;
  private readonly near = new Set<Element>();

  constructor(private readonly onChange: (entered: Element[], left: Element[]) => void) {
    this.observer = new IntersectionObserver((entries) => this.update(entries), {
      rootMargin: MARGIN,
    });
  }

  /** The element the browser can observe for a term's block (a shadow root's host). */
  static elementOf(container: Container): Element {
    return container.nodeType === 11 ? (container as ShadowRoot).host : (container as Element);
  }

  isNear(container: Container): boolean {
    return this.near.has(NearViewport.elementOf(container));
  }

  /** Watches a block (again: the observer watches each element once, so nothing is kept here). */
  watch(container: Container): void {
    this.observer.observe(NearViewport.elementOf(container));
  }

  /** The watched elements near the screen now. */
  nearby(): Element[] {
    return [...this.near];
  }

  stop(): void {
    this.observer.disconnect();
  }

  private update(entries: IntersectionObserverEntry[]): void {
    const entered: Element[] = [];
    const left: Element[] = [];
    for (const e of entries) {
      if (e.isIntersecting && !this.near.has(e.target)) {
        this.near.add(e.target);
        entered.push(e.target);
      } else if (!e.isIntersecting && this.near.delete(e.target)) {
        left.push(e.target);
      }
    }
    if (entered.length || left.length) this.onChange(entered, left);
  }
}
