// The log's words for what was set aside: every sentence says the originals are kept and where.
import { counted, setAsideMessage } from '../common/set-aside';
import type { AsideWords, SetAsideRecord } from '../common/set-aside';

const SAFE = 'kept safely and included in your JSON export';
const one = (n: number, single: string, many: string): string => (n === 1 ? single : many);

export const LOG_ASIDE_WORDS: AsideWords = {
  whole: `Your saved log could not be read and was set aside; it is ${SAFE}.`,
  rejected: (n) =>
    `${counted(n, 'entry', 'entries')} could not be read and ${one(n, 'was', 'were')} set aside; ` +
    `${one(n, 'it is', 'they are')} ${SAFE}.`,
  repaired: (n) =>
    `${counted(n, 'saved record was', 'saved records were')} repaired; ` +
    `${one(n, 'the original is', 'the originals are')} ${SAFE}.`,
};

/** Plain words about what is kept aside, e.g. "2 entries could not be read and were set aside; ...". */
export const setAsideNotice = (records: readonly SetAsideRecord[]): string | null =>
  setAsideMessage([{ records, words: LOG_ASIDE_WORDS }]);
