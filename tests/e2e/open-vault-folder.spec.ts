/**
 * A vault folder double-clicked in the file manager (or given on the command line) reaches the
 * running app through main, which offers it on the lock screen: here the service is told, as
 * Electron's 'open-file' and 'second-instance' handlers tell it.
 */
import { join } from 'node:path';
import { makeVault, PASSPHRASE } from '../helpers/vaults';
import { expect, expectUnlocked, RIVERSIDE, test } from './harness';

test('a vault folder opened from outside joins the lock screen and unlocks', async ({ app, service, workDir }) => {
  await expect(app.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();
  const { dir, vault } = await makeVault(join(workDir, 'usb-stick'), 'riverside.chapterhouse');
  vault.close();

  expect(await service.offerOpenedPath(join(workDir, 'usb-stick'))).toBe(false);
  expect(await service.offerOpenedPath(dir)).toBe(true);

  await expect(app.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(app.getByText('riverside.chapterhouse')).toBeVisible();
  await app.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await app.getByRole('button', { name: 'Unlock' }).click();
  await expectUnlocked(app, RIVERSIDE);
});
