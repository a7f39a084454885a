import { expect, test } from './harness';
import { memberPanel, memberRow, openRollWith, rollCount } from './roll-helpers';
import { call } from './service-helpers';

test('adds members with the dialog: a name is enough, errors are shown inline', async ({ app, service }) => {
  await openRollWith(app, service, []);
  await expect(app.getByText('import your existing roll from a spreadsheet')).toBeVisible();

  await app.getByRole('button', { name: 'Add member' }).first().click();
  const dialog = app.getByRole('dialog', { name: 'Add member' });
  await expect(dialog.getByLabel('First name')).toBeFocused();

  // Enter saves; without a name the service says what is missing.
  await dialog.getByLabel('First name').press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Not saved: a member needs a name.');

  await dialog.getByLabel('First name').fill('Rosa');
  await dialog.getByLabel('Last name').fill('Parks');
  await dialog.getByLabel('Email').fill('rosa@');
  await dialog.getByLabel('Email').press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Not saved: "rosa@" is not an e-mail address.');
  expect((await call<{ total: number }>(service, 'roll:list', {})).total).toBe(0);

  await dialog.getByLabel('Email').fill('rosa@example.org');
  await dialog.getByLabel('Phone').fill('212 555 0199');
  await dialog.getByLabel('Phone').press('Enter');
  await expect(dialog).toBeHidden();

  // The new member is opened, and marked in the table.
  await expect(memberPanel(app, 'Rosa Parks')).toBeVisible();
  await expect(memberRow(app, /Rosa Parks/)).toHaveAttribute('aria-current', 'true');
  await expect(memberRow(app, /Rosa Parks/)).toContainText('(212) 555-0199');
  await expect(app.getByText('Added Rosa Parks')).toBeVisible();
  await app.keyboard.press('Escape');

  // More fields: everything else, including the chapter's own place fields.
  await app.getByRole('button', { name: 'Add member' }).first().click();
  await dialog.getByLabel('First name').fill('Ben');
  await dialog.getByRole('button', { name: 'More fields' }).click();
  await dialog.getByLabel('Building').fill('Maple Court');
  await dialog.getByLabel('Unit').fill('4B');
  await dialog.getByRole('radio', { name: '4 · Leaning against' }).check();
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog).toBeHidden();
  await expect(memberRow(app, /Ben/)).toContainText('Maple Court');
  await expect(memberRow(app, /Ben/)).toContainText('4B');
  await expect(rollCount(app)).toHaveText('2 members');

  // Esc (or Cancel) closes the dialog without adding anyone.
  await app.getByRole('button', { name: 'Add member' }).first().click();
  await dialog.getByLabel('First name').fill('Nobody');
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(rollCount(app)).toHaveText('2 members');
  // Focus goes back to the button that opened it, so the keyboard carries on from there.
  await expect(app.getByRole('button', { name: 'Add member' }).first()).toBeFocused();
});
