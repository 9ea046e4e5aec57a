// The frame: a real tab list that arrow keys move through, one visible panel, the log slot.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppShell } from '../../../../components/popup/AppShell';
import type { TabId } from '../../../../components/popup/route';

const tabs = [
  { id: 'guide', label: 'Guide' },
  { id: 'glossary', label: 'Glossary' },
  { id: 'log', label: 'Log' },
] as const satisfies readonly { id: TabId; label: string }[];

afterEach(cleanup);

function shell(selected: TabId = 'guide', onSelect = vi.fn(), onOpenFullPage?: () => void) {
  return render(
    <AppShell
      surface="popup"
      tabs={tabs}
      selected={selected}
      onSelect={onSelect}
      onOpenFullPage={onOpenFullPage}
      panels={{ guide: <p>guide text</p>, glossary: <p>glossary text</p>, log: <p>log text</p> }}
    />,
  );
}

describe('AppShell', () => {
  it('names the product in the only h1', () => {
    shell();
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      'PT Lens',
    ]);
  });

  it('marks the chosen tab and shows only its panel', () => {
    shell('glossary');
    const tab = screen.getByRole('tab', { name: 'Glossary' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(tab.tabIndex).toBe(0);
    expect(screen.getByRole('tab', { name: 'Guide' }).tabIndex).toBe(-1);
    const panel = screen.getByRole('tabpanel');
    expect(panel.textContent).toBe('glossary text');
    expect(panel.getAttribute('aria-labelledby')).toBe(tab.id);
    expect(tab.getAttribute('aria-controls')).toBe(panel.id);
  });

  it('moves between tabs with the arrow keys, Home and End, wrapping round', () => {
    const onSelect = vi.fn();
    shell('guide', onSelect);
    const list = screen.getByRole('tablist');
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    fireEvent.keyDown(list, { key: 'ArrowLeft' });
    fireEvent.keyDown(list, { key: 'End' });
    fireEvent.keyDown(list, { key: 'Home' });
    fireEvent.keyDown(list, { key: 'x' });
    expect(onSelect.mock.calls.map((c) => c[0])).toEqual(['glossary', 'log', 'log', 'guide']);
  });

  it('selects a tab on click', () => {
    const onSelect = vi.fn();
    shell('guide', onSelect);
    fireEvent.click(screen.getByRole('tab', { name: 'Log' }));
    expect(onSelect).toHaveBeenCalledWith('log');
  });

  it('offers to open the views in a tab only when asked to', () => {
    const open = vi.fn();
    shell('guide', vi.fn(), open);
    fireEvent.click(screen.getByRole('button', { name: /open in a tab/i }));
    expect(open).toHaveBeenCalled();
    cleanup();
    shell();
    expect(screen.queryByRole('button', { name: /open in a tab/i })).toBeNull();
  });

  it('shows the log panel it is given on the Log tab', () => {
    shell('log');
    expect(screen.getByRole('tabpanel').textContent).toContain('log text');
  });
});
