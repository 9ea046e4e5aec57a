// The quick entry form: three interactions save the common case; missing or wrong fields are named.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntryForm } from '../../../../components/log/EntryForm';
import type { EntryFormProps } from '../../../../components/log/EntryForm';
import { TREATMENT_CHOICES } from '../../../../log/treatments';
import type { EntryDraft } from '../../../../log/model';
import { TZ, now } from './fixtures';

afterEach(cleanup);

function form(over: Partial<EntryFormProps> = {}) {
  const onSubmit = vi.fn<(d: EntryDraft) => Promise<boolean>>(async () => true);
  render(
    <EntryForm
      idPrefix="t"
      treatments={TREATMENT_CHOICES}
      now={now}
      timeZone={TZ}
      submitLabel="Save"
      onSubmit={onSubmit}
      {...over}
    />,
  );
  return onSubmit;
}

describe('EntryForm', () => {
  it('saves soreness, an area and the time now in three interactions', async () => {
    const onSubmit = form();
    fireEvent.click(screen.getByRole('radio', { name: '5: moderate' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Left knee' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      at: '2024-05-20T12:00:00Z',
      level: 5,
      areas: ['knee-left'],
    });
  });

  it('names the scale’s anchor words on every level and the two ends', () => {
    form();
    const names = screen
      .getAllByRole('radio', { name: /^\d+:/ })
      .map((r) => r.getAttribute('value'));
    expect(names).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(screen.getByRole('radio', { name: '0: no pain' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '10: worst pain imaginable' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'How sore are you?' }).textContent).toContain(
      '10 is the worst pain imaginable',
    );
  });

  it('starts afresh after a save', async () => {
    form();
    fireEvent.click(screen.getByRole('radio', { name: '2: mild' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Neck' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Neck' }) as HTMLInputElement).checked).toBe(
        false,
      ),
    );
    expect((screen.getByRole('radio', { name: '2: mild' }) as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it('says what is missing, marks the fields and moves focus to the first', async () => {
    const onSubmit = form();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Please check 2 things');
    expect(alert.textContent).toContain('Choose how sore you are, from 0 to 10.');
    expect(alert.textContent).toContain('Choose at least one body area.');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '0: no pain' }));
    expect(screen.getByRole('checkbox', { name: 'Left knee' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('clears a problem once it is fixed', async () => {
    const onSubmit = form();
    fireEvent.click(screen.getByRole('radio', { name: '7: severe' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Please check one thing');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Right shoulder' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lets the time be changed, and refuses a time later than now', async () => {
    const onSubmit = form();
    fireEvent.click(screen.getByRole('radio', { name: '4: moderate' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lower back' }));
    fireEvent.click(screen.getByRole('button', { name: 'Change time' }));
    const time = screen.getByLabelText('Time') as HTMLInputElement;
    expect(time.value).toBe('2024-05-20T12:00');
    fireEvent.input(time, { target: { value: '2024-05-21T08:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The time is later than now');
    fireEvent.input(time, { target: { value: '2024-05-19T18:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0].at).toBe('2024-05-19T18:30:00Z');
  });

  it('writes the time with the zone’s offset', async () => {
    const onSubmit = form({ timeZone: 'America/New_York' });
    fireEvent.click(screen.getByRole('radio', { name: '1: mild' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Whole body' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0].at).toBe('2024-05-20T08:00:00-04:00');
  });

  it('records what it followed and a note', async () => {
    const onSubmit = form();
    fireEvent.click(screen.getByRole('radio', { name: '3: mild' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Right knee' }));
    fireEvent.click(screen.getByRole('radio', { name: 'A treatment' }));
    fireEvent.change(screen.getByLabelText('Which treatment?'), { target: { value: 'massage' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a note' }));
    fireEvent.input(screen.getByLabelText(/^Note/), { target: { value: 'Stairs felt easier' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      after: { kind: 'treatment', treatmentId: 'massage' },
      note: 'Stairs felt easier',
    });
  });

  it('starts with the treatment from a "Log soreness" link', () => {
    form({ initialAfter: { kind: 'treatment', treatmentId: 'tens' } });
    expect((screen.getByRole('radio', { name: 'A treatment' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByLabelText('Which treatment?') as HTMLSelectElement).value).toBe('tens');
  });

  it('keeps the form as it was when saving fails', async () => {
    form({ onSubmit: vi.fn(async () => false) });
    fireEvent.click(screen.getByRole('radio', { name: '6: moderate' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Left hip' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', false),
    );
    expect((screen.getByRole('radio', { name: '6: moderate' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole('checkbox', { name: 'Left hip' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('edits an entry keeping its stored time when the time is left alone', async () => {
    const onSubmit = form({
      submitLabel: 'Save changes',
      initial: { at: '2024-05-18T07:15:42+00:00', level: 2, areas: ['neck'], note: 'Stiff' },
      onCancel: () => undefined,
    });
    expect((screen.getByLabelText('Time') as HTMLInputElement).value).toBe('2024-05-18T07:15');
    expect((screen.getByLabelText(/^Note/) as HTMLTextAreaElement).value).toBe('Stiff');
    fireEvent.click(screen.getByRole('radio', { name: '4: moderate' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      at: '2024-05-18T07:15:42+00:00',
      level: 4,
      areas: ['neck'],
      note: 'Stiff',
    });
  });
});
