import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Tooltip, alsoCalled } from '../../../components/Tooltip';
import { GLOSSARY } from '../../../guide/glossary/index';
import { MINI_GLOSSARY } from '../../fixtures/mini-glossary';

const entry = (id: string) => {
  const e = [...GLOSSARY, ...MINI_GLOSSARY].find((g) => g.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

afterEach(cleanup);

describe('Tooltip', () => {
  it('shows the term and its plain explanation, named for screen readers', () => {
    const doms = entry('doms');
    render(<Tooltip entry={doms} id="t" onMore={() => {}} onClose={() => {}} />);
    const card = screen.getByRole('dialog', { name: doms.term });
    expect(card.textContent).toContain(doms.short);
  });

  it('offers "More in the guide", and "Log soreness" only when given', () => {
    const onMore = vi.fn();
    const onLog = vi.fn();
    const { rerender } = render(
      <Tooltip entry={entry('tens')} id="t" onMore={onMore} onClose={() => {}} />,
    );
    expect(screen.queryByRole('button', { name: 'Log soreness' })).toBeNull();
    rerender(
      <Tooltip entry={entry('tens')} id="t" onMore={onMore} onLog={onLog} onClose={() => {}} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'More in the guide' }));
    fireEvent.click(screen.getByRole('button', { name: 'Log soreness' }));
    expect(onMore).toHaveBeenCalledOnce();
    expect(onLog).toHaveBeenCalledOnce();
  });

  it('shows the correction where the entry corrects the source', () => {
    const acetaminophen = GLOSSARY.find((e) => e.id === 'acetaminophen');
    if (!acetaminophen?.note) throw new Error('acetaminophen needs its note');
    render(<Tooltip entry={acetaminophen} id="t" onMore={() => {}} onClose={() => {}} />);
    expect(screen.getByText(acetaminophen.note)).toBeTruthy();
    expect(screen.getByText(/Safety:/)).toBeTruthy();
  });

  it('says when to get help straight after the explanation, before the buttons', () => {
    const nsaid = entry('nsaid');
    if (!nsaid.getHelp) throw new Error('nsaid needs its get-help line');
    render(<Tooltip entry={nsaid} id="t" onMore={() => {}} onClose={() => {}} />);
    const help = screen.getByText(nsaid.getHelp.text).closest('p') as HTMLElement;
    expect(help.textContent).toMatch(/^Get help now: /);
    const short = screen.getByText(nsaid.short);
    expect(short.nextElementSibling).toBe(help);
  });

  it('names its first source plainly and when the entry was last checked', () => {
    const doms = entry('doms');
    render(<Tooltip entry={doms} id="t" onMore={() => {}} onClose={() => {}} />);
    const credit = screen.getByText(/^Source:/);
    expect(credit.textContent).toContain(doms.sources[0]?.name);
    expect(credit.textContent).toContain('Checked 2 December 2026');
  });

  it('closes from its close button', () => {
    const onClose = vi.fn();
    render(<Tooltip entry={entry('doms')} id="t" onMore={() => {}} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('alsoCalled', () => {
  it('lists other names, not the term again', () => {
    const doms = entry('doms');
    // Two more names of the same thing, given for this test.
    const names = [
      'post-exercise muscle soreness',
      'post-exercise soreness',
      'post-workout soreness',
    ];
    const aliases = [...doms.aliases, ...names.map((text) => ({ text, kind: 'synonym' as const }))];
    expect(alsoCalled({ ...doms, aliases })).toEqual([
      'post-exercise muscle soreness',
      'post-exercise soreness',
      'post-workout soreness',
    ]);
  });
});
