// The matcher for the shipped glossary, from the match data compiled at build time.
import { compileMatcher, type BlockMatcher } from './matcher';
import type { ScannerOptions } from './form-scanner';
import packed from './generated/match-data-packed.json';
import { unpackMatchData } from './packed-match-data';

export function glossaryMatcher(options: ScannerOptions = {}): BlockMatcher {
  return compileMatcher(unpackMatchData(packed), options);
}
