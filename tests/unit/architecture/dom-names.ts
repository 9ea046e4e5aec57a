// The names a pure folder may not use: what TypeScript's DOM library declares (document, window,
// HTMLElement, Range, localStorage...) and the extension objects, less the few web APIs that Node
// has as well, where the pure models also run (the unit tests, the scripts).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** Web APIs that are globals in Node too, so code using them stays pure. */
export const SHARED_WITH_NODE: ReadonlySet<string> = new Set([
  'console',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'queueMicrotask',
  'structuredClone',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'Blob',
  'Response',
  'BufferSource',
  'ReadableStream',
  'CompressionStream',
  'DecompressionStream',
  'AbortController',
  'AbortSignal',
  'atob',
  'btoa',
]);

/** The extension API's objects: never in a pure folder. */
export const EXTENSION_GLOBALS: readonly string[] = ['browser', 'chrome'];

function topLevelNames(path: string): Set<string> {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const names = new Set<string>();
  for (const st of file.statements) {
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name)) names.add(d.name.text);
      }
    } else if (
      (ts.isInterfaceDeclaration(st) ||
        ts.isTypeAliasDeclaration(st) ||
        ts.isFunctionDeclaration(st) ||
        ts.isClassDeclaration(st) ||
        ts.isModuleDeclaration(st)) &&
      st.name &&
      ts.isIdentifier(st.name)
    ) {
      names.add(st.name.text);
    }
  }
  return names;
}

let cached: Set<string> | undefined;

/** Names declared by the DOM library and by no ECMAScript library, plus the extension objects. */
export function domGlobalNames(): ReadonlySet<string> {
  if (cached) return cached;
  const libDir = dirname(createRequire(import.meta.url).resolve('typescript/lib/lib.dom.d.ts'));
  const libs = readdirSync(libDir).filter((f) => /^lib\..*\.d\.ts$/.test(f));
  const dom = new Set<string>();
  const ecma = new Set<string>();
  for (const lib of libs) {
    const into = /^lib\.(dom|webworker)/.test(lib)
      ? dom
      : /^lib\.(es|esnext)/.test(lib)
        ? ecma
        : null;
    if (into) for (const name of topLevelNames(join(libDir, lib))) into.add(name);
  }
  cached = new Set(EXTENSION_GLOBALS);
  for (const name of dom) if (!ecma.has(name) && !SHARED_WITH_NODE.has(name)) cached.add(name);
  return cached;
}
