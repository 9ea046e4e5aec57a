// The soreness log as CSV: one row per entry with ISO times, and import with line-numbered errors.
import { parseCsv, toCsvText, unguardFormula } from '../common/csv-format';
import { newestFirst } from './entries';
import { AFTER_KINDS, AFTER_KIND_LABELS, BODY_AREA_IDS, BODY_AREA_LABELS } from './model';
import type { SorenessEntry } from './model';
import { readEntry } from './read-entry';

export const CSV_COLUMNS = [
  'id',
  'time',
  'soreness',
  'areas',
  'after',
  'treatment',
  'after_label',
  'note',
  'created_at',
  'updated_at',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['time', 'soreness', 'areas'];

/** The log as CSV text, oldest entry first, areas as ids joined by ";". */
export function toCsv(entries: readonly SorenessEntry[]): string {
  const rows = newestFirst(entries)
    .reverse()
    .map((e) => [
      e.id,
      e.at,
      String(e.level),
      e.areas.join(';'),
      e.after?.kind ?? '',
      e.after?.treatmentId ?? '',
      e.after?.label ?? '',
      e.note ?? '',
      e.createdAt,
      e.updatedAt,
    ]);
  return toCsvText([[...CSV_COLUMNS], ...rows]);
}

export interface CsvImport {
  /** Entries from the rows without errors, in file order. */
  entries: SorenessEntry[];
  /** Plain sentences, most starting "Line N:". Rows with errors are not in `entries`. */
  errors: string[];
  /** Things the user should know that did not stop a row, such as an ignored column. */
  warnings: string[];
}

/** Matches ids and plain labels, ignoring case: "knee-left" and "Left knee" are the same area. */
function lookup(ids: readonly string[], labels: Readonly<Record<string, string>>) {
  const map = new Map<string, string>();
  for (const id of ids) {
    map.set(id, id);
    map.set((labels[id] ?? id).toLowerCase(), id);
  }
  return (text: string): string => map.get(text.trim().toLowerCase()) ?? text.trim();
}
const areaId = lookup(BODY_AREA_IDS, BODY_AREA_LABELS);
const afterId = lookup(AFTER_KINDS, AFTER_KIND_LABELS);

/** A number where the cell holds one, so that "7" passes; anything else stays text for the error. */
const numberOrText = (cell: string): number | string =>
  /^\s*[+-]?\d+(\.\d+)?\s*$/.test(cell) ? Number(cell) : cell;

/** Reads CSV text exported by toCsv, or written by hand or a spreadsheet with the same columns. */
export function parseCsvLog(input: { text: string; makeId: () => string }): CsvImport {
  const parsed = parseCsv(input.text);
  if (!parsed.ok) return { entries: [], errors: [parsed.error], warnings: [] };
  const [header, ...rows] = parsed.records;
  if (!header) return { entries: [], errors: ['The file is empty.'], warnings: [] };

  const names = header.cells.map((c) => c.trim().toLowerCase());
  const errors: string[] = [];
  const warnings: string[] = [];
  const expected = `The first line should name the columns: ${CSV_COLUMNS.join(', ')}.`;
  for (const column of REQUIRED) {
    if (!names.includes(column)) errors.push(`The file has no "${column}" column. ${expected}`);
  }
  const repeated = names.filter((n, i) => n !== '' && names.indexOf(n) !== i);
  for (const name of new Set(repeated))
    errors.push(`Line ${header.line}: the column "${name}" appears twice.`);
  if (errors.length > 0) return { entries: [], errors, warnings };
  for (const name of names) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      warnings.push(`The column "${name}" is not one PT Lens knows, so it was left out.`);
    }
  }

  const entries: SorenessEntry[] = [];
  const idLines = new Map<string, number>();
  for (const { line, cells } of rows) {
    if (cells.length !== names.length) {
      errors.push(
        `Line ${line}: found ${cells.length} cells where the first line names ${names.length}. ` +
          'A cell with a comma in it must be in double quotes.',
      );
      continue;
    }
    const get = (column: Column): string | undefined => {
      const cell = unguardFormula(cells[names.indexOf(column)] ?? '');
      return cell.trim() === '' ? undefined : cell;
    };
    const id = get('id')?.trim() ?? input.makeId();
    const after = get('after');
    const soreness = get('soreness');
    if (after === undefined && (get('treatment') ?? get('after_label')) !== undefined) {
      errors.push(`Line ${line}: "after" is empty, but a treatment or after_label is filled in.`);
      continue;
    }
    const raw = {
      id,
      at: get('time')?.trim(),
      level: soreness === undefined ? undefined : numberOrText(soreness),
      areas: get('areas')
        ?.split(/[;,]/)
        .filter((a) => a.trim() !== '')
        .map(areaId),
      after:
        after === undefined
          ? undefined
          : {
              kind: afterId(after),
              treatmentId: get('treatment')?.trim(),
              label: get('after_label'),
            },
      note: get('note'),
      createdAt: get('created_at')?.trim(),
      updatedAt: get('updated_at')?.trim(),
    };
    const read = readEntry(raw, 'strict');
    if (!read.ok) {
      for (const reason of read.reasons) errors.push(`Line ${line}: ${reason}.`);
      continue;
    }
    const first = idLines.get(id);
    if (first !== undefined) {
      errors.push(`Line ${line}: the id "${id}" is already used on line ${first}.`);
      continue;
    }
    idLines.set(id, line);
    entries.push(read.entry);
  }
  return { entries, errors, warnings };
}
