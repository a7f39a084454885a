import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { shot } from './fixtures/roll-tools';
import { memberPanel, memberRow, openRollWith } from './roll-helpers';
import { chromiumLaunchOptions } from './support/chromium';
import { APP_ORIGIN } from './support/page-bridge';

// The app runs from file:// in Electron, a secure context with the async clipboard the guard
// needs to read back what it copied; the harness serves it over http, so say that origin is secure.
test.use({
  launchOptions: {
    ...chromiumLaunchOptions,
    args: [...(chromiumLaunchOptions.args ?? []), `--unsafely-treat-insecure-origin-as-secure=${APP_ORIGIN}`],
  },
});

/** The page's async clipboard (this file is compiled without DOM types). */
interface PageClipboard {
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
}

const readClipboard = (page: Page) => page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: PageClipboard } }).navigator.clipboard.readText());

test('copies a member’s phone and e-mail from the panel, and the clipboard is cleared 30 seconds later', async ({ app, context, service }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The page's clock, so that 30 seconds pass without waiting for them.
  await app.clock.install();
  await app.reload();
  await openRollWith(app, service, [
    { first_name: 'José', last_name: 'García', phone: '(212) 555-0100; (212) 555-0199', email: 'jose@example.org' },
    { first_name: 'Ana', last_name: 'Reyes' },
  ]);

  await memberRow(app, /José García/).click();
  const panel = memberPanel(app, 'José García');
  // One button for each of the two numbers, and one for the address.
  await expect(panel.getByRole('button', { name: /^Copy (phone|e-mail) / })).toHaveCount(3);

  await panel.getByRole('button', { name: 'Copy phone (212) 555-0199' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied — cleared from the clipboard in 30 seconds.');
  expect(await readClipboard(app)).toBe('(212) 555-0199');
  await shot(app, 'copy-contacts');

  await panel.getByRole('button', { name: 'Copy e-mail jose@example.org' }).click();
  expect(await readClipboard(app)).toBe('jose@example.org');

  // Still there just before the 30 seconds are up (counted from the last copy), gone after.
  await app.clock.fastForward(29_000);
  expect(await readClipboard(app)).toBe('jose@example.org');
  await app.clock.fastForward(2_000);
  await expect.poll(() => readClipboard(app)).toBe('');

  // A member with neither gets no copy buttons.
  await memberRow(app, /Ana Reyes/).click();
  await expect(memberPanel(app, 'Ana Reyes').getByRole('button', { name: /^Copy / })).toHaveCount(0);
});

test('leaves the clipboard alone when the officer copied something else meanwhile', async ({ app, context, service }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.clock.install();
  await app.reload();
  await openRollWith(app, service, [{ first_name: 'José', last_name: 'García', email: 'jose@example.org' }]);
  await memberRow(app, /José García/).click();
  await memberPanel(app, 'José García').getByRole('button', { name: 'Copy e-mail jose@example.org' }).click();
  expect(await readClipboard(app)).toBe('jose@example.org');

  await app.evaluate(() => (globalThis as unknown as { navigator: { clipboard: PageClipboard } }).navigator.clipboard.writeText('the agenda for Thursday'));
  // Counts the guard's look at the clipboard, so the test knows when its check has run.
  await app.evaluate(() => {
    const clipboard = (globalThis as unknown as { navigator: { clipboard: PageClipboard } }).navigator.clipboard;
    const readText = clipboard.readText.bind(clipboard);
    const counted = globalThis as unknown as { guardReads: number };
    counted.guardReads = 0;
    clipboard.readText = async () => {
      counted.guardReads += 1;
      return readText();
    };
  });
  await app.clock.fastForward(31_000);
  await expect.poll(() => app.evaluate(() => (globalThis as unknown as { guardReads: number }).guardReads)).toBe(1);
  expect(await readClipboard(app)).toBe('the agenda for Thursday');
});
