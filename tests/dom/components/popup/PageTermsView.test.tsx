// "On this page": the terms with counts, most frequent first, and each state said plainly.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageTermsView } from '../../../../components/popup/PageTermsView';
import { GLOSSARY } from '../../../../guide/glossary/index';

const term = (id: string): string => GLOSSARY.find((e) => e.id === id)?.term ?? id;

afterEach(cleanup);

describe('PageTermsView', () => {
  it('says it is looking while it waits', () => {
    render(<PageTermsView state="loading" terms={[]} onShow={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toMatch(/looking for terms/i);
  });

  it('says plainly when PT Lens cannot run on the page', () => {
    render(<PageTermsView state="unavailable" terms={[]} onShow={vi.fn()} />);
    const status = screen.getByRole('status').textContent ?? '';
    expect(status).toContain('PT Lens cannot run on this page.');
    expect(status).toMatch(/web store/);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('says plainly when PT Lens could not start, and that nothing of the reader is lost', () => {
    render(<PageTermsView state="failed" terms={[]} onShow={vi.fn()} />);
    const status = screen.getByRole('status').textContent ?? '';
    expect(status).toContain('PT Lens could not start on this page.');
    expect(status).toMatch(/reload the page/i);
    expect(status).toMatch(/log and settings are not affected/);
  });

  it('says the site is paused and resumes it', () => {
    const onResume = vi.fn();
    render(
      <PageTermsView
        state="paused"
        terms={[]}
        onShow={vi.fn()}
        onResume={onResume}
        site="example.com"
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('PT Lens is paused on example.com.');
    fireEvent.click(screen.getByRole('button', { name: 'Resume PT Lens on example.com' }));
    expect(onResume).toHaveBeenCalledOnce();
  });

  it('points to Settings when it cannot resume the site itself', () => {
    render(<PageTermsView state="paused" terms={[]} onShow={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toMatch(/resume it in Settings/);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says so when the page has no glossary terms', () => {
    render(<PageTermsView state="ready" terms={[]} onShow={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toMatch(/no glossary terms/i);
  });

  it('lists the terms most frequent first, with counts, and shows the chosen one', () => {
    const onShow = vi.fn();
    const terms = [
      { entryId: 'nsaid', count: 2 },
      { entryId: 'doms', count: 5 },
      { entryId: 'no-such-entry', count: 9 },
      { entryId: 'fibromyalgia', count: 1 },
    ];
    render(<PageTermsView state="ready" terms={terms} onShow={onShow} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      `${term('doms')}5 times`,
      `${term('nsaid')}twice`,
      `${term('fibromyalgia')}once`,
    ]);
    expect(screen.getByRole('status').textContent).toContain('3 terms, 8 mentions');
    fireEvent.click(buttons[1] as HTMLElement);
    expect(onShow).toHaveBeenCalledWith('nsaid');
  });
});
