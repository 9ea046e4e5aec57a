// Writes the match data to terms/generated/: every glossary alias with its cues and inflected
// forms, made with compromise at build time so the content script never ships or runs an NLP
// library, and without the explanations, which the content script asks the background for.
// match-data-packed.json is what the content script loads (terms/packed-match-data.ts);
// match-data.json holds the same data written out, to read and review.
// Usage: npm run terms:compile   (a unit test fails when the committed files are out of date)
import { mkdirSync, writeFileSync } from 'node:fs';
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
await write(`${dir}/match-data-packed.json`, packMatchData(data));
console.log(`wrote ${dir}/match-data.json and ${dir}/match-data-packed.json`);
