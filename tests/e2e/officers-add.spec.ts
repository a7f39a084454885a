import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { gotoOfficers, officerRow, openVault, ANA, BO, CAROL } from './officers-helpers';
import { expect, test } from './harness';
import { call } from './service-helpers';

test('adds officers from a QR picture and from a card file, then verifies one later', async ({ app, service, openOfficer, workDir }) => {
  const bo = await openOfficer('bo');
  const carol = await openOfficer('carol');
  await Promise.all([openVault(service, ANA, app), openVault(bo.service, BO), openVault(carol.service, CAROL)]);
  const boCard = await call(bo.service, 'officers:card', {});
  const carolCard = await call(carol.service, 'officers:card', {});
  await gotoOfficers(app);

  // Bo shows his QR code; Ana has a picture of it. The page finds the card in the picture.
  await app.getByRole('button', { name: 'Add an officer' }).click();
  await app
    .getByRole('dialog', { name: 'Add an officer' })
    .getByLabel('Choose a QR code picture…')
    .setInputFiles({ name: 'bo-card.png', mimeType: 'image/png', buffer: await QRCode.toBuffer(boCard.qrCard, { width: 360 }) });
  const check = app.getByRole('dialog', { name: 'Check Bo Li’s fingerprint' });
  await expect(check.getByTestId('checked-officer-name')).toHaveText('Bo Li');
  await expect(check.getByTestId('checked-fingerprint')).toHaveText(boCard.fingerprint);
  await expect(check).toContainText('Read this fingerprint aloud with Bo Li. Only mark verified if it matches what their screen shows.');
  await app.screenshot({ path: test.info().outputPath('officers-add-confirm.png') });
  await check.getByRole('button', { name: 'Add, verify later' }).click();
  await expect(check).toBeHidden();
  await expect(officerRow(app, 'Bo Li').getByTestId('officer-status')).toHaveText('Not verified');
  await expect(officerRow(app, 'Bo Li')).toContainText('No file yet');

  // Not verified: not offered as a recipient.
  await app.getByRole('button', { name: 'Send an export' }).click();
  const exportDialog = app.getByRole('dialog', { name: 'Send an export' });
  await expect(exportDialog).toContainText('Not verified yet, so not listed: Bo Li.');
  await expect(exportDialog.getByRole('checkbox', { name: /Bo Li/ })).toHaveCount(0);
  await exportDialog.getByRole('button', { name: 'Cancel' }).click();

  // Carol's card arrives as a file.
  const cardFile = join(workDir, 'carol-card.txt');
  writeFileSync(cardFile, `Carol's Chapterhouse card:\n${carolCard.card}\n`);
  await app.getByRole('button', { name: 'Add an officer' }).click();
  await app.getByRole('dialog', { name: 'Add an officer' }).getByLabel('Choose a card file…').setInputFiles(cardFile);
  const carolCheck = app.getByRole('dialog', { name: 'Check Carol Diaz’s fingerprint' });
  await expect(carolCheck.getByTestId('checked-fingerprint')).toHaveText(carolCard.fingerprint);
  await carolCheck.getByRole('button', { name: 'Add and mark verified' }).click();
  await expect(officerRow(app, 'Carol Diaz').getByTestId('officer-status')).toHaveText('Verified');

  // Later, in person with Bo: the same fingerprint check, then verified.
  await officerRow(app, 'Bo Li').getByRole('button', { name: 'Verify Bo Li' }).click();
  const verify = app.getByRole('dialog', { name: 'Verify Bo Li' });
  await expect(verify.getByTestId('checked-fingerprint')).toHaveText(boCard.fingerprint);
  await expect(verify).toContainText('Read this fingerprint aloud with Bo Li.');
  await verify.getByRole('button', { name: 'Mark verified' }).click();
  await expect(officerRow(app, 'Bo Li').getByTestId('officer-status')).toHaveText('Verified');
  await expect(officerRow(app, 'Bo Li').getByRole('button', { name: 'Verify Bo Li' })).toHaveCount(0);

  const stored = await call(service, 'officers:list', {});
  expect(stored.map(({ name, verified }) => ({ name, verified }))).toEqual([
    { name: 'Ana Reyes', verified: true },
    { name: 'Bo Li', verified: true },
    { name: 'Carol Diaz', verified: true },
  ]);
});

test('a picture without a QR code says so and adds no one', async ({ app, service }) => {
  await openVault(service, ANA, app);
  await gotoOfficers(app);
  await app.getByRole('button', { name: 'Add an officer' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add an officer' });
  // A 1×1 white PNG.
  const blank = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64');
  await dialog.getByLabel('Choose a QR code picture…').setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: blank });
  await expect(dialog.getByRole('alert')).toHaveText(/No QR code was found in that picture/);
  expect(await call(service, 'officers:list', {})).toHaveLength(1);
});
