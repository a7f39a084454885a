/**
 * The usual XSS vectors, typed into every field a member, a conversation, an officer or an
 * imported CSV cell can carry, render as inert text in every roll and officers view: the literal
 * text is on screen, `window.__xss` is never set, and (through the `app` fixture) the page logs
 * no error, so not even a script the CSP would have blocked was attempted.
 */
import type { Page } from '@playwright/test';
import type { ChapterService } from '../../src/main/service';
import { createVaultThroughUi, expect, test, type NewVault } from './harness';
import { befriend, chooseImportFile, gotoOfficers, openVault, ANA, officerRow } from './officers-helpers';
import { memberRow } from './roll-helpers';
import { call } from './service-helpers';

const V = {
  script: '<script>window.__xss = "script"</script>',
  img: '<img src=x onerror="window.__xss = \'img\'">',
  jsUrl: 'javascript:window.__xss = "url"',
  svg: '<svg onload="window.__xss = \'svg\'"><circle r=5 /></svg>',
  broken: '<a href="javascript:window.__xss=1" <b>unclosed <iframe src=javascript:window.__xss=2>',
  entity: '&lt;img src=x onerror=window.__xss=3&gt; "quoted" \'single\'',
};

async function expectInert(page: Page, texts: string[]): Promise<void> {
  // What the page shows as text, and what its form fields hold: the vectors as typed.
  const shown = await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { body: { innerText: string }; querySelectorAll(s: string): ArrayLike<{ value: string }> } }).document;
    return `${doc.body.innerText}\n${Array.from(doc.querySelectorAll('input, textarea, select')).map((field) => field.value).join('\n')}`;
  });
  for (const text of texts) expect(shown, `the page shows ${text} as text`).toContain(text);
  expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
  // Had any vector become markup, these would exist.
  expect(await page.locator('#root script, #root iframe, #root svg[onload], #root img[onerror], #root a[href^="javascript:"]').count()).toBe(0);
}

async function seedRoll(service: ChapterService): Promise<void> {
  await call(service, 'roll:defineCustomField', { key: 'shirt', label: V.svg, type: 'text', choices: [] });
  const first = await call(service, 'roll:add', {
    fields: {
      first_name: V.script,
      last_name: V.img,
      phone: '(212) 555-0101',
      building: V.svg,
      workplace: V.jsUrl,
      notes: `${V.broken}\n${V.entity}`,
      tags: `${V.svg}, ${V.script}`,
      custom: { shirt: V.img },
    },
  });
  // The same phone: a likely duplicate, for the duplicates tab and the merge dialog.
  await call(service, 'roll:add', { fields: { first_name: V.jsUrl, last_name: V.entity, phone: '(212) 555-0101', notes: V.svg } });
  await call(service, 'roll:update', { id: first.id, fields: { workplace: V.broken, notes: V.entity } });
  await call(service, 'roll:addConversation', { memberId: first.id, notes: `${V.script} ${V.img}`, talkedBy: V.svg });
}

