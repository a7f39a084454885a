/**
 * Makes the pictures for reviewing the Roll screen: a realistic chapter in each state (table,
 * panel and its tabs, bulk bar, filters, add dialog, toast, no results, saved views, settings),
 * written as roll-*.png to the test's output folder. It compares against no baseline: the
 * pictures are for people to look at. Before each picture it asserts that the state shows what it
 * should, so a state that no longer appears fails here rather than photographing the wrong screen.
 */
import type { Page } from '@playwright/test';
import { syntheticPeople } from '../../src/main/demo/synthetic';
import type { MemberInput } from '../../src/shared/roll';
import { expect, test } from './harness';
import { openRollWith, rollCount, rollGrid } from './roll-helpers';
import { call } from './service-helpers';

const STATUSES = ['member in good standing', 'member in good standing', 'prospect', 'lapsed'];
const TAGS = ['', 'building committee', 'phone bank', '', 'rent strike, phone bank', ''];

function realisticRoll(count: number): MemberInput[] {
  return [...syntheticPeople(count, 7)].map((person, index) => ({
    first_name: person.firstName,
    last_name: person.lastName,
    email: person.email,
    phone: person.phone,
    street: person.street,
    unit: person.unit,
    building: person.building,
    languages: person.language,
    assessment: index % 7 === 3 ? null : person.assessment,
    join_date: person.joinDate,
    status: STATUSES[index % STATUSES.length]!,
    tags: TAGS[index % TAGS.length]!,
    // Some paid up, some in grace, some lapsed, some never recorded.
    dues_paid_through: ['2099-01-31', '', '2020-06-30', new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10)][index % 4]!,
  }));
}

async function shoot(app: Page, name: string) {
  await app.screenshot({ path: test.info().outputPath(`roll-${name}.png`) });
}

test('photographs the roll, its panel, the add dialog, the bulk bar and the roll settings, each in the state it names', async ({ app, service }) => {
  await app.setViewportSize({ width: 1360, height: 820 });
  await openRollWith(app, service, realisticRoll(240));
  await expect(rollCount(app)).toHaveText('240 members');
  await expect(app.getByRole('row').nth(12)).toBeVisible();
  await shoot(app, 'table');

  const first = app.getByRole('row').nth(3);
  const name = (await first.getByRole('gridcell').nth(1).textContent())!.trim();
  await first.click();
  const panel = app.getByRole('complementary', { name });
  await expect(panel.getByRole('textbox', { name: 'Phone' })).not.toHaveValue('');
  const id = (await call<{ rows: { id: string }[] }>(service, 'roll:list', { search: name, limit: 1 })).rows[0]!.id;
  await call(service, 'roll:addConversation', { memberId: id, notes: 'Talked at the door about the rent increase. Wants to join the building committee.', assessment: 2 });
  await panel.getByRole('textbox', { name: 'Phone' }).fill('555.123.4567');
  await panel.getByRole('textbox', { name: 'Phone' }).press('Enter');
  await expect(panel.getByRole('textbox', { name: 'Phone' })).toHaveValue('(555) 123-4567');
  await shoot(app, 'panel');
  await panel.getByRole('tab', { name: /Conversations/ }).click();
  await expect(panel.getByText('Talked at the door')).toBeVisible();
  await shoot(app, 'panel-conversations');
  await panel.getByRole('tab', { name: /History/ }).click();
  await expect(panel.getByText('(555) 123-4567')).toBeVisible();
  await shoot(app, 'panel-history');
  await app.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  await app.getByRole('row').nth(2).getByRole('checkbox').check();
  await app.getByRole('row').nth(4).getByRole('checkbox').check();
  await app.getByRole('row').nth(5).getByRole('checkbox').check();
  await expect(app.getByRole('region', { name: 'Selected members' })).toContainText('3 members selected');
  await app.getByRole('button', { name: 'Add tag' }).click();
  await shoot(app, 'bulk-bar');
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Clear selection' }).click();

  await app.getByRole('button', { name: 'Filters' }).click();
  await app.getByRole('tab', { name: 'Building' }).click();
  await app.getByRole('checkbox', { name: 'Maple Court' }).check();
  await app.getByRole('tab', { name: 'Tag' }).click();
  await app.getByRole('checkbox', { name: 'phone bank' }).check();
  await shoot(app, 'filters');
  await app.keyboard.press('Escape');
  await expect(app.getByRole('list', { name: 'Active filters' })).toBeVisible();
  await shoot(app, 'filtered');
  await app.getByRole('button', { name: 'Clear all' }).click();

  await app.getByRole('button', { name: 'Add member' }).first().click();
  const dialog = app.getByRole('dialog', { name: 'Add member' });
  await dialog.getByLabel('First name').fill('Rosa');
  await dialog.getByLabel('Email').fill('rosa@');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog.getByRole('alert')).toContainText('is not an e-mail address');
  await shoot(app, 'add-dialog');
  await dialog.getByRole('button', { name: 'More fields' }).click();
  await shoot(app, 'add-dialog-more');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The keyboard's row, a search with no results, a saved view and the undo toast.
  await rollGrid(app).focus();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Delete');
  await expect(app.getByRole('status').filter({ hasText: 'Deleted 1 member' })).toBeVisible();
  await shoot(app, 'keyboard-and-toast');
  await app.getByRole('searchbox', { name: 'Search the roll' }).fill('zzqx');
  await expect(app.getByRole('heading', { name: 'No results' })).toBeVisible();
  await shoot(app, 'no-results');
  await app.getByRole('searchbox', { name: 'Search the roll' }).fill('harbor');
  await app.getByRole('button', { name: 'Views' }).click();
  await app.getByLabel('Save the current search and filters as').fill('The Harbor');
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(app.getByRole('dialog', { name: 'Saved views' }).getByRole('status')).toBeVisible();
  await shoot(app, 'views');
  await app.keyboard.press('Escape');

  await app.getByRole('button', { name: 'Settings' }).click();
  const rollSettings = app.locator('.settings-card').filter({ has: app.getByRole('heading', { name: 'Roll', level: 2 }) });
  await expect(rollSettings.getByRole('radio', { name: /Tenant union/ })).toBeChecked();
  await rollSettings.screenshot({ path: test.info().outputPath('roll-settings.png') });
  const customFields = app.locator('.settings-card').filter({ has: app.getByRole('heading', { name: 'Custom fields' }) });
  await customFields.getByLabel('Name').fill('Shift preference');
  await customFields.getByLabel('Kind').selectOption({ label: 'Choice from a list' });
  await customFields.getByLabel('Choices').fill('Day, Night');
  await customFields.getByRole('button', { name: 'Add field' }).click();
  await customFields.getByLabel('Name').fill('Rent');
  await customFields.getByLabel('Kind').selectOption({ label: 'Number' });
  await customFields.getByRole('button', { name: 'Add field' }).click();
  await expect(customFields.getByRole('listitem')).toHaveCount(2);
  await customFields.screenshot({ path: test.info().outputPath('roll-settings-custom-fields.png') });
});
