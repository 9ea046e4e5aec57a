// One soreness entry, new or edited: soreness, areas and Save are all the common case needs;
// the time (now unless changed), what it followed and a note are there when wanted.
import { useRef, useState } from 'preact/hooks';
import { AFTER_KINDS, AFTER_KIND_LABELS, NOTE_MAX } from '../../log/model';
import type { AfterKind, AfterWhat, BodyArea, EntryDraft } from '../../log/model';
import { checkDraft } from '../../log/schema';
import type { FieldProblem } from '../../log/schema';
import { AreaPicker } from './AreaPicker';
import { LevelPicker } from './LevelPicker';
import { fromFieldValue, isoInZone, toFieldValue } from '../../log/time';
import type { TreatmentChoice } from '../../log/treatments';
import styles from './EntryForm.module.css';
import log from './log.module.css';

export interface EntryFormProps {
  /** Keeps ids apart when several forms are on the page. */
  idPrefix: string;
  /** The entry being edited; a new entry starts empty. */
  initial?: EntryDraft;
  /** What a new entry follows, from a "Log soreness" link. */
  initialAfter?: AfterWhat;
  treatments: readonly TreatmentChoice[];
  now: () => Date;
  timeZone: string;
  submitLabel: string;
  /** Resolves true once saved; the form then starts afresh (or closes, when editing). */
  onSubmit(draft: EntryDraft): Promise<boolean>;
  onCancel?: () => void;
}

type Field = FieldProblem['field'];

/** Friendlier words for the two things a quick entry most often misses. */
const MISSING: Partial<Record<Field, string>> = {
  level: 'Choose how sore you are, from 0 to 10.',
  areas: 'Choose at least one body area.',
  at: 'Enter the date and time, or choose "Use now".',
};

