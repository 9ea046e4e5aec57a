// The matcher for the shipped glossary, from the match data compiled at build time.
import { compileMatcher, type BlockMatcher } from './matcher';
import packed from './generated/match-data-packed.json';
import { unpackMatchData } from './packed-match-data';

export function glossaryMatcher(): BlockMatcher {
  return compileMatcher(unpackMatchData(packed));
}