test('member fields, notes, tags, custom fields, conversations and history stay text in the table, panel and duplicates', async ({ app, service }) => {
  const vault: NewVault = { chapterName: `Local 7 ${V.img}`, officerName: 'Ana Reyes', passphrase: 'granite lantern orchard velvet' };
  await createVaultThroughUi(app, vault);
  await seedRoll(service);
  await app.reload();
  await expect(app.getByTestId('chapter-name')).toHaveText(vault.chapterName);

  // The table.
  const row = memberRow(app, /window.__xss = "script"/);
  await expect(row).toBeVisible();
  await expectInert(app, [vault.chapterName, V.script, V.img, V.jsUrl, V.entity]);

  // The member panel: details (fields, tags, custom field), conversations, history.
  await row.click();
  const panel = app.getByRole('complementary').filter({ has: app.getByRole('tablist', { name: 'Member' }) });
  await expect(panel.getByRole('tab', { name: /History/ })).toBeVisible();
  await expectInert(app, [V.script, V.img, V.broken, V.entity, V.svg]);
  await panel.getByRole('tab', { name: /Conversations/ }).click();
  await expectInert(app, [`${V.script} ${V.img}`]);
  await panel.getByRole('tab', { name: /History/ }).click();
  await expect(panel.getByRole('list', { name: 'Change history' })).toBeVisible();
  await expectInert(app, [V.broken, V.jsUrl]);
  await app.screenshot({ path: '/tmp/h/xss-history.png' });

  // Duplicates and the merge dialog.
  await app.getByRole('tab', { name: 'Duplicates' }).click();
  const pairs = app.getByRole('list', { name: 'Likely duplicates' });
  await expect(pairs.getByRole('listitem').first()).toBeVisible();
  await expectInert(app, [V.script, V.jsUrl]);
  await pairs.getByRole('button', { name: /^Merge .*…$/ }).first().click();
  const merge = app.getByRole('dialog', { name: 'Merge two records' });
  await expect(merge).toBeVisible();
  await expectInert(app, [V.script, V.img, V.jsUrl, V.entity]);
  await app.screenshot({ path: '/tmp/h/xss-merge.png' });
});

test('CSV cells with XSS vectors stay text in the import preview and on the roll', async ({ app, service }) => {
  await createVaultThroughUi(app);
  const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const csv = [
    'First Name,Last Name,Notes,Building',
    [V.script, V.img, V.broken, V.svg].map(cell).join(','),
    [V.jsUrl, V.entity, V.script, V.img].map(cell).join(','),
  ].join('\r\n');
  await app.getByRole('button', { name: 'Import CSV' }).first().click();
  const sheet = app.getByRole('dialog', { name: 'Import members from a CSV file' });
  await sheet.locator('input[type=file]').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(sheet.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await expectInert(app, [V.script, V.img, V.jsUrl]);
  await app.screenshot({ path: '/tmp/h/xss-import.png' });
  await sheet.getByRole('button', { name: 'Check 2 rows' }).click();
  await expect(sheet.getByTestId('import-ready')).toHaveText('Ready: 2 new, 0 updated, 0 skipped');
  await sheet.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(sheet.getByRole('heading', { name: 'Import complete' })).toBeVisible();
  await sheet.getByRole('button', { name: 'Done' }).click();
  await expect(memberRow(app, /window.__xss = "script"/)).toBeVisible();
  await expectInert(app, [V.script, V.img, V.jsUrl, V.entity]);
  expect((await call(service, 'roll:list', {})).total).toBe(2);
});

test("an officer's name and an export's records with XSS vectors stay text on the Officers page and in the import preview", async ({ app: bo, service: boService, openOfficer }) => {
  const ana = await openOfficer('ana');
  const hostileAna = { ...ANA, officerName: `Ana ${V.img}` };
  await Promise.all([openVault(boService, { ...ANA, officerName: 'Bo Li' }, bo), openVault(ana.service, hostileAna)]);
  const { bAtA: boAtAna } = await befriend(ana.service, boService);
  await call(ana.service, 'roll:add', { fields: { first_name: V.script, last_name: V.svg, building: V.img, notes: V.broken } });
  const file = await call(ana.service, 'exchange:export', { to: [boAtAna], scope: 'roll' });

  await gotoOfficers(bo);
  await expect(officerRow(bo, 'Ana')).toBeVisible();
  await expectInert(bo, [hostileAna.officerName]);

  const dialog = await chooseImportFile(bo, { name: file.fileName, buffer: Buffer.from(file.contentBase64, 'base64') });
  await expect(dialog.getByRole('table', { name: 'What would change' })).toBeVisible();
  await expectInert(bo, [hostileAna.officerName, V.script]);
  await bo.screenshot({ path: '/tmp/h/xss-exchange-preview.png' });
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(bo.getByRole('dialog', { name: `Imported from ${hostileAna.officerName}` })).toBeVisible();
  await expectInert(bo, [hostileAna.officerName]);
});
