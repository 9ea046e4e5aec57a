// Writes the match data to terms/generated/: every glossary alias with its cues and inflected
// forms, made with compromise at build time so the content script never ships or runs an NLP
// library, and without the explanations, which the content script asks the background for.
// public/match-data.bin is what pages load (terms/page-matcher.ts): the packed form
// (match-data-packed.json, terms/packed-match-data.ts, which Node tools load) raw-deflated, a file
// of the package beside the page lens; match-data.json holds the same data written out, to read
// and review.
// Usage: npm run terms:compile   (a unit test fails when the committed files are out of date)
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { GLOSSARY } from '../guide/glossary/index';
import { MATCH_DATA_FILE } from '../terms/deflated-match-data';
import { buildMatchData } from '../terms/match-data';
import { packMatchData } from '../terms/packed-match-data';

const dir = 'terms/generated';
/** WXT copies public/ into the build as it is. */
const PAGE_FILE = `public${MATCH_DATA_FILE}`;
const data = buildMatchData(GLOSSARY);
mkdirSync(dir, { recursive: true });
/** Written as the project's formatter writes JSON, so `npm run lint` passes straight after. */
async function write(path: string, value: unknown): Promise<void> {
  const options = { ...(await resolveConfig(path)), filepath: path };
  writeFileSync(path, await format(JSON.stringify(value), options));
}
await write(`${dir}/match-data.json`, data);
const packed = packMatchData(data);
await write(`${dir}/match-data-packed.json`, packed);
writeFileSync(PAGE_FILE, deflateRawSync(JSON.stringify(packed), { level: 9 }));
console.log(`wrote match-data.json and match-data-packed.json in ${dir}, and ${PAGE_FILE}`);
