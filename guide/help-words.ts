// The words the card and the glossary show around an entry's get-help line and review date.
import type { HelpUrgency } from './types';

/** What a reader should do first, by urgency, in the fewest words. */
export const HELP_LABELS: Record<HelpUrgency, string> = {
  emergency: 'Get help now',
  'same-day': 'Get help today',
  soon: 'See your clinician',
};

/** "2026-11-28" -> "28 November 2026", the same in every time zone. */
export function formatDate(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
