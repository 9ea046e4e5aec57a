// RFC 4180 CSV reading and writing, with a guard against spreadsheet formula injection.

/** Cells a spreadsheet would run as a formula start with one of these. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * Puts a single quote before a cell that a spreadsheet would read as a formula. Cells that
 * already start with quotes and then a formula character get one more, so unguardFormula can
 * always undo it exactly.
 */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes guardFormula. */
export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

/** One cell, formula-guarded and quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const cell = guardFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows as CSV text with CRLF line ends, as RFC 4180 asks. */
export function toCsvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

export interface CsvRecord {
  /** The line the record starts on, counting from 1. */
  line: number;
  cells: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; error: string };

/**
 * Reads CSV text into records: quoted cells may hold commas, doubled quotes and line breaks.
 * Line ends may be CRLF, LF or CR. A byte order mark is skipped; blank lines are skipped.
 * Cells come back as written (formula guards are still on).
 */
export function parseCsv(text: string): CsvParse {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;

  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  const newline = () => {
    if (src[i] === '\r' && src[i + 1] === '\n') i++;
    i++;
    line++;
  };

  while (i < src.length) {
    const ch = src[i];
    if (ch === '"' && cell === '') {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= src.length) {
          return {
            ok: false,
            error: `Line ${quoteLine}: a quoted cell starts here but is never closed.`,
          };
        }
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (src[i] === '\r' || src[i] === '\n') {
          cell += src[i] === '\r' && src[i + 1] === '\n' ? '\r\n' : src[i];
          newline();
          continue;
        }
        cell += src[i];
        i++;
      }
      const next = src[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        return {
          ok: false,
          error: `Line ${line}: a quoted cell must end at its closing quote, but text follows it.`,
        };
      }
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      newline();
      recordLine = line;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}
