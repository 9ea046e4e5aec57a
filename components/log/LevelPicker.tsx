// Soreness 0 to 10 as big radio buttons, grouped under the numeric rating scale's anchor words.
import { NRS_ANCHORS, NRS_END_WORDS, nrsWords } from '../../log/model';
import styles from './EntryForm.module.css';
import log from './log.module.css';

export interface LevelPickerProps {
  name: string;
  value: number | null;
  onChange(level: number): void;
  error?: string;
  errorId?: string;
}

export function LevelPicker({ name, value, onChange, error, errorId }: LevelPickerProps) {
  const hintId = `${name}-hint`;
  return (
    <fieldset
      class={error ? `${styles.group} ${styles.invalid}` : styles.group}
      aria-describedby={[hintId, error ? errorId : undefined].filter(Boolean).join(' ')}
      data-field="level"
    >
      <legend class={styles.legend}>How sore are you?</legend>
      <p id={hintId} class={styles.hint}>
        0 is {NRS_END_WORDS[0].toLowerCase()}, 10 is the {NRS_END_WORDS[10].toLowerCase()}.
      </p>
      <div class={styles.bands}>
        {NRS_ANCHORS.map((band) => (
          <div key={band.band} class={styles.band}>
            <span class={styles.bandWord} aria-hidden="true">
              {band.label}
            </span>
            <div class={styles.bandLevels}>
              {Array.from({ length: band.max - band.min + 1 }, (_, i) => band.min + i).map(
                (level) => (
                  <label key={level} class={`${styles.level} ${styles[band.band]}`}>
                    <input
                      type="radio"
                      name={name}
                      value={String(level)}
                      checked={value === level}
                      aria-invalid={error ? true : undefined}
                      onChange={() => onChange(level)}
                    />
                    <span aria-hidden="true">{level}</span>
                    <span class={log.srOnly}>{nrsWords(level)}</span>
                  </label>
                ),
              )}
            </div>
          </div>
        ))}
      </div>
      {error && (
        <p id={errorId} class={log.fieldError}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
