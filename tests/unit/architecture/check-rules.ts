// The house rules, checked over an import graph. Each finding names the file, what it imports or
// uses, and the rule, in plain words.
import type { ImportGraph } from './import-graph';
import { IMPURE_PACKAGES, LAYERS, importsStorage, layerOf, type Layer } from './layers';

export interface Finding {
  file: string;
  line: number;
  message: string;
}

export interface RuleOptions {
  layers?: readonly Layer[];
  /** The names a pure folder may not use (see dom-names.ts). */
  domNames: ReadonlySet<string>;
}

const folders = (names: readonly string[]): string =>
  names.length ? names.map((n) => `${n}/`).join(', ') : 'nothing of ours';

/** The storage rule in words, for a file of `layer` (or of no layer). */
const noStorage = (layer: Layer | undefined): string =>
  `only store/ knows storage keys and touches extension storage; ${layer ? `${layer.folder}/ (${layer.role})` : 'every other file'} goes through a store function or a port.`;

/** Which entrypoint a file is part of: its folder (entrypoints/popup/) or its own file. */
function entryOf(file: string): string | null {
  const m = /^entrypoints\/([^/]+)(\/)?/.exec(file);
  if (!m) return null;
  return m[2] ? `entrypoints/${m[1]}/` : file;
}

export function checkLayers(graph: ImportGraph, options: RuleOptions): Finding[] {
  const layers = options.layers ?? LAYERS;
  const findings: Finding[] = [];
  const add = (file: string, line: number, message: string): void => {
    findings.push({ file, line, message: `${file}:${line} ${message}` });
  };
  // A store's keys are the string constants it exports.
  const keyConstants = new Map<string, Set<string>>();
  for (const [file, node] of graph) {
    if (layerOf(file, layers)?.ownsStorage && node.stringConstants.length) {
      keyConstants.set(file, new Set(node.stringConstants));
    }
  }

  for (const [file, node] of graph) {
    const layer = layerOf(file, layers);
    const entry = entryOf(file);
    for (const imp of node.imports) {
      const what = imp.target ?? imp.specifier;
      const says = `imports ${what}`;
      if (imp.target === null) {
        if (layer?.pure && IMPURE_PACKAGES.some((p) => p.test(imp.specifier))) {
          add(
            file,
            imp.line,
            `${says}: ${layer.folder}/ is ${layer.role}, pure, so it imports no DOM, extension API or view package.`,
          );
        }
        if (!layer?.ownsStorage && importsStorage(imp.specifier, imp.names)) {
          add(file, imp.line, `${says}: ${noStorage(layer)}`);
        }
        continue;
      }
      const target = imp.target;
      const targetEntry = entryOf(target);
      if (targetEntry && targetEntry !== entry) {
        add(
          file,
          imp.line,
          `${says}: entrypoints are private wiring, so nothing imports from one; move what is shared out of entrypoints/.`,
        );
        continue;
      }
      const targetLayer = layerOf(target, layers);
      if (layer && targetLayer && targetLayer !== layer) {
        if (!layer.mayImport.includes(targetLayer.folder)) {
          const pure = layer.pure ? ', pure,' : '';
          add(
            file,
            imp.line,
            `${says}: ${layer.folder}/ is ${layer.role}${pure} and may import only ${folders(layer.mayImport)}, not ${targetLayer.folder}/.`,
          );
          continue;
        }
      }
      if (layer?.noViews && (target.endsWith('.tsx') || target.startsWith('components/'))) {
        add(file, imp.line, `${says}: ${layer.folder}/ (${layer.role}) imports no view.`);
        continue;
      }
      const keys = keyConstants.get(target);
      if (!layer?.ownsStorage && keys) {
        const named = imp.names.filter((n) => keys.has(n) || n === '*');
        if (named.length) {
          add(
            file,
            imp.line,
            `imports the storage key ${named.join(', ')} from ${target}: ${noStorage(layer)}`,
          );
        }
      }
    }
    if (!layer?.ownsStorage) {
      for (const key of node.storageKeys) {
        add(file, key.line, `names the storage key '${key.name}': ${noStorage(layer)}`);
      }
      for (const use of node.storageAccess) {
        add(file, use.line, `uses ${use.name}: ${noStorage(layer)}`);
      }
    }
    if (layer?.pure) {
      const seen = new Set<string>();
      for (const use of node.globals) {
        if (!options.domNames.has(use.name) || seen.has(use.name)) continue;
        seen.add(use.name);
        add(
          file,
          use.line,
          `uses the browser global ${use.name}: ${layer.folder}/ is ${layer.role}, pure, so it uses no DOM or extension API.`,
        );
      }
      for (const use of node.ambient) {
        add(
          file,
          use.line,
          `declares the global ${use.name}: ${layer.folder}/ is ${layer.role}, pure, and declares no globals of its own.`,
        );
      }
    }
  }
  return findings;
}

/** Groups of files that import one another (Tarjan's strongly connected components). */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const edges = (file: string): string[] =>
    (graph.get(file)?.imports ?? []).flatMap((i) =>
      i.target !== null && graph.has(i.target) ? [i.target] : [],
    );
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || edges(v).includes(v)) cycles.push(group.sort());
    }
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) connect(file);
  return cycles;
}

/** One way round a group of files that import one another, from its first file back to it. */
export function cyclePath(graph: ImportGraph, group: readonly string[]): string[] {
  const members = new Set(group);
  const start = group[0]!;
  const path: string[] = [start];
  const seen = new Set<string>([start]);
  const step = (file: string): boolean => {
    for (const imp of graph.get(file)?.imports ?? []) {
      const t = imp.target;
      if (t === null || !members.has(t)) continue;
      if (t === start) return true;
      if (seen.has(t)) continue;
      seen.add(t);
      path.push(t);
      if (step(t)) return true;
      path.pop();
    }
    return false;
  };
  step(start);
  return [...path, start];
}

export function checkCycles(graph: ImportGraph): Finding[] {
  return importCycles(graph).map((group) => {
    const path = cyclePath(graph, group);
    const file = group[0]!;
    const line = graph.get(file)?.imports.find((i) => i.target === path[1])?.line ?? 1;
    return {
      file,
      line,
      message: `import cycle: ${path.join(' -> ')}: files that import one another cannot be understood, tested or loaded apart; pass a type or a function in instead of importing back.`,
    };
  });
}

export function checkHouse(graph: ImportGraph, options: RuleOptions): Finding[] {
  return [...checkLayers(graph, options), ...checkCycles(graph)];
}