export function EntryForm(props: EntryFormProps) {
  const { idPrefix: p, initial, treatments, now, timeZone } = props;
  const startAfter = initial?.after ?? props.initialAfter;
  const [level, setLevel] = useState<number | null>(initial?.level ?? null);
  const [areas, setAreas] = useState<BodyArea[]>(initial?.areas ?? []);
  const [time, setTime] = useState<string | null>(
    initial ? toFieldValue(initial.at, timeZone) : null,
  );
  const [kind, setKind] = useState<AfterKind | ''>(startAfter?.kind ?? '');
  const [treatmentId, setTreatmentId] = useState(startAfter?.treatmentId ?? '');
  const [label, setLabel] = useState(startAfter?.label ?? '');
  const [note, setNote] = useState(initial?.note ?? '');
  const [noteOpen, setNoteOpen] = useState(Boolean(initial?.note));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const problem = (field: Field): string | undefined =>
    problems.find((x) => x.field === field)?.message;
  const errId = (field: Field): string => `${p}-${field}-error`;

  const reset = (): void => {
    setLevel(null);
    setAreas([]);
    setTime(null);
    setKind('');
    setTreatmentId('');
    setLabel('');
    setNote('');
    setNoteOpen(false);
  };

  const collect = (): { draft?: EntryDraft; problems: FieldProblem[] } => {
    const found: FieldProblem[] = [];
    const instant = time === null ? now() : fromFieldValue(time, timeZone);
    if (!instant) found.push({ field: 'at', message: MISSING.at as string });
    else if (instant.getTime() > now().getTime() + 60_000) {
      found.push({
        field: 'at',
        message: 'The time is later than now. Choose a time that has passed.',
      });
    }
    if (level === null) found.push({ field: 'level', message: MISSING.level as string });
    if (areas.length === 0) found.push({ field: 'areas', message: MISSING.areas as string });
    const after: AfterWhat | undefined = kind
      ? { kind, treatmentId: treatmentId || undefined, label: label || undefined }
      : undefined;
    // An edit that leaves the time alone keeps it exactly as stored (seconds and offset too).
    const unchanged = initial && time === toFieldValue(initial.at, timeZone);
    const checked = checkDraft({
      at: unchanged ? initial.at : instant ? isoInZone(instant, timeZone) : undefined,
      level: level ?? undefined,
      areas,
      after,
      note,
    });
    if (!checked.ok) {
      for (const x of checked.problems) {
        if (!found.some((f) => f.field === x.field)) found.push(x);
      }
    }
    return found.length === 0 && checked.ok
      ? { draft: checked.draft, problems: [] }
      : { problems: found };
  };

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    const { draft, problems: found } = collect();
    setProblems(found);
    if (!draft) {
      // Move to the first field that needs attention, so keyboard and screen reader users land on it.
      const first = found[0]?.field;
      const target = formRef.current?.querySelector<HTMLElement>(
        `[data-field="${first}"] input, [data-field="${first}"] textarea, [data-field="${first}"] button`,
      );
      target?.focus();
      return;
    }
    setBusy(true);
    const saved = await props.onSubmit(draft);
    setBusy(false);
    if (saved && !initial) reset();
  };

  const choices = treatments.filter((t) =>
    kind === 'home-exercise' ? t.category === 'exercise' : t.category === 'treatment',
  );

  return (
    // submit shows the form's problems, and the log view reports a save that failed.
    <form ref={formRef} class={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      {problems.length > 0 && (
        <div class={log.error} role="alert">
          <p>
            <strong>
              Please check {problems.length === 1 ? 'one thing' : `${problems.length} things`}:
            </strong>
          </p>
          <ul>
            {problems.map((x) => (
              <li key={x.field}>
                {MISSING[x.field] === x.message ? x.message : capital(x.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <LevelPicker
        name={`${p}-level`}
        value={level}
        onChange={setLevel}
        error={problem('level')}
        errorId={errId('level')}
      />
      <AreaPicker
        name={`${p}-areas`}
        value={areas}
        onChange={setAreas}
        error={problem('areas')}
        errorId={errId('areas')}
      />

      <fieldset class={styles.group} data-field="after">
        <legend class={styles.legend}>After what? (optional)</legend>
        <div class={styles.chips}>
          {(['', ...AFTER_KINDS] as const).map((k) => (
            <label key={k || 'nothing'} class={styles.chip}>
              <input
                type="radio"
                name={`${p}-after`}
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              <span>{k ? AFTER_KIND_LABELS[k] : 'Nothing in particular'}</span>
            </label>
          ))}
        </div>
        {(kind === 'treatment' || kind === 'home-exercise') && (
          <>
            <label class={log.label} for={`${p}-treatment`}>
              {kind === 'treatment' ? 'Which treatment?' : 'Which exercise? (optional)'}
            </label>
            <select
              id={`${p}-treatment`}
              class={log.input}
              value={treatmentId}
              onChange={(e) => setTreatmentId(e.currentTarget.value)}
            >
              <option value="">
                {kind === 'treatment' ? 'Choose one (optional)' : 'Not in the list'}
              </option>
              {choices.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </>
        )}
        {kind && (
          <>
            <label class={log.label} for={`${p}-label`}>
              {kind === 'other' ? 'What was it? (optional)' : 'Your own name for it (optional)'}
            </label>
            <input
              id={`${p}-label`}
              class={log.input}
              type="text"
              maxLength={100}
              value={label}
              onInput={(e) => setLabel(e.currentTarget.value)}
            />
          </>
        )}
        {problem('after') && <p class={log.fieldError}>{capital(problem('after') as string)}</p>}
      </fieldset>

      <div
        class={problem('at') ? `${styles.timeRow} ${styles.invalid}` : styles.timeRow}
        data-field="at"
      >
        {time === null ? (
          <>
            <span>
              <strong>Time:</strong> now
            </span>
            <button
              type="button"
              class={log.quiet}
              onClick={() => setTime(toFieldValue(now(), timeZone))}
            >
              Change time
            </button>
          </>
        ) : (
          <>
            <label for={`${p}-time`}>
              <strong>Time</strong>
            </label>
            <input
              id={`${p}-time`}
              class={log.input}
              type="datetime-local"
              value={time}
              aria-invalid={problem('at') ? true : undefined}
              aria-describedby={problem('at') ? errId('at') : undefined}
              onInput={(e) => setTime(e.currentTarget.value)}
            />
            {!initial && (
              <button type="button" class={log.quiet} onClick={() => setTime(null)}>
                Use now
              </button>
            )}
          </>
        )}
        {problem('at') && (
          <p id={errId('at')} class={log.fieldError}>
            {capital(problem('at') as string)}
          </p>
        )}
      </div>

      <div data-field="note">
        {noteOpen ? (
          <>
            <label class={log.label} for={`${p}-note`}>
              Note (optional, up to {NOTE_MAX} characters)
            </label>
            <textarea
              id={`${p}-note`}
              class={`${log.input} ${styles.textarea}`}
              maxLength={NOTE_MAX}
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </>
        ) : (
          <button type="button" class={log.quiet} onClick={() => setNoteOpen(true)}>
            Add a note
          </button>
        )}
        {problem('note') && <p class={log.fieldError}>{capital(problem('note') as string)}</p>}
      </div>

      <div class={styles.actions}>
        <button type="submit" class={`${log.primary} ${styles.save}`} disabled={busy}>
          {props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" class={log.button} onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

const capital = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
