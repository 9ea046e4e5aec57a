// The guide: contents, credit, review date, corrections, disclaimer, and terms that open entries.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../../../guide/help-words';
import { GuideView } from '../../../../components/popup/GuideView';
import { GUIDE_META } from '../../../../guide/about';
import { GUIDE_SECTIONS } from '../../../../guide/sections';

afterEach(cleanup);

describe('GuideView', () => {
  it('says what PT Lens is and credits the source in full', () => {
    render(<GuideView onOpenEntry={vi.fn()} />);
    const text = document.body.textContent ?? '';
    const { source } = GUIDE_META;
    expect(text).toMatch(/explains physical therapy and chronic pain terms/);
    for (const part of [source.title, source.author, source.publisher, String(source.year)]) {
      expect(text).toContain(part);
    }
    expect(text).toContain('Last reviewed on 2 December 2026');
    expect(text).toContain(GUIDE_META.disclaimer);
  });

  it('says how entries are checked: sources, get-help lines, true aliases', () => {
    render(<GuideView onOpenEntry={vi.fn()} />);
    const heading = screen.getByRole('heading', { name: 'How entries are checked' });
    const text = heading.parentElement?.textContent ?? '';
    expect(text).toMatch(/primary sources/);
    expect(text).toMatch(/when to get help/);
    expect(text).toMatch(/No entry gives a dose/);
    expect(text).toMatch(/only when it means the same thing/);
  });

  it('shows both corrections with their sources', () => {
    render(<GuideView onOpenEntry={vi.fn()} />);
    const corrections = screen.getByRole('heading', { name: 'Corrections to the source article' })
      .parentElement as HTMLElement;
    for (const c of GUIDE_META.corrections) {
      expect(corrections.textContent).toContain(c.claim);
      expect(corrections.textContent).toContain(c.correction);
      expect(corrections.textContent).toContain(c.source);
    }
  });

  it('has a table of contents with every section', () => {
    render(<GuideView onOpenEntry={vi.fn()} />);
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    const links = within(toc).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      ...GUIDE_SECTIONS.map((s) => s.title),
      'Corrections to the source article',
    ]);
    expect(links[3]?.getAttribute('href')).toBe('#section/why-it-hurts');
  });

  it('scrolls to a section from the contents and focuses its heading', () => {
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    render(<GuideView onOpenEntry={vi.fn()} />);
    fireEvent.click(screen.getByRole('link', { name: 'How long PT lasts' }));
    const heading = screen.getByRole('heading', { name: 'How long PT lasts' });
    expect(scroll.mock.contexts).toContain(heading);
    expect(document.activeElement).toBe(heading);
    scroll.mockRestore();
  });

  it('opens at the section a deep link asks for', () => {
    render(<GuideView onOpenEntry={vi.fn()} target={{ sectionId: 'why-it-hurts', seq: 1 }} />);
    const heading = screen.getByRole('heading', {
      name: 'Why PT can hurt, and how to handle soreness',
    });
    expect(document.activeElement).toBe(heading);
  });

  it('turns glossary terms into buttons that open their entries', async () => {
    const onOpenEntry = vi.fn();
    render(<GuideView onOpenEntry={onOpenEntry} />);
    const why = screen.getByRole('heading', { name: /Why PT can hurt/ })
      .parentElement as HTMLElement;
    const doms = await within(why).findByRole(
      'button',
      { name: 'delayed onset muscle soreness' },
      { timeout: 5000 },
    );
    expect(doms.getAttribute('aria-describedby')).toBe('guide-term-hint');
    fireEvent.click(doms);
    expect(onOpenEntry).toHaveBeenCalledWith('doms');
  });

  it('links each term once per section and keeps the text whole', async () => {
    render(<GuideView onOpenEntry={vi.fn()} />);
    const why = screen.getByRole('heading', { name: /Why PT can hurt/ })
      .parentElement as HTMLElement;
    await within(why).findAllByRole('button', {}, { timeout: 5000 });
    const names = within(why)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toContain('delayed onset muscle soreness');
    expect(names).not.toContain('DOMS');
    const section = GUIDE_SECTIONS.find((s) => s.id === 'why-it-hurts');
    for (const block of section?.blocks ?? []) {
      for (const text of block.kind === 'p' ? [block.text] : block.items) {
        expect(why.textContent).toContain(text);
      }
    }
  });
});

describe('formatDate', () => {
  it('writes the review date in words, in any time zone', () => {
    expect(formatDate('2026-11-28')).toBe('28 November 2026');
    expect(formatDate('2026-01-01')).toBe('1 January 2026');
  });
});
