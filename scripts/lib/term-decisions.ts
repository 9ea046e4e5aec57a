// The recorded decision for each frequent candidate term (docs/term-candidates.json): already an
// entry, an alias of one (already, or to become one), a new entry to add (with its family), or not
// a term a patient needs explained. `check` finds decisions the glossary has since made stale;
// `renderDecisions` writes the readable docs/term-candidates.md.
import * as v from 'valibot';
import { normaliseKey } from '../../terms/normalise';

export const FAMILIES = {
  'bones-joints': 'Bones and joints',
  nerves: 'Nerves',
  muscles: 'Muscles',
  'rheumatic-disease': 'Rheumatic diseases',
  'pain-condition': 'Pain conditions',
  medicine: 'Medicines',
  'injection-procedure': 'Injections and procedures',
  'surgery-recovery': 'Surgery and recovery',
  'rehab-people': 'Rehabilitation and the people who give it',
  'devices-aids': 'Devices and aids',
  'body-words': 'Body words',
  tests: 'Tests',
  'recovery-pain-science': 'Recovery and pain-science words',
  'plain-adjective': 'Plain adjectives',
  research: 'Research words',
} as const;
export type Family = keyof typeof FAMILIES;

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const base = { candidate: text, pages: v.pipe(v.number(), v.integer(), v.minValue(1)) };

const DecisionSchema = v.variant('decision', [
  /** The candidate names entry `entry`: it is one of its aliases (or their forms) today. */
  v.strictObject({ ...base, decision: v.literal('entry'), entry: text, why: v.optional(text) }),
  /**
   * Another name for the same thing as `entry`: an alias already, or one to add. `entry` is an
   * entry's id, or the proposed id of an `add` decision.
   */
  v.strictObject({ ...base, decision: v.literal('alias'), entry: text, why: v.optional(text) }),
  /** Should become an entry of its own. */
  v.strictObject({
    ...base,
    decision: v.literal('add'),
    family: v.picklist(Object.keys(FAMILIES) as Family[]),
    /** The id the entry should get, when alias decisions name it. */
    id: v.optional(text),
    why: v.optional(text),
  }),
  /** Not a term a patient needs explained, and why. */
  v.strictObject({ ...base, decision: v.literal('not'), why: text }),
]);

export const DecisionsFileSchema = v.strictObject({
  about: text,
  /** The folders mined, as the repository names them. */
  corpus: v.array(text),
  minPages: v.pipe(v.number(), v.integer(), v.minValue(1)),
  decisions: v.array(DecisionSchema),
});

export type Decision = v.InferOutput<typeof DecisionSchema>;
export type DecisionsFile = v.InferOutput<typeof DecisionsFileSchema>;

export function parseDecisions(json: unknown): DecisionsFile {
  return v.parse(DecisionsFileSchema, json);
}

/** What the check needs of an entry: its id, every form its aliases match, its non-aliases. */
export interface CheckedEntry {
  id: string;
  forms: readonly string[];
  notAliases: readonly string[];
}

/** Which entries each normalised form names. */
function formIndex(entries: readonly CheckedEntry[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const e of entries) {
    for (const form of new Set(e.forms.map(normaliseKey))) {
      index.set(form, [...(index.get(form) ?? []), e.id]);
    }
  }
  return index;
}

export interface DecisionCheck {
  /** Decisions that no longer hold, in words saying what to change. */
  problems: string[];
  /** Alias decisions not yet in the glossary: aliases to add. */
  pendingAliases: Decision[];
}

/**
 * Stale decisions: an entry or alias decision whose entry is gone, an entry decision whose entry
 * no longer names the candidate, an alias that the entry's notAliases refuse or another entry now
 * claims, and an `add` or `not` that the glossary now marks (update it to `entry`: intended, so
 * that the list says what the glossary does).
 */
