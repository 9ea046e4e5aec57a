// The glossary's match data, read from the extension's own package (never the network): a file
// beside the page lens, listed as web-accessible in wxt.config.ts as the lens itself is.
import { browser } from 'wxt/browser';
import { MATCH_DATA_FILE } from '../terms/deflated-match-data';

export async function readMatchDataFile(): Promise<ArrayBuffer> {
  const response = await fetch(browser.runtime.getURL(MATCH_DATA_FILE));
  if (!response.ok) throw new Error(`PT Lens could not read its match data (${response.status}).`);
  return response.arrayBuffer();
}
