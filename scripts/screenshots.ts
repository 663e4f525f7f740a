/**
 * Screenshots for looking at what we build, as a reader would:
 * `npx tsx scripts/screenshots.ts http://127.0.0.1:5173/ out-dir [hash]`
 * takes desktop (1280×800), phone (375×740) and embed views, in light and dark.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';

const [base = 'http://127.0.0.1:5173/', outDir = '/tmp/shots', hash = ''] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
const views = [
  { name: 'desktop', width: 1280, height: 800, query: '' },
  { name: 'phone', width: 375, height: 740, query: '' },
  { name: 'embed', width: 660, height: 800, query: '?embed' },
];
for (const scheme of ['light', 'dark'] as const) {
  for (const view of views) {
    const page = await browser.newPage({ viewport: { width: view.width, height: view.height }, colorScheme: scheme, deviceScaleFactor: 1 });
    page.on('pageerror', (error) => console.error(`[${view.name}] pageerror: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && console.error(`[${view.name}] console: ${message.text()}`));
    await page.goto(`${base}${view.query}${hash}`);
    await page.waitForSelector('html[data-timeline-ready], html[data-error]', { timeout: 15000 });
    await page.waitForSelector('html[data-map-ready]', { timeout: 8000 }).catch(() => {});
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${outDir}/${view.name}-${scheme}.png`, fullPage: view.name !== 'desktop' });
    if (view.name === 'desktop') await page.screenshot({ path: `${outDir}/${view.name}-${scheme}-full.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${outDir}`);
