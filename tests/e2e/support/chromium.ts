/** How the e2e tests and `npm run ui` start Chromium: Debian's build, nothing downloaded. */
import type { LaunchOptions } from '@playwright/test';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: [
    // Runs as root in containers, where Chromium's sandbox cannot start.
    '--no-sandbox',
    '--disable-gpu',
    // The app makes no network requests; neither should the browser around it.
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
