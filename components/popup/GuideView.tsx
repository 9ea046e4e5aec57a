// The whole guide: where it comes from, a table of contents, its sections and its corrections.
import type { TargetedMouseEvent } from 'preact';
import { useEffect } from 'preact/hooks';
import { GUIDE_META } from '../../guide/about';
import { GUIDE_SECTIONS } from '../../guide/sections';
import type { GuideSection, SectionId } from '../../guide/types';
import { GuideAbout, GuideCorrections, CORRECTIONS_ID } from './GuideAbout';
import { LinkedText } from './LinkedText';
import { useGuideLinks } from './guide-links';
import type { Segment } from './link-segments';
import styles from './GuideView.module.css';
import ui from './ui.module.css';

export interface GuideTarget {
  sectionId: SectionId;
  /** Changes on every request, so asking for the same section twice scrolls again. */
  seq: number;
}

export interface GuideViewProps {
  onOpenEntry(entryId: string): void;
  /** A section to scroll to and focus, e.g. from a deep link. */
  target?: GuideTarget | null;
  sections?: readonly GuideSection[];
}

export const sectionDomId = (id: string): string => `section-${id}`;
const HINT_ID = 'guide-term-hint';

function scrollToHeading(domId: string): void {
  const heading = document.getElementById(domId)?.querySelector<HTMLElement>('h3');
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

export function GuideView({ onOpenEntry, target, sections = GUIDE_SECTIONS }: GuideViewProps) {
  const links = useGuideLinks(sections);

  useEffect(() => {
    if (target) scrollToHeading(sectionDomId(target.sectionId));
  }, [target]);

  const jump = (event: TargetedMouseEvent<HTMLAnchorElement>, domId: string): void => {
    event.preventDefault();
    scrollToHeading(domId);
  };

  const text = (value: string, segments: Segment[] | undefined) => (
    <LinkedText text={value} segments={segments} onOpenEntry={onOpenEntry} describedBy={HINT_ID} />
  );

  return (
    <article class={styles.guide}>
      <h2 class={ui.title}>{GUIDE_META.title}</h2>
      <GuideAbout />
      <nav class={styles.toc} aria-labelledby="guide-contents">
        <h3 id="guide-contents" class={styles.tocTitle}>
          Contents
        </h3>
        <ol>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#section/${s.id}`} onClick={(e) => jump(e, sectionDomId(s.id))}>
                {s.title}
              </a>
            </li>
          ))}
          <li>
            <a href="#corrections" onClick={(e) => jump(e, CORRECTIONS_ID)}>
              Corrections to the source article
            </a>
          </li>
        </ol>
      </nav>
      <p id={HINT_ID} class={ui.muted}>
        Underlined words are in the glossary: choose one to read its entry.
      </p>
      {sections.map((section) => {
        const blocks = links?.get(section.id);
        return (
          <section key={section.id} id={sectionDomId(section.id)} class={styles.section}>
            <h3 tabIndex={-1}>{section.title}</h3>
            {section.blocks.map((block, b) =>
              block.kind === 'p' ? (
                <p key={b}>{text(block.text, blocks?.[b]?.[0])}</p>
              ) : (
                <ul key={b}>
                  {block.items.map((item, i) => (
                    <li key={i}>{text(item, blocks?.[b]?.[i])}</li>
                  ))}
                </ul>
              ),
            )}
          </section>
        );
      })}
      <GuideCorrections />
    </article>
  );
}
