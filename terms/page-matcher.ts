// The matcher for the shipped glossary as pages make it: from the deflated match data, so that
// the packed form is never part of a page's script.
import deflated from './generated/match-data-deflated.json';
import { inflateMatchData } from './deflated-match-data';
import type { ScannerOptions } from './form-scanner';
import { compileMatcher, type BlockMatcher } from './matcher';
import { unpackMatchData } from './packed-match-data';

export async function pageGlossaryMatcher(options: ScannerOptions = {}): Promise<BlockMatcher> {
  return compileMatcher(unpackMatchData(await inflateMatchData(deflated)), options);
}
