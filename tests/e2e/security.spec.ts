/**
 * The page runs under the strict Content-Security-Policy we ask hosts to serve (see
 * scripts/csp.ts and the README), with no violation, in every state a reader reaches.
 * The shared fixture also fails any test that requests another origin.
 */
import { test, expect } from './fixtures.ts';
import { CONTENT_SECURITY_POLICY } from '../../scripts/csp.ts';

test('the preview server sends the strict policy, without unsafe-inline or unsafe-eval', async ({ request }) => {
  const response = await request.get('./');
  const policy = response.headers()['content-security-policy'];
  expect(policy).toBe(CONTENT_SECURITY_POLICY);
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
});

for (const [name, path] of [
  ['the page', './'],
  ['the embed', './?embed&title&accent=%23005a9c&font=Georgia'],
  ['the page in Arabic', './?lang=ar'],
  ['the Hebrew page', './index.he.html'],
] as const) {
  test(`${name} renders, with its map, under the policy with zero violations`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`),
      );
    });
    await page.goto(path);
    await expect(page.locator('html[data-timeline-ready]')).toHaveCount(1);
    await expect(page.locator('html[data-map-ready]')).toHaveCount(1, { timeout: 20_000 });
    // Reach the lazily loaded parts too: a selection, the zoom gesture and the Share dialog.
    // By role and attribute, not by name: one of these pages is in Arabic.
    await page.locator('[role="option"][data-event-id]').nth(3).click();
    await page.locator('button[aria-haspopup="dialog"]').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(violations).toEqual([]);
  });
}

test('the page stores nothing about the reader: no cookies, no storage', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.locator('html[data-map-ready]')).toHaveCount(1, { timeout: 20_000 });
  await page.getByRole('region', { name: 'Event details' }).getByRole('button', { name: 'Next event' }).click();
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  expect(stored).toEqual({ local: 0, session: 0 });
});
