// The viewer page: opens what it was given (or lets the reader pick a file), then shows it with
// zoom, find and a page list, or says plainly why it cannot.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { findInPages, findLabel, type FoundAt } from '../../pdf/find';
import { loadFailure, NO_TEXT_MESSAGE, type LoadFailure } from '../../pdf/load-failure';
import { pageText } from '../../pdf/page-text';
import { DEFAULT_ZOOM, stepZoom } from '../../pdf/zoom';
import type { OpenedDocument } from './open-document';
import { OpenFile } from './OpenFile';
import { PageList } from './PageList';
import { PdfView } from './PdfView';
import { selectFound } from './select-found';
import { TextView } from './TextView';
import { Toolbar } from './Toolbar';

export interface ViewerAppProps {
  /** What the page's address asked for; null shows the file picker. */
  initial: { name: string; open: () => Promise<OpenedDocument> } | null;
  /** An address the viewer will not read (not a web or own file address). */
  refused?: string;
  openFile: (file: File) => Promise<OpenedDocument>;
  /** A document is on screen: the page lens may start reading it. */
  onShown: (doc: OpenedDocument) => void;
  /** Asks the browser to let PT Lens fetch the document's address, then tries again. */
  onAllow?: () => Promise<boolean>;
}

type State =
  | { status: 'picking' }
  | { status: 'loading'; name: string }
  | { status: 'failed'; name: string; failure: LoadFailure }
  | { status: 'open'; opened: OpenedDocument };

export function ViewerApp({ initial, refused, openFile, onShown, onAllow }: ViewerAppProps) {
  const [state, setState] = useState<State>(
    initial ? { status: 'loading', name: initial.name } : { status: 'picking' },
  );
  const open = useCallback(
    (name: string, opening: () => Promise<OpenedDocument>) => {
      setState({ status: 'loading', name });
      opening().then(
        (opened) => {
          setState({ status: 'open', opened });
          onShown(opened);
        },
        (err: unknown) => setState({ status: 'failed', name, failure: loadFailure(err) }),
      );
    },
    [onShown],
  );
  useEffect(() => {
    if (initial) open(initial.name, initial.open);
  }, [initial, open]);

  const pick = (file: File): void => open(file.name, () => openFile(file));

  if (state.status === 'open') return <OpenedView opened={state.opened} />;
  return (
    <div class="viewer">
      <Toolbar name={state.status === 'picking' ? 'PT Lens reader' : state.name} />
      <main class="viewer-message">
        {refused && state.status === 'picking' && (
          <p role="alert">
            PT Lens reads only web addresses and files you choose, not “{refused}”.
          </p>
        )}
        {state.status === 'loading' && <p role="status">Opening {state.name}…</p>}
        {state.status === 'failed' && (
          <>
            <p role="alert" class="viewer-failure">
              {state.failure.message}
            </p>
            {state.failure.kind === 'blocked' && onAllow && initial && (
              <button
                type="button"
                onClick={() =>
                  void onAllow().then((granted) => granted && open(initial.name, initial.open))
                }
              >
                Allow PT Lens to fetch this address and try again
              </button>
            )}
          </>
        )}
        {state.status !== 'loading' && <OpenFile onFile={pick} />}
      </main>
    </div>
  );
}

function OpenedView({ opened }: { opened: OpenedDocument }) {
  if (opened.kind === 'text') {
    return (
      <div class="viewer">
        <Toolbar name={opened.name} />
        <main class="viewer-scroll">
          <TextView paragraphs={opened.paragraphs} />
        </main>
      </div>
    );
  }
  return <PdfReader opened={opened} />;
}

function PdfReader({ opened }: { opened: Extract<OpenedDocument, { kind: 'pdf' }> }) {
  const { doc } = opened;
  const [zoom, setZoom] = useState(DEFAULT_ZOOM);
  const [current, setCurrent] = useState(1);
  const [target, setTarget] = useState<{ page: number; seq: number } | null>(null);
  const [found, setFound] = useState<{ query: string; at: number; all: FoundAt[] } | null>(null);
  const texts = useRef<Promise<string[]> | null>(null);
  const wanted = useRef<{ query: string; hit: FoundAt } | null>(null);

  const go = (page: number): void => setTarget((t) => ({ page, seq: (t?.seq ?? 0) + 1 }));
  const showHit = (query: string, hit: FoundAt): void => {
    const layer = document.querySelector(`.pdf-page[data-page="${hit.page}"] .textLayer`);
    const ready = layer?.parentElement?.dataset.drawn === 'yes';
    if (layer && ready && selectFound(layer, query, hit.nth)) wanted.current = null;
    else {
      // Drawn once it comes on screen: selected then (onDrawn below).
      wanted.current = { query, hit };
      go(hit.page);
    }
  };
  const onDrawn = useCallback((page: number) => {
    const w = wanted.current;
    if (w && w.hit.page === page) {
      const layer = document.querySelector(`.pdf-page[data-page="${page}"] .textLayer`);
      if (layer && selectFound(layer, w.query, w.hit.nth)) wanted.current = null;
    }
  }, []);
  const onFind = (query: string, direction: 1 | -1): void => {
    texts.current ??= Promise.all(
      Array.from({ length: doc.numPages }, (_, i) =>
        doc.getPage(i + 1).then(async (p) => pageText((await p.getTextContent()).items)),
      ),
    );
    void texts.current.then((pages) => {
      const same = found?.query === query;
      const all = same ? found.all : findInPages(pages, query);
      const at = !all.length ? 0 : same ? (found.at + direction + all.length) % all.length : 0;
      setFound({ query, at, all });
      const hit = all[at];
      if (hit) showHit(query, hit);
    });
  };

  return (
    <div class="viewer">
      <Toolbar
        name={opened.name}
        zoom={zoom}
        onZoom={(d) => setZoom((z) => stepZoom(z, d))}
        page={{ current, count: doc.numPages }}
        find={{
          label: found ? findLabel(found.at, found.all.length) : null,
          onFind,
        }}
      />
      <div class="viewer-body">
        <PageList count={doc.numPages} current={current} onGo={go} />
        <main class="viewer-scroll" tabIndex={-1}>
          {!opened.hasText && (
            <p role="status" class="viewer-failure">
              {NO_TEXT_MESSAGE}
            </p>
          )}
          <PdfView doc={doc} zoom={zoom} target={target} onCurrent={setCurrent} onDrawn={onDrawn} />
        </main>
      </div>
    </div>
  );
}
