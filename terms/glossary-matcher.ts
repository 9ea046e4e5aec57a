// The matcher for the shipped glossary, from the match data compiled at build time.
import { compileMatcher, type BlockMatcher } from './matcher';
import matchData from './generated/match-data.json';
import type { MatchEntry } from './types';

export function glossaryMatcher(): BlockMatcher {
  return compileMatcher(matchData as MatchEntry[]);
}
