// Starts Debian's Chromium with the built extension loaded, for the end-to-end tests and the demo.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Request } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = resolve('.output/chrome-mv3');

/** Addresses that stay on this machine: test pages, the extension's own files, inline data. */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (['chrome-extension:', 'data:', 'blob:', 'about:'].includes(protocol)) return true;
  return /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === 'localhost';
}

/** A request made by the extension's worker or one of its pages (not by a web page). */
function fromExtension(request: Request): boolean {
  if (request.serviceWorker())
    return request.serviceWorker()!.url().startsWith('chrome-extension:');
  try {
    return request.frame().url().startsWith('chrome-extension:');
  } catch {
    return false;
  }
}

/** The extension's own files and the data it holds in memory: no request leaves the browser. */
function isOwnFile(url: string): boolean {
  return ['chrome-extension:', 'data:', 'blob:', 'about:'].includes(new URL(url).protocol);
}

/** Flags that stop Chromium reaching for the network on its own (it is closed here). */
const QUIET_FLAGS = [
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** Every request that left this machine's test server and the extension itself. */
  externalRequests: string[];
  /** Every request PT Lens's own pages and worker made for anything but the extension's files. */
  extensionRequests: { url: string; method: string }[];
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Reuse a profile (to test that settings survive a restart). */
  profileDir?: string;
  extensionDir?: string;
  /** Touch input, for tests that tap. */
  hasTouch?: boolean;
  /** More Chromium flags, e.g. to switch a web platform feature off. */
  args?: string[];
}

/** Chromium without any extension: the reference for what a page looks like untouched. */
export async function launchPlain(): Promise<Browser> {
  requireChromium();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', ...QUIET_FLAGS],
  });
}

/** A plain message, not a stack trace, when the browser is not installed. */
function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. On Debian or Ubuntu: ` +
        'sudo apt-get install chromium fonts-liberation (or set CHROMIUM_PATH).',
    );
  }
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  requireChromium();
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  const headless = options.headless ?? true;
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'pt-lens-profile-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: { width: 1100, height: 800 },
    hasTouch: options.hasTouch ?? false,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      ...QUIET_FLAGS,
      ...(options.args ?? []),
    ],
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const externalRequests: string[] = [];
  const extensionRequests: { url: string; method: string }[] = [];
  // Pages, extension pages and the extension's service worker all report here.
  context.on('request', (request) => {
    if (!isLocal(request.url())) externalRequests.push(request.url());
    if (fromExtension(request) && !isOwnFile(request.url())) {
      extensionRequests.push({ url: request.url(), method: request.method() });
    }
  });
  return {
    context,
    extensionId,
    profileDir,
    externalRequests,
    extensionRequests,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (externalRequests.length) {
        throw new Error(`Requests left the machine: ${externalRequests.join(', ')}`);
      }
      if (!keepProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}
