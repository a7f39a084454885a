import { expect, test } from './harness';
import { memberRow, openRollWith, rollCount, rollGrid, syntheticMembers } from './roll-helpers';
import { call } from './service-helpers';

test('tags two selected rows at once, and takes the tag off again', async ({ app, service }) => {
  const members = [{ first_name: 'José', last_name: 'García' }, { first_name: 'Rosa', last_name: 'Parks' }, ...syntheticMembers(8)];
  await openRollWith(app, service, members);

  await app.getByRole('checkbox', { name: 'Select José García' }).check();
  await app.getByRole('checkbox', { name: 'Select Rosa Parks' }).check();
  const bar = app.getByRole('region', { name: 'Selected members' });
  await expect(bar).toContainText('2 members selected');
  await expect(memberRow(app, /José García/)).toHaveAttribute('aria-selected', 'true');

  await bar.getByRole('button', { name: 'Add tag' }).click();
  await app.getByRole('dialog', { name: 'Add a tag' }).getByLabel('Tag to add').fill('phone bank');
  await app.getByRole('dialog', { name: 'Add a tag' }).getByRole('button', { name: 'Add' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Tagged 2 members “phone bank”' })).toBeVisible();

  const tagged = await call<{ total: number; rows: { first_name: string }[] }>(service, 'roll:list', { filter: { tags: ['phone bank'] } });
  expect(tagged.rows.map((row) => row.first_name).sort()).toEqual(['José', 'Rosa']);

  // The new tag is offered as a filter, and the selection is still there for the next step.
  await expect(bar).toContainText('2 members selected');
  await bar.getByRole('button', { name: 'Remove tag' }).click();
  await app.getByRole('dialog', { name: 'Remove a tag' }).getByLabel('Tag to remove').fill('phone bank');
  await app.getByRole('dialog', { name: 'Remove a tag' }).getByRole('button', { name: 'Remove' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Removed “phone bank” from 2 members' })).toBeVisible();
  expect((await call<{ total: number }>(service, 'roll:list', { filter: { tags: ['phone bank'] } })).total).toBe(0);

  await bar.getByLabel('Set status').selectOption('former');
  await expect(app.getByRole('status').filter({ hasText: 'Set 2 members to “former”' })).toBeVisible();
  await expect(memberRow(app, /José García/)).toContainText('former');
  await expect(memberRow(app, /Rosa Parks/)).toContainText('former');

  await bar.getByRole('button', { name: 'Clear selection' }).click();
  await expect(bar).toBeHidden();
});

test('deletes with undo: the rows come back', async ({ app, service }) => {
  await openRollWith(app, service, [{ first_name: 'José', last_name: 'García' }, { first_name: 'Rosa', last_name: 'Parks' }, ...syntheticMembers(3)]);
  await expect(rollCount(app)).toHaveText('5 members');

  // Delete from the bulk bar.
  await app.getByRole('checkbox', { name: 'Select José García' }).check();
  await app.getByRole('checkbox', { name: 'Select Rosa Parks' }).check();
  await app.getByRole('region', { name: 'Selected members' }).getByRole('button', { name: 'Delete' }).click();
  const toast = app.getByRole('status').filter({ hasText: 'Deleted 2 members' });
  await expect(toast).toBeVisible();
  await expect(memberRow(app, /José García/)).toHaveCount(0);
  await expect(memberRow(app, /Rosa Parks/)).toHaveCount(0);
  await expect(rollCount(app)).toHaveText('3 members');

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(memberRow(app, /José García/)).toBeVisible();
  await expect(memberRow(app, /Rosa Parks/)).toBeVisible();
  await expect(rollCount(app)).toHaveText('5 members');
  await expect(app.getByRole('status').filter({ hasText: 'Restored 2 members' })).toBeVisible();

  // And with the Delete key on the active row.
  await memberRow(app, /Rosa Parks/).click();
  await expect(app.getByRole('complementary', { name: 'Rosa Parks' })).toBeVisible();
  // Nothing ticked: the highlighted row is asked about first, by name; Cancel has focus.
  await rollGrid(app).press('Delete');
  const ask = app.getByRole('dialog', { name: 'Delete Rosa Parks?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.screenshot({ path: test.info().outputPath('delete-asks.png') });
  await ask.getByRole('button', { name: 'Delete member' }).click();
  const named = app.getByRole('status').filter({ hasText: 'Deleted Rosa Parks' });
  await expect(named).toBeVisible();
  await expect(memberRow(app, /Rosa Parks/)).toHaveCount(0);
  // The panel of a deleted member closes.
  await expect(app.getByRole('complementary', { name: 'Rosa Parks' })).toBeHidden();
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(memberRow(app, /Rosa Parks/)).toBeVisible();
});
