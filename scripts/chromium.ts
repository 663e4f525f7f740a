/**
 * How we launch headless Chromium, in one place for the tests, the benchmark and the
 * screenshots: Debian's Chromium where Playwright cannot download its own browser (this
 * machine and CI), Playwright's elsewhere. The flags keep Chromium off the network it would
 * otherwise call home on, and let WebGL run in software (SwiftShader).
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

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
