import { createVaultThroughUi, expect, expectLocked, lockThroughUi, pageText, RIVERSIDE, test, unlockThroughUi } from './harness';

test('locks with the button, refuses a wrong passphrase, unlocks with the right one', async ({ app, service }) => {
  await createVaultThroughUi(app);

  await lockThroughUi(app);
  expect(service.isUnlocked).toBe(false);
  await expect(app.getByRole('status')).toHaveText('Locked.');
  expect(await pageText(app)).not.toContain(RIVERSIDE.chapterName);
  await expect(app.getByLabel('Passphrase', { exact: true })).toBeFocused();

  await app.getByLabel('Passphrase', { exact: true }).fill('not the passphrase at all');
  await app.getByRole('button', { name: 'Unlock' }).click();
  await expect(app.getByRole('alert')).toHaveText(/That passphrase does not open this vault/);
  await expectLocked(app);
  expect(service.isUnlocked).toBe(false);
  expect(await pageText(app)).not.toContain(RIVERSIDE.chapterName);

  await unlockThroughUi(app, RIVERSIDE.passphrase);
  expect(service.isUnlocked).toBe(true);
});

test('locks with the keyboard shortcut, and submits the unlock form with Enter', async ({ app, service }) => {
  await createVaultThroughUi(app);

  await app.keyboard.press('Control+L');
  await expectLocked(app);
  expect(service.isUnlocked).toBe(false);

  await app.getByLabel('Passphrase', { exact: true }).fill(RIVERSIDE.passphrase);
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('chapter-name')).toHaveText(RIVERSIDE.chapterName);
});
