/**
 * An export file (.age) double-clicked in the file manager reaches the running app through main,
 * which tells the service, as Electron's 'open-file' and 'second-instance' handlers do. The window
 * shows it in the Officers page's import dialog, once the vault is unlocked.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChapterService } from '../../src/main/service';
import { expect, expectLocked, lockThroughUi, test, unlockThroughUi } from './harness';
import { ANA, BO, memberNames, openVault } from './officers-helpers';
import { addMembers, call } from './service-helpers';

/** Ana and Bo have verified each other; Ana exports her two members to Bo and the file lands in `dir`. */
async function anaExportsToBo(ana: ChapterService, bo: ChapterService, dir: string): Promise<string> {
  const anaCard = await call(ana, 'officers:card', {});
  const boCard = await call(bo, 'officers:card', {});
  const boSeenByAna = await call(ana, 'officers:add', { card: boCard.card, verified: true });
  await call(bo, 'officers:add', { card: anaCard.card, verified: true });
  await addMembers(ana, [
    { first_name: 'José', last_name: 'Núñez', building: 'Maple Court' },
    { first_name: 'Amara', last_name: 'Obi', building: 'Maple Court' },
  ]);
  const exported = await call(ana, 'exchange:export', { to: [boSeenByAna.id], scope: 'roll' });
  const path = join(dir, exported.fileName);
  writeFileSync(path, Buffer.from(exported.contentBase64, 'base64'));
  return path;
}

test('an export file opened while unlocked shows its preview on the Officers page, and applies', async ({ service: anaService, openOfficer, workDir }) => {
  const bo = await openOfficer('bo');
  await openVault(anaService, ANA);
  await openVault(bo.service, BO, bo.page);
  const path = await anaExportsToBo(anaService, bo.service, workDir);

  expect(await bo.service.offerOpenedPath(path)).toBe(true);

  await expect(bo.page.getByRole('heading', { name: 'Officers', level: 1 })).toBeVisible();
  const preview = bo.page.getByRole('dialog');
  await expect(preview.getByTestId('signer')).toContainText('Signed by Ana Reyes, whom you verified in person.');
  await expect(preview.getByTestId('count-new').locator('dd')).toHaveText('2');
  await expect(preview.getByTestId('count-changed').locator('dd')).toHaveText('0');
  await expect(preview).toContainText('José Núñez');
  expect(await memberNames(bo.service)).toEqual([]);
  await bo.page.screenshot({ path: '/tmp/agefile/opened-export-preview.png' });

  await preview.getByRole('button', { name: 'Apply' }).click();
  const imported = bo.page.getByRole('dialog', { name: 'Imported from Ana Reyes' });
  await expect(imported.getByTestId('count-new').locator('dd')).toHaveText('2');
  await imported.getByRole('button', { name: 'Done' }).click();
  expect(await memberNames(bo.service)).toEqual(['Amara Obi', 'José Núñez']);
  // Handed over once: nothing is left to take.
  expect(await call(bo.service, 'exchange:takeOpenedFile', {})).toBeNull();
});

test('an export file opened at the lock screen waits for the unlock, then shows its preview', async ({ service: anaService, openOfficer, workDir }) => {
  const bo = await openOfficer('bo');
  await openVault(anaService, ANA);
  await openVault(bo.service, BO, bo.page);
  const path = await anaExportsToBo(anaService, bo.service, workDir);
  await lockThroughUi(bo.page);

  expect(await bo.service.offerOpenedPath(path)).toBe(true);
  await expectLocked(bo.page);
  await expect(bo.page.getByRole('dialog')).toHaveCount(0);

  await unlockThroughUi(bo.page, BO.passphrase, BO);
  const preview = bo.page.getByRole('dialog');
  await expect(preview.getByTestId('signer')).toContainText('Signed by Ana Reyes, whom you verified in person.');
  await expect(preview.getByTestId('count-new').locator('dd')).toHaveText('2');
  await expect(bo.page.getByRole('heading', { name: 'Officers', level: 1 })).toBeVisible();
});
