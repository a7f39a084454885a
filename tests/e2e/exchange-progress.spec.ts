import { befriend, chooseImportFile, gotoOfficers, openVault, ANA, BO } from './officers-helpers';
import { expect, test } from './harness';
import { call } from './service-helpers';

/** Ana's roll: `count` members from a CSV, each with a value in her custom "Dues rate" field. */
async function csvRoll(service: Parameters<typeof call>[0], count: number): Promise<void> {
  await call(service, 'roll:defineCustomField', { key: 'dues_rate', label: 'Dues rate', type: 'number', choices: [] });
  await call(service, 'roll:defineCustomField', { key: 'shirt_size', label: 'Shirt size', type: 'choice', choices: ['S', 'M', 'L'] });
  const lines = ['First Name,Last Name,Building,Dues rate'];
  for (let n = 0; n < count; n++) lines.push(`Person${n},Family${n},Tower ${n % 9},${10 + (n % 5)}`);
  const preview = await call(service, 'roll:importPreview', { fileName: 'roll.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') });
  const result = await call(service, 'roll:importApply', { importId: preview.importId, mapping: preview.mapping, onMatch: 'create' });
  expect(result.imported).toBe(count);
}

test('a large import shows its progress, and says which custom fields it adds or defines differently', async ({ app: bo, service: boService, openOfficer }) => {
  const ana = await openOfficer('ana');
  await Promise.all([openVault(boService, BO, bo), openVault(ana.service, ANA)]);
  const { bAtA: boAtAna } = await befriend(ana.service, boService);
  await csvRoll(ana.service, 6000);
  await call(boService, 'roll:defineCustomField', { key: 'dues_rate', label: 'Dues rate', type: 'text', choices: [] });
  const file = await call(ana.service, 'exchange:export', { to: [boAtAna], scope: 'roll' });

  await gotoOfficers(bo);
  // The bar is there only while the work runs: remember every value it showed.
  await bo.evaluate(() => {
    const seen: number[] = [];
    (globalThis as unknown as { seenProgress: number[] }).seenProgress = seen;
    const { MutationObserver } = globalThis as unknown as { MutationObserver: new (callback: () => void) => { observe(target: object, options: object): void } };
    new MutationObserver(() => {
      const bar = (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(a: string): string | null } | null } }).document.querySelector('[role="progressbar"][aria-label="Import"]');
      if (bar) seen.push(Number(bar.getAttribute('aria-valuenow')));
    }).observe((globalThis as unknown as { document: object }).document, { subtree: true, childList: true, attributes: true });
  });
  const dialog = await chooseImportFile(bo, { name: 'ana.age', buffer: Buffer.from(file.contentBase64, 'base64') });
  await expect(dialog.getByTestId('count-new').locator('dd')).toHaveText('6,000');
  const notes = dialog.getByTestId('custom-field-notes');
  await expect(notes).toContainText('New custom fields from this file: Shirt size.');
  await expect(notes).toContainText('Dues rate is a number field in this file but a text field here; yours is kept.');
  await bo.screenshot({ path: '/tmp/p/shots/exchange-preview-custom-fields.png' });
  await dialog.getByRole('button', { name: 'Apply' }).click();
  const bar = bo.getByRole('progressbar', { name: 'Import' });
  await bar.waitFor({ state: 'visible', timeout: 10_000 }).then(() => bo.screenshot({ path: '/tmp/p/shots/exchange-apply-progress.png' }), () => undefined);
  await expect(bo.getByRole('dialog', { name: 'Imported from Ana Reyes' })).toBeVisible({ timeout: 60_000 });
  const seen = await bo.evaluate(() => (globalThis as unknown as { seenProgress: number[] }).seenProgress);
  expect(seen.length, 'the progress bar showed while the preview was made and the file applied').toBeGreaterThan(0);
  expect(Math.max(...seen)).toBeGreaterThan(50);
  expect((await call(boService, 'roll:list', { limit: 1 })).total).toBe(6000);
});
