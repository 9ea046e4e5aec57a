// The document viewer (viewer.html): PDFs, text and HTML files, read with the page lens. Opened
// with ?src= (a PDF the reader is viewing or a PDF link), ?file= (a file chosen on the app page),
// or with nothing, to pick a file here.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { startViewerLens } from '../../content/viewer-lens';
import { ViewerApp } from '../../components/viewer/ViewerApp';
import {
  fetchDocument,
  openDocument,
  readFile,
  type OpenedDocument,
} from '../../components/viewer/open-document';
import { viewerSource } from '../../pdf/viewer-source';
import { readStoredSettings } from '../../store/stored-settings';
import '../../components/popup/theme.css';
import '../../components/viewer/viewer.css';
import '../../content/highlight.css';

const source = viewerSource(location.search, location.origin);
let lensStarted = false;

const onShown = (opened: OpenedDocument): void => {
  document.title = `${opened.name} · PT Lens reader`;
  if (lensStarted) return;
  lensStarted = true;
  const viewed = {
    host: source.kind === 'web' ? source.host : '',
    url: source.kind === 'web' ? source.url : undefined,
    title: () => opened.name,
  };
  startViewerLens(viewed, readStoredSettings()).catch((err: unknown) => {
    console.warn('PT Lens could not start reading this document.', err);
  });
};

const initial =
  source.kind === 'web' || source.kind === 'local'
    ? { name: source.name, open: () => fetchDocument(source.url, source.name).then(openDocument) }
    : null;

const onAllow =
  source.kind === 'web'
    ? () => browser.permissions.request({ origins: [`${new URL(source.url).origin}/*`] })
    : undefined;

const root = document.getElementById('app');
if (root) {
  render(
    <ViewerApp
      initial={initial}
      refused={source.kind === 'refused' ? source.given : undefined}
      openFile={(file) => readFile(file).then(openDocument)}
      onShown={onShown}
      onAllow={onAllow}
    />,
    root,
  );
}
