// The house rules hold over the whole source tree (ARCHITECTURE.md has them as a table).
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCycles, checkLayers } from './check-rules';
import { domGlobalNames } from './dom-names';
import { projectGraph, type ImportGraph } from './import-graph';

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
