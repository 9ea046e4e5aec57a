// The popup and the full page (entrypoints/popup/, entrypoints/app/): wires storage, the active
// tab and the URL into the views.
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AppShell, type Surface } from '../popup/AppShell';
import { GlossaryView } from '../popup/GlossaryView';
import { GuideView } from '../popup/GuideView';
import { LogView } from '../log/LogView';
import { StudyView } from '../study/StudyView';
import { PageTermsView } from '../popup/PageTermsView';
import { SettingsView } from '../popup/SettingsView';
import { hashFor, type TabId } from '../popup/route';
import { withSitePaused } from '../../settings/model';
import type { TabItem } from '../popup/Tabs';
import { OpenFileButton } from '../viewer/OpenFileButton';
import { ReadPdfOffer } from '../viewer/ReadPdfOffer';
import { looksLikePdf } from '../../pdf/viewer-source';
import { openFileInViewer, readInViewer } from './open-in-viewer';
import { showTerm, usePageTerms } from './use-page-terms';
import { useRoute } from './use-route';
import { applyLook, useSettings } from './use-settings';
import { logPort } from '../../store/log-store';
import { studyPort } from '../../store/study-store';
import ui from '../popup/ui.module.css';

const ALL_TABS: readonly TabItem<TabId>[] = [
  { id: 'guide', label: 'Guide' },
  { id: 'glossary', label: 'Glossary' },
  { id: 'page', label: 'On this page' },
  { id: 'log', label: 'Log' },
  { id: 'study', label: 'Study' },
  { id: 'settings', label: 'Settings' },
];
// The full page is itself the active tab, so it has no "On this page".
const PAGE_TABS = ALL_TABS.filter((t) => t.id !== 'page');

/** How long to wait for the page to take a "show term" request before the popup closes. */
const SHOW_TIMEOUT_MS = 600;

export interface AppProps {
  surface: Surface;
  /** Closes the popup; a prop so tests can watch it. */
  close?: () => void;
}

export function App({ surface, close = () => window.close() }: AppProps) {
  const tabs = surface === 'popup' ? ALL_TABS : PAGE_TABS;
  const route = useRoute(
    tabs.map((t) => t.id),
    surface === 'page',
  );
  const { settings, error, change } = useSettings();
  const page = usePageTerms(surface === 'popup');

  useEffect(() => applyLook(document.documentElement, settings), [settings]);

  const select = (tab: TabId): void => {
    route.navigate({ tab });
    if (tab === 'page') page.refresh();
  };

  const show = async (entryId: string): Promise<void> => {
    if (page.tabId === undefined) return;
    // The popup closes either way: a page that cannot show the term has nothing to add.
    const sent = showTerm(page.tabId, entryId).catch(() => undefined);
    await Promise.race([sent, new Promise((r) => setTimeout(r, SHOW_TIMEOUT_MS))]);
    close();
  };

  const resume = (): void => {
    const site = page.site;
    if (!settings || !site) return;
    change({ pausedSites: withSitePaused(settings, site, false).pausedSites });
    // The content script hears of the change through storage; ask again once it has.
    setTimeout(page.refresh, 300);
  };

  const openFullPage = async (): Promise<void> => {
    await browser.tabs.create({
      url: browser.runtime.getURL(`/app.html${hashFor({ tab: route.tab })}`),
    });
    close();
  };

  return (
    <AppShell
      surface={surface}
      tabs={tabs}
      selected={route.tab}
      onSelect={select}
      // Opening a tab fails only if the browser refuses; the popup then simply stays open.
      onOpenFullPage={surface === 'popup' ? () => void openFullPage() : undefined}
      actions={
        surface === 'page' ? <OpenFileButton onFile={(f) => void openFileInViewer(f)} /> : null
      }
      panels={{
        guide: (
          <>
            {route.unknown !== undefined && (
              <p class={ui.warn} role="status">
                PT Lens has no page at “{route.unknown.slice(0, 80)}”, so here is the guide. The
                tabs above lead to every view.
              </p>
            )}
            <GuideView
              target={route.guideTarget}
              onOpenEntry={(entryId) => route.navigate({ tab: 'glossary', entryId })}
            />
          </>
        ),
        glossary: (
          <GlossaryView
            target={route.glossaryTarget}
            onOpenSection={(sectionId) => route.navigate({ tab: 'guide', sectionId })}
          />
        ),
        page: (
          <>
            {page.url && looksLikePdf(page.url) && (
              <ReadPdfOffer onRead={() => void readInViewer(page.url ?? '').then(close)} />
            )}
            <PageTermsView
              state={page.state}
              terms={page.terms}
              site={page.site}
              // show never rejects: a page that does not answer is waited for briefly, then closed.
              onShow={(id) => void show(id)}
              // Offered once the settings are read: a resume before then would have nothing to change.
              onResume={page.site && settings ? resume : undefined}
            />
          </>
        ),
        log: <LogView port={logPort} initialAfter={route.logAfter} />,
        study: (
          <StudyView
            port={studyPort}
            onOpenEntry={(entryId) => route.navigate({ tab: 'glossary', entryId })}
          />
        ),
        settings: settings ? (
          <>
            <SettingsView settings={settings} onChange={change} currentSite={page.site} />
            {error && <p role="alert">{error}</p>}
          </>
        ) : (
          <p role="status">Loading your settings…</p>
        ),
      }}
    />
  );
}
