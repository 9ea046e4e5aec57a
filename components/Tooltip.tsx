// The card shown beside a term on a page: the term, its plain explanation, when to get help
// (before anything else, so it never needs scrolling to), ways to read more or log soreness,
// what else it is called, a correction or safety note, and its source.
import { HELP_LABELS, formatDate } from '../guide/help-words';
import type { CardEntry } from '../messaging/protocol';

export interface TooltipProps {
  entry: CardEntry;
  id: string;
  onMore: () => void;
  /** Present for treatments and exercises: opens the soreness log with this filled in. */
  onLog?: () => void;
  onClose: () => void;
}

const MAX_ALIASES = 3;

/** Other names worth showing: not the term itself, no case-only repeats. */
export function alsoCalled(entry: CardEntry): string[] {
  const seen = new Set([entry.term.replace(/\s*\(.*\)\s*$/, '').toLowerCase()]);
  const inTerm = entry.term.toLowerCase();
  const names: string[] = [];
  for (const a of entry.aliases) {
    const key = a.text.toLowerCase().replace(/-/g, ' ');
    if (seen.has(key) || inTerm.includes(`(${a.text.toLowerCase()})`)) continue;
    seen.add(key);
    names.push(a.text);
    if (names.length === MAX_ALIASES) break;
  }
  return names;
}

export function Tooltip({ entry, id, onMore, onLog, onClose }: TooltipProps) {
  const others = alsoCalled(entry);
  const titleId = `${id}-title`;
  return (
    <div
      class="pt-tooltip"
      role="dialog"
      id={id}
      aria-labelledby={titleId}
      aria-describedby={`${id}-short`}
    >
      <div class="pt-head">
        <p class="pt-term" id={titleId}>
          {entry.term}
        </p>
        <button type="button" class="pt-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <p class="pt-short" id={`${id}-short`}>
        {entry.short}
      </p>
      {entry.getHelp && (
        <p class={`pt-help pt-help-${entry.getHelp.urgency}`} data-urgency={entry.getHelp.urgency}>
          <strong>{HELP_LABELS[entry.getHelp.urgency]}: </strong>
          {entry.getHelp.text}
        </p>
      )}
      <div class="pt-actions">
        <button type="button" class="pt-more" onClick={onMore}>
          More in the guide
        </button>
        {onLog && (
          <button type="button" class="pt-log" onClick={onLog}>
            Log soreness
          </button>
        )}
      </div>
      {others.length > 0 && <p class="pt-also">Also called: {others.join(', ')}</p>}
      {entry.note && (
        <p class="pt-note">
          <strong>Correction: </strong>
          {entry.note}
        </p>
      )}
      {entry.safety && (
        <p class="pt-safety">
          <strong>Safety: </strong>
          {entry.safety}
        </p>
      )}
      <p class="pt-credit">
        Source: {entry.sources[0]?.name}. Checked {formatDate(entry.reviewed)}.
      </p>
    </div>
  );
}
