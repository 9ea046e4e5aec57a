// Writes terms/generated/inflections.json: the inflected forms of every glossary alias, made
// with compromise at build time so the content script never ships or runs an NLP library.
// Usage: npm run terms:compile   (a unit test fails when the committed file is out of date)
import { writeFileSync } from 'node:fs';
import { GLOSSARY } from '../guide/glossary/index';
import { buildInflectionTable } from '../terms/inflection-table';

const path = 'terms/generated/inflections.json';
writeFileSync(path, `${JSON.stringify(buildInflectionTable(GLOSSARY), null, 1)}\n`);
console.log(`wrote ${path}`);
