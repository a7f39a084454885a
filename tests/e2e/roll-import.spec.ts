/**
 * Importing a roll from CSV through the mapping screen: a file from an English spreadsheet
 * (full-name column, quoted comma and line break, CRLF), a file with a bad row (nothing imported),
 * and a Windows-1252 file with Spanish headers dropped onto the page.
 */
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { createVaultThroughUi, expect, test } from './harness';
import { addMember, fixtureBytes, fixturePath, members, shot } from './fixtures/roll-tools';
import { call } from './service-helpers';

/** The page's DataTransfer and File, as far as a simulated drop needs them. */
type DropGlobals = {
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: Uint8Array[], name: string, options: { type: string }) => unknown;
};

function importSheet(page: Page) {
  return page.getByRole('dialog', { name: 'Import members from a CSV file' });
}

function targetOf(page: Page, header: string) {
  return importSheet(page).getByLabel(`Import “${header}” as`);
}

test('imports a CSV through the column matching, dry run and progress', async ({ app, service }) => {
  // The fixture must really end its lines with CRLF (see fixtures/.gitattributes).
  expect(fixtureBytes('roll-import-en.csv').toString('utf8')).toContain('Shirt size\r\n');
  await createVaultThroughUi(app);
  // Already on the roll: the file's row for him updates him instead of adding a second Luis.
  await addMember(service, { first_name: 'Luis', last_name: 'Ortega', email: 'luis.ortega@example.org' });
  // The chapter's own field, named like a column of the file: suggested like the built-in ones.
  await call(service, 'roll:defineCustomField', { key: 'shirt_size', label: 'Shirt size', type: 'choice', choices: ['S', 'M', 'L'] });

  await app.getByRole('button', { name: 'Import CSV' }).first().click();
  const sheet = importSheet(app);
  await expect(sheet.getByRole('heading', { name: 'Choose the file' })).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Choose a file…' })).toBeFocused();
  await sheet.locator('input[type=file]').setInputFiles(fixturePath('roll-import-en.csv'));

  // Suggested from the headers; "Door" means nothing to the importer.
  await expect(sheet.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await expect(sheet.getByText('3 rows, columns separated by commas')).toBeVisible();
  await expect(targetOf(app, 'Full name')).toHaveValue('full_name');
  await expect(targetOf(app, 'E-mail')).toHaveValue('email');
  await expect(targetOf(app, 'Mobile')).toHaveValue('phone');
  await expect(targetOf(app, 'Member since')).toHaveValue('join_date');
  await expect(targetOf(app, 'Door')).toHaveValue('');
  await expect(targetOf(app, 'Shirt size')).toHaveValue('shirt_size');
  // The quoted cell with a comma and a line break is one value, shown on one line.
  await expect(sheet.getByText('Prefers evenings, after 6 ↵ Ask about the lease')).toBeVisible();
  await expect(sheet.getByText('Mapping remembered')).toHaveCount(0);

  // By hand: the door number is the unit.
  await targetOf(app, 'Door').selectOption('unit');
  // Without a name column the importer cannot work, and says so before anything is checked.
  await targetOf(app, 'Full name').selectOption('');
  await expect(sheet.getByRole('alert')).toContainText('No column is set to a name yet');
  await expect(sheet.getByRole('button', { name: 'Check 3 rows' })).toBeDisabled();
  await targetOf(app, 'Full name').selectOption('full_name');
  await expect(sheet.getByRole('alert')).toHaveCount(0);
  await shot(app, 'mapping');

  await sheet.getByRole('button', { name: 'Check 3 rows' }).click();
  await expect(sheet.getByTestId('import-ready')).toHaveText('Ready: 2 new, 1 updated, 0 skipped');
  // A dry run writes nothing.
  expect(await members(service)).toHaveLength(1);
  await shot(app, 'ready');

  await sheet.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(sheet.getByRole('heading', { name: 'Import complete' })).toBeVisible();
  const summary = sheet.getByTestId('import-summary');
  await expect(summary.getByRole('definition')).toHaveText(['2', '1', '0']);
  await expect(sheet.getByRole('progressbar')).toHaveCount(0);
  await shot(app, 'summary');
  await expect(sheet.getByRole('button', { name: 'Done' })).toBeFocused();
  await sheet.getByRole('button', { name: 'Done' }).click();
  await expect(sheet).toHaveCount(0);

  const roll = await members(service);
  expect(roll).toHaveLength(3);
  const ana = roll.find((member) => member.last_name === 'Reyes');
  expect(ana).toMatchObject({ first_name: 'Ana María', email: 'ana.reyes@example.org', building: 'Maple Court', unit: '4B', join_date: '2023-03-01' });
  expect(ana?.notes).toMatch(/^Prefers evenings, after 6\r?\nAsk about the lease$/);
  expect(roll.find((member) => member.email === 'wei.chen@example.org')).toMatchObject({ first_name: 'Wei', last_name: 'Chen', unit: '11', custom: { shirt_size: 'S' } });
  expect(roll.find((member) => member.first_name === 'Luis')).toMatchObject({ building: 'Maple Court', unit: '2A', join_date: '2022-11-15' });

  // The table shows them: a search by name finds the new member.
  await app.getByLabel('Search the roll').fill('Reyes');
  await expect(app.getByRole('main').getByText(/Ana María/).first()).toBeVisible();

  // The same headers again: the matching is remembered, the hand-made choice included.
  await app.getByRole('button', { name: 'Import CSV' }).first().click();
  await sheet.locator('input[type=file]').setInputFiles(fixturePath('roll-import-en.csv'));
  await expect(sheet.getByText('Mapping remembered from your last import')).toBeVisible();
  await expect(targetOf(app, 'Door')).toHaveValue('unit');
  // Esc leaves without writing anything.
  await app.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Import CSV' }).first()).toBeFocused();
  expect(await members(service)).toHaveLength(3);
});

test('a file with a bad row lists the problem by line and imports nothing', async ({ app, service }) => {
  await createVaultThroughUi(app);
  await addMember(service, { first_name: 'Ana', last_name: 'Reyes' });

  await app.getByRole('button', { name: 'Import CSV' }).first().click();
  const sheet = importSheet(app);
  await sheet.locator('input[type=file]').setInputFiles(fixturePath('roll-import-bad-row.csv'));
  await expect(targetOf(app, 'Email')).toHaveValue('email');
  await sheet.getByRole('button', { name: 'Check 3 rows' }).click();

  await expect(sheet.getByRole('heading', { name: 'Some rows need fixing' })).toBeVisible();
  await expect(sheet.getByRole('alert')).toHaveText('1 problem in 1 row. Nothing has been imported.');
  const problems = sheet.getByRole('table', { name: 'Problems found' }).getByRole('row');
  await expect(problems).toHaveCount(2); // the header row and the one problem
  await expect(problems.nth(1).getByRole('cell')).toHaveText(['3', 'Email', /"pedro.at.example.org" is not an e-mail address/]);
  await expect(sheet.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  await shot(app, 'errors');

  // Back to the columns is possible; leaving changes nothing.
  await sheet.getByRole('button', { name: 'Change column matching' }).click();
  await expect(sheet.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await sheet.getByRole('button', { name: 'Cancel' }).click();
  await expect(sheet).toHaveCount(0);
  expect(await members(service)).toHaveLength(1);
});

test('reads a Windows-1252 file with Spanish headers dropped on the roll', async ({ app, service }) => {
  await createVaultThroughUi(app);
  const csv = [
    'Nombre;Apellidos;Correo electrónico;Teléfono;Edificio;Apartamento;Idioma',
    'José;García Núñez;jose.garcia@example.org;(212) 555-0199;Edificio Sol;3C;español',
    'María;Peña;maria.pena@example.org;212 555 0198;Edificio Sol;5A;español, inglés',
  ].join('\r\n');
  const bytes = [...iconv.encode(`${csv}\r\n`, 'windows-1252')];

  // Dropped onto the Roll page, not chosen: the sheet opens already reading it.
  const dataTransfer = await app.evaluateHandle((content) => {
    // Runs in the page; this file is compiled without the DOM's types.
    const page = globalThis as unknown as DropGlobals;
    const transfer = new page.DataTransfer();
    transfer.items.add(new page.File([new Uint8Array(content)], 'socios.csv', { type: 'text/csv' }));
    return transfer;
  }, bytes);
  await app.dispatchEvent('main', 'dragenter', { dataTransfer });
  await app.dispatchEvent('main', 'drop', { dataTransfer });

  const sheet = importSheet(app);
  await expect(sheet.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await expect(sheet.getByText('2 rows, columns separated by semicolons')).toBeVisible();
  const encoding = sheet.getByLabel('Text encoding');
  await expect(encoding).toHaveValue('windows-1252');
  await expect(sheet.getByText('José', { exact: true })).toBeVisible();

  // Read the wrong way the accents break; read again as Windows-1252, "José" is back.
  await encoding.selectOption('macintosh');
  await expect(encoding).toHaveValue('macintosh');
  await expect(sheet.getByText('José', { exact: true })).toHaveCount(0);
  await encoding.selectOption('windows-1252');
  await expect(sheet.getByText('José', { exact: true })).toBeVisible();

  // Spanish headers, accents and all, map by themselves.
  await expect(targetOf(app, 'Nombre')).toHaveValue('first_name');
  await expect(targetOf(app, 'Apellidos')).toHaveValue('last_name');
  await expect(targetOf(app, 'Correo electrónico')).toHaveValue('email');
  await expect(targetOf(app, 'Teléfono')).toHaveValue('phone');
  await expect(targetOf(app, 'Edificio')).toHaveValue('building');
  await expect(targetOf(app, 'Apartamento')).toHaveValue('unit');
  await expect(targetOf(app, 'Idioma')).toHaveValue('languages');
  await shot(app, 'spanish-windows-1252');

  await sheet.getByRole('button', { name: 'Check 2 rows' }).click();
  await expect(sheet.getByTestId('import-ready')).toHaveText('Ready: 2 new, 0 updated, 0 skipped');
  await sheet.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(sheet.getByRole('heading', { name: 'Import complete' })).toBeVisible();
  await sheet.getByRole('button', { name: 'Done' }).click();

  expect(await members(service, 'García')).toEqual([
    expect.objectContaining({ first_name: 'José', last_name: 'García Núñez', building: 'Edificio Sol', unit: '3C' }),
  ]);
});
