// The viewer's bar: the document's name, zoom, find, and where the reader is.
import { useState } from 'preact/hooks';
import { zoomLabel } from '../../pdf/zoom';

export interface ToolbarProps {
  name: string;
  zoom?: number;
  onZoom?: (direction: 1 | -1) => void;
  page?: { current: number; count: number };
  find?: { label: string | null; onFind: (query: string, direction: 1 | -1) => void };
}

export function Toolbar({ name, zoom, onZoom, page, find }: ToolbarProps) {
  const [query, setQuery] = useState('');
  return (
    <header class="viewer-bar">
      <h1 class="viewer-name" title={name}>
        {name}
      </h1>
      {zoom !== undefined && onZoom && (
        <div class="viewer-group" role="group" aria-label="Zoom">
          <button type="button" onClick={() => onZoom(-1)} aria-label="Zoom out">
            −
          </button>
          <output aria-live="polite">{zoomLabel(zoom)}</output>
          <button type="button" onClick={() => onZoom(1)} aria-label="Zoom in">
            +
          </button>
        </div>
      )}
      {find && (
        <form
          class="viewer-group"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            find.onFind(query, 1);
          }}
        >
          <input
            type="search"
            aria-label="Find in document"
            placeholder="Find in document"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <button type="submit">Find</button>
          <button type="button" aria-label="Previous match" onClick={() => find.onFind(query, -1)}>
            ↑
          </button>
          {find.label && <output aria-live="polite">{find.label}</output>}
        </form>
      )}
      {page && (
        <span class="viewer-where">
          Page {page.current} of {page.count}
        </span>
      )}
    </header>
  );
}
