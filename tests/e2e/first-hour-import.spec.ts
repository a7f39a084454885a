/**
 * Issue #16, imports that stay clean: rows of one file repeating each other are found at the
 * check step and merged (not doubled), and a full-name column shows how its names will be split.
 */
import { createVaultThroughUi, expect, test } from './harness';
import { members } from './fixtures/roll-tools';

const CSV =
  'Name,E-mail,Phone\n' +
  'María José de la Cruz,maria@example.org,\n' +
  'Ahmed bin Rashid,,555-222-3333\n' +
  'María José de la Cruz,MARIA@example.org,555-123-4567\n' +
  'Nguyen Thi Lan,,\n';

test('a file with repeated rows and compound names imports each person once, named right', async ({ app, service }) => {
  await createVaultThroughUi(app);
  await app.getByRole('button', { name: 'Import CSV' }).first().click();
  const sheet = app.getByRole('dialog', { name: 'Import members from a CSV file' });
  await sheet.locator('input[type=file]').setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(sheet.getByLabel('Import “Name” as')).toHaveValue('full_name');

  const names = sheet.getByRole('table', { name: 'Names as they will be stored' });
  await expect(names.getByRole('row').nth(1)).toHaveText(/María José de la Cruz\s*María José\s*de la Cruz/);
  await expect(names.getByRole('row').nth(2)).toHaveText(/Ahmed bin Rashid\s*Ahmed\s*bin Rashid/);
  await app.screenshot({ path: test.info().outputPath('name-preview.png'), fullPage: true });

  await sheet.getByRole('button', { name: 'Check 4 rows' }).click();
  await expect(sheet.getByTestId('import-ready')).toHaveText('Ready: 3 new, 1 updated, 0 skipped');
  const repeats = sheet.getByRole('region', { name: '1 row repeats an earlier row of this file' });
  await expect(repeats.getByRole('listitem')).toHaveText(['Line 4 repeats line 2 (same e-mail)']);
  await app.screenshot({ path: test.info().outputPath('repeats.png'), fullPage: true });

  await sheet.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(sheet.getByRole('heading', { name: 'Import complete' })).toBeVisible();
  const roll = await members(service);
  expect(roll.map((member) => [member.first_name, member.last_name, member.phone]).sort()).toEqual([
    ['Ahmed', 'bin Rashid', '(555) 222-3333'],
    ['María José', 'de la Cruz', '(555) 123-4567'],
    ['Nguyen Thi', 'Lan', ''],
  ]);
});
