// The rule checker itself, on small made-up trees: a wrong import is found and named plainly.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCycles, checkLayers } from './check-rules';
import { domGlobalNames } from './dom-names';
import { buildGraph, resolveImport } from './import-graph';

const ALIASES = [
  { prefix: '@/', folder: '' },
  { prefix: '~/', folder: '' },
];

// TypeScript's DOM library is read once, before the first check.
beforeAll(() => void domGlobalNames(), 60_000);

const check = (files: Record<string, string>): string[] =>
  checkLayers(buildGraph(new Map(Object.entries(files)), ALIASES), {
    domNames: domGlobalNames(),
  }).map((f) => f.message);

const cycles = (files: Record<string, string>): string[] =>
  checkCycles(buildGraph(new Map(Object.entries(files)), ALIASES)).map((f) => f.message);

describe('resolving an import', () => {
  const exists = (f: string): boolean => ['log/model.ts', 'components/App.tsx'].includes(f);

  it('finds relative and aliased files of ours, with or without their extension', () => {
    expect(resolveImport('../log/model', 'store/a.ts', exists, ALIASES)).toBe('log/model.ts');
    expect(resolveImport('@/log/model', 'store/a.ts', exists, ALIASES)).toBe('log/model.ts');
    expect(resolveImport('~/components/App', 'x/a.ts', exists, ALIASES)).toBe('components/App.tsx');
    expect(resolveImport('./model.js', 'log/b.ts', exists, ALIASES)).toBe('log/model.ts');
  });

  it('says a package is none of ours, and keeps a query off the path', () => {
    expect(resolveImport('valibot', 'log/a.ts', exists, ALIASES)).toBeNull();
    expect(resolveImport('./x.css?raw', 'content/a.ts', exists, ALIASES)).toBe('content/x.css');
  });
});

