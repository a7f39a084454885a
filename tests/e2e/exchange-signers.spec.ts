import {
  chooseImportFile,
  downloadedBytes,
  dropImportFile,
  gotoOfficers,
  memberNames,
  openVault,
  BO,
  CAROL,
  ANA,
} from './officers-helpers';
import { expect, test } from './harness';
import { addMembers, call } from './service-helpers';

test('a file from an officer Bo never added shows the fingerprint, and Apply waits for the in-person check', async ({ app: bo, service: boService, openOfficer }) => {
  const carol = await openOfficer('carol');
  await Promise.all([openVault(boService, BO, bo), openVault(carol.service, CAROL)]);
  // Carol has Bo's card (Bo has never seen hers) and sends him a member.
  const boCard = await call(boService, 'officers:card', {});
  const boAtCarol = await call(carol.service, 'officers:add', { card: boCard.card, verified: true });
  await addMembers(carol.service, [{ first_name: 'Rosa', last_name: 'Parks', building: 'Maple Court' }]);
  const carolCard = await call(carol.service, 'officers:card', {});
  const sent = await call(carol.service, 'exchange:export', { to: [boAtCarol.id], scope: 'roll' });

  await gotoOfficers(bo);
  // Bo drags the file from his desktop onto the import dialog.
  const preview = await dropImportFile(bo, { name: sent.fileName, buffer: Buffer.from(sent.contentBase64, 'base64') });
  const warning = preview.getByRole('group', { name: /says it is from Carol Diaz, whom you have not added as an officer/ });
  await expect(warning).toBeVisible();
  await expect(warning.getByTestId('signer-fingerprint')).toHaveText(carolCard.fingerprint);
  await expect(preview.getByTestId('count-new').locator('dd')).toHaveText('1');
  const apply = preview.getByRole('button', { name: 'Apply' });
  await expect(apply).toBeDisabled();
  await bo.screenshot({ path: '/tmp/shots/officers-import-warning.png' });

  await warning.getByRole('checkbox', { name: 'I compared this fingerprint with Carol Diaz in person' }).check();
  await expect(apply).toBeEnabled();
  await warning.getByRole('checkbox', { name: 'I compared this fingerprint with Carol Diaz in person' }).uncheck();
  await expect(apply).toBeDisabled();
  expect(await memberNames(boService)).toEqual([]);

  await warning.getByRole('checkbox', { name: 'I compared this fingerprint with Carol Diaz in person' }).check();
  await apply.click();
  await expect(bo.getByRole('dialog', { name: 'Imported from Carol Diaz' })).toBeVisible();
  expect(await memberNames(boService)).toEqual(['Rosa Parks']);
});

test('a passphrase export for someone without an identity opens only with the passphrase', async ({ app: ana, service: anaService, openOfficer }) => {
  const dee = await openOfficer('dee');
  await Promise.all([openVault(anaService, ANA, ana), openVault(dee.service, { ...CAROL, officerName: 'Dee Park' }, dee.page)]);
  await addMembers(anaService, [{ first_name: 'Wei', last_name: 'Chen', building: 'Maple Court' }]);
  await gotoOfficers(ana);

  await ana.getByRole('button', { name: 'Send an export' }).click();
  const dialog = ana.getByRole('dialog', { name: 'Send an export' });
  // Ana has verified no one yet: a passphrase is the only way.
  await expect(dialog).toContainText('You have not verified any officer yet');
  const create = dialog.getByRole('button', { name: 'Create export file' });
  await expect(create).toBeDisabled();
  await dialog.getByRole('radio', { name: /^A passphrase instead/ }).check();
  await dialog.getByLabel('Passphrase for this file').fill('too short');
  await dialog.getByLabel('Confirm the passphrase').fill('too short');
  await expect(create).toBeDisabled();
  await expect(dialog).toContainText('The passphrase needs at least 10 characters.');
  // A building's name is not a passphrase: the same rule as the vault's, with the reason shown.
  await dialog.getByLabel('Passphrase for this file').fill('Maple Court');
  await dialog.getByLabel('Confirm the passphrase').fill('Maple Court');
  await expect(create).toBeDisabled();
  await expect(dialog).toContainText('The passphrase is too easy to guess');
  await expect(dialog.locator('#export-passphrase-strength')).toContainText(/chapter|guess/i);
  await ana.screenshot({ path: test.info().outputPath('export-weak-passphrase.png') });
  await dialog.getByLabel('Passphrase for this file').fill('granite lantern orchard velvet');
  await dialog.getByLabel('Confirm the passphrase').fill('granite lantern orchard velvet');
  await expect(create).toBeEnabled();
  const downloading = ana.waitForEvent('download');
  await create.click();
  const download = await downloading;
  const done = ana.getByRole('dialog', { name: 'Export file created' });
  await expect(done.getByRole('status')).toHaveText(/1 member, locked with your passphrase\./);
  await expect(done).toContainText('give the passphrase separately');
  const file = { name: download.suggestedFilename(), buffer: await downloadedBytes(download) };

  // Dee's Chapterhouse sees the file is locked with a passphrase and asks for it first.
  await gotoOfficers(dee.page);
  const importDialog = await chooseImportFile(dee.page, file);
  await expect(importDialog.getByText('This file is locked with a passphrase.')).toBeVisible();
  await importDialog.getByLabel('Passphrase for this file').fill('maple court wednesday');
  await importDialog.getByRole('button', { name: 'Open file' }).click();
  await expect(importDialog.getByRole('alert')).toHaveText('That passphrase does not open this file (or its header is damaged).');
  await importDialog.getByLabel('Passphrase for this file').fill('granite lantern orchard velvet');
  await importDialog.getByRole('button', { name: 'Open file' }).click();
  const preview = dee.page.getByRole('dialog', { name: /^Import .*\.age\?$/ });
  await expect(preview.getByRole('group', { name: /says it is from Ana Reyes/ })).toBeVisible();
  await expect(preview.getByTestId('count-new').locator('dd')).toHaveText('1');
});
