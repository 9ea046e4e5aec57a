// Writes terms/generated/match-data.json: every glossary alias with its cues and inflected forms,
// made with compromise at build time so the content script never ships or runs an NLP library,
// and without the explanations, which the content script asks the background for when needed.
// Usage: npm run terms:compile   (a unit test fails when the committed file is out of date)
import { mkdirSync, writeFileSync } from 'node:fs';
import { GLOSSARY } from '../guide/glossary/index';
import { buildMatchData } from '../terms/match-data';

const path = 'terms/generated/match-data.json';
mkdirSync('terms/generated', { recursive: true });
writeFileSync(path, `${JSON.stringify(buildMatchData(GLOSSARY))}\n`);
console.log(`wrote ${path}`);