describe('the layer rules', () => {
  it('pass a tree whose imports all point the way the table allows', () => {
    expect(
      check({
        'log/model.ts': "import { addDays } from '../common/days';\nexport const x = 1;",
        'common/days.ts': 'export const addDays = 1;',
        'store/log-store.ts':
          "import type { LogPort } from '../log/log-port';\nexport const KEY = 'local:log';",
        'log/log-port.ts': 'export interface LogPort { n: number }',
        'components/log/LogView.tsx': "import type { LogPort } from '../../log/log-port';",
      }),
    ).toEqual([]);
  });

  it('fail a store that imports a view, naming the file, the import and the rule', () => {
    expect(
      check({
        'store/log-store.ts': "import type { LogPort } from '../components/log/log-port';",
        'components/log/log-port.ts': 'export interface LogPort { n: number }',
      }),
    ).toEqual([
      'store/log-store.ts:1 imports components/log/log-port.ts: store/ is extension storage and may import only common/, guide/, settings/, log/, study/, not components/.',
    ]);
  });

  it('fail a pure model that imports the store, a view, a page file or an aliased one', () => {
    const found = check({
      'log/a.ts': [
        "import { loadLog } from '../store/log-store';",
        "import { View } from '@/components/View';",
        "import { x } from '~/content/parts';",
      ].join('\n'),
      'store/log-store.ts': 'export const loadLog = 1;',
      'components/View.tsx': 'export const View = 1;',
      'content/parts.ts': 'export const x = 1;',
    });
    expect(found).toEqual([
      'log/a.ts:1 imports store/log-store.ts: log/ is the pure soreness-log model, pure, and may import only common/, guide/, not store/.',
      'log/a.ts:2 imports components/View.tsx: log/ is the pure soreness-log model, pure, and may import only common/, guide/, not components/.',
      'log/a.ts:3 imports content/parts.ts: log/ is the pure soreness-log model, pure, and may import only common/, guide/, not content/.',
    ]);
  });

  it('fail a pure model that imports the extension API or Preact', () => {
    expect(
      check({
        'study/a.ts': "import { browser } from 'wxt/browser';\nimport { h } from 'preact';",
        'settings/b.ts': "import { browser } from '#imports';",
      }),
    ).toEqual([
      'study/a.ts:1 imports wxt/browser: study/ is the pure study-mode model, pure, so it imports no DOM, extension API or view package.',
      'study/a.ts:2 imports preact: study/ is the pure study-mode model, pure, so it imports no DOM, extension API or view package.',
      'settings/b.ts:1 imports #imports: settings/ is the pure settings model, pure, so it imports no DOM, extension API or view package.',
    ]);
  });

  it('fail a pure model that uses the DOM or the extension objects, by value or by type', () => {
    const found = check({
      'terms/a.ts': [
        'export function mark(el: HTMLElement): void {',
        '  document.title = el.id;',
        '  globalThis.localStorage.clear();',
        '  chrome.runtime.id;',
        '}',
      ].join('\n'),
    });
    expect(found).toEqual([
      'terms/a.ts:1 uses the browser global HTMLElement: terms/ is pure matching, pure, so it uses no DOM or extension API.',
      'terms/a.ts:2 uses the browser global document: terms/ is pure matching, pure, so it uses no DOM or extension API.',
      'terms/a.ts:3 uses the browser global localStorage: terms/ is pure matching, pure, so it uses no DOM or extension API.',
      'terms/a.ts:4 uses the browser global chrome: terms/ is pure matching, pure, so it uses no DOM or extension API.',
    ]);
  });

  it('let a pure model use its own names, property names and web APIs Node has too', () => {
    expect(
      check({
        'log/a.ts': [
          'const document = { title: 1 };',
          'export const read = (o: { window: number; location: string }) =>',
          '  o.window + document.title + new URL(o.location).host;',
          "console.warn(new TextEncoder().encode('x'));",
        ].join('\n'),
      }),
    ).toEqual([]);
  });

  it('fail a pure model that declares a global of its own to reach the browser', () => {
    expect(check({ 'guide/a.ts': 'declare const chrome: { runtime: { id: string } };' })).toEqual([
      'guide/a.ts:1 declares the global chrome: guide/ is the words, pure, and declares no globals of its own.',
    ]);
  });

  it('fail any file outside store/ that names a storage key, imports one or reaches storage', () => {
    const found = check({
      'store/settings-key.ts': "export const SETTINGS_KEY = 'settings';",
      'store/log-store.ts': "import { storage } from 'wxt/utils/storage';\nconst k = 'local:log';",
      'components/A.tsx': "const item = 'local:soreness-log';",
      'content/b.ts': [
        "import { SETTINGS_KEY } from '../store/settings-key';",
        'const key = `sync:${SETTINGS_KEY}`;',
        'void browser.storage.local.get(key);',
      ].join('\n'),
      'components/c.ts': "import { storage } from 'wxt/utils/storage';",
      'components/e.ts': "import { storage } from '#imports';",
      'background/d.ts': "import * as keys from '../store/settings-key';",
      'wxt.config.ts': "const key = 'session:x';",
    });
    const rule =
      'only store/ knows storage keys and touches extension storage; components/ (the views) goes through a store function or a port.';
    expect(found).toEqual([
      `components/A.tsx:1 names the storage key 'local:soreness-log': ${rule}`,
      'content/b.ts:1 imports the storage key SETTINGS_KEY from store/settings-key.ts: only store/ knows storage keys and touches extension storage; content/ (the page side) goes through a store function or a port.',
      "content/b.ts:2 names the storage key 'sync:': only store/ knows storage keys and touches extension storage; content/ (the page side) goes through a store function or a port.",
      'content/b.ts:3 uses browser.storage: only store/ knows storage keys and touches extension storage; content/ (the page side) goes through a store function or a port.',
      `components/c.ts:1 imports wxt/utils/storage: ${rule}`,
      `components/e.ts:1 imports #imports: ${rule}`,
      'background/d.ts:1 imports the storage key * from store/settings-key.ts: only store/ knows storage keys and touches extension storage; background/ (the background) goes through a store function or a port.',
      "wxt.config.ts:1 names the storage key 'session:x': only store/ knows storage keys and touches extension storage; every other file goes through a store function or a port.",
    ]);
  });

  it('let the page side use a store function that hides its key', () => {
    expect(
      check({
        'store/settings-on-pages.ts':
          "export const KEY = 'settings';\nexport function loadPageSettings() {}",
        'content/run.ts': "import { loadPageSettings } from '../store/settings-on-pages';",
      }),
    ).toEqual([]);
  });

  it('fail the background importing a view', () => {
    expect(
      check({
        'background/a.ts': "import { Tooltip } from '../components/Tooltip';",
        'components/Tooltip.tsx': 'export const Tooltip = 1;',
      }),
    ).toEqual([
      'background/a.ts:1 imports components/Tooltip.tsx: background/ is the background and may import only common/, guide/, settings/, messaging/, log/, study/, pdf/, store/, not components/.',
    ]);
  });

  it('fail any import of an entrypoint, from outside or from another entrypoint', () => {
    expect(
      check({
        'entrypoints/app/main.tsx': "import { App } from '../popup/App';",
        'entrypoints/popup/App.tsx': 'export const App = 1;',
        'entrypoints/popup/main.tsx': "import { App } from './App';\nimport './popup.css';",
        'components/x.ts': "import type { P } from '../entrypoints/popup/App';",
      }),
    ).toEqual([
      'entrypoints/app/main.tsx:1 imports entrypoints/popup/App.tsx: entrypoints are private wiring, so nothing imports from one; move what is shared out of entrypoints/.',
      'components/x.ts:1 imports entrypoints/popup/App.tsx: entrypoints are private wiring, so nothing imports from one; move what is shared out of entrypoints/.',
    ]);
  });

  it('see re-exports, dynamic imports of a fixed name and type imports', () => {
    expect(
      check({
        'terms/a.ts': [
          "export { x } from '../store/s';",
          "const later = () => import('../components/V');",
          "type T = import('../content/c').C;",
        ].join('\n'),
      }).map((m) => m.replace(/: .*/, '')),
    ).toEqual([
      'terms/a.ts:1 imports store/s',
      'terms/a.ts:2 imports components/V',
      'terms/a.ts:3 imports content/c',
    ]);
  });
});

describe('the cycle rule', () => {
  it('names every file of a cycle, in the order they import one another', () => {
    expect(
      cycles({
        'content/parts.ts': "import type { PageAnswers } from './run-on-page';",
        'content/run-on-page.ts': "import { PageLens } from './page-lens';",
        'content/page-lens.ts': "import type { Parts } from './parts';",
        'content/other.ts': "import { x } from './parts';",
      }),
    ).toEqual([
      'import cycle: content/page-lens.ts -> content/parts.ts -> content/run-on-page.ts -> content/page-lens.ts: files that import one another cannot be understood, tested or loaded apart; pass a type or a function in instead of importing back.',
    ]);
  });

  it('pass a tree whose imports only point one way', () => {
    expect(
      cycles({
        'a.ts': "import './b';",
        'b.ts': "import './c';",
        'c.ts': 'export {};',
      }),
    ).toEqual([]);
  });

  it('find a file that imports itself', () => {
    expect(cycles({ 'log/a.ts': "import './a';" })).toHaveLength(1);
  });
});
