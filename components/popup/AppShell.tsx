// The frame around every view: the name, the tab row and one scrolling panel per tab.
import type { ComponentChildren } from 'preact';
import { Tabs, panelDomId, tabDomId, type TabItem } from './Tabs';
import type { TabId } from './route';
import styles from './AppShell.module.css';
import ui from './ui.module.css';

export type Surface = 'popup' | 'page';

export interface AppShellProps {
  surface: Surface;
  tabs: readonly TabItem<TabId>[];
  selected: TabId;
  onSelect(tab: TabId): void;
  /** In the popup: opens the same views in a browser tab, for reading at length. */
  onOpenFullPage?: () => void;
  /** More controls in the header (the full page's "Open a file"). */
  actions?: ComponentChildren;
  panels: Partial<Record<TabId, ComponentChildren>>;
}

export function AppShell({
  surface,
  tabs,
  selected,
  onSelect,
  onOpenFullPage,
  actions,
  panels,
}: AppShellProps) {
  return (
    <div class={surface === 'page' ? `${styles.shell} ${styles.page}` : styles.shell}>
      <header class={styles.header}>
        <div class={styles.brand}>
          <img src="/icon/48.png" width={28} height={28} alt="" />
          <h1 class={styles.name}>PT Lens</h1>
        </div>
        {actions}
        {onOpenFullPage && (
          <button type="button" class={`${ui.button} ${styles.open}`} onClick={onOpenFullPage}>
            Open in a tab<span class={ui.srOnly}> (full page)</span>
          </button>
        )}
      </header>
      <nav class={styles.nav} aria-label="PT Lens views">
        <Tabs tabs={tabs} selected={selected} onSelect={onSelect} label="Views" />
      </nav>
      <main class={styles.main}>
        {tabs.map((tab) => (
          <div
            key={tab.id}
            role="tabpanel"
            id={panelDomId(tab.id)}
            aria-labelledby={tabDomId(tab.id)}
            tabIndex={0}
            hidden={tab.id !== selected}
            class={styles.panel}
          >
            <div class={styles.content}>{panels[tab.id]}</div>
          </div>
        ))}
      </main>
    </div>
  );
}
