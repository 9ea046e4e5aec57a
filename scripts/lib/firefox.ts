// Starts Firefox ESR over WebDriver BiDi with the extension installed, for the end-to-end tests.
import { access, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** What ships: `wxt build -b firefox`. */
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
/**
 * The test-only build, `NODE_ENV=production wxt build -b firefox --mode e2e`: the same extension
 * (NODE_ENV keeps Preact's dev runtime out), except that WXT's own logger is on and its
 * background opens popup.html in a tab (Firefox will not let a BiDi-driven tab navigate to
 * moz-extension:// pages). See background/e2e-open-popup.ts.
 */
export const FIREFOX_E2E_BUILD = join(ROOT, '.output/firefox-mv2-e2e');
/** The gecko id the Firefox manifest sets (wxt.config.ts): the same on every install. */
export const ADDON_ID = 'pt-lens@pt-lens.example';

/**
 * - `temporary`: as about:debugging does; Firefox removes the add-on when it closes. (Installed
 *   again into the same profile, it gets back the same moz-extension id and its storage.)
 * - `permanent`: installed into the profile, so it is still there after a restart, as a user's
 *   install is. The build is unsigned: Firefox ESR accepts that with
 *   `xpinstall.signatures.required` off, which this launcher sets (release Firefox would not).
 * - `none`: install nothing; use the add-on the profile already has.
 */
export type InstallKind = 'temporary' | 'permanent' | 'none';

export interface FirefoxLaunchOptions {
  headless?: boolean;
  /** Reuse a profile (to test what survives a restart). */
  profileDir?: string;
  extensionDir?: string;
  install?: InstallKind;
}

export interface FirefoxWithExtension {
  browser: Browser;
  profileDir: string;
  /** The tab showing `path` of the extension, once loaded (the e2e build opens popup.html). */
  extensionPage(path?: string, timeout?: number): Promise<Page>;
  /**
   * Opens another of the extension's pages (e.g. "/report.html" or "/app.html#log") in a new tab,
   * asked for by an extension tab already open, since BiDi may not navigate to moz-extension://.
   */
  openExtensionPage(pathAndHash: string, timeout?: number): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** The part of puppeteer's BiDi browser (not in its public type) that sends a raw command. */
interface BidiBrowser {
  connection: { send(method: string, params: object): Promise<unknown> };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function launchFirefox(
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_E2E_BUILD;
  const install = options.install ?? 'temporary';
  if (install !== 'none') await waitForBuild(extensionDir);
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'pt-lens-firefox-')));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    userDataDir: profileDir,
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  try {
    let id: unknown = ADDON_ID;
    if (install === 'temporary') {
      id = await browser.installExtension(extensionDir);
    } else if (install === 'permanent') {
      // puppeteer's installExtension is always temporary; Firefox's BiDi takes `moz:permanent`
      // for a packed add-on, so hand it the build as an XPI (a zip) in memory.
      const value = (await zipDirectory(extensionDir)).toString('base64');
      const reply = (await (browser as unknown as BidiBrowser).connection.send(
        'webExtension.install',
        { extensionData: { type: 'base64', value }, 'moz:permanent': true },
      )) as { result?: { extension?: string } };
      id = reply.result?.extension;
    }
    // A fixed id is what lets storage and the moz-extension address outlive a restart.
    if (id !== ADDON_ID) throw new Error(`installed add-on ${String(id)}, expected ${ADDON_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    profileDir,
    extensionPage: (path = '/popup.html', timeout = 15_000) =>
      findExtensionPage(browser, path, timeout),
    async openExtensionPage(pathAndHash, timeout = 10_000) {
      const opener = await findExtensionPage(browser, null, timeout);
      const before = new Set(await browser.pages());
      await opener.evaluate(async (url) => {
        const ext = globalThis as unknown as {
          browser: { tabs: { create(p: { url: string }): Promise<unknown> } };
        };
        await ext.browser.tabs.create({ url });
      }, pathAndHash);
      const path = new URL(pathAndHash, 'moz-extension://x/').pathname;
      return findExtensionPage(browser, path, timeout, (p) => !before.has(p));
    },
    async close({ keepProfile = false } = {}) {
      if (browser.connected) await browser.close();
      if (!keepProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** Waits a little for the build's manifest, in case a build is rewriting it right now. */
async function waitForBuild(dir: string): Promise<void> {
  for (let tries = 0; ; tries++) {
    try {
      await access(join(dir, 'manifest.json'));
      return;
    } catch {
      if (tries >= 20) {
        throw new Error(
          `no extension build in ${relative(ROOT, dir)}: run npm run build:firefox:e2e`,
        );
      }
      await sleep(500);
    }
  }
}

/** The href of a page once its document has loaded, or '' while it is still navigating. */
export async function loadedHref(page: Page): Promise<string> {
  return page
    .evaluate(() => (document.readyState === 'complete' ? location.href : ''))
    .catch(() => '');
}

/**
 * A tab of the extension showing `path` (any extension page when null). Over BiDi, Firefox
 * reports an extension tab's address as about:blank, so each page is asked itself.
 */
async function findExtensionPage(
  browser: Browser,
  path: string | null,
  timeout: number,
  accept: (page: Page) => boolean = () => true,
): Promise<Page> {
  const until = Date.now() + timeout;
  do {
    for (const page of await browser.pages()) {
      if (!accept(page)) continue;
      const href = await loadedHref(page);
      if (!href.startsWith('moz-extension://')) continue;
      if (path === null || new URL(href).pathname === path) return page;
    }
    await sleep(100);
  } while (Date.now() < until);
  throw new Error(
    `no moz-extension://…${path ?? '/'} tab within ${timeout} ms (is this the e2e build?)`,
  );
}

/** A zip of every file under `dir` (deflated), which is what an XPI is. */
export async function zipDirectory(dir: string): Promise<Buffer> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(relative(dir, file).split(sep).join('/'), 'utf8');
    const data = await readFile(file);
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    // Shared by the local and the central header: version 2.0, UTF-8 names, deflate, 1980-01-01.
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0);
    common.writeUInt16LE(0x0800, 2);
    common.writeUInt16LE(8, 4);
    common.writeUInt16LE(0, 6);
    common.writeUInt16LE(33, 8);
    common.writeUInt32LE(crc, 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(name.length, 22);
    common.writeUInt16LE(0, 24);
    const local = Buffer.concat([u32(0x04034b50), common, name, packed]);
    const central = Buffer.concat([
      u32(0x02014b50),
      u16(20),
      common,
      Buffer.alloc(10), // comment length, disk, internal and external attributes
      u32(offset),
      name,
    ]);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}
