// The list of pages beside the document: one button per page, the current one marked.
export interface PageListProps {
  count: number;
  current: number;
  onGo: (page: number) => void;
}

export function PageList({ count, current, onGo }: PageListProps) {
  return (
    <nav class="viewer-pages" aria-label="Pages">
      <ol>
        {Array.from({ length: count }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            <button
              type="button"
              aria-current={n === current ? 'page' : undefined}
              onClick={() => onGo(n)}
            >
              Page {n}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
