// "Terms I've met": newest first, a category filter, entries that open to their explanation,
// pages only when kept, and "Study these" for what is shown.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MetList } from '../../../../components/study/MetList';
import type { MetListProps } from '../../../../components/study/MetList';
import { GLOSSARY } from '../../../../guide/glossary/index';
import { metTerms } from '../../../../study/meetings';
import type { Meeting } from '../../../../study/model';

afterEach(cleanup);

const NOW = new Date('2024-05-20T12:00:00Z');
const entry = (id: string) => {
  const e = GLOSSARY.find((g) => g.id === id);
  if (!e) throw new Error(`no ${id}`);
  return e;
};
const meetings: Meeting[] = [
  {
    entryId: 'tens',
    firstMet: '2024-05-02T09:00:00Z',
    lastMet: '2024-05-03T09:00:00Z',
    count: 1,
    pages: [],
  },
  {
    entryId: 'doms',
    firstMet: '2024-05-01T09:00:00Z',
    lastMet: '2024-05-20T09:00:00Z',
    count: 4,
    pages: [
      { at: '2024-05-20T09:00:00Z', title: 'Sore after the gym', url: 'https://example.org/gym' },
    ],
  },
  {
    entryId: 'fibromyalgia',
    firstMet: '2024-05-19T09:00:00Z',
    lastMet: '2024-05-19T09:00:00Z',
    count: 2,
    pages: [],
  },
];

function view(over: Partial<MetListProps> = {}) {
  const props: MetListProps = {
    terms: metTerms({ meetings, glossary: GLOSSARY }),
    now: NOW,
    timeZone: 'UTC',
    paused: false,
    onStudy: vi.fn(),
    onExport: vi.fn(),
    onOpenEntry: vi.fn(),
    ...over,
  };
  render(<MetList {...props} />);
  return props;
}

const terms = () =>
  within(screen.getByRole('list', { name: 'Terms met, newest first' }))
    .getAllByRole('button')
    .filter((b) => b.hasAttribute('aria-expanded'))
    .map((b) => b.textContent);

describe('MetList', () => {
  it('lists the terms newest first, with how often and when they were met', () => {
    view();
    expect(terms()).toEqual([
      `${entry('doms').term}Met 4 times, last today+`,
      `${entry('fibromyalgia').term}Met twice, last yesterday+`,
      `${entry('tens').term}Met once, last 3 May+`,
    ]);
    expect(screen.getAllByRole('button', { expanded: false })).toHaveLength(3);
  });

  it('opens an entry to its plain explanation, the pages it was met on and a glossary link', () => {
    const props = view();
    const toggle = screen.getByRole('button', { name: /^Delayed onset/ });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(details?.hidden).toBe(false);
    expect(details?.textContent).toContain(entry('doms').short);
    expect(details?.textContent).toContain('First met 1 May');
    const link = within(details!).getByRole('link', { name: 'Sore after the gym' });
    expect(link.getAttribute('href')).toBe('https://example.org/gym');
    expect(link.getAttribute('rel')).toContain('noreferrer');
    fireEvent.click(within(details!).getByRole('button', { name: 'Open in the glossary' }));
    expect(props.onOpenEntry).toHaveBeenCalledWith('doms');
  });

  it('filters by category, and studies or exports only what is shown', () => {
    const props = view();
    const filter = screen.getByRole('combobox', { name: 'Show' }) as HTMLSelectElement;
    expect([...filter.options].map((o) => o.textContent)).toEqual([
      'All categories (3)',
      'Conditions (1)',
      'Symptoms and signs (1)',
      'Treatments (1)',
    ]);
    fireEvent.change(filter, { target: { value: 'treatment' } });
    expect(terms()).toEqual([`${entry('tens').term}Met once, last 3 May+`]);
    fireEvent.click(screen.getByRole('button', { name: 'Study these (1)' }));
    expect(props.onStudy).toHaveBeenCalledWith('treatment');
    fireEvent.click(screen.getByRole('button', { name: 'Download these for Anki' }));
    expect(props.onExport).toHaveBeenCalledWith('treatment');
  });

  it('says plainly when nothing has been met, and when recording is paused', () => {
    view({ terms: [], paused: true });
    expect(screen.getByText(/None yet\. When you open a term’s explanation/)).toBeTruthy();
    expect(screen.getByText(/Recording is paused/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Study these/ })).toBeNull();
  });
});
