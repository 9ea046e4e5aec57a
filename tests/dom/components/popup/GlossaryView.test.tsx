// The glossary: A to Z, search as you type, category filter, entries that open, deep links.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlossaryView } from '../../../../components/popup/GlossaryView';
import { GLOSSARY } from '../../../../guide/glossary/index';

afterEach(cleanup);

const entry = (id: string) => {
  const e = GLOSSARY.find((g) => g.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};
const search = (value: string): void => {
  fireEvent.input(screen.getByRole('searchbox', { name: 'Search the glossary' }), {
    target: { value },
  });
};
const toggles = (): HTMLElement[] =>
  screen.getAllByRole('button').filter((b) => b.hasAttribute('aria-expanded'));
const toggleFor = (id: string): HTMLElement =>
  within(document.getElementById(`entry-${id}`) as HTMLElement).getAllByRole(
    'button',
  )[0] as HTMLElement;

describe('GlossaryView', () => {
  it('lists every entry A to Z under letter headings', () => {
    render(<GlossaryView />);
    expect(toggles()).toHaveLength(GLOSSARY.length);
    expect(screen.getByRole('status').textContent).toBe(`${GLOSSARY.length} terms, A to Z`);
    const letters = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(letters[0]).toBe('A');
    expect(letters).toEqual([...letters].sort());
  });

  it('finds DOMS from "delayed onset", as you type', () => {
    render(<GlossaryView />);
    search('delayed onset');
    expect(toggles()[0]?.textContent).toContain(entry('doms').term);
    expect(screen.getByRole('status').textContent).toMatch(/found, best match first/);
  });

  it('forgives a small typo', () => {
    render(<GlossaryView />);
    search('fibromyalga');
    expect(toggles()[0]?.textContent).toContain('Fibromyalgia');
  });

  it('says so when nothing matches, and clears the search', () => {
    render(<GlossaryView />);
    search('zzzz');
    expect(toggles()).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('No terms match “zzzz”.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(toggles()).toHaveLength(GLOSSARY.length);
  });

  it('filters by category', () => {
    render(<GlossaryView />);
    const medicines = GLOSSARY.filter((e) => e.category === 'medication').length;
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), {
      target: { value: 'medication' },
    });
    expect(toggles()).toHaveLength(medicines);
  });

  it('offers all categories when the filter hides every match', () => {
    render(<GlossaryView />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), {
      target: { value: 'exercise' },
    });
    search('DOMS');
    expect(screen.getByRole('status').textContent).toBe('No terms match “DOMS” in Exercise.');
    fireEvent.click(screen.getByRole('button', { name: /in all categories/ }));
    expect(toggles()[0]?.textContent).toContain(entry('doms').term);
  });

  it('opens an entry to its explanation, note, sources and related entries', () => {
    render(<GlossaryView />);
    const doms = entry('doms');
    const toggle = toggleFor('doms');
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(details?.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(details?.hidden).toBe(false);
    const text = details?.textContent ?? '';
    expect(text).toContain(doms.more);
    expect(text).toContain(doms.note ?? '');
    for (const s of doms.sources) expect(text).toContain(s.name);
    expect(
      within(details as HTMLElement).getByRole('button', { name: entry('lactic-acid').term }),
    ).toBeTruthy();
  });

  it('shows safety words where an entry has them', () => {
    render(<GlossaryView />);
    fireEvent.click(toggleFor('nsaid'));
    expect(document.getElementById('entry-nsaid')?.textContent).toContain(
      entry('nsaid').safety ?? 'missing',
    );
  });

  it('shows when to get help, related ideas as "See also", and when the entry was checked', () => {
    render(<GlossaryView />);
    fireEvent.click(toggleFor('nsaid'));
    const text = document.getElementById('entry-nsaid')?.textContent ?? '';
    expect(text).toContain(`Get help now: ${entry('nsaid').getHelp?.text ?? 'missing'}`);
    expect(text).toContain('See also');
    expect(text).toContain('Last checked against its sources on 2 December 2026.');
  });

  it('opens a related entry, even one the search hides', () => {
    render(<GlossaryView />);
    search('DOMS');
    fireEvent.click(toggleFor('doms'));
    fireEvent.click(screen.getByRole('button', { name: entry('lactic-acid').term }));
    const lactic = toggleFor('lactic-acid');
    expect(lactic.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(lactic);
    expect(toggles()).toHaveLength(GLOSSARY.length);
  });

  it('opens, shows and focuses the entry a deep link asks for', () => {
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    render(<GlossaryView target={{ entryId: 'doms', seq: 1 }} />);
    const toggle = toggleFor('doms');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(toggle);
    expect(scroll.mock.contexts).toContain(document.getElementById('entry-doms'));
    scroll.mockRestore();
  });

  it('links an entry to its guide section', () => {
    const onOpenSection = vi.fn();
    render(<GlossaryView onOpenSection={onOpenSection} />);
    fireEvent.click(toggleFor('doms'));
    fireEvent.click(
      screen.getByRole('link', { name: 'Why PT can hurt, and how to handle soreness' }),
    );
    expect(onOpenSection).toHaveBeenCalledWith('why-it-hurts');
  });
});
