/**
 * axe-core through @axe-core/playwright (which injects it past the page's Content-Security-
 * Policy), with WCAG 2.1 A and AA rules and axe's best practices.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe on the page (or the part `include` selects) and returns its violations. */
export async function axeViolations(page: Page, options: { include?: string } = {}): Promise<AxeViolation[]> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (options.include) builder.include(options.include);
  const { violations } = await builder.analyze();
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
  }));
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(' '))
          .join('\n  ')}`,
    )
    .join('\n');
}

/** Fails the test on any violation, listing each with the elements it found. */
export async function expectNoAxeViolations(page: Page, options: { include?: string } = {}) {
  const violations = await axeViolations(page, options);
  expect(violations, describeViolations(violations)).toEqual([]);
}
