import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core runs inside the page from the installed package: nothing is downloaded at run time.
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core');

/** The WCAG 2.1 A and AA rules. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeViolation {
  /** The axe rule, e.g. `color-contrast`. */
  rule: string;
  /** CSS selector of the failing element. */
  target: string;
  /** What is wrong with it, in axe's words. */
  summary: string;
}

interface AxeResultsInPage {
  violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

/** Runs axe-core's WCAG 2.1 A/AA rules on the page as it is now; one entry per failing element. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResultsInPage> } }).axe;
    const run = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return run.violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String), failureSummary: node.failureSummary })),
    }));
  }, [...WCAG_21_AA_TAGS]);
  return results.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      target: node.target.join(' '),
      summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}
