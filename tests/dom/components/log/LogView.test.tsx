// The whole log view through an in-memory port: saving, failures, the list with edit, delete and
// undo, the set-aside notice, exports, deep links and empty and error states.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TextFile } from '../../../../log/files';
import type { LogPort } from '../../../../log/log-port';
import { LogView } from '../../../../components/log/LogView';
import type { SorenessEntry } from '../../../../log/model';
import { TZ, daysAgo, entry, makeId, now } from './fixtures';
import { memoryPort } from './memory-port';

afterEach(cleanup);

function view(
  port: LogPort,
  extra: { initialAfter?: string; saveFile?: (f: TextFile) => void } = {},
) {
  return render(<LogView port={port} now={now} timeZone={TZ} makeId={makeId} {...extra} />);
}

const ready = () => screen.findByRole('heading', { name: 'Log how sore you are' });

describe('LogView', () => {
  it('shows plain empty states when nothing is logged', async () => {
    view(memoryPort());
    await ready();
    expect(screen.getByText(/Nothing logged yet/)).toBeTruthy();
    expect(screen.getByText(/Nothing logged in the last 14 days/)).toBeTruthy();
    expect(
      screen.getByText('No soreness logged in the last two weeks.', { exact: false }),
    ).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('says so, in plain words, when the log cannot be opened', async () => {
    const port = { ...memoryPort(), load: () => Promise.reject(new Error('storage is broken')) };
    view(port);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not be opened (storage is broken)');
    expect(alert.textContent).toContain('Nothing in it was changed');
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('saves an entry in three interactions and lists it', async () => {
    const port = memoryPort();
    view(port);
    await ready();
    fireEvent.click(screen.getByRole('radio', { name: '5: moderate' }));
    fireEvent.click(screen.getAllByRole('checkbox', { name: 'Left knee' })[0] as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved: soreness 5 out of 10, left knee.');
    expect(port.stored()).toMatchObject([
      { id: expect.stringMatching(/^new-/), level: 5, areas: ['knee-left'] },
    ]);
    expect(screen.getByText('Monday 20 May 2024')).toBeTruthy();
  });

  it('shows a failed save and keeps both the log and what was entered', async () => {
    const old = entry({ id: 'old', level: 2 });
    const port = memoryPort([old]);
    port.failNextChange('QUOTA_BYTES quota exceeded');
    view(port);
    await ready();
    fireEvent.click(screen.getByRole('radio', { name: '8: severe' }));
    fireEvent.click(screen.getAllByRole('checkbox', { name: 'Neck' })[0] as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByText(/could not be saved/);
    expect(alert.textContent).toContain('QUOTA_BYTES quota exceeded');
    expect(alert.textContent).toContain('Your log is as it was before');
    expect(port.stored()).toEqual([old]);
    expect((screen.getByRole('radio', { name: '8: severe' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('edits an entry in place', async () => {
    const port = memoryPort([entry({ id: 'a', level: 3 })]);
    view(port);
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Edit the entry from 20 May, 09:00' }));
    const item = screen.getByText('Edit the entry from 20 May, 09:00').closest('li') as HTMLElement;
    fireEvent.click(within(item).getByRole('radio', { name: '6: moderate' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Your change is saved.');
    expect(port.stored()).toMatchObject([{ id: 'a', level: 6, at: '2024-05-20T09:00:00Z' }]);
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });

  it('deletes an entry with Undo, which puts it back where it was', async () => {
    const list: SorenessEntry[] = [
      daysAgo(2, { id: 'a', level: 1 }),
      daysAgo(1, { id: 'b', level: 2 }),
      daysAgo(0, { id: 'c', level: 3 }),
    ];
    const port = memoryPort(list);
    view(port);
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Delete the entry from 19 May, 09:00' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(port.stored().map((e) => e.id)).toEqual(['a', 'c']);
    expect(screen.getByText('Deleted the entry from 19 May, 09:00.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await screen.findByText('The entry from 19 May, 09:00 is back.');
    expect(port.stored().map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('tells the user in plain words what was set aside', async () => {
    const notice =
      '2 entries could not be read and were set aside; they are kept safely and included in your JSON export.';
    const setAside = [0, 3].map((index) => ({
      keptAt: '2024-05-20T10:00:00Z',
      kind: 'rejected' as const,
      index,
      reason: 'soreness must be a whole number from 0 to 10, found 12',
      raw: { level: 12 },
    }));
    view(memoryPort([], { setAside, notice }));
    await ready();
    expect(screen.getByText(notice)).toBeTruthy();
    expect(screen.getByText(/Entry 4: soreness must be a whole number/)).toBeTruthy();
  });

  it('fills in the treatment from a "Log soreness" link', async () => {
    view(memoryPort(), { initialAfter: 'tens' });
    await ready();
    expect(screen.getByText(/^Logging soreness after TENS/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'A treatment' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('ignores a link to an id that is not a treatment or exercise', async () => {
    view(memoryPort(), { initialAfter: 'fibromyalgia' });
    await ready();
    expect(screen.queryByText(/^Logging soreness after/)).toBeNull();
    expect(
      (screen.getByRole('radio', { name: 'Nothing in particular' }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('exports CSV and JSON as files, and links to the clinician summary', async () => {
    const saveFile = vi.fn<(f: TextFile) => void>();
    const setAside = [
      {
        keptAt: '2024-05-20T10:00:00Z',
        kind: 'rejected' as const,
        index: 0,
        reason: 'bad',
        raw: 'junk',
      },
    ];
    view(memoryPort([entry({ id: 'a', note: 'Felt, "tight"' })], { setAside, notice: 'x' }), {
      saveFile,
    });
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON (everything)' }));
    const [csv, json] = saveFile.mock.calls.map((c) => c[0]);
    expect(csv?.name).toBe('pt-lens-soreness-log-2024-05-20.csv');
    expect(csv?.text).toContain('a,2024-05-20T09:00:00Z,3,knee-left,,,,"Felt, ""tight"""');
    expect(json?.name).toBe('pt-lens-soreness-log-2024-05-20.json');
    expect(JSON.parse(json?.text ?? '')).toMatchObject({
      app: 'pt-lens',
      entries: [{ id: 'a' }],
      setAside: [{ raw: 'junk' }],
    });
    const link = screen.getByRole('link', { name: /Clinician summary/ });
    expect(link.getAttribute('href')).toBe('chrome-extension://test-id/report.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('shows guidance with its source, and never more than the sources say', async () => {
    view(memoryPort([daysAgo(0, { id: 'a', level: 8 })]));
    await ready();
    const item = document.querySelector('[data-guidance="high-soreness"]') as HTMLElement;
    expect(item.textContent).toContain('contacting your therapist or doctor');
    expect(item.textContent).toContain('Source: PT Lens');
    expect(screen.getByText(/It does not diagnose/)).toBeTruthy();
  });

  it('turns the check-in on only through the browser’s permission', async () => {
    const enable = vi.fn(async () => false);
    const port = {
      ...memoryPort(),
      checkIn: { hour: 10, get: async () => false, enable, disable: vi.fn(async () => undefined) },
    };
    view(port);
    const box = await screen.findByRole('checkbox', { name: /How sore are you today/ });
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    expect(screen.getByText(/comes at 10 in the morning/)).toBeTruthy();
    fireEvent.click(box);
    expect(enable).toHaveBeenCalledTimes(1);
    await screen.findByText(/did not allow reminders/);
    expect((box as HTMLInputElement).checked).toBe(false);
  });
});
