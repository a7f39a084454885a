import { expect, test } from './harness';
import { bodyRows, memberRow, openFilter, openRollWith, rollCount, rollGrid, rowAt, syntheticMembers } from './roll-helpers';

test('filters by building and tag, shown as chips that can be removed', async ({ app, service }) => {
  // 30 members in three buildings (10 each); every fifth one is tagged "phone bank".
  const members = syntheticMembers(30).map((member, index) => ({ ...member, tags: index % 5 === 0 ? 'phone bank' : 'newsletter' }));
  await openRollWith(app, service, members);
  await expect(rollCount(app)).toHaveText('30 members');

  const filters = await openFilter(app, 'Building');
  await filters.getByRole('checkbox', { name: 'Maple Court' }).check();
  await expect(rollCount(app)).toHaveText('10 of 30 members');
  await expect(rollGrid(app).getByText('Riverside Towers')).toHaveCount(0);

  await filters.getByRole('tab', { name: /^Tag/ }).click();
  await filters.getByRole('checkbox', { name: 'phone bank' }).check();
  // Members 0, 15 (Maple Court is every third from 0): 0, 15 → 2 of them.
  await expect(rollCount(app)).toHaveText('2 of 30 members');
  await expect(bodyRows(app)).toHaveCount(2);
  await app.keyboard.press('Escape');
  await expect(filters).toBeHidden();
  await expect(app.getByRole('button', { name: 'Filters (2 active)' })).toBeFocused();

  const chips = app.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('listitem').filter({ hasText: 'Building: Maple Court' })).toBeVisible();
  await expect(chips.getByRole('listitem').filter({ hasText: 'Tag: phone bank' })).toBeVisible();

  await app.getByRole('button', { name: 'Remove filter Building: Maple Court' }).click();
  await expect(rollCount(app)).toHaveText('6 of 30 members');
  await expect(chips.getByText('Building: Maple Court')).toHaveCount(0);

  await app.getByRole('button', { name: 'Remove filter Tag: phone bank' }).click();
  await expect(rollCount(app)).toHaveText('30 members');
  await expect(chips).toBeHidden();

  // "Clear all" drops every filter at once.
  const again = await openFilter(app, 'Building');
  await again.getByRole('checkbox', { name: 'Cedar Gardens' }).check();
  await again.getByRole('checkbox', { name: 'Riverside Towers' }).check();
  await expect(rollCount(app)).toHaveText('20 of 30 members');
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Clear all' }).click();
  await expect(rollCount(app)).toHaveText('30 members');
});

test('sorts by a column header, and reverses on the second click', async ({ app, service }) => {
  await openRollWith(app, service, [
    { first_name: 'Ana', last_name: 'Zamora', building: 'Birch House', unit: '3' },
    { first_name: 'Ben', last_name: 'Abbott', building: 'Cedar Gardens', unit: '1' },
    { first_name: 'Cleo', last_name: 'Moreau', building: 'Aspen Court', unit: '2' },
  ]);
  // By last name until a header is clicked.
  await expect(rowAt(app, 0)).toContainText('Ben Abbott');
  await expect(rowAt(app, 2)).toContainText('Ana Zamora');
  await expect(app.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');

  await app.getByRole('button', { name: 'Building' }).click();
  await expect(app.getByRole('columnheader', { name: /Building/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(app.getByRole('columnheader', { name: /Name/ })).not.toHaveAttribute('aria-sort');
  await expect(rowAt(app, 0)).toContainText('Aspen Court');
  await expect(rowAt(app, 2)).toContainText('Cedar Gardens');

  await app.getByRole('button', { name: 'Building' }).click();
  await expect(app.getByRole('columnheader', { name: /Building/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(rowAt(app, 0)).toContainText('Cedar Gardens');
  await expect(rowAt(app, 2)).toContainText('Aspen Court');

  await app.getByRole('button', { name: 'Name' }).click();
  await expect(rowAt(app, 0)).toContainText('Ben Abbott');
  await app.getByRole('button', { name: 'Name' }).click();
  await expect(app.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(rowAt(app, 0)).toContainText('Ana Zamora');
  await expect(memberRow(app, /Cleo Moreau/)).toBeVisible();
});

test('the column chooser adds and removes columns for the session', async ({ app, service }) => {
  await openRollWith(app, service, [{ first_name: 'Ana', last_name: 'Zamora', email: 'ana@example.org', building: 'Birch House' }]);
  await expect(app.getByRole('columnheader', { name: 'Email' })).toHaveCount(0);
  await app.getByRole('button', { name: 'Columns' }).click();
  const chooser = app.getByRole('dialog', { name: 'Columns' });
  await chooser.getByRole('checkbox', { name: 'Email' }).check();
  await chooser.getByRole('checkbox', { name: 'Building' }).uncheck();
  await expect(chooser.getByRole('checkbox', { name: 'Name' })).toBeDisabled();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('columnheader', { name: 'Email' })).toBeVisible();
  await expect(app.getByRole('columnheader', { name: /Building/ })).toHaveCount(0);
  await expect(memberRow(app, /ana@example\.org/)).toBeVisible();

  // Still chosen after a visit to Settings; never written to the browser's storage.
  await app.getByRole('button', { name: 'Settings' }).click();
  await app.getByRole('button', { name: 'Roll', exact: true }).click();
  await expect(app.getByRole('columnheader', { name: 'Email' })).toBeVisible();
  const stored = await app.evaluate(() => {
    const page = globalThis as unknown as Record<'localStorage' | 'sessionStorage', { length: number }>;
    return page.localStorage.length + page.sessionStorage.length;
  });
  expect(stored).toBe(0);

  await app.getByRole('button', { name: 'Columns' }).click();
  await app.getByRole('button', { name: 'Back to the usual columns' }).click();
  await expect(app.getByRole('columnheader', { name: 'Email' })).toHaveCount(0);
  await expect(app.getByRole('columnheader', { name: /Building/ })).toBeVisible();
});
