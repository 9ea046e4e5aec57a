// Study settings: pause recording, keep page titles and addresses, the toolbar badge, and
// clearing the terms met (after a confirmation).
import { useRef, useState } from 'preact/hooks';
import type { StudySettings } from '../../study/model';
import ui from '../popup/ui.module.css';
import styles from './Study.module.css';

export interface StudySettingsPanelProps {
  settings: StudySettings;
  onChange(change: Partial<StudySettings>): void;
  metCount: number;
  /** Clears the terms met; resolves false when that could not be saved. */
  onClear(): Promise<boolean>;
}

interface Switch {
  key: keyof StudySettings;
  label: string;
  hint: string;
}

const SWITCHES: readonly Switch[] = [
  {
    key: 'paused',
    label: 'Pause recording',
    hint: 'Terms you open are not added to “Terms I’ve met” while this is on.',
  },
  {
    key: 'recordPages',
    label: 'Keep page titles and addresses',
    hint: 'Off by default: what you read stays private. Kept only on this device.',
  },
  {
    key: 'badge',
    label: 'Show flashcards due today on the toolbar button',
    hint: 'A small number on the PT Lens button.',
  },
];

export function StudySettingsPanel({
  settings,
  onChange,
  metCount,
  onClear,
}: StudySettingsPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const clearRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  const ask = (): void => {
    setConfirming(true);
    setStatus('');
    setTimeout(() => cancelRef.current?.focus(), 0);
  };
  const cancel = (): void => {
    setConfirming(false);
    setTimeout(() => clearRef.current?.focus(), 0);
  };
  const clear = async (): Promise<void> => {
    const done = await onClear();
    setConfirming(false);
    if (done) setStatus('The terms met are cleared.');
    setTimeout(() => clearRef.current?.focus(), 0);
  };

  return (
    <section class={styles.section} aria-labelledby="study-settings-title" data-study="settings">
      <h3 id="study-settings-title" class={styles.heading}>
        Study settings
      </h3>
      {SWITCHES.map((s) => (
        <label key={s.key} class={styles.switch}>
          <input
            type="checkbox"
            role="switch"
            checked={settings[s.key]}
            aria-describedby={`study-switch-${s.key}`}
            onChange={(e) => onChange({ [s.key]: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span class={styles.switchText}>
            <span>{s.label}</span>
            <span id={`study-switch-${s.key}`} class={styles.switchHint}>
              {s.hint}
            </span>
          </span>
        </label>
      ))}
      {confirming ? (
        <div class={ui.warn} role="group" aria-labelledby="study-clear-question">
          <p id="study-clear-question">
            <strong>
              Clear all {metCount} {metCount === 1 ? 'term' : 'terms'} met? This cannot be undone.
            </strong>{' '}
            Your flashcard progress stays.
          </p>
          <div class={styles.row}>
            <button
              type="button"
              class={ui.primary}
              // onClear reports a failure itself (it resolves to false then).
              onClick={() => void clear()}
            >
              Yes, clear them
            </button>
            <button type="button" class={ui.button} ref={cancelRef} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div class={styles.row}>
          <button
            type="button"
            class={ui.button}
            ref={clearRef}
            disabled={metCount === 0}
            onClick={ask}
          >
            Clear the terms met
          </button>
        </div>
      )}
      <p role="status" class={status ? styles.hint : ui.srOnly}>
        {status}
      </p>
    </section>
  );
}
