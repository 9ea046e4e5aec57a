// Import: a preview with counts and line-numbered errors; nothing is saved before Confirm, and
// entries already in the log are never overwritten.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LogView } from '../../../../components/log/LogView';
import { toCsv } from '../../../../log/csv';
import { toJsonExport } from '../../../../log/json-io';
import { NOW, TZ, entry, makeId, now } from './fixtures';
import { memoryPort } from './memory-port';

afterEach(cleanup);

const mine = entry({ id: 'mine', level: 4 });

async function choose(name: string, text: string, type = 'text/plain') {
  const input = screen.getByLabelText('Choose a file to import (JSON or CSV)') as HTMLInputElement;
  const file = new File([text], name, { type });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  return screen.findByRole('region', { name: /Check before importing/ });
}

async function setUp() {
  const port = memoryPort([mine]);
  render(<LogView port={port} now={now} timeZone={TZ} makeId={makeId} />);
  await screen.findByRole('heading', { name: 'Import' });
  return port;
}

const csv = [
  'id,time,soreness,areas,after,treatment,after_label,note,created_at,updated_at',
  'fresh,2024-05-19T08:00:00Z,2,neck,,,,,,',
  'mine,2024-05-20T09:00:00Z,4,knee-left,,,,,2024-05-20T09:00:00Z,2024-05-20T09:00:00Z',
  'bad,2024-05-19T08:00:00Z,12,neck,,,,,,',
  'worse,yesterday,3,elbow,,,,,,',
].join('\r\n');

describe('import', () => {
  it('previews counts and line-numbered errors, and saves nothing before Confirm', async () => {
    const port = await setUp();
    const preview = await choose('log.csv', csv);
    expect(preview.textContent).toContain('1 new entry to add');
    expect(preview.textContent).toContain('1 entry is already in your log');
    expect(preview.textContent).toContain('0 entries have the same id');
    const errors = [...document.querySelectorAll('[data-import="errors"] li')].map(
      (li) => li.textContent,
    );
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^Line 4: soreness must be a whole number from 0 to 10/);
    expect(errors.slice(1).every((e) => e?.startsWith('Line 5: '))).toBe(true);
    expect(port.change).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(document.activeElement?.textContent).toContain('Check before importing'),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Import 1 entry' }));
    await screen.findByText('Imported 1 entry.');
    expect(port.stored().map((e) => e.id)).toEqual(['mine', 'fresh']);
    expect(port.stored()[0]).toEqual(mine);
  });

  it('Cancel leaves the log exactly as it was', async () => {
    const port = await setUp();
    await choose('log.csv', csv);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: /Check before importing/ })).toBeNull();
    expect(port.change).not.toHaveBeenCalled();
    expect(port.stored()).toEqual([mine]);
  });

  it('never overwrites an entry with the same id; copies only if asked', async () => {
    const port = await setUp();
    const changed = { ...mine, level: 9 };
    const preview = await choose('backup.json', toJsonExport({ entries: [changed], now: NOW }));
    expect(preview.textContent).toContain('1 entry has the same id as one of yours');
    const importButton = screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    fireEvent.click(
      screen.getByRole('checkbox', { name: /Also add that entry as separate entries/ }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 entry' }));
    await screen.findByText('Imported 1 entry.');
    expect(port.stored()[0]).toEqual(mine);
    expect(port.stored()[1]).toMatchObject({ level: 9, id: expect.stringMatching(/^new-/) });
  });

  it('reports a damaged JSON file and offers nothing to import', async () => {
    const port = await setUp();
    await choose('broken.json', '{"app": "pt-lens",\n "entries": [\n}');
    const errors = [...document.querySelectorAll('[data-import="errors"] li')].map(
      (li) => li.textContent,
    );
    expect(errors[0]).toMatch(/^This file is not valid JSON.* Nothing was imported\.$/);
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(port.change).not.toHaveBeenCalled();
  });

  it('takes back its own CSV export as duplicates', async () => {
    await setUp();
    const preview = await choose('export.csv', `\uFEFF${toCsv([mine])}`);
    expect(preview.textContent).toContain('0 new entries to add');
    expect(preview.textContent).toContain('1 entry is already in your log');
    expect(preview.textContent).toContain('There is nothing new to add');
  });
});
