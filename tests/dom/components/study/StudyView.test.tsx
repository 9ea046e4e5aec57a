// The study view with an in-memory store: the summary, studying the terms met as flashcards
// until they are scheduled, the quiz, export for Anki, settings, clearing and set-aside data.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StudyView } from '../../../../components/study/StudyView';
import type { KeptStudyRecord } from '../../../../study/study-port';
import type { TextFile } from '../../../../log/files';
import { GLOSSARY } from '../../../../guide/glossary/index';
import { parseCsv } from '../../../../common/csv-format';
import type { Meeting } from '../../../../study/model';
import { memoryStudyPort } from './memory-port';

afterEach(cleanup);

const NOW = new Date('2024-05-20T12:00:00Z');
const term = (id: string): string => GLOSSARY.find((e) => e.id === id)?.term ?? id;
const meeting = (entryId: string, lastMet: string): Meeting => ({
  entryId,
  firstMet: lastMet,
  lastMet,
  count: 1,
  pages: [],
});
const meetings = [meeting('tens', '2024-05-19T10:00:00Z'), meeting('doms', '2024-05-20T10:00:00Z')];

function view(port = memoryStudyPort({ meetings })) {
  const saveFile = vi.fn<(file: TextFile) => void>();
  const onOpenEntry = vi.fn();
  render(
    <StudyView
      port={port}
      now={() => NOW}
      timeZone="UTC"
      random={() => 0.3}
      saveFile={saveFile}
      onOpenEntry={onOpenEntry}
    />,
  );
  return { port, saveFile, onOpenEntry };
}

const ready = () => screen.findByText(/due today\./);

describe('StudyView', () => {
  it('sums up what is due and what was met, and lists the terms met', async () => {
    view();
    expect((await ready()).textContent).toBe('0 flashcards due today. 2 terms met.');
    expect(screen.getByRole('button', { name: /^Delayed onset/ })).toBeTruthy();
    expect(screen.getByText('2 cards: 0 due now, 2 new.')).toBeTruthy();
  });

  it('studies the terms met: reveal, grade, and the card is scheduled and saved', async () => {
    const { port } = view();
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Study these (2)' }));
    expect(screen.getByRole('heading', { name: 'Flashcards: Terms I’ve met' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Flashcard' }).textContent).toContain(term('doms'));
    fireEvent.click(screen.getByRole('button', { name: 'Show the answer' }));
    fireEvent.click(screen.getByRole('button', { name: /^Easy ?, due again in \d+ days$/ }));
    await screen.findByText(
      /^Done: “Delayed onset muscle soreness \(DOMS\)” is due again in \d+ days\.$/,
    );
    expect(port.changeCards).toHaveBeenCalledTimes(1);
    expect(port.cardsNow()).toEqual([
      expect.objectContaining({ entryId: 'doms', direction: 'forward', state: 'review', reps: 1 }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Back to study' }));
    expect(screen.getByText('2 cards: 0 due now, 1 new.')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Study');
  });

  it('keeps the card and says so when a grade cannot be saved', async () => {
    const port = memoryStudyPort({ meetings });
    port.failNextChange('quota exceeded');
    view(port);
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Study flashcards' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show the answer' }));
    fireEvent.click(screen.getByRole('button', { name: /^Good/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Your grade could not be saved: the browser said "quota exceeded". What was saved before is unchanged.',
    );
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Flashcard' }).textContent).toContain(term('doms')),
    );
    expect(port.cardsNow()).toEqual([]);
  });

  it('offers other decks, both ways round, and a quiz that links to entries', async () => {
    const { onOpenEntry } = view();
    await ready();
    fireEvent.change(screen.getByRole('combobox', { name: 'Deck' }), {
      target: { value: 'category:exercise' },
    });
    const exercise = GLOSSARY.filter((e) => e.category === 'exercise').length;
    expect(screen.getByText(`${exercise} cards: 0 due now, ${exercise} new.`)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Both' }));
    expect(screen.getByText(`${exercise * 2} cards: 0 due now, ${exercise * 2} new.`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Take a quiz' }));
    expect(screen.getByRole('heading', { name: 'Quiz: Exercise' })).toBeTruthy();
    const choices = screen.getByRole('list').querySelectorAll('button');
    expect(choices).toHaveLength(4);
    fireEvent.click(choices[0]!);
    const open = await screen.findByRole('button', { name: /^Open “.+” in the glossary$/ });
    fireEvent.click(open);
    expect(onOpenEntry).toHaveBeenCalledWith(expect.any(String));
  });

  it('exports a deck as CSV for Anki, without sending it anywhere', async () => {
    const { saveFile } = view();
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Download for Anki (CSV)' }));
    const file = saveFile.mock.calls[0]![0];
    expect(file.name).toBe('pt-lens-flashcards-met-2024-05-20.csv');
    expect(file.type).toBe('text/csv;charset=utf-8');
    const parsed = parseCsv(file.text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.records.slice(3).map((r) => r.cells[0]?.split('\n')[0])).toEqual([
      term('doms'),
      term('tens'),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Download these for Anki' }));
    expect(saveFile).toHaveBeenCalledTimes(2);
  });

  it('changes the study settings and clears the terms met after asking', async () => {
    const { port } = view();
    await ready();
    const pages = screen.getByRole('switch', {
      name: /Keep page titles and addresses/,
    }) as HTMLInputElement;
    expect(pages.checked).toBe(false);
    fireEvent.click(pages);
    fireEvent.click(screen.getByRole('switch', { name: /Pause recording/ }));
    fireEvent.click(screen.getByRole('switch', { name: /Show flashcards due today/ }));
    await waitFor(() =>
      expect(port.settingsNow()).toEqual({ paused: true, recordPages: true, badge: true }),
    );
    expect(await screen.findByText(/Recording is paused/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Clear the terms met' }));
    expect(screen.getByText(/Clear all 2 terms met\? This cannot be undone\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(port.clearMeetings).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the terms met' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear them' }));
    await screen.findByText('The terms met are cleared.');
    expect(port.meetingsNow()).toEqual([]);
    expect(screen.getByText(/None yet/)).toBeTruthy();
  });

  it('says plainly what was set aside and lets the user download it', async () => {
    const setAside: KeptStudyRecord[] = [
      {
        keptAt: NOW.toISOString(),
        from: 'meetings',
        kind: 'rejected',
        index: 1,
        reason: 'x',
        raw: 'junk',
      },
    ];
    const { saveFile } = view(
      memoryStudyPort({ meetings, setAside, notice: '1 term met could not be read.' }),
    );
    await ready();
    expect(screen.getByText('1 term met could not be read.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download what was set aside' }));
    const file = saveFile.mock.calls[0]![0];
    expect(file.name).toBe('pt-lens-study-set-aside-2024-05-20.json');
    expect(JSON.parse(file.text)).toEqual({ setAside });
  });

  it('starts from the whole glossary before any term is met', async () => {
    view(memoryStudyPort());
    await ready();
    expect(
      screen.getByText(`${GLOSSARY.length} cards: 0 due now, ${GLOSSARY.length} new.`),
    ).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Deck' }) as HTMLSelectElement).value).toBe('all');
  });
});
