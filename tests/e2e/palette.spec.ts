import { createVaultThroughUi, expect, expectLocked, test } from './harness';
import { addMembers, call } from './service-helpers';

const PALETTE = 'Command palette';

test('the command palette runs actions from the keyboard, and Escape returns focus where it was', async ({ app, service }) => {
  await createVaultThroughUi(app);
  await addMembers(service, [{ first_name: 'Rosa', last_name: 'Parks', building: 'Maple Court' }]);
  await call(service, 'roll:saveView', { name: 'Maple tenants', query: { search: 'Rosa' } });

  // Ctrl+K opens it with the typing field focused; Escape closes it and focus goes back.
  const settingsButton = app.getByRole('button', { name: 'Settings' });
  await settingsButton.focus();
  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: PALETTE });
  const field = palette.getByRole('combobox', { name: 'Type a command' });
  await expect(field).toBeFocused();
  await expect(palette.getByRole('option')).not.toHaveCount(0);
  await app.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(settingsButton).toBeFocused();

  // Arrow keys move the active option (announced through aria-activedescendant); Enter runs it.
  await app.keyboard.press('Control+k');
  await field.fill('go to');
  const options = palette.getByRole('option');
  // One "Go to" per page in the sidebar: Roll, Meetings, Places, Officers, Settings.
  await expect(options).toHaveCount(5);
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  for (let step = 0; step < 4; step++) await app.keyboard.press('ArrowDown');
  await expect(options.nth(4)).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute('aria-activedescendant', (await options.nth(4).getAttribute('id'))!);
  await expect(options.nth(4)).toHaveText('Go to Settings');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  // "New member" from another page: the roll opens with the add-member dialog.
  await app.keyboard.press('Control+k');
  await field.fill('new mem');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Add member', level: 2 })).toBeVisible();
  await app.keyboard.press('Escape');

  // A saved view, by name: the roll shows it.
  await app.getByRole('button', { name: 'Officers' }).click();
  await app.keyboard.press('Control+k');
  await field.fill('maple');
  // The view, then the member the words find (she lives at Maple Court).
  await expect(palette.getByRole('option')).toHaveText([/Maple tenants/, /Rosa Parks/]);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('searchbox', { name: 'Search the roll' })).toHaveValue('Rosa');

  // "Search members" puts the cursor in the search field.
  await app.keyboard.press('Control+k');
  await field.fill('search');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('searchbox', { name: 'Search the roll' })).toBeFocused();

  // "New meeting" goes to Meetings and opens its new-meeting form.
  await app.keyboard.press('Control+k');
  await field.fill('new meeting');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible();
  await expect(app.getByRole('dialog', { name: 'New meeting' })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog', { name: 'New meeting' })).toBeHidden();

  // Nothing matches: said so.
  await app.keyboard.press('Control+k');
  await field.fill('zzzz');
  await expect(palette.getByText('No action matches.')).toBeVisible();

  // Lock, from the palette.
  await field.fill('lock');
  await app.keyboard.press('Enter');
  await expectLocked(app);
  expect(service.isUnlocked).toBe(false);
});

test('the palette finds members by name, and a bare word goes to a page before it runs an action', async ({ app, service }) => {
  await createVaultThroughUi(app);
  await addMembers(service, [{ first_name: 'Rosa', last_name: 'Parks', building: 'Maple Court', unit: '4B' }]);
  await app.getByRole('button', { name: 'Settings' }).click();
  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: PALETTE });
  const field = palette.getByRole('combobox', { name: 'Type a command' });
  await field.fill('meet');
  await expect(palette.getByRole('option').first()).toHaveText('Go to Meetings');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible();
  await expect(app.getByRole('dialog', { name: 'New meeting' })).toHaveCount(0);

  await app.keyboard.press('Control+k');
  await field.fill('rosa');
  await expect(palette.getByRole('option')).toHaveText([/Rosa Parks\s*Maple Court · 4B/]);
  await app.screenshot({ path: test.info().outputPath('palette-member.png') });
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: 'Rosa Parks' })).toBeVisible();
});

test('"?" lists the keyboard shortcuts; Escape closes the list and focus returns', async ({ app }) => {
  await createVaultThroughUi(app);
  const officers = app.getByRole('button', { name: 'Officers' });
  await officers.focus();
  await app.keyboard.press('?');
  const help = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByText('Open the command palette')).toBeVisible();
  await expect(help.getByText('Lock the vault')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(officers).toBeFocused();

  // Typing "?" in a field is just a character.
  await app.getByRole('searchbox', { name: 'Search the roll' }).fill('');
  await app.getByRole('searchbox', { name: 'Search the roll' }).press('?');
  await expect(help).toBeHidden();
  await expect(app.getByRole('searchbox', { name: 'Search the roll' })).toHaveValue('?');
});
