import type { ChapterApi } from '../../src/shared/contract';
import { createVaultThroughUi, expect, expectLocked, pageText, RIVERSIDE, test } from './harness';

test('an idle lock from main drops the chapter from the page and says why', async ({ app, service }) => {
  await createVaultThroughUi(app);
  // Settings are read from the vault: show the idle time chosen there in the notice.
  await app.getByRole('button', { name: 'Settings' }).click();
  await app.getByLabel('Lock when idle').selectOption({ label: 'After 1 minute' });
  await expect(app.getByRole('status')).toHaveText('Saved.');

  // Waiting a real minute is pointless: main's idle timer ends in exactly this call.
  service.lock('idle');

  await expectLocked(app);
  await expect(app.getByRole('status')).toHaveText('Locked after 1 minute of inactivity.');
  // Ready to type the passphrase straight away.
  await expect(app.getByLabel('Passphrase', { exact: true })).toBeFocused();
  const text = await pageText(app);
  expect(text).not.toContain(RIVERSIDE.chapterName);
  expect(text).not.toContain(RIVERSIDE.officerName);
});

test('reports keyboard and mouse activity to main, at most once every 30 seconds', async ({ app, service }) => {
  let reports = 0;
  const reportActivity = service.handlers['app:activity'];
  service.handlers['app:activity'] = async (input) => {
    reports += 1;
    return reportActivity(input);
  };
  // The page's clock, so that 30 seconds can pass without waiting for them.
  await app.clock.install();
  await app.reload();

  await createVaultThroughUi(app);
  await expect.poll(() => reports).toBe(1);

  await app.mouse.move(300, 300);
  await app.keyboard.press('Shift');
  await app.mouse.move(320, 320);
  // A round trip through the same bridge: any report sent before it has arrived by the time it returns.
  await app.evaluate(() => (globalThis as unknown as { chapter: ChapterApi }).chapter.app.state({}));
  expect(reports).toBe(1);

  await app.clock.fastForward('00:31');
  await app.mouse.move(340, 340);
  await expect.poll(() => reports).toBe(2);
});
