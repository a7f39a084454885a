/**
 * Settings → Backups in the real UI: back up now, restore after a confirmation that says what
 * is lost (the app locks; unlocking shows the restored roll), and a damaged backup refused with
 * one sentence while the vault stays open and unchanged.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ChapterService } from '../../src/main/service';
import { createVaultThroughUi, expect, expectLocked, RIVERSIDE, test, unlockThroughUi } from './harness';
import { addMembers, call } from './service-helpers';

async function openBackups(app: Page): Promise<void> {
  await app.getByRole('button', { name: 'Settings' }).click();
  await expect(app.getByRole('heading', { name: 'Backups' })).toBeVisible();
}

async function backUpNow(app: Page): Promise<void> {
  await app.getByRole('button', { name: 'Back up now' }).click();
  await expect(app.getByRole('status').filter({ hasText: /^Backed up at/ })).toBeVisible();
}

async function memberNames(service: ChapterService): Promise<string[]> {
  const page = await call<{ rows: { first_name: string }[] }>(service, 'roll:list', {});
  return page.rows.map((row) => row.first_name).sort();
}

test('backs up, then restores after saying what will be lost; the app locks and unlocks on the restored roll', async ({ app, service }) => {
  await createVaultThroughUi(app);
  await addMembers(service, [{ first_name: 'Rosa', last_name: 'Before' }]);
  await openBackups(app);
  await expect(app.getByText('No backups yet.')).toBeVisible();
  await backUpNow(app);
  const rows = app.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2); // header + one backup
  await expect(rows.nth(1)).toContainText('Backed up by hand');
  await app.screenshot({ path: test.info().outputPath('backups-settings.png'), fullPage: true });

  await addMembers(service, [{ first_name: 'Wei', last_name: 'After' }]);
  await rows.nth(1).getByRole('button', { name: /^Restore the backup of/ }).click();
  const dialog = app.getByRole('dialog', { name: /^Restore the backup of .+\?$/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/Everything changed since .+ will be lost/);
  await expect(dialog).toContainText('kept as a backup first');
  // Cancel has the focus: Enter alone does not restore.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.screenshot({ path: test.info().outputPath('backups-restore-dialog.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await memberNames(service)).toEqual(['Rosa', 'Wei']);

  await rows.nth(1).getByRole('button', { name: /^Restore the backup of/ }).click();
  await app.getByRole('button', { name: 'Restore this backup' }).click();
  await expectLocked(app);
  await unlockThroughUi(app, RIVERSIDE.passphrase);
  expect(await memberNames(service)).toEqual(['Rosa']);
  await expect(app.getByRole('row', { name: /Rosa/ })).toBeVisible();
  await expect(app.getByText('Wei')).toHaveCount(0);

  await openBackups(app);
  await expect(app.getByRole('cell', { name: 'Before a restore' })).toBeVisible();
});

test('a damaged backup is refused with one sentence; the vault stays open and unchanged', async ({ app, service, vaultsDir }) => {
  await createVaultThroughUi(app);
  await addMembers(service, [{ first_name: 'Rosa', last_name: 'Before' }]);
  await openBackups(app);
  await backUpNow(app);
  await addMembers(service, [{ first_name: 'Wei', last_name: 'After' }]);

  const vaultDir = join(vaultsDir, readdirSync(vaultsDir)[0]!);
  const backupDir = join(vaultDir, 'backups', readdirSync(join(vaultDir, 'backups'))[0]!);
  const file = join(backupDir, 'vault.db');
  const bytes = readFileSync(file);
  bytes[5000] = bytes[5000]! ^ 0xff;
  writeFileSync(file, bytes);

  await app.getByRole('button', { name: /^Restore the backup of/ }).click();
  await app.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(app.getByRole('dialog').getByRole('alert')).toHaveText(
    /^The backup from .+ is damaged or incomplete, so it was not restored\. The vault was not changed; choose another backup\.$/,
  );
  await app.screenshot({ path: test.info().outputPath('backups-damaged.png') });
  await app.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByTestId('chapter-name')).toHaveText(RIVERSIDE.chapterName);
  expect(await memberNames(service)).toEqual(['Rosa', 'Wei']);
});
