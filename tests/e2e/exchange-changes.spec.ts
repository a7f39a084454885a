import { befriend, chooseImportFile, gotoOfficers, memberId, openVault, ANA, BO } from './officers-helpers';
import { expect, test } from './harness';
import { addMembers, call } from './service-helpers';

test('a later file lists what changed, and where both officers changed the same detail', async ({ app: bo, service: boService, openOfficer }) => {
  const ana = await openOfficer('ana');
  await Promise.all([openVault(boService, BO, bo), openVault(ana.service, ANA)]);
  const { bAtA: boAtAna } = await befriend(ana.service, boService);
  await addMembers(ana.service, [
    { first_name: 'Amara', last_name: 'Obi', building: 'Maple Court' },
    { first_name: 'Lin', last_name: 'Zhou', building: 'Maple Court', phone: '(212) 555-0100' },
  ]);
  const first = await call(ana.service, 'exchange:export', { to: [boAtAna], scope: 'roll' });
  const preview = await call(boService, 'exchange:preview', { fileName: first.fileName, contentBase64: first.contentBase64 });
  await call(boService, 'exchange:apply', { importId: preview.importId, acceptUnverifiedSigner: false });

  // Ana changes Lin's phone, then Bo does too (later); Ana also adds Amara's email.
  await call(ana.service, 'roll:update', { id: await memberId(ana.service, 'Lin'), fields: { phone: '(212) 555-0111' } });
  await call(boService, 'roll:update', { id: await memberId(boService, 'Lin'), fields: { phone: '(212) 555-0199' } });
  await call(ana.service, 'roll:update', { id: await memberId(ana.service, 'Amara'), fields: { email: 'amara@example.org' } });
  const second = await call(ana.service, 'exchange:export', { to: [boAtAna], scope: 'roll' });

  await gotoOfficers(bo);
  const dialog = await chooseImportFile(bo, { name: 'second.age', buffer: Buffer.from(second.contentBase64, 'base64') });
  await expect(dialog.getByTestId('count-changed').locator('dd')).toHaveText('1');
  await expect(dialog.getByTestId('count-conflict').locator('dd')).toHaveText('1');
  const changes = dialog.getByRole('table', { name: 'What would change' });
  await expect(changes.getByRole('row', { name: /Changed Amara Obi Email/ })).toBeVisible();
  await expect(changes.getByRole('row', { name: /Conflict Lin Zhou Phone/ })).toBeVisible();
  await expect(dialog).toContainText('A conflict means you and Ana Reyes both changed the same detail since your last exchange; the later change is kept.');
  await bo.screenshot({ path: '/tmp/shots/officers-import-changes.png' });
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(bo.getByRole('dialog', { name: 'Imported from Ana Reyes' })).toBeVisible();

  const lin = await call(boService, 'roll:get', { id: await memberId(boService, 'Lin') });
  const amara = await call(boService, 'roll:get', { id: await memberId(boService, 'Amara') });
  expect(JSON.stringify(lin)).toContain('555-0199');
  expect(JSON.stringify(amara)).toContain('amara@example.org');
});
