/**
 * Issue #16, check-in a volunteer can trust: building and unit beside each match, the current
 * member before a former namesake, near matches for a typo, and a walk-in form that starts with
 * the name already typed.
 */
import { createVaultThroughUi, expect, test } from './harness';
import { call } from './service-helpers';

test('check-in prefers the current member, suggests near matches, and starts a walk-in with the name typed', async ({ app, service }) => {
  await createVaultThroughUi(app);
  const add = (fields: Record<string, string>) => call(service, 'roll:add', { fields: { building: 'Maple Court', ...fields } });
  // The former Ana sorts first by name and was added first: today she was the one Enter took.
  await add({ first_name: 'Ana', last_name: 'Okafor', status: 'former', dues_paid_through: '2020-01-31', unit: '1A' });
  await add({ first_name: 'Ana', last_name: 'Okafor', status: 'member', dues_paid_through: '2099-12-31', unit: '3C' });
  await add({ first_name: 'Luis', last_name: 'Chen', status: 'member', dues_paid_through: '2099-12-31', unit: '2B' });
  const types = await call(service, 'meetings:types', {});
  await call(service, 'meetings:create', { typeId: types[0]!.id, title: 'Building meeting', startsAt: '2026-11-12T19:00' });
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Meetings' }).click();
  await app.getByRole('table', { name: 'Meetings' }).getByRole('button', { name: 'Building meeting' }).click();

  const box = app.getByRole('combobox', { name: 'Check in' });
  await box.fill('ana okafor');
  const matches = app.getByRole('listbox', { name: 'Members matching' });
  await expect(matches.getByRole('option')).toHaveCount(2);
  await expect(matches.getByRole('option').first()).toContainText('Maple Court · 3C · member');
  await expect(matches.getByRole('option').nth(1)).toContainText('Maple Court · 1A · former');
  await app.screenshot({ path: test.info().outputPath('matches.png') });
  await box.press('Enter');
  const present = app.getByRole('list', { name: /^Present/ });
  await expect(present.getByRole('listitem')).toHaveText([/Ana Okafor · Maple Court · 3C/]);

  // A typo: near matches first, then the walk-in.
  await box.fill('luis chn');
  await box.press('Enter');
  await expect(app.getByText('Nobody on the roll matches “luis chn” exactly. Did you mean:')).toBeVisible();
  const near = app.getByRole('list', { name: 'Near matches' });
  await expect(near.getByRole('button')).toHaveText(['Check in Luis Chen · Maple Court · 2B']);
  await app.screenshot({ path: test.info().outputPath('near.png') });
  await near.getByRole('button', { name: /Check in Luis Chen/ }).click();
  await expect(present.getByRole('listitem')).toHaveCount(2);

  await box.fill('Grace Walker');
  await box.press('Enter');
  await expect(app.getByText('Nobody on the roll matches “Grace Walker”.')).toBeVisible();
  await app.getByRole('button', { name: 'Add “Grace Walker” as a walk-in' }).click();
  const walkIn = app.getByRole('form', { name: 'Walk-in' });
  await expect(walkIn.getByLabel('First name')).toHaveValue('Grace');
  await expect(walkIn.getByLabel('Last name')).toHaveValue('Walker');
  await app.screenshot({ path: test.info().outputPath('walk-in.png') });
});
