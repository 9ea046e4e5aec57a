// The pages of a PDF, drawn lazily: every page has its place (so the scroll bar and the page
// list are right at once), the first pages are drawn straight away, the rest when the reader
// scrolls near them. A page far from the screen gives back its picture's memory but keeps its
// text layer, so its terms stay found and counted.
import { useEffect, useRef, useState } from 'preact/hooks';
import { pagesToRender } from '../../pdf/lazy-pages';
import { drawPage, pageSize, type DrawnPage, type PageSize, type PdfDocument } from './pdf-engine';

/** Pictures further than this many pages from the screen are let go. */
const KEEP_PICTURES = 6;

export interface PdfViewProps {
  doc: PdfDocument;
  zoom: number;
  /** Scroll this page into view (`seq` changes each time it is asked). */
  target: { page: number; seq: number } | null;
  /** The page most on screen changed. */
  onCurrent: (page: number) => void;
  /** A page's text layer is in place. */
  onDrawn: (page: number) => void;
}

interface Drawn {
  zoom: number;
  drawing: DrawnPage;
  picture: boolean;
}

export function PdfView({ doc, zoom, target, onCurrent, onDrawn }: PdfViewProps) {
  const [size, setSize] = useState<PageSize | null>(null);
  const pages = useRef(new Map<number, HTMLElement>());
  const drawn = useRef(new Map<number, Drawn>());
  const visible = useRef(new Set<number>());
  const count = doc.numPages;

  useEffect(() => {
    let live = true;
    void doc.getPage(1).then((page) => live && setSize(pageSize(page, zoom)));
    return () => {
      live = false;
    };
  }, [doc, zoom]);

  useEffect(() => {
    if (!size) return;
    let live = true;
    // Marked as drawing before anything is awaited, so that two quick scroll reports never draw
    // one page twice at once.
    const draw = (n: number): void => {
      const el = pages.current.get(n);
      const known = drawn.current.get(n);
      if (!el || (known && known.zoom === zoom && known.picture)) return;
      known?.drawing.cancel();
      // A picture let go is drawn again; its text layer, at the same zoom, is kept as it is.
      const withText = !known || known.zoom !== zoom;
      if (withText) el.dataset.drawn = 'drawing';
      let stopped = false;
      let inner: DrawnPage | null = null;
      const done = (async () => {
        const page = await doc.getPage(n);
        if (stopped || !live) return;
        const own = pageSize(page, zoom);
        el.style.width = `${own.width}px`;
        el.style.height = `${own.height}px`;
        const canvas = el.querySelector('canvas') as HTMLCanvasElement;
        const layer = el.querySelector('.textLayer') as HTMLElement;
        inner = drawPage({ page, zoom, canvas, textLayer: layer, withText });
        await inner.done;
        if (stopped || !live) return;
        el.dataset.drawn = 'yes';
        onDrawn(n);
      })();
      done.catch(() => undefined); // cancelled: a later draw replaces it
      drawn.current.set(n, {
        zoom,
        picture: true,
        drawing: {
          done,
          cancel: () => {
            stopped = true;
            inner?.cancel();
          },
        },
      });
    };
    const update = (): void => {
      const wanted = pagesToRender([...visible.current], count);
      for (const n of wanted) draw(n);
      const near = (n: number): boolean =>
        [...visible.current, 1].some((v) => Math.abs(v - n) <= KEEP_PICTURES);
      for (const [n, d] of drawn.current) {
        if (d.picture && !near(n)) {
          const canvas = pages.current.get(n)?.querySelector('canvas');
          if (canvas) canvas.width = canvas.height = 0;
          d.picture = false;
        }
      }
      // The current page: the first whose lower half is on screen (the observer's margin counts
      // pages just off screen as visible, so their own boxes decide).
      const onScreen = [...visible.current].filter((n) => {
        const box = pages.current.get(n)?.getBoundingClientRect();
        return !!box && box.top + box.height / 2 > 0 && box.top < innerHeight;
      });
      const first = Math.min(...onScreen);
      if (Number.isFinite(first)) onCurrent(first);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const n = Number((e.target as HTMLElement).dataset.page);
          if (e.isIntersecting) visible.current.add(n);
          else visible.current.delete(n);
        }
        update();
      },
      { rootMargin: '200px 0px' },
    );
    for (const el of pages.current.values()) observer.observe(el);
    update();
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [doc, size, zoom, count, onCurrent, onDrawn]);

  useEffect(() => {
    if (target) pages.current.get(target.page)?.scrollIntoView({ block: 'start' });
  }, [target]);

  if (!size) return <p class="viewer-note">Opening the document…</p>;
  return (
    <div class="pdf-pages" style={{ '--total-scale-factor': String(zoom) }}>
      {Array.from({ length: count }, (_, i) => i + 1).map((n) => (
        <section
          key={n}
          class="pdf-page"
          data-page={n}
          aria-label={`Page ${n} of ${count}`}
          style={{ width: `${size.width}px`, height: `${size.height}px` }}
          ref={(el) => {
            if (el) pages.current.set(n, el);
            else pages.current.delete(n);
          }}
        >
          <canvas aria-hidden="true" />
          <div class="textLayer" />
        </section>
      ))}
    </div>
  );
}
