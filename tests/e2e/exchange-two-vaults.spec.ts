import {
  cardTextOnScreen,
  chooseImportFile,
  downloadedBytes,
  fingerprintOnScreen,
  gotoOfficers,
  memberNames,
  officerRow,
  openVault,
  ANA,
  BO,
} from './officers-helpers';
import { expect, test } from './harness';
import { addMembers, call } from './service-helpers';

test('two officers trade cards in person, then Ana sends Bo only Maple Court', async ({ app: ana, service: anaService, openOfficer }) => {
  const bo = await openOfficer('bo');
  await Promise.all([openVault(anaService, ANA, ana), openVault(bo.service, BO, bo.page)]);
  await Promise.all([gotoOfficers(ana), gotoOfficers(bo.page)]);
  const anaFingerprint = await fingerprintOnScreen(ana);
  const boFingerprint = await fingerprintOnScreen(bo.page);
  expect(anaFingerprint).not.toBe(boFingerprint);

  // Ana copies her card; Bo pastes it. The fingerprint on Bo's screen is the one on Ana's.
  await ana.getByRole('button', { name: 'Copy card' }).click();
  await expect(ana.getByRole('status').filter({ hasText: 'Card copied.' })).toBeVisible();
  await bo.page.getByRole('button', { name: 'Add an officer' }).click();
  const pasteBox = bo.page.getByRole('dialog', { name: 'Add an officer' }).getByLabel('Paste their card');
  await pasteBox.focus();
  await bo.page.keyboard.press('ControlOrMeta+V');
  await expect(pasteBox).toHaveValue(await cardTextOnScreen(ana));
  await bo.page.getByRole('dialog', { name: 'Add an officer' }).getByRole('button', { name: 'Continue' }).click();
  const boChecks = bo.page.getByRole('dialog', { name: 'Check Ana Reyes’s fingerprint' });
  await expect(boChecks.getByTestId('checked-officer-name')).toHaveText('Ana Reyes');
  expect(await boChecks.getByTestId('checked-fingerprint').textContent()).toBe(anaFingerprint);
  await boChecks.getByRole('button', { name: 'Add and mark verified' }).click();
  await expect(officerRow(bo.page, 'Ana Reyes').getByTestId('officer-status')).toHaveText('Verified');

  // Ana takes a picture of the QR code on Bo's screen.
  const boQr = await bo.page.getByRole('img', { name: 'QR code of your contact card' }).screenshot();
  await ana.getByRole('button', { name: 'Add an officer' }).click();
  await ana.getByRole('dialog', { name: 'Add an officer' }).getByLabel('Choose a QR code picture…').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: boQr });
  const anaChecks = ana.getByRole('dialog', { name: 'Check Bo Li’s fingerprint' });
  expect(await anaChecks.getByTestId('checked-fingerprint').textContent()).toBe(boFingerprint);
  await anaChecks.getByRole('button', { name: 'Add and mark verified' }).click();
  await expect(officerRow(ana, 'Bo Li').getByTestId('officer-status')).toHaveText('Verified');

  // Ana's roll: three members in Maple Court, two in Cedar Gardens.
  await addMembers(anaService, [
    { first_name: 'José', last_name: 'Núñez', building: 'Maple Court' },
    { first_name: 'Amara', last_name: 'Obi', building: 'Maple Court' },
    { first_name: 'Lin', last_name: 'Zhou', building: 'Maple Court' },
    { first_name: 'Petra', last_name: 'Novak', building: 'Cedar Gardens' },
    { first_name: 'Sam', last_name: 'Okoro', building: 'Cedar Gardens' },
  ]);

  // Ana sends Bo only Maple Court.
  await ana.getByRole('button', { name: 'Send an export' }).click();
  const exportDialog = ana.getByRole('dialog', { name: 'Send an export' });
  await exportDialog.getByRole('checkbox', { name: /^Bo Li/ }).check();
  await exportDialog.getByRole('radio', { name: /^Only some buildings/ }).check();
  await expect(exportDialog.getByRole('checkbox', { name: 'Cedar Gardens', exact: true })).toBeVisible();
  await exportDialog.getByRole('checkbox', { name: 'Maple Court', exact: true }).check();
  await ana.screenshot({ path: test.info().outputPath('officers-export.png') });
  const downloading = ana.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Create export file' }).click();
  const download = await downloading;
  const done = ana.getByRole('dialog', { name: 'Export file created' });
  await expect(done.getByRole('status')).toHaveText(/3 members, for Bo Li\./);
  await expect(done).toContainText('Only the officers you chose can open this file. Hand it over in person or through a channel you trust.');
  await ana.screenshot({ path: test.info().outputPath('officers-export-done.png') });
  // The chapter, what the file holds, the day: nothing secret.
  expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+-(all|roll|roll-part|minutes)-\d{4}-\d{2}-\d{2}\.age$/);
  const file = { name: download.suggestedFilename(), buffer: await downloadedBytes(download) };
  expect(file.buffer.subarray(0, 22).toString('latin1')).toBe('age-encryption.org/v1\n');
  await done.getByRole('button', { name: 'Done' }).click();

  // Bo imports it: signed by Ana, whom he verified; three new members; nothing written yet.
  const preview = await chooseImportFile(bo.page, file);
  await expect(preview.getByTestId('signer')).toContainText('Signed by Ana Reyes, whom you verified in person.');
  await expect(preview.getByTestId('signer')).toContainText(anaFingerprint);
  await expect(preview.getByTestId('count-new').locator('dd')).toHaveText('3');
  await expect(preview.getByTestId('count-changed').locator('dd')).toHaveText('0');
  await expect(preview.getByRole('table', { name: 'What would change' }).getByRole('row')).toHaveCount(4);
  await expect(preview.getByRole('table', { name: 'What would change' })).toContainText('José Núñez');
  expect(await memberNames(bo.service)).toEqual([]);
  await bo.page.screenshot({ path: test.info().outputPath('officers-import-preview.png') });
  await preview.getByRole('button', { name: 'Apply' }).click();
  const imported = bo.page.getByRole('dialog', { name: 'Imported from Ana Reyes' });
  await expect(imported.getByTestId('count-new').locator('dd')).toHaveText('3');
  await imported.getByRole('button', { name: 'Done' }).click();

  expect(await memberNames(bo.service)).toEqual(['Amara Obi', 'José Núñez', 'Lin Zhou']);
  await expect(officerRow(bo.page, 'Ana Reyes')).not.toContainText('No file yet');

  // The same file again changes nothing.
  const again = await chooseImportFile(bo.page, file);
  await expect(again.getByTestId('count-new').locator('dd')).toHaveText('0');
  await expect(again.getByTestId('count-changed').locator('dd')).toHaveText('0');
  await expect(again).toContainText('Nothing in this file is new to you');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toBeHidden();
  expect(await memberNames(bo.service)).toHaveLength(3);
});
