/** Getting the roll out of the vault: a CSV export behind a plain warning, and printable PDFs. */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { CANONICAL_MEMBER_FIELDS } from '../../src/main/roll/fields';
import { createVaultThroughUi, expect, test } from './harness';
import { addMember, shot } from './fixtures/roll-tools';

async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

async function openOutputMenu(page: Page) {
  await page.getByRole('button', { name: 'Export' }).click();
  return page.getByRole('menu', { name: 'Export' });
}

test('exports a CSV after the warning, with formulas made harmless', async ({ app, service }) => {
  await createVaultThroughUi(app);
  await addMember(service, { first_name: 'Ana María', last_name: 'Reyes', email: 'ana.reyes@example.org', phone: '(212) 555-0101' });
  await addMember(service, { first_name: '=HYPERLINK("http://example.com")', last_name: 'Mallory' });

  const menu = await openOutputMenu(app);
  await expect(menu.getByRole('menuitem')).toHaveText(['Export CSV…', 'Print roll (PDF)', 'Print sign-in sheet (PDF)']);
  await menu.getByRole('menuitem', { name: 'Export CSV…' }).click();

  const dialog = app.getByRole('dialog', { name: 'Export a CSV file?' });
  await expect(dialog).toContainText('This file is not encrypted.');
  await expect(dialog).toContainText('can read every member’s name and contact details');
  await expect(dialog).toContainText('delete it');
  await expect(dialog).toContainText('(2 members)');
  // Enter alone must not export: Cancel has the focus.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await shot(app, 'export-warning');

  const [download] = await Promise.all([app.waitForEvent('download'), dialog.getByRole('button', { name: 'Export unencrypted CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^roll-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await downloaded(download)).toString('utf8').replace(/^\uFEFF/, '');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe(CANONICAL_MEMBER_FIELDS.join(','));
  expect(text).toContain('Ana María,Reyes,');
  // The formula guard: a leading apostrophe, so a spreadsheet shows the text instead of running it.
  expect(text).toContain(`"'=HYPERLINK(""http://example.com"")",Mallory`);
  await expect(dialog).toHaveCount(0);
  await expect(app.getByRole('status').filter({ hasText: 'not encrypted' })).toContainText('with 2 members');
});

test('cancelling the export warning saves nothing', async ({ app, service }) => {
  await createVaultThroughUi(app);
  await addMember(service, { first_name: 'Ana', last_name: 'Reyes' });
  let downloads = 0;
  app.on('download', () => downloads++);

  const menu = await openOutputMenu(app);
  await menu.getByRole('menuitem', { name: 'Export CSV…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export a CSV file?' });
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Export' })).toBeFocused();
  expect(downloads).toBe(0);
});

test('prints the roll and a sign-in sheet as PDFs', async ({ app, service }) => {
  await createVaultThroughUi(app);
  await addMember(service, { first_name: 'Ana María', last_name: 'Reyes', building: 'Maple Court', unit: '4B' });
  await addMember(service, { first_name: 'Luis', last_name: 'Ortega', building: 'Maple Court', unit: '2A' });

  for (const [item, name] of [
    ['Print roll (PDF)', /^roll-.*\.pdf$/],
    ['Print sign-in sheet (PDF)', /^sign-in-.*\.pdf$/],
  ] as const) {
    const menu = await openOutputMenu(app);
    const [download] = await Promise.all([app.waitForEvent('download'), menu.getByRole('menuitem', { name: item }).click()]);
    expect(download.suggestedFilename()).toMatch(name);
    expect((await downloaded(download)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }
  await expect(app.getByRole('status').filter({ hasText: 'shred' })).toBeVisible();
});