export function checkDecisions(
  file: DecisionsFile,
  entries: readonly CheckedEntry[],
): DecisionCheck {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const index = formIndex(entries);
  const proposed = new Set(
    file.decisions.flatMap((d) => (d.decision === 'add' && d.id ? [d.id] : [])),
  );
  const problems: string[] = [];
  const pendingAliases: Decision[] = [];
  const seen = new Set<string>();
  for (const d of file.decisions) {
    const key = normaliseKey(d.candidate);
    const named = index.get(key) ?? [];
    const say = (what: string) => problems.push(`"${d.candidate}" (${d.decision}): ${what}`);
    if (seen.has(key)) say('decided twice');
    seen.add(key);
    if (d.decision === 'entry' || d.decision === 'alias') {
      const entry = byId.get(d.entry);
      const others = named.filter((id) => id !== d.entry);
      if (!entry && !(d.decision === 'alias' && proposed.has(d.entry))) {
        say(`entry "${d.entry}" is gone`);
      } else if (d.decision === 'entry' && !named.includes(d.entry)) {
        say(`entry "${d.entry}" no longer names it`);
      } else if (others.length) {
        say(`now marked as ${others.join(', ')}, not "${d.entry}"`);
      } else if (d.decision === 'alias') {
        if (entry?.notAliases.map(normaliseKey).includes(key))
          say(`"${d.entry}" lists it under notAliases`);
        else if (!named.includes(d.entry)) pendingAliases.push(d);
      }
    } else if (named.length) {
      say(`now an alias of ${named.join(', ')}: update the decision to "entry"`);
    } else if (d.decision === 'add' && d.id && byId.has(d.id)) {
      say(`entry "${d.id}" now exists: update the decision to "entry" or "alias"`);
    }
  }
  return { problems, pendingAliases };
}

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** The decisions as Markdown tables, grouped by decision and, for additions, by family. */
export function renderDecisions(file: DecisionsFile, check: DecisionCheck): string {
  const of = <K extends Decision['decision']>(k: K) =>
    file.decisions
      .filter((d): d is Extract<Decision, { decision: K }> => d.decision === k)
      .sort((a, b) => b.pages - a.pages || a.candidate.localeCompare(b.candidate, 'en'));
  const pending = new Set(check.pendingAliases.map((d) => d.candidate));
  const add = of('add');
  const lines = [
    '# Candidate terms and what was decided',
    '',
    '<!-- Generated by `npm run coverage:decisions` from term-candidates.json: edit that file. -->',
    '',
    file.about,
    '',
    `Mined from ${file.corpus.map((c) => `\`${c}\``).join(', ')}; candidates on ${file.minPages} or more pages.`,
    '',
    '| Decision | Candidates |',
    '| --- | --- |',
    `| Already an entry | ${of('entry').length} |`,
    `| Alias of an entry | ${of('alias').length} (${pending.size} still to add) |`,
    `| Add as a new entry | ${add.length} |`,
    `| Not a term to explain | ${of('not').length} |`,
    '',
    '## To add, by family',
  ];
  for (const [family, title] of Object.entries(FAMILIES)) {
    const rows = add.filter((d) => d.family === family);
    if (!rows.length) continue;
    lines.push('', `### ${title}`, '', '| Candidate | Pages | Proposed id | Note |');
    lines.push('| --- | --- | --- | --- |');
    for (const d of rows)
      lines.push(`| ${cell(d.candidate)} | ${d.pages} | ${d.id ?? ''} | ${cell(d.why ?? '')} |`);
  }
  lines.push(
    '',
    '## Aliases',
    '',
    '| Candidate | Pages | Entry | Status |',
    '| --- | --- | --- | --- |',
  );
  for (const d of of('alias')) {
    const status = pending.has(d.candidate) ? 'to add' : 'an alias';
    lines.push(
      `| ${cell(d.candidate)} | ${d.pages} | ${d.entry} | ${status}${d.why ? `: ${cell(d.why)}` : ''} |`,
    );
  }
  lines.push('', '## Already entries', '', '| Candidate | Pages | Entry |', '| --- | --- | --- |');
  for (const d of of('entry'))
    lines.push(
      `| ${cell(d.candidate)} | ${d.pages} | ${d.entry}${d.why ? `: ${cell(d.why)}` : ''} |`,
    );
  lines.push(
    '',
    '## Not terms to explain',
    '',
    '| Candidate | Pages | Why |',
    '| --- | --- | --- |',
  );
  for (const d of of('not')) lines.push(`| ${cell(d.candidate)} | ${d.pages} | ${cell(d.why)} |`);
  return lines.join('\n') + '\n';
}
