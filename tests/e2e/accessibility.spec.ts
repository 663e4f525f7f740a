import { test, expect } from './fixtures.ts';
import { axeViolations, describeViolations } from './axe.ts';
import type { Page } from '@playwright/test';

async function expectNoViolations(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function ready(page: Page, url = './') {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', '');
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', '', { timeout: 20_000 });
}

test('the default view has no axe violations', async ({ page }) => {
  await ready(page);
  await expectNoViolations(page);
});

test('a theme filter and a selected place have no axe violations', async ({ page, request }) => {
  const { themes } = await (await request.get('./data/themes.json')).json();
  await ready(page, `./#place=ankara&themes=${themes[0].id}`);
  await expect(page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText('Ankara');
  await expectNoViolations(page);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the default view has no axe violations', async ({ page }) => {
    await ready(page);
    await expectNoViolations(page);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('the list layout has no axe violations', async ({ page }) => {
    await ready(page);
    await expectNoViolations(page);
  });
});

test('the data-error panel has no axe violations', async ({ page, pageErrors }) => {
  await page.route('**/data/events.json', (route) => route.fulfill({ contentType: 'application/json', body: '{ "events": [ }' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page);
  pageErrors.length = 0;
});
