// The house rules hold over the whole source tree (ARCHITECTURE.md has them as a table).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCycles, checkLayers } from './check-rules';
import { domGlobalNames } from './dom-names';
import { projectGraph, type ImportGraph } from './import-graph';
import { LAYERS } from './layers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let graph: ImportGraph;

// Reading the tree and TypeScript's DOM library takes a few seconds on a busy machine.
beforeAll(() => {
  graph = projectGraph(ROOT);
  domGlobalNames();
}, 60_000);

describe('the source tree', () => {
  it('is read whole, with its imports resolved', () => {
    // A graph that missed the tree would pass every rule: these imports must be seen.
    const lens = graph.get('entrypoints/page-lens.ts');
    expect(lens?.imports.map((i) => i.target)).toContain('content/run-on-page.ts');
    expect(graph.size).toBeGreaterThan(150);
  });

  it('keeps every layer to what it may import, and the pure folders pure', () => {
    const findings = checkLayers(graph, { domNames: domGlobalNames() });
    expect(findings.map((f) => f.message)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(checkCycles(graph).map((f) => f.message)).toEqual([]);
  });
});

describe('ARCHITECTURE.md', () => {
  it('shows the same table of folders and what each may import as the test holds', () => {
    const text = readFileSync(`${ROOT}ARCHITECTURE.md`, 'utf8');
    const rows = text
      .split('\n')
      .filter((line) => /^\| `[^`]+\/` /.test(line))
      .map((line) => {
        const [folder = '', , mayImport = ''] = line
          .split('|')
          .slice(1)
          .map((c) => c.trim());
        const names = [...mayImport.matchAll(/`([^`]+)\/`/g)].map((m) => m[1]);
        return { folder: folder.replace(/^`|\/`$/g, ''), mayImport: names.sort() };
      });
    const rules = LAYERS.map((l) => ({ folder: l.folder, mayImport: [...l.mayImport].sort() }));
    expect(rows).toEqual(rules);
  });
});
