// Accessibility checks with axe-core in a real page: the serious and critical faults only.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeText: string | undefined;

/** Violations of serious or critical impact, as "rule: target" lines. */
export async function axeProblems(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP), so addScriptTag is refused: evaluate it instead.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate((axeText ??= await readFile(AXE_PATH, 'utf8')));
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    if (result.passes.length === 0) throw new Error('axe checked nothing');
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.targets.slice(0, 3).join(', ')}`);
}
