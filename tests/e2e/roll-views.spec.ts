import { expect, test } from './harness';
import { openFilter, openRollWith, rollCount, syntheticMembers } from './roll-helpers';
import { call } from './service-helpers';

test('saves the current search, filters and sort as a view, and brings them back', async ({ app, service }) => {
  await openRollWith(app, service, syntheticMembers(42));
  const search = app.getByRole('searchbox', { name: 'Search the roll' });

  const filters = await openFilter(app, 'Building');
  await filters.getByRole('checkbox', { name: 'Maple Court' }).check();
  await app.keyboard.press('Escape');
  await search.fill('ana');
  await app.getByRole('button', { name: 'Unit' }).click();
  const matching = (await call<{ total: number }>(service, 'roll:list', { search: 'ana', filter: { buildings: ['Maple Court'] } })).total;
  expect(matching).toBeGreaterThan(1);
  const narrowedCount = `${matching} of 42 members`;
  await expect(rollCount(app)).toHaveText(narrowedCount);

  await app.getByRole('button', { name: 'Views' }).click();
  const views = app.getByRole('dialog', { name: 'Saved views' });
  await expect(views.getByText('No saved views yet.')).toBeVisible();
  await views.getByLabel('Save the current search and filters as').fill('Maple Court Anas');
  await views.getByRole('button', { name: 'Save' }).click();
  await expect(views.getByRole('status')).toHaveText('Saved “Maple Court Anas”.');
  await expect(views.getByRole('button', { name: 'Maple Court Anas', exact: true })).toBeVisible();
  const saved = await call<{ name: string; query: unknown }[]>(service, 'roll:views', {});
  expect(saved).toEqual([
    expect.objectContaining({ name: 'Maple Court Anas', query: { search: 'ana', filter: { buildings: ['Maple Court'] }, sort: { field: 'unit', direction: 'asc' } } }),
  ]);
  await app.keyboard.press('Escape');

  // Back to the whole roll…
  await search.fill('');
  await app.getByRole('button', { name: 'Remove filter Building: Maple Court' }).click();
  await expect(rollCount(app)).toHaveText('42 members');

  // …and the view brings everything back.
  await app.getByRole('button', { name: 'Views' }).click();
  await views.getByRole('button', { name: 'Maple Court Anas', exact: true }).click();
  await expect(views).toBeHidden();
  await expect(search).toHaveValue('ana');
  await expect(app.getByRole('list', { name: 'Active filters' })).toContainText('Building: Maple Court');
  await expect(app.getByRole('columnheader', { name: /Unit/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rollCount(app)).toHaveText(narrowedCount);

  // Deleting it leaves the roll as it is.
  await app.getByRole('button', { name: 'Views' }).click();
  await views.getByRole('button', { name: 'Delete view Maple Court Anas' }).click();
  await expect(views.getByText('No saved views yet.')).toBeVisible();
  expect(await call(service, 'roll:views', {})).toEqual([]);
});
