// The row of view tabs: one tab stop, arrow keys, Home and End move between tabs.
import type { TargetedKeyboardEvent } from 'preact';
import { useRef } from 'preact/hooks';
import styles from './Tabs.module.css';

export interface TabItem<T extends string> {
  id: T;
  label: string;
}

export interface TabsProps<T extends string> {
  tabs: readonly TabItem<T>[];
  selected: T;
  onSelect(id: T): void;
  label: string;
}

export const tabDomId = (id: string): string => `tab-${id}`;
export const panelDomId = (id: string): string => `panel-${id}`;

export function Tabs<T extends string>({ tabs, selected, onSelect, label }: TabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>): void => {
    const at = tabs.findIndex((t) => t.id === selected);
    const step: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = step[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`#${tabDomId(next.id)}`)?.focus();
  };

  return (
    <div ref={list} role="tablist" aria-label={label} class={styles.tabs} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabDomId(tab.id)}
            aria-selected={isSelected}
            aria-controls={panelDomId(tab.id)}
            tabIndex={isSelected ? 0 : -1}
            class={styles.tab}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
