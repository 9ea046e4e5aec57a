// The matcher for the shipped glossary as pages make it: from the deflated match data, which the
// caller reads from the package (terms/ knows no extension API), so that the packed form is never
// part of a page's script.
import { inflateMatchData } from './deflated-match-data';
import type { ScannerOptions } from './form-scanner';
import { compileMatcher, type BlockMatcher } from './matcher';
import { unpackMatchData } from './packed-match-data';

export async function pageGlossaryMatcher(
  deflated: BufferSource,
  options: ScannerOptions = {},
): Promise<BlockMatcher> {
  return compileMatcher(unpackMatchData(await inflateMatchData(deflated)), options);
}
