// Settings: how terms are marked, paused sites, theme and text size. Every change applies at once.
import { Fragment } from 'preact';
import type { HighlightStyle, Occurrences, Settings, TextSize, Theme } from '../../settings/model';
import { isPaused } from '../../settings/model';
import { ChoiceGroup } from './ChoiceGroup';
import styles from './SettingsView.module.css';
import ui from './ui.module.css';

export interface SettingsViewProps {
  settings: Settings;
  onChange(change: Partial<Settings>): void;
  /** The active tab's site, e.g. "example.com", when PT Lens can run there. */
  currentSite?: string | null;
}

export const SHORTCUTS = [
  { keys: ['Alt', 'Shift', 'N'], action: 'next term on the page' },
  { keys: ['Alt', 'Shift', 'P'], action: 'previous term' },
] as const;

export function SettingsView({ settings, onChange, currentSite }: SettingsViewProps) {
  const resume = (site: string): void =>
    onChange({ pausedSites: settings.pausedSites.filter((s) => s !== site) });
  const pause = (site: string): void =>
    onChange({ pausedSites: [...settings.pausedSites, site.toLowerCase()] });
  const currentPaused = currentSite ? isPaused(settings, currentSite) : false;

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title" class={ui.title}>
        Settings
      </h2>
      <p class={ui.muted}>Changes are saved as soon as you make them.</p>

      <ChoiceGroup<HighlightStyle>
        name="highlight"
        legend="Mark terms on pages"
        choices={[
          { value: 'underline', label: 'Underline' },
          { value: 'tint', label: 'Background tint' },
          { value: 'off', label: 'Off' },
        ]}
        value={settings.highlight}
        onChange={(highlight) => onChange({ highlight })}
      />
      <ChoiceGroup<Occurrences>
        name="occurrences"
        legend="Which times to mark a term"
        choices={[
          { value: 'all', label: 'Every time' },
          { value: 'first', label: 'First time only' },
        ]}
        value={settings.occurrences}
        onChange={(occurrences) => onChange({ occurrences })}
      />

      <ChoiceGroup<'on' | 'paused'>
        name="everywhere"
        legend="PT Lens on every site"
        choices={[
          { value: 'on', label: 'On' },
          { value: 'paused', label: 'Paused everywhere' },
        ]}
        value={settings.pausedEverywhere ? 'paused' : 'on'}
        onChange={(value) => onChange({ pausedEverywhere: value === 'paused' })}
      />

      <div class={styles.group} role="group" aria-labelledby="paused-title">
        <h3 id="paused-title" class={styles.legend}>
          Paused sites
        </h3>
        <p class={styles.hint}>PT Lens does not mark or explain terms on these sites.</p>
        {currentSite && !currentPaused && (
          <button type="button" class={ui.button} onClick={() => pause(currentSite)}>
            Pause PT Lens on {currentSite}
          </button>
        )}
        {settings.pausedSites.length === 0 ? (
          <p>No sites are paused.</p>
        ) : (
          <ul class={styles.sites}>
            {settings.pausedSites.map((site) => (
              <li key={site}>
                <span class={styles.site}>{site}</span>
                <button
                  type="button"
                  class={ui.button}
                  aria-label={`Resume PT Lens on ${site}`}
                  onClick={() => resume(site)}
                >
                  Resume
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <ChoiceGroup<Theme>
        name="theme"
        legend="Theme"
        choices={[
          { value: 'system', label: 'Same as system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        value={settings.theme}
        onChange={(theme) => onChange({ theme })}
      />
      <ChoiceGroup<TextSize>
        name="text-size"
        legend="Text size"
        choices={[
          { value: 'normal', label: 'Normal' },
          { value: 'large', label: 'Large' },
          { value: 'larger', label: 'Larger' },
        ]}
        value={settings.textSize}
        onChange={(textSize) => onChange({ textSize })}
      />

      <div class={styles.group}>
        <h3 class={styles.legend}>Keyboard shortcuts</h3>
        <ul class={styles.shortcuts}>
          {SHORTCUTS.map(({ keys, action }) => (
            <li key={action}>
              <span class={styles.keys}>
                {keys.map((k, i) => (
                  <Fragment key={k}>
                    {i > 0 && '+'}
                    <kbd>{k}</kbd>
                  </Fragment>
                ))}
              </span>
              : {action}
            </li>
          ))}
        </ul>
        <p class={styles.hint}>
          You can change them in your browser’s settings for extension shortcuts.
        </p>
      </div>
    </section>
  );
}
