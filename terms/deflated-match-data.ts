// The packed match data as pages ship it: deflated and written as base64, about half the bytes
// every page's script holds and parses. The browser's own DecompressionStream inflates it, in
// native code and a few short steps, when the matcher is first made.
import type { PackedMatchData } from './packed-match-data';

export interface DeflatedMatchData {
  /** The packed data's JSON, raw-deflated (no zlib header), in base64. */
  deflateRaw: string;
}

export async function inflateMatchData({
  deflateRaw,
}: DeflatedMatchData): Promise<PackedMatchData> {
  const bytes = Uint8Array.from(atob(deflateRaw), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return JSON.parse(await new Response(stream).text()) as PackedMatchData;
}
