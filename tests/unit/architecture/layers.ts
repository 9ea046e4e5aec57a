// The house's layers as data: which of our folders each folder may import, and what it may not
// reach for. ARCHITECTURE.md shows the same table; the convention test holds the tree to it.

export interface Layer {
  /** The folder, or a sub-folder with rules of its own (the longest match wins). */
  folder: string;
  /** What the folder is, in the words a failure message uses. */
  role: string;
  /** Our folders it may import (it may always import its own); a sub-folder with rules of its
   * own must be named itself. */
  mayImport: readonly string[];
  /** Pure: no DOM, no extension API, no storage, no views; it runs as well in Node. */
  pure?: boolean;
  /** The one folder that names storage keys and touches extension storage; no other does. */
  ownsStorage?: boolean;
  /** It may not import a view (a .tsx file or components/). */
  noViews?: boolean;
}

const PURE = ['common', 'guide'];

export const LAYERS: readonly Layer[] = [
  { folder: 'common', role: 'shared pure helpers', mayImport: [], pure: true },
  { folder: 'guide', role: 'the words', mayImport: ['common'], pure: true },
  { folder: 'settings', role: 'the pure settings model', mayImport: ['common'], pure: true },
  { folder: 'messaging', role: 'the message types', mayImport: PURE, pure: true },
  { folder: 'terms', role: 'pure matching', mayImport: PURE, pure: true },
  { folder: 'pdf', role: "the document reader's pure logic", mayImport: PURE, pure: true },
  {
    folder: 'log',
    role: 'the pure soreness-log model',
    mayImport: PURE,
    pure: true,
  },
  {
    folder: 'study',
    role: 'the pure study-mode model',
    mayImport: PURE,
    pure: true,
  },
  {
    folder: 'store',
    role: 'extension storage',
    mayImport: [...PURE, 'settings', 'log', 'study'],
    ownsStorage: true,
    noViews: true,
  },
  {
    folder: 'components',
    role: 'the views',
    mayImport: [...PURE, 'settings', 'messaging', 'terms', 'log', 'study', 'pdf'],
  },
  {
    folder: 'components/app',
    role: "the app's wiring of views to stores",
    mayImport: [
      ...PURE,
      'settings',
      'messaging',
      'terms',
      'log',
      'study',
      'pdf',
      'components',
      'store',
    ],
  },
  {
    folder: 'content',
    role: 'the page side',
    mayImport: [...PURE, 'settings', 'messaging', 'terms', 'components', 'store'],
  },
  {
    folder: 'background',
    role: 'the background',
    mayImport: [...PURE, 'settings', 'messaging', 'log', 'study', 'pdf', 'store'],
    noViews: true,
  },
  { folder: 'config', role: 'build configuration', mayImport: [] },
  {
    folder: 'entrypoints',
    role: 'wiring',
    mayImport: [
      ...PURE,
      'settings',
      'messaging',
      'terms',
      'log',
      'study',
      'pdf',
      'store',
      'components',
      'components/app',
      'content',
      'background',
    ],
  },
  {
    folder: 'scripts',
    role: 'development tools',
    mayImport: [...PURE, 'terms', 'log', 'study', 'settings', 'pdf', 'content'],
  },
];

/** Packages that bring the DOM, extension APIs or views: a pure folder imports none of them. */
export const IMPURE_PACKAGES: readonly RegExp[] = [
  /^wxt(\/|$)/,
  /^#imports$/,
  /^@wxt-dev\//,
  /^webextension-polyfill(\/|$)/,
  /^preact(\/|$)/,
  /^@preact\//,
  /^@floating-ui\//,
];

/** Where extension storage is reached without the store: WXT's storage, on its own or by name. */
export function importsStorage(specifier: string, names: readonly string[]): boolean {
  if (/^wxt\/utils\/storage$/.test(specifier)) return true;
  return specifier === '#imports' && (names.includes('storage') || names.includes('*'));
}

/** The layer a file belongs to, or undefined for files outside every layer (the root's configs). */
export function layerOf(file: string, layers: readonly Layer[] = LAYERS): Layer | undefined {
  let best: Layer | undefined;
  for (const layer of layers) {
    if (file.startsWith(`${layer.folder}/`) && layer.folder.length > (best?.folder.length ?? -1)) {
      best = layer;
    }
  }
  return best;
}
