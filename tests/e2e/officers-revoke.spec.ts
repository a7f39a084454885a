import { gotoOfficers, officerRow, openVault, ANA, BO, CAROL } from './officers-helpers';
import { expect, test } from './harness';
import { call } from './service-helpers';

test('revoking an officer marks them Revoked and takes them off the export recipients', async ({ app, service, openOfficer }) => {
  const bo = await openOfficer('bo');
  const carol = await openOfficer('carol');
  await Promise.all([openVault(service, ANA, app), openVault(bo.service, BO), openVault(carol.service, CAROL)]);
  await call(service, 'officers:add', { card: (await call(bo.service, 'officers:card', {})).card, verified: true });
  await call(service, 'officers:add', { card: (await call(carol.service, 'officers:card', {})).card, verified: false });
  await gotoOfficers(app);

  await expect(officerRow(app, 'Ana Reyes').getByTestId('officer-status')).toHaveText('You');
  await expect(officerRow(app, 'Bo Li').getByTestId('officer-status')).toHaveText('Verified');
  await expect(officerRow(app, 'Carol Diaz').getByTestId('officer-status')).toHaveText('Not verified');
  const list = app.getByRole('region', { name: 'Officers you know' });
  await list.screenshot({ path: '/tmp/shots/officers-list.png' });

  await app.getByRole('button', { name: 'Send an export' }).click();
  const before = app.getByRole('dialog', { name: 'Send an export' });
  await expect(before.getByRole('checkbox', { name: /^Bo Li/ })).toBeVisible();
  await before.getByRole('button', { name: 'Cancel' }).click();

  await officerRow(app, 'Bo Li').getByRole('button', { name: 'Revoke Bo Li' }).click();
  const confirm = app.getByRole('dialog', { name: 'Revoke Bo Li?' });
  await expect(confirm).toContainText('Files from Bo Li will be refused from now on, and nothing more will be sent to them');
  await app.screenshot({ path: '/tmp/shots/officers-revoke.png' });
  // Cancel changes nothing.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(officerRow(app, 'Bo Li').getByTestId('officer-status')).toHaveText('Verified');

  await officerRow(app, 'Bo Li').getByRole('button', { name: 'Revoke Bo Li' }).click();
  await confirm.getByRole('button', { name: 'Revoke Bo Li' }).click();
  await expect(confirm).toBeHidden();
  await expect(officerRow(app, 'Bo Li').getByTestId('officer-status')).toHaveText('Revoked');
  await expect(app.getByRole('status').filter({ hasText: 'Bo Li is revoked.' })).toBeVisible();
  await expect(officerRow(app, 'Bo Li').getByRole('button')).toHaveCount(0);
  await list.screenshot({ path: '/tmp/shots/officers-list-revoked.png' });

  await app.getByRole('button', { name: 'Send an export' }).click();
  const after = app.getByRole('dialog', { name: 'Send an export' });
  await expect(after.getByRole('radio', { name: 'Officers you have verified' })).toBeChecked();
  await expect(after.getByRole('checkbox', { name: /Bo Li/ })).toHaveCount(0);
  await expect(after).toContainText('You have not verified any officer yet');

  const stored = (await call(service, 'officers:list', {})).find((officer) => officer.name === 'Bo Li');
  expect(stored).toMatchObject({ revoked: true });
});
