// The popup's first view: what PT Lens is, what it does, and where its words come from.
import { GUIDE_META } from '../guide/about';
import styles from './PopupHome.module.css';

export function PopupHome() {
  const { source } = GUIDE_META;
  return (
    <main class={styles.home}>
      <header class={styles.header}>
        <img src="/icon/48.png" width={32} height={32} alt="" />
        <h1>PT Lens</h1>
      </header>
      <p>
        PT Lens explains physical therapy and chronic pain terms on the pages you read. Words like
        DOMS, NSAID and fibromyalgia get a quiet dotted underline: point at one to see what it means
        in plain words.
      </p>
      <p class={styles.credit}>
        Our guide is written in our own words from “{source.title}” by {source.author} (
        {source.publisher}, {source.year}), with its known errors corrected.
      </p>
      <p class={styles.disclaimer}>{GUIDE_META.disclaimer}</p>
    </main>
  );
}
