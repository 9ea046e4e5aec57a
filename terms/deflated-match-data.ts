// The packed match data as pages get it: raw-deflated bytes in a file of the package
// (match-data.bin), about a third of the packed JSON and never part of a page's script, so no
// page parses it as code or keeps it as a string. The browser's own DecompressionStream inflates
// it, in native code and a few short steps, when the matcher is first made.
import type { PackedMatchData } from './packed-match-data';

/** Where the deflated data is in the built extension (written by `npm run terms:compile`). */
export const MATCH_DATA_FILE = '/match-data.bin';

export async function inflateMatchData(deflated: BufferSource): Promise<PackedMatchData> {
  const stream = new Blob([deflated]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return JSON.parse(await new Response(stream).text()) as PackedMatchData;
}
