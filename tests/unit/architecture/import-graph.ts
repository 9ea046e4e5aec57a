// The import graph of a source tree: every file's facts, with each import of ours resolved to the
// file it names (relative paths and the tsconfig's aliases such as `@/` and `~/`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';
import { readSourceFacts, type ImportFact, type SourceFacts } from './source-facts';

export interface ResolvedImport extends ImportFact {
  /** The file of ours it names (repo-relative, with `/`), or null for a package. */
  target: string | null;
}

export interface FileNode extends Omit<SourceFacts, 'imports'> {
  imports: ResolvedImport[];
}

/** Files by repo-relative path. */
export type ImportGraph = Map<string, FileNode>;

/** An alias prefix ("@/") and the repo-relative folder it stands for ("" for the root). */
export interface Alias {
  prefix: string;
  folder: string;
}

const SOURCE = /\.(tsx?|[cm]?js|jsx)$/;
const TRY = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx', '/index.js'];

/**
 * The file an import names, among `exists`; null when it names a package. An import of ours that
 * names no file resolves to its would-be path, so a rule still sees where it points.
 */
export function resolveImport(
  specifier: string,
  from: string,
  exists: (file: string) => boolean,
  aliases: readonly Alias[],
): string | null {
  const spec = specifier.replace(/[?#].*$/, '');
  let base: string;
  if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') {
    base = posix.normalize(posix.join(posix.dirname(from), spec));
  } else {
    const alias = aliases.find((a) => spec === a.prefix.slice(0, -1) || spec.startsWith(a.prefix));
    if (!alias) return null;
    base = posix.normalize(posix.join(alias.folder, spec.slice(alias.prefix.length)));
  }
  for (const suffix of TRY) if (exists(base + suffix)) return base + suffix;
  // TypeScript lets `./x.js` name `./x.ts`.
  const asTs = base.replace(/\.js$/, '.ts');
  return exists(asTs) ? asTs : base;
}

export function buildGraph(
  files: ReadonlyMap<string, string>,
  aliases: readonly Alias[],
  exists: (file: string) => boolean = (f) => files.has(f),
): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const [path, text] of files) {
    const facts = readSourceFacts(path, text);
    graph.set(path, {
      ...facts,
      imports: facts.imports.map((i) => ({
        ...i,
        target: resolveImport(i.specifier, path, exists, aliases),
      })),
    });
  }
  return graph;
}

/** The aliases the project's tsconfig (through WXT's) declares, as `@/*` -> `../*`. */
export function tsconfigAliases(root: string): Alias[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  const paths = parsed?.options.paths ?? {};
  const base = parsed?.options.pathsBasePath;
  const aliases: Alias[] = [];
  for (const [key, targets] of Object.entries(paths)) {
    const target = targets[0];
    if (!key.endsWith('/*') || !target?.endsWith('/*') || typeof base !== 'string') continue;
    const folder = relative(root, join(base, target.slice(0, -2)))
      .split(sep)
      .join('/');
    aliases.push({ prefix: key.slice(0, -1), folder });
  }
  return aliases;
}

/** Folders that are not the product's source: packages, builds, tests, assets. */
const NOT_SOURCE = new Set([
  'node_modules',
  '.output',
  '.wxt',
  '.git',
  '.scratch',
  'test-results',
  'tests',
  'public',
  'demo',
  'docs',
  'assets',
]);

/** Every source file under `root` (the product's folders and the root's configs). */
export function readSourceTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (dir !== root || !NOT_SOURCE.has(name)) walk(full);
      } else if (SOURCE.test(name) && !name.endsWith('.d.ts')) {
        files.set(relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8'));
      }
    }
  };
  walk(root);
  return files;
}

/** The import graph of the project at `root`. */
export function projectGraph(root: string): ImportGraph {
  const files = readSourceTree(root);
  return buildGraph(files, tsconfigAliases(root), (f) => {
    const full = join(root, f);
    return existsSync(full) && statSync(full).isFile();
  });
}
