// Study mode's words for what was set aside: a sentence for each stored value, then once that
// nothing was deleted.
import { counted, setAsideMessage } from '../common/set-aside';
import type { AsideWords } from '../common/set-aside';
import type { SetAside } from './model';

const words = (whole: string, one: string, many: string): AsideWords => ({
  whole: `${whole} could not be read.`,
  rejected: (n) => `${counted(n, one, many)} could not be read.`,
  repaired: (n) => `${counted(n, one, many)} had to be repaired.`,
});

const MEETINGS = words('Your saved list of terms met', 'term met', 'terms met');
const CARDS = words('Your saved flashcard progress', 'flashcard', 'flashcards');
const KEPT = 'Nothing was deleted: the original is kept on this device, to download below.';

/** Plain words about what was set aside, for the user, or null when nothing was. */
export function setAsideNotice(records: readonly SetAside[]): string | null {
  return setAsideMessage(
    [
      { records: records.filter((r) => r.from === 'meetings'), words: MEETINGS },
      { records: records.filter((r) => r.from === 'cards'), words: CARDS },
    ],
    KEPT,
  );
}
