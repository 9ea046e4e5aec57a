// The card shown beside a term on a page: the term and its plain explanation.
import type { GlossaryEntry } from '../guide/types';

export interface TooltipProps {
  entry: GlossaryEntry;
  id: string;
}

export function Tooltip({ entry, id }: TooltipProps) {
  return (
    <div class="pt-tooltip" role="tooltip" id={id} aria-label={`${entry.term}: ${entry.short}`}>
      <p class="pt-term">{entry.term}</p>
      <p class="pt-short">{entry.short}</p>
      <p class="pt-credit">PT Lens guide</p>
    </div>
  );
}
