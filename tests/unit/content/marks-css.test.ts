import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The rules of a style sheet, without comments or layout. */
const rules = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('}')
    .map((r) => r.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

describe('the look of the marks', () => {
  it('is the same in Chromium (root rules, from the manifest) and Firefox (adopted rules)', () => {
    const everywhere = rules('content/highlight.css');
    const onRoot = rules('content/marks.css');
    expect(everywhere.length).toBeGreaterThan(0);
    expect(onRoot).toEqual(everywhere.map((r) => `:root${r}`));
  });
});
