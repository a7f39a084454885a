import { expect, lockThroughUi, pageText, RIVERSIDE, test, unlockThroughUi } from './harness';
import { bodyRows, memberRow, openRollWith, rollCount, syntheticMembers } from './roll-helpers';

test('searches as you type, ignoring accents and case', async ({ app, service }) => {
  await openRollWith(app, service, [
    ...syntheticMembers(300),
    { first_name: 'José', last_name: 'García', building: 'Maple Court' },
    { first_name: 'Josefina', last_name: 'Díaz', building: 'Cedar Gardens' },
    { first_name: 'Marta', last_name: 'Joslin', building: 'Cedar Gardens' },
  ]);
  await expect(rollCount(app)).toHaveText('303 members');
  const search = app.getByRole('searchbox', { name: 'Search the roll' });

  await search.pressSequentially('jos');
  await expect(memberRow(app, /José García/)).toBeVisible();
  await expect(memberRow(app, /Josefina Díaz/)).toBeVisible();
  await expect(memberRow(app, /Marta Joslin/)).toBeVisible();
  await expect(bodyRows(app)).toHaveCount(3);
  await expect(memberRow(app, /Ana Okafor/)).toHaveCount(0);
  await expect(rollCount(app)).toHaveText('3 of 303 members');

  // Accents and case do not matter either way round.
  await search.fill('GARCIA');
  await expect(memberRow(app, /José García/)).toBeVisible();
  await expect(bodyRows(app)).toHaveCount(1);
  await search.fill('josé');
  await expect(bodyRows(app)).toHaveCount(2);
  await expect(memberRow(app, /Josefina Díaz/)).toBeVisible();

  // Nobody matches: say so, and offer the way back.
  await search.fill('zzzqx');
  await expect(app.getByText('No members match “zzzqx”.')).toBeVisible();
  await app.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(rollCount(app)).toHaveText('303 members');
  await expect(search).toHaveValue('');

  // "/" focuses the search from anywhere; Esc clears it.
  await app.getByRole('grid', { name: 'Members' }).focus();
  await app.keyboard.press('/');
  await expect(search).toBeFocused();
  await app.keyboard.type('díaz');
  await expect(bodyRows(app)).toHaveCount(1);
  await app.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(rollCount(app)).toHaveText('303 members');
});

test('locking drops the roll from the page; unlocking starts afresh', async ({ app, service }) => {
  await openRollWith(app, service, [{ first_name: 'José', last_name: 'García' }, ...syntheticMembers(5)]);
  await app.getByRole('searchbox', { name: 'Search the roll' }).fill('garcía');
  await memberRow(app, /José García/).click();
  await expect(app.getByRole('complementary', { name: 'José García' })).toBeVisible();

  await lockThroughUi(app);
  expect(await pageText(app)).not.toContain('García');

  await unlockThroughUi(app, RIVERSIDE.passphrase);
  await expect(rollCount(app)).toHaveText('6 members');
  await expect(app.getByRole('searchbox', { name: 'Search the roll' })).toHaveValue('');
  await expect(app.getByRole('complementary', { name: 'José García' })).toHaveCount(0);
});
