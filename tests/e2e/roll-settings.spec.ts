import { expect, test } from './harness';
import { memberPanel, memberRow, openFilter, openRollWith, rollCount } from './roll-helpers';
import { call } from './service-helpers';

interface StoredSettings {
  chapterKind: string;
  statuses: string[];
  phoneCountry: string;
  dateOrder: string;
  duesGraceDays: number;
}

test('the kind of chapter decides the columns and filters', async ({ app, service }) => {
  await openRollWith(app, service, [{ first_name: 'Kwame', last_name: 'Mensah', workplace: 'Depot 4', department: 'Maintenance', shift: 'Night' }], {
    chapterKind: 'workplace',
  });
  for (const column of ['Workplace', 'Department', 'Shift']) await expect(app.getByRole('columnheader', { name: new RegExp(column) })).toBeVisible();
  await expect(app.getByRole('columnheader', { name: /Building/ })).toHaveCount(0);
  await expect(memberRow(app, /Kwame Mensah/)).toContainText('Depot 4');
  const workplaceFilters = await openFilter(app, 'Workplace');
  await expect(workplaceFilters.getByRole('checkbox', { name: 'Depot 4' })).toBeVisible();
  await app.keyboard.press('Escape');

  await app.getByRole('button', { name: 'Settings' }).click();
  const roll = app.getByRole('region', { name: 'Roll' });
  await roll.getByRole('radio', { name: /Tenant union/ }).check();
  await expect(roll.getByRole('status')).toHaveText('Saved.');
  expect((await call<StoredSettings>(service, 'settings:get', {})).chapterKind).toBe('tenant');

  await app.getByRole('button', { name: 'Roll', exact: true }).click();
  await expect(app.getByRole('columnheader', { name: /Building/ })).toBeVisible();
  await expect(app.getByRole('columnheader', { name: /Unit/ })).toBeVisible();
  await expect(app.getByRole('columnheader', { name: /Workplace/ })).toHaveCount(0);
  const tenantFilters = await openFilter(app, 'Building');
  await expect(tenantFilters.getByRole('tab', { name: /^Workplace/ })).toHaveCount(0);
});

test('statuses, phone country, date order and grace days are saved as they are changed', async ({ app, service }) => {
  await openRollWith(app, service, []);
  await app.getByRole('button', { name: 'Settings' }).click();
  const roll = app.getByRole('region', { name: 'Roll' });

  await roll.getByLabel('New status').fill('retiree');
  await roll.getByRole('button', { name: 'Add status' }).click();
  await expect(roll.getByRole('status')).toHaveText('Saved.');
  await roll.getByRole('button', { name: 'Move retiree up' }).click();
  await roll.getByRole('button', { name: 'Remove prospect' }).click();
  await expect.poll(async () => (await call<StoredSettings>(service, 'settings:get', {})).statuses).toEqual([
    'member',
    'retiree',
    'former',
  ]);
  // The first status is what new members get: there is always one.
  await expect(roll.getByRole('listitem').first()).toContainText('member');

  await roll.getByLabel('Phone numbers are from').selectOption({ label: 'Canada' });
  await roll.getByLabel('Dates like 3/5/2024 mean').selectOption('DMY');
  await roll.getByLabel('Dues grace period (days)').fill('14');
  await roll.getByLabel('Dues grace period (days)').press('Enter');
  await expect.poll(async () => call<StoredSettings>(service, 'settings:get', {})).toMatchObject({
    phoneCountry: 'CA',
    dateOrder: 'DMY',
    duesGraceDays: 14,
  });
  await roll.getByLabel('Dues grace period (days)').fill('a month');
  await roll.getByLabel('Dues grace period (days)').press('Enter');
  await expect(roll.getByRole('alert')).toHaveText('Grace days must be a whole number from 0 to 365.');

  // The roll's status menus follow the chapter's list.
  await app.getByRole('button', { name: 'Roll', exact: true }).click();
  await app.getByRole('button', { name: 'Add member' }).first().click();
  const dialog = app.getByRole('dialog', { name: 'Add member' });
  await dialog.getByLabel('First name').fill('Olga');
  await dialog.getByRole('button', { name: 'More fields' }).click();
  await expect(dialog.getByLabel('Status').locator('option')).toHaveText(['member', 'retiree', 'former']);
});

test('a custom choice field can be defined, filled in and filtered on', async ({ app, service }) => {
  await openRollWith(app, service, [
    { first_name: 'Kwame', last_name: 'Mensah' },
    { first_name: 'Olga', last_name: 'Novak' },
  ]);
  await app.getByRole('button', { name: 'Settings' }).click();
  const fields = app.getByRole('region', { name: 'Custom fields' });
  await expect(fields.getByText('No custom fields yet.')).toBeVisible();
  await fields.getByLabel('Name').fill('Shift preference');
  await expect(fields.getByText('shift_preference')).toBeVisible();
  await fields.getByLabel('Kind').selectOption({ label: 'Choice from a list' });
  await fields.getByLabel('Choices').fill('Day, Night');
  await fields.getByRole('button', { name: 'Add field' }).click();
  await expect(fields.getByRole('status')).toHaveText('Added “Shift preference”.');
  await expect(fields.getByRole('list', { name: 'Custom fields' })).toContainText('Choice from a list: Day, Night');

  await app.getByRole('button', { name: 'Roll', exact: true }).click();
  await memberRow(app, /Olga Novak/).click();
  const panel = memberPanel(app, 'Olga Novak');
  await panel.getByLabel('Shift preference').selectOption('Night');
  await expect(panel.getByText('All changes saved.')).toBeVisible();

  const filters = await openFilter(app, 'Shift preference');
  await filters.getByRole('checkbox', { name: 'Night' }).check();
  await expect(rollCount(app)).toHaveText('1 of 2 members');
  await expect(memberRow(app, /Olga Novak/)).toBeVisible();
  await expect(memberRow(app, /Kwame Mensah/)).toHaveCount(0);
});
