// Body areas as big checkboxes: middle-of-the-body areas as chips, paired areas as Left / Right.
import { BODY_AREA_IDS, BODY_AREA_LABELS } from '../../log/model';
import type { BodyArea } from '../../log/model';
import styles from './EntryForm.module.css';
import log from './log.module.css';

interface Pair {
  name: string;
  left: BodyArea;
  right: BodyArea;
}

const SINGLES = BODY_AREA_IDS.filter((a) => !/-(left|right)$/.test(a));
const PAIRS: Pair[] = BODY_AREA_IDS.filter((a) => a.endsWith('-left')).map((left) => {
  const base = BODY_AREA_LABELS[left].replace(/^Left /, '');
  return {
    name: base.charAt(0).toUpperCase() + base.slice(1),
    left,
    right: left.replace(/-left$/, '-right') as BodyArea,
  };
});

export interface AreaPickerProps {
  name: string;
  value: readonly BodyArea[];
  onChange(areas: BodyArea[]): void;
  error?: string;
  errorId?: string;
}

export function AreaPicker({ name, value, onChange, error, errorId }: AreaPickerProps) {
  const toggle = (area: BodyArea, on: boolean): void =>
    onChange(on ? [...value.filter((a) => a !== area), area] : value.filter((a) => a !== area));
  const box = (area: BodyArea, text: string, cls: string | undefined) => (
    <label key={area} class={cls}>
      <input
        type="checkbox"
        name={name}
        value={area}
        checked={value.includes(area)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => toggle(area, e.currentTarget.checked)}
      />
      <span aria-hidden={text !== BODY_AREA_LABELS[area] ? 'true' : undefined}>{text}</span>
      {text !== BODY_AREA_LABELS[area] && <span class={log.srOnly}>{BODY_AREA_LABELS[area]}</span>}
    </label>
  );
  return (
    <fieldset
      class={error ? `${styles.group} ${styles.invalid}` : styles.group}
      aria-describedby={error ? errorId : undefined}
      data-field="areas"
    >
      <legend class={styles.legend}>Where? (choose one or more)</legend>
      <div class={styles.chips}>{SINGLES.map((a) => box(a, BODY_AREA_LABELS[a], styles.chip))}</div>
      <div class={styles.pairs}>
        {PAIRS.map((pair) => (
          <div key={pair.left} class={styles.pair}>
            <span class={styles.pairName} aria-hidden="true">
              {pair.name}
            </span>
            {box(pair.left, 'Left', styles.side)}
            {box(pair.right, 'Right', styles.side)}
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
