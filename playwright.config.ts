import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/chromium';

/**
 * The UI in Debian's Chromium, wired to the real service (see tests/e2e/harness.ts).
 * Run `npx electron-vite build` first: the tests load out/renderer.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Each vault open costs ~0.8 s and 192 MiB of Argon2id; two at a time fit two cores.
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  // Creating a vault runs Argon2id twice; give UI assertions room for that.
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
