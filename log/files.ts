// The files the log exports and imports: CSV and JSON text with their names, and reading an
// imported file into a preview that changes nothing. Pure: no DOM, no storage.
import { parseCsvLog, toCsv } from './csv';
import { parseJsonLog, toJsonExport } from './json-io';
import { previewMerge } from './merge';
import type { MergePreview } from './merge';
import type { SorenessEntry } from './model';
import type { KeptRecord } from './log-port';

export interface TextFile {
  name: string;
  type: string;
  text: string;
}

const stamp = (now: Date): string => now.toISOString().slice(0, 10);

/** One row per entry; a byte order mark so spreadsheets read accents and symbols right. */
export function csvFile(entries: readonly SorenessEntry[], now: Date): TextFile {
  return {
    name: `pt-lens-soreness-log-${stamp(now)}.csv`,
    type: 'text/csv;charset=utf-8',
    text: `\uFEFF${toCsv(entries)}`,
  };
}

/** Everything: the entries, versioned, and any records that were kept aside. */
export function jsonFile(input: {
  entries: readonly SorenessEntry[];
  setAside: readonly KeptRecord[];
  now: Date;
}): TextFile {
  let text = toJsonExport({ entries: input.entries, now: input.now });
  if (input.setAside.length > 0) {
    const data = JSON.parse(text) as Record<string, unknown>;
    data.setAside = input.setAside;
    text = `${JSON.stringify(data, null, 2)}\n`;
  }
  return {
    name: `pt-lens-soreness-log-${stamp(input.now)}.json`,
    type: 'application/json',
    text,
  };
}

export interface ImportCheck {
  fileName: string;
  format: 'json' | 'csv';
  /** The readable entries in the file. */
  entries: SorenessEntry[];
  /** Plain, line- or entry-numbered errors; those lines are not imported. */
  errors: string[];
  warnings: string[];
  preview: MergePreview;
}

/** JSON by name, or by a first character of "{" when the name says neither. */
export function formatOf(fileName: string, text: string): 'json' | 'csv' {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? 'json'
    : 'csv';
}

export function checkImport(input: {
  fileName: string;
  text: string;
  existing: readonly SorenessEntry[];
  makeId: () => string;
}): ImportCheck {
  const format = formatOf(input.fileName, input.text);
  const parsed =
    format === 'json'
      ? { ...parseJsonLog(input.text), warnings: [] as string[] }
      : parseCsvLog({ text: input.text, makeId: input.makeId });
  return {
    fileName: input.fileName,
    format,
    entries: parsed.entries,
    errors: parsed.errors,
    warnings: parsed.warnings,
    preview: previewMerge(input.existing, parsed.entries),
  };
}
