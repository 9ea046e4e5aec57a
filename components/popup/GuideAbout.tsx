// Where the guide comes from, when it was checked, what it is not, and what it corrects.
import { GUIDE_META } from '../../guide/about';
import { formatDate } from '../../guide/help-words';
import styles from './GuideView.module.css';
import ui from './ui.module.css';

export const CORRECTIONS_ID = 'guide-corrections';

export function GuideAbout() {
  const { source, reviewedOn, disclaimer } = GUIDE_META;
  return (
    <>
      <p class={styles.lead}>
        PT Lens explains physical therapy and chronic pain terms on the pages you read. Its
        explanations come from this guide.
      </p>
      <p class={styles.credit}>
        Written in our own words from “{source.title}” by {source.author} ({source.publisher},{' '}
        {source.year}), with its errors corrected.{' '}
        <span class={styles.reviewed}>
          Last reviewed on <time dateTime={reviewedOn}>{formatDate(reviewedOn)}</time>.
        </span>
      </p>
      <p class={ui.warn} role="note">
        <strong>Important:</strong> {disclaimer}
      </p>
      <h3>How entries are checked</h3>
      {GUIDE_META.checking.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </>
  );
}

export function GuideCorrections() {
  return (
    <section id={CORRECTIONS_ID} class={styles.section}>
      <h3 tabIndex={-1}>Corrections to the source article</h3>
      <p>The source article gets two facts wrong. This guide fixes them:</p>
      {GUIDE_META.corrections.map((c) => (
        <div key={c.claim} class={ui.note}>
          <p class={styles.claim}>
            <strong>The source says:</strong> {c.claim}
          </p>
          <p>
            <strong>More accurate:</strong> {c.correction}
          </p>
          <p class={styles.sources}>Sources: {c.source}</p>
        </div>
      ))}
    </section>
  );
}
