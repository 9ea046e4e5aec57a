// `npm run coverage:decisions`: checks every recorded candidate decision
// (docs/term-candidates.json) against today's glossary and writes the readable
// docs/term-candidates.md. Exits 1 when a decision no longer holds, saying what to change.
import { readFileSync, writeFileSync } from 'node:fs';
import { glossaryEntries } from './lib/glossary-forms';
import { checkDecisions, parseDecisions, renderDecisions } from './lib/term-decisions';

export const DECISIONS_JSON = 'docs/term-candidates.json';
export const DECISIONS_MD = 'docs/term-candidates.md';

const file = parseDecisions(JSON.parse(readFileSync(DECISIONS_JSON, 'utf8')));
const check = checkDecisions(file, glossaryEntries());
writeFileSync(DECISIONS_MD, renderDecisions(file, check));
const counts = new Map<string, number>();
for (const d of file.decisions) counts.set(d.decision, (counts.get(d.decision) ?? 0) + 1);
console.log(
  `${file.decisions.length} decisions (${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}); ` +
    `${check.pendingAliases.length} aliases still to add; wrote ${DECISIONS_MD}`,
);
for (const p of check.problems) console.error(`coverage:decisions: ${p}`);
process.exitCode = check.problems.length ? 1 : 0;
