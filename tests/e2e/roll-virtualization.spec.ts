import { expect, test } from './harness';
import { bodyRows, memberRow, openRollWith, rollCount, rollGrid, syntheticMembers } from './roll-helpers';
import { call } from './service-helpers';

/** However long the roll, the table keeps about a screenful of rows in the DOM. */
const MOST_ROWS_IN_DOM = 80;

test('5,000 members: a bounded number of rows in the DOM, and the last one at the bottom', async ({ app, service }) => {
  test.setTimeout(240_000);
  await openRollWith(app, service, syntheticMembers(5000));
  await expect(rollCount(app)).toHaveText('5,000 members');
  const grid = rollGrid(app);
  await expect(grid).toHaveAttribute('aria-rowcount', '5001');
  await expect(bodyRows(app).first()).toBeVisible();
  expect(await bodyRows(app).count()).toBeLessThan(MOST_ROWS_IN_DOM);

  // The last member in name order, as the service orders the roll.
  const last = (await call<{ rows: { first_name: string; last_name: string }[] }>(service, 'roll:list', { offset: 4999, limit: 1 })).rows[0]!;
  const lastName = `${last.first_name} ${last.last_name}`;
  await expect(memberRow(app, lastName)).toHaveCount(0);

  await grid.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(memberRow(app, lastName)).toBeVisible();
  await expect(memberRow(app, lastName)).toHaveAttribute('aria-rowindex', '5001');
  expect(await bodyRows(app).count()).toBeLessThan(MOST_ROWS_IN_DOM);

  // Half way down, the rows there are fetched and shown too.
  const middle = (await call<{ rows: { first_name: string; last_name: string }[] }>(service, 'roll:list', { offset: 2500, limit: 1 })).rows[0]!;
  await grid.evaluate((element) => {
    element.scrollTop = element.scrollHeight / 2;
  });
  await expect(memberRow(app, `${middle.first_name} ${middle.last_name}`)).toBeVisible();
  expect(await bodyRows(app).count()).toBeLessThan(MOST_ROWS_IN_DOM);

  // The keyboard reaches the end as well.
  await grid.focus();
  await app.keyboard.press('Home');
  await expect(grid).toHaveAttribute('aria-activedescendant', 'roll-row-0');
  await app.keyboard.press('End');
  await expect(grid).toHaveAttribute('aria-activedescendant', 'roll-row-4999');
  await expect(memberRow(app, lastName)).toBeVisible();
});
