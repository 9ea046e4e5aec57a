// Import from a JSON or CSV file: a preview with counts and line-numbered errors first, then
// Confirm or Cancel. Nothing changes before Confirm, and entries already in the log stay as they are.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SorenessEntry } from '../../log/model';
import { checkImport } from '../../log/files';
import type { ImportCheck } from '../../log/files';
import log from './log.module.css';

export interface ImportPanelProps {
  entries: readonly SorenessEntry[];
  makeId: () => string;
  /** Adds what the check found; resolves true once saved. */
  onConfirm(check: ImportCheck, addConflictsAsCopies: boolean): Promise<boolean>;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function ImportPanel({ entries, makeId, onConfirm }: ImportPanelProps) {
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [copies, setCopies] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (check) headingRef.current?.focus();
  }, [check]);

  const choose = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    setReadError(null);
    setCopies(false);
    try {
      const text = await file.text();
      setCheck(checkImport({ fileName: file.name, text, existing: entries, makeId }));
    } catch {
      setCheck(null);
      setReadError(`The file "${file.name}" could not be read. Nothing was imported.`);
    }
  };

  const close = (): void => {
    setCheck(null);
    if (fileRef.current) fileRef.current.value = '';
    fileRef.current?.focus();
  };

  const confirm = async (): Promise<void> => {
    if (!check) return;
    setBusy(true);
    const saved = await onConfirm(check, copies);
    setBusy(false);
    if (saved) close();
  };

  const p = check?.preview;
  const adding = p ? p.toAdd.length + (copies ? p.conflicts.length : 0) : 0;

  return (
    <div>
      <p>
        Add entries from a PT Lens JSON or CSV file. You will see what the file holds before
        anything changes.
      </p>
      <label class={log.label} for="log-import-file">
        Choose a file to import (JSON or CSV)
      </label>
      <input
        ref={fileRef}
        id="log-import-file"
        class={log.input}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        // choose says in the panel when a file cannot be read.
        onChange={(e) => void choose(e.currentTarget)}
      />
      {readError && (
        <p class={log.error} role="alert">
          {readError}
        </p>
      )}
      {check && p && (
        <section class={log.note} aria-labelledby="log-import-preview" data-import="preview">
          <h4 id="log-import-preview" class={log.heading} tabIndex={-1} ref={headingRef}>
            Check before importing “{check.fileName}”
          </h4>
          <ul>
            <li>{count(p.toAdd.length, 'new entry', 'new entries')} to add</li>
            <li>
              {count(p.duplicates.length, 'entry is', 'entries are')} already in your log and will
              be skipped
            </li>
            <li>
              {count(p.conflicts.length, 'entry has', 'entries have')} the same id as one of yours
              but different details; yours will stay as it is
            </li>
          </ul>
          {p.conflicts.length > 0 && (
            <label class={log.checkRow}>
              <input
                type="checkbox"
                checked={copies}
                onChange={(e) => setCopies(e.currentTarget.checked)}
                class={log.check}
              />
              Also add {p.conflicts.length === 1 ? 'that entry' : 'those entries'} as separate
              entries
            </label>
          )}
          {check.errors.length > 0 && (
            <div role="alert">
              <p>
                <strong>
                  {count(check.errors.length, 'problem', 'problems')} found. These will not be
                  imported:
                </strong>
              </p>
              <ul data-import="errors">
                {check.errors.map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
            </div>
          )}
          {check.warnings.length > 0 && (
            <ul>
              {check.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
          {adding === 0 && <p>There is nothing new to add from this file.</p>}
          <div class={log.row}>
            <button
              type="button"
              class={log.primary}
              disabled={adding === 0 || busy}
              // onConfirm reports a save that failed; the panel stays open then.
              onClick={() => void confirm()}
            >
              {adding === 0 ? 'Import' : `Import ${count(adding, 'entry', 'entries')}`}
            </button>
            <button type="button" class={log.button} onClick={close}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
