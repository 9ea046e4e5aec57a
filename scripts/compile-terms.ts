// Writes the match data to terms/generated/: every glossary alias with its cues and inflected
// forms, made with compromise at build time so the content script never ships or runs an NLP
// library, and without the explanations, which the content script asks the background for.
// match-data-deflated.json is what pages load (terms/page-matcher.ts): the packed form
// (match-data-packed.json, terms/packed-match-data.ts, which Node tools load) deflated;
// match-data.json holds the same data written out, to read and review.
// Usage: npm run terms:compile   (a unit test fails when the committed files are out of date)
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { GLOSSARY } from '../guide/glossary/index';
import { buildMatchData } from '../terms/match-data';
import { packMatchData } from '../terms/packed-match-data';

const dir = 'terms/generated';
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
const deflateRaw = deflateRawSync(JSON.stringify(packed), { level: 9 }).toString('base64');
await write(`${dir}/match-data-deflated.json`, { deflateRaw });
console.log(`wrote match-data.json, match-data-packed.json and match-data-deflated.json in ${dir}`);
