// `npm run glossary -- --format json|csv|md`: prints the glossary as data, a flashcard deck or
// a study sheet.
import { GLOSSARY } from '../guide/glossary/index';
import { FORMATS, formatGlossary, type Format } from './lib/glossary-formats';

const args = process.argv.slice(2);
const at = args.indexOf('--format');
const format = at >= 0 ? args[at + 1] : 'md';
if (!FORMATS.includes(format as Format)) {
  console.error(`Unknown format "${format ?? ''}". Use --format json, csv or md.`);
  process.exit(2);
}
process.stdout.write(formatGlossary(GLOSSARY, format as Format));
