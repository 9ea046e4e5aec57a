// Study mode: the terms met while reading, flashcards scheduled by FSRS, a short quiz, export for
// Anki and the study settings. Data and changes come through `port`; nothing leaves the device.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { GLOSSARY } from '../../guide/glossary/index';
import type { GlossaryEntry } from '../../guide/types';
import { systemTimeZone } from '../../common/days';
import { ankiCsv, ankiFileName } from '../../study/anki-csv';
import { buildDeck, deckEntries } from '../../study/deck';
import type { DeckSource, DirectionChoice, StudyCard } from '../../study/deck';
import { metTerms } from '../../study/meetings';
import type { CardProgress } from '../../study/model';
import { makeQuiz } from '../../study/quiz';
import type { QuizQuestion } from '../../study/quiz';
import { dueToday, gradeCard, progressOf, withProgress } from '../../study/scheduler';
import type { Grade } from '../../study/scheduler';
import { deckCounts } from '../../study/session';
import { downloadFile } from '../log/download';
import type { TextFile } from '../../log/files';
import ui from '../popup/ui.module.css';
import { DeckPicker, deckLabel, sourceValue } from './DeckPicker';
import { FlashcardPlayer } from './FlashcardPlayer';
import { MetList } from './MetList';
import type { CategoryFilter } from './MetList';
import { QuizPlayer } from './QuizPlayer';
import { StudySettingsPanel } from './StudySettingsPanel';
import type { StudyPort } from '../../study/study-port';
import { useStudy } from './use-study';
import styles from './Study.module.css';

export interface StudyViewProps {
  port: StudyPort;
  glossary?: readonly GlossaryEntry[];
  /** Opens a glossary entry (the App's Glossary tab); links to entries are hidden without it. */
  onOpenEntry?: (entryId: string) => void;
  /** For tests: the clock, the time zone, the quiz's randomness and how files are saved. */
  now?: () => Date;
  timeZone?: string;
  random?: () => number;
  saveFile?: (file: TextFile) => void;
}

type Mode =
  | { kind: 'home' }
  | { kind: 'cards'; label: string; deck: StudyCard[] }
  | { kind: 'quiz'; label: string; source: DeckSource; questions: QuizQuestion[]; round: number };

