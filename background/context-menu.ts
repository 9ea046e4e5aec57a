// The page's right-click menu: pause or resume PT Lens on this site, or everywhere.
import { browser } from 'wxt/browser';
import { isPaused, withSitePaused } from '../settings/model';
import { createPdfMenu, onPdfMenuClick } from './pdf-menu';
import { loadSettings, saveSettings, watchSettings } from '../store/settings-store';

const SITE = 'pt-lens-toggle-site';
const EVERYWHERE = 'pt-lens-toggle-everywhere';
const PAGES = ['http://*/*', 'https://*/*'];

async function build(): Promise<void> {
  const settings = await loadSettings();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: SITE,
    title: 'PT Lens: pause or resume on this site',
    contexts: ['page', 'selection'],
    documentUrlPatterns: PAGES,
  });
  browser.contextMenus.create({
    id: EVERYWHERE,
    title: settings.pausedEverywhere ? 'PT Lens: resume everywhere' : 'PT Lens: pause everywhere',
    contexts: ['page', 'selection'],
    documentUrlPatterns: PAGES,
  });
  createPdfMenu();
}

async function onClick(menuItemId: string | number, pageUrl: string | undefined): Promise<void> {
  const settings = await loadSettings();
  if (menuItemId === EVERYWHERE) {
    await saveSettings({ ...settings, pausedEverywhere: !settings.pausedEverywhere });
  } else if (menuItemId === SITE && pageUrl) {
    const host = new URL(pageUrl).hostname;
    const paused =
      settings.pausedSites.length > 0 && isPaused({ ...settings, pausedEverywhere: false }, host);
    await saveSettings(withSitePaused(settings, host, !paused));
  }
}

export function startContextMenu(): void {
  // Listeners cannot wait: a failure shows in the worker's console; the menu is built again at
  // the next start or settings change, and a failed toggle leaves the settings as they were.
  browser.runtime.onInstalled.addListener(() => void build());
  browser.runtime.onStartup.addListener(() => void build());
  watchSettings(() => void build());
  browser.contextMenus.onClicked.addListener((info) => {
    void onPdfMenuClick(info).then((ours) =>
      ours ? undefined : onClick(info.menuItemId, info.pageUrl),
    );
  });
}
