/**
 * How we launch headless Chromium, in one place for the tests, the benchmark and the
 * screenshots: Debian's Chromium where Playwright cannot download its own browser (this
 * machine and CI), Playwright's elsewhere. The flags keep Chromium off the network it would
 * otherwise call home on, and let WebGL run in software (SwiftShader).
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions, Page } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-unsafe-swiftshader',
  ],
};

/** Makes every WebGL context request fail, as in a browser without WebGL. */
export async function withoutWebGL(page: Page) {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
      return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
}
