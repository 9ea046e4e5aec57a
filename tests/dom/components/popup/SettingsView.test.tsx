// Settings: each choice shows the stored value and reports a change; paused sites can resume.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsView } from '../../../../components/popup/SettingsView';
import { DEFAULT_SETTINGS, type Settings } from '../../../../settings/model';

afterEach(cleanup);

const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;

function view(settings: Partial<Settings> = {}, currentSite?: string) {
  const onChange = vi.fn();
  render(
    <SettingsView
      settings={{ ...DEFAULT_SETTINGS, ...settings }}
      onChange={onChange}
      currentSite={currentSite}
    />,
  );
  return onChange;
}

describe('SettingsView', () => {
  it('shows the current settings', () => {
    view({ highlight: 'tint', occurrences: 'first', theme: 'dark', textSize: 'larger' });
    expect(radio('Background tint').checked).toBe(true);
    expect(radio('Underline').checked).toBe(false);
    expect(radio('First time only').checked).toBe(true);
    expect(radio('Dark').checked).toBe(true);
    expect(radio('Larger').checked).toBe(true);
  });

  it('reports each change as it is made', () => {
    const onChange = view();
    fireEvent.click(radio('Off'));
    fireEvent.click(radio('First time only'));
    fireEvent.click(radio('Light'));
    fireEvent.click(radio('Large'));
    expect(onChange.mock.calls.map((c) => c[0])).toEqual([
      { highlight: 'off' },
      { occurrences: 'first' },
      { theme: 'light' },
      { textSize: 'large' },
    ]);
  });

  it('groups each set of choices under its name', () => {
    view();
    for (const name of [
      'Mark terms on pages',
      'Which times to mark a term',
      'Theme',
      'Text size',
    ]) {
      expect(screen.getByRole('group', { name })).toBeTruthy();
    }
  });

  it('lists paused sites with a Resume button for each', () => {
    const onChange = view({ pausedSites: ['example.com', 'news.example.org'] });
    fireEvent.click(screen.getByRole('button', { name: 'Resume PT Lens on news.example.org' }));
    expect(onChange).toHaveBeenCalledWith({ pausedSites: ['example.com'] });
  });

  it('says when no site is paused', () => {
    view();
    expect(screen.getByText('No sites are paused.')).toBeTruthy();
  });

  it('pauses the current site', () => {
    const onChange = view({ pausedSites: ['a.org'] }, 'Example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Pause PT Lens on Example.com' }));
    expect(onChange).toHaveBeenCalledWith({ pausedSites: ['a.org', 'example.com'] });
  });

  it('offers no pause button for a site that is already paused, or with no site', () => {
    view({ pausedSites: ['example.com'] }, 'www.example.com');
    expect(screen.queryByRole('button', { name: /^Pause/ })).toBeNull();
    cleanup();
    view();
    expect(screen.queryByRole('button', { name: /^Pause/ })).toBeNull();
  });

  it('lists the keyboard shortcuts', () => {
    view();
    const text = document.body.textContent ?? '';
    expect(text).toContain('Alt+Shift+N: next term on the page');
    expect(text).toContain('Alt+Shift+P: previous term');
  });
});

describe('pause everywhere', () => {
  it('pauses PT Lens on every site and resumes it', () => {
    const onChange = vi.fn();
    const { rerender } = render(<SettingsView settings={DEFAULT_SETTINGS} onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Paused everywhere' }));
    expect(onChange).toHaveBeenLastCalledWith({ pausedEverywhere: true });
    rerender(
      <SettingsView
        settings={{ ...DEFAULT_SETTINGS, pausedEverywhere: true }}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'On' }));
    expect(onChange).toHaveBeenLastCalledWith({ pausedEverywhere: false });
  });
});
