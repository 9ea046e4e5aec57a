// Text with its glossary terms as buttons that open their entries.
import type { Segment } from './link-segments';
import ui from './ui.module.css';

export interface LinkedTextProps {
  text: string;
  /** Absent while the terms are still being found: the text shows plain. */
  segments?: readonly Segment[];
  onOpenEntry(entryId: string): void;
  /** Id of a line that says what the term buttons do. */
  describedBy?: string;
}

export function LinkedText({ text, segments, onOpenEntry, describedBy }: LinkedTextProps) {
  if (!segments) return <>{text}</>;
  return (
    <>
      {segments.map((seg, i) => {
        const id = seg.entryId;
        return id ? (
          <button
            key={i}
            type="button"
            class={ui.term}
            aria-describedby={describedBy}
            onClick={() => onOpenEntry(id)}
          >
            {seg.text}
          </button>
        ) : (
          seg.text
        );
      })}
    </>
  );
}
