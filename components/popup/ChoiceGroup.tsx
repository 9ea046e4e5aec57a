// A labelled set of radio buttons, drawn as big tappable options.
import styles from './SettingsView.module.css';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface ChoiceGroupProps<T extends string> {
  name: string;
  legend: string;
  hint?: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange(value: T): void;
}

export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const { name, legend, hint, choices, value, onChange } = props;
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class={styles.group} aria-describedby={hintId}>
      <legend class={styles.legend}>{legend}</legend>
      {hint && (
        <p id={hintId} class={styles.hint}>
          {hint}
        </p>
      )}
      <div class={styles.choices}>
        {choices.map((c) => (
          <label key={c.value} class={styles.choice}>
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={c.value === value}
              onChange={() => onChange(c.value)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