const systemNow = (): Date => new Date();
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function StudyView(props: StudyViewProps) {
  const {
    port,
    glossary = GLOSSARY,
    onOpenEntry,
    now = systemNow,
    random = Math.random,
    saveFile = downloadFile,
  } = props;
  const timeZone = useMemo(() => props.timeZone ?? systemTimeZone(), [props.timeZone]);
  const state = useStudy(port);
  const { meetings, cards } = state.snapshot;
  const [mode, setMode] = useState<Mode>({ kind: 'home' });
  const [chosen, setChosen] = useState<DeckSource | null>(null);
  const [direction, setDirection] = useState<DirectionChoice>('forward');
  const titleRef = useRef<HTMLHeadingElement>(null);
  const wasAway = useRef(false);

  const byId = useMemo(() => new Map(glossary.map((e) => [e.id, e])), [glossary]);
  const met = useMemo(() => metTerms({ meetings, glossary }), [meetings, glossary]);
  // Until the user picks, the deck is the terms met, or the whole glossary before any are.
  const source: DeckSource =
    chosen && !(chosen.kind === 'met' && met.length === 0)
      ? chosen
      : met.length > 0
        ? { kind: 'met' }
        : { kind: 'all' };
  const deckOf = (s: DeckSource): StudyCard[] =>
    buildDeck({ source: s, glossary, meetings, direction });
  const deck = useMemo(() => deckOf(source), [sourceValue(source), meetings, glossary, direction]);
  const counts = deckCounts({ deck, cards, now: now() });

  useEffect(() => {
    if (mode.kind !== 'home') wasAway.current = true;
    else if (wasAway.current) titleRef.current?.focus();
  }, [mode]);

  const grade = async (card: StudyCard, g: Grade): Promise<CardProgress | null> => {
    let progress: CardProgress | undefined;
    const saved = await state.changeCards((list) => {
      progress = gradeCard({ card, progress: progressOf(list, card), grade: g, now: now() });
      return withProgress(list, progress);
    }, 'Your grade');
    return saved && progress ? progress : null;
  };

  const exportDeck = (s: DeckSource, what: Parameters<typeof ankiFileName>[0]): void =>
    saveFile({
      name: ankiFileName(what, now()),
      type: 'text/csv;charset=utf-8',
      text: ankiCsv(deckOf(s)),
    });

  const quiz = (s: DeckSource, round: number): void =>
    setMode({
      kind: 'quiz',
      label: deckLabel(s),
      source: s,
      round,
      questions: makeQuiz({
        pool: deckEntries({ source: s, glossary, meetings }),
        glossary,
        random,
      }),
    });

  const metSource = (category: CategoryFilter): DeckSource =>
    category === 'all' ? { kind: 'met' } : { kind: 'met', category };

  const saveAside = (): void =>
    saveFile({
      name: `pt-lens-study-set-aside-${now().toISOString().slice(0, 10)}.json`,
      type: 'application/json',
      text: `${JSON.stringify({ setAside: state.snapshot.setAside }, null, 2)}\n`,
    });

  const home = (): void => setMode({ kind: 'home' });
  const due = dueToday({ cards, now: now(), timeZone });
  return (
    <section aria-labelledby="study-title" data-study-view="">
      <h2 id="study-title" class={ui.title} ref={titleRef} tabIndex={-1}>
        Study
      </h2>
      {state.saveError && (
        <p class={styles.error} role="alert">
          {state.saveError}
        </p>
      )}
      {mode.kind === 'cards' && (
        <FlashcardPlayer
          label={mode.label}
          deck={mode.deck}
          cards={cards}
          now={now}
          onGrade={grade}
          onBack={home}
        />
      )}
      {mode.kind === 'quiz' && (
        <QuizPlayer
          key={mode.round}
          label={mode.label}
          questions={mode.questions}
          lookup={(id) => byId.get(id)}
          onOpenEntry={onOpenEntry}
          onAgain={() => quiz(mode.source, mode.round + 1)}
          onBack={home}
        />
      )}
      {mode.kind === 'home' && state.status === 'ready' && (
        <p class={styles.summary} data-study="summary">
          {plural(due, 'flashcard', 'flashcards')} due today. {plural(met.length, 'term', 'terms')}{' '}
          met.
        </p>
      )}
      {mode.kind === 'home' && state.snapshot.notice && (
        <div class={ui.warn} role="status" data-study="set-aside">
          <p>{state.snapshot.notice}</p>
          <button type="button" class={ui.button} onClick={saveAside}>
            Download what was set aside
          </button>
        </div>
      )}
      {state.status === 'failed' && (
        <p class={styles.error} role="alert">
          {state.loadError}
        </p>
      )}
      {state.status === 'loading' && <p role="status">Opening your study data…</p>}
      {mode.kind === 'home' && state.status === 'ready' && state.settings && (
        <>
          <MetList
            terms={met}
            now={now()}
            timeZone={timeZone}
            paused={state.settings.paused}
            onOpenEntry={onOpenEntry}
            onStudy={(category) => {
              const s = metSource(category);
              setChosen(s);
              setMode({ kind: 'cards', label: deckLabel(s), deck: deckOf(s) });
            }}
            onExport={(category) => exportDeck(metSource(category), 'met')}
          />
          <DeckPicker
            source={source}
            direction={direction}
            counts={counts}
            metCount={met.length}
            onSource={setChosen}
            onDirection={setDirection}
            onFlashcards={() => setMode({ kind: 'cards', label: deckLabel(source), deck })}
            onQuiz={() => quiz(source, 0)}
            onExport={() =>
              exportDeck(source, source.kind === 'category' ? source.category : source.kind)
            }
          />
          <StudySettingsPanel
            settings={state.settings}
            metCount={met.length}
            // changeSettings reports a save that failed and resolves to false.
            onChange={(change) => void state.changeSettings(change)}
            onClear={state.clearMeetings}
          />
        </>
      )}
    </section>
  );
}
