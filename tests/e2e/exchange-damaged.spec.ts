import { randomUUID } from 'node:crypto';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { befriend, chooseImportFile, gotoOfficers, memberNames, openVault, ANA, BO } from './officers-helpers';
import { expect, test } from './harness';
import { addMembers, call } from './service-helpers';

/** A card for an officer who exists only here: a real age recipient, so files can be made for them. */
async function strangerCard(name: string): Promise<string> {
  const body = {
    id: randomUUID(),
    name,
    role: '',
    signingKey: Buffer.alloc(32, 7).toString('base64'),
    ageRecipient: await identityToRecipient(await generateIdentity()),
  };
  return `chapterhouse-card:v1:${Buffer.from(JSON.stringify(body)).toString('base64url')}`;
}

test('a damaged file, a file for someone else and a file that is not an export are each refused in one sentence', async ({ app: bo, service: boService, openOfficer }) => {
  const ana = await openOfficer('ana');
  await Promise.all([openVault(boService, BO, bo), openVault(ana.service, ANA)]);
  const { bAtA: boAtAna } = await befriend(ana.service, boService);
  const stranger = await call(ana.service, 'officers:add', { card: await strangerCard('Eve Stone'), verified: true });
  await addMembers(ana.service, [{ first_name: 'Kwame', last_name: 'Mensah', building: 'Maple Court' }]);
  const good = Buffer.from((await call(ana.service, 'exchange:export', { to: [boAtAna], scope: 'roll' })).contentBase64, 'base64');
  const forEve = Buffer.from((await call(ana.service, 'exchange:export', { to: [stranger.id], scope: 'roll' })).contentBase64, 'base64');
  await gotoOfficers(bo);

  // One byte flipped in the encrypted payload, well past the header.
  const damaged = Buffer.from(good);
  const at = damaged.length - 40;
  damaged[at] = damaged[at]! ^ 0x01;
  const dialog = await chooseImportFile(bo, { name: 'damaged.age', buffer: damaged });
  const alert = dialog.getByRole('alert');
  await expect(alert).toHaveText('The file is damaged or was changed after it was written, so it was not imported.');
  await expect(dialog.getByRole('alert')).toHaveCount(1);
  await expect(dialog.getByRole('button', { name: 'Apply' })).toHaveCount(0);
  await bo.screenshot({ path: test.info().outputPath('officers-import-damaged.png') });

  // Made for someone else: Bo's key does not open it; a passphrase might, so he is offered the field.
  await dialog.getByLabel('Choose another file…').setInputFiles({ name: 'for-eve.age', mimeType: 'application/octet-stream', buffer: forEve });
  await expect(alert).toHaveText(/^Your key does not open this file: it was made for other officers, or its header is damaged\.$/);
  await expect(dialog.getByLabel('Passphrase for this file')).toBeVisible();

  // Not an export at all.
  await dialog
    .getByLabel('Choose another file…')
    .setInputFiles({ name: 'roll.csv', mimeType: 'text/csv', buffer: Buffer.from('first_name,last_name\nAna,Reyes\n') });
  await expect(alert).toHaveText('This is not a Chapterhouse export file.');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await memberNames(boService)).toEqual([]);
  expect((await call(boService, 'officers:list', {})).find((officer) => officer.name === 'Ana Reyes')?.lastImportAt).toBe('');

  // The undamaged file still imports.
  const preview = await chooseImportFile(bo, { name: 'good.age', buffer: good });
  await expect(preview.getByTestId('count-new').locator('dd')).toHaveText('1');
});
