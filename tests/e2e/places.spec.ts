/**
 * Places, issues and demands (issue #15) through the UI: three heat complaints on two floors,
 * the building's count, a unit the building does not have (offered to add), a demand letter
 * that names no tenant by default, printed, and one issue closed.
 *
 * With PLACES_SHOTS=DIR set, screenshots of the list and the building page go to DIR.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { extractText } from 'unpdf';
import { createVaultThroughUi, expect, test } from './harness';
import { call } from './service-helpers';

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env['PLACES_SHOTS'];
  if (!dir) return;
  // The page scrolls inside the window: a tall window shows all of it in one picture.
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 2600 });
  await page.screenshot({ path: join(dir, `places-${name}.png`) });
  if (size) await page.setViewportSize(size);
}

const TENANTS = [
  ['Rosa', 'Díaz', '2A'],
  ['Kwame', 'Mensah', '2B'],
  ['Mei', 'Chen', '3A'],
  ['Bo', 'Li', '3B'],
] as const;

/** No serious or critical WCAG 2.1 A/AA finding on what is shown (as tests/e2e/a11y.spec.ts checks every screen). */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('logs three heat complaints on two floors, counts them, prints a demand that names no tenant, closes one', async ({ app, service }) => {
  // A whole session of work with two accessibility scans: more than one default test's time.
  test.slow();
  await createVaultThroughUi(app);
  for (const [first, last, unit] of TENANTS) await call(service, 'roll:add', { fields: { first_name: first, last_name: last, building: 'Maple Court', unit } });
  await call(service, 'roll:add', { fields: { first_name: 'Lee', last_name: 'Park', building: 'Oak House', unit: '1A' } });

  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Places' }).click();
  await expect(app.getByRole('heading', { name: 'Buildings and workplaces', level: 1 })).toBeVisible();
  await expectAccessible(app);
  await shot(app, 'list');
  await app.getByRole('button', { name: 'Maple Court' }).click();
  await expect(app.getByRole('heading', { name: 'Maple Court', level: 1 })).toBeVisible();

  const form = app.getByRole('form', { name: 'Log an issue' });
  for (const [unit, name] of [['2A', 'Rosa Díaz'], ['2B', 'Kwame Mensah'], ['3A', 'Mei Chen']] as const) {
    await form.getByLabel('Category').selectOption('heat');
    await form.getByLabel('Unit', { exact: true }).fill(unit);
    await form.getByRole('checkbox', { name: new RegExp(name) }).check();
    await form.getByRole('button', { name: 'Log it' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Logged: heat.' })).toBeVisible();
    await expect(form.getByLabel('Unit', { exact: true })).toHaveValue('');
  }
  await expect(app.getByText('heat: 3 of 4 units, 3 still open (3 issues)')).toBeVisible();
  const units = app.getByRole('region', { name: 'Units' });
  await expect(units.getByRole('row', { name: /^2A 2 Rosa Díaz 1$/ })).toBeVisible();
  await expect(units.getByRole('row', { name: /^3A 3 Mei Chen 1$/ })).toBeVisible();

  // A unit the building does not have: offered to add, nothing saved until the officer says so.
  await form.getByLabel('Category').selectOption('pests');
  await form.getByLabel('Unit', { exact: true }).fill('9Z');
  await form.getByRole('button', { name: 'Log it' }).click();
  await expect(app.getByRole('alert').filter({ hasText: 'Maple Court has no unit “9Z” on record.' })).toBeVisible();
  expect(await call(service, 'places:issues', {})).toHaveLength(3);
  await app.getByRole('button', { name: 'Log it for the whole building' }).click();
  await expect(app.getByText('pests: 4 of 4 units, 4 still open (1 issue)')).toBeVisible();

  // The demand: the open heat issues, to the owner; the letter names no tenant by default.
  const owner = app.getByRole('region', { name: 'Owners and managers' });
  await owner.getByLabel('Name', { exact: true }).fill('Maple Holdings LLC');
  await owner.getByLabel('Since').fill('2025-01-01');
  await owner.getByRole('button', { name: 'Record' }).click();
  await expect(owner.getByText(/Maple Holdings LLC — Owner \/ landlord/)).toBeVisible();

  const demand = app.getByRole('region', { name: 'Demand letter' });
  await demand.getByRole('checkbox', { name: /^pests/ }).uncheck();
  await demand.getByLabel('To').selectOption({ label: 'Maple Holdings LLC' });
  await demand.getByLabel('Title').fill('Restore the heat');
  await demand.getByLabel('Letter (Markdown)').fill('We demand working heat in every unit by **Friday**. <img src=x onerror=alert(1)>');
  await demand.getByRole('button', { name: 'Save the letter' }).click();
  const preview = demand.locator('.places-letter');
  await expect(preview.getByRole('heading', { name: 'Restore the heat' })).toBeVisible();
  await expect(preview.locator('strong', { hasText: 'Friday' })).toBeVisible();
  await expect(preview.locator('img')).toHaveCount(0);
  await expect(preview).toContainText('Units affected: 2A, 2B, 3A');
  await expect(preview).toContainText('Backed by 3 members');
  for (const [first] of TENANTS) await expect(preview).not.toContainText(first);
  await expectAccessible(app);
  await shot(app, 'building');

  const [download] = await Promise.all([app.waitForEvent('download'), demand.getByRole('button', { name: 'Print PDF and keep a dated copy as sent' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^demand-maple-court-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = (await extractText(new Uint8Array(readFileSync(await download.path())), { mergePages: true })).text;
  expect(text).toContain('Riverside Tenants Union');
  expect(text).toContain('Restore the heat');
  expect(text).toContain('Maple Holdings LLC');
  for (const [first, last] of TENANTS) expect(text).not.toContain(`${first} ${last}`);
  await expect(demand.getByText(/^Sent on /)).toBeVisible();

  // Close one: the count says so.
  await app.getByLabel('Status of heat in 2A').selectOption('fixed');
  await expect(app.getByText('heat: 3 of 4 units, 2 still open (3 issues)')).toBeVisible();
  const issues = await call(service, 'places:issues', {});
  expect(issues.find((issue) => issue.unit === '2A')!.history.map((event) => event.value)).toEqual(['open', 'fixed']);
});

test('a grievance whose step deadline passed shows beside Places on every page; a deadline before the report is refused', async ({ app, service }) => {
  test.slow();
  await createVaultThroughUi(app);
  await call(service, 'roll:add', { fields: { first_name: 'Kwame', last_name: 'Mensah', workplace: 'Riverside Hospital', department: 'Kitchen' } });
  const nav = app.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Places' }).click();
  await app.getByRole('button', { name: 'Riverside Hospital' }).click();
  const form = app.getByRole('form', { name: 'Log a grievance' });
  await form.getByLabel('Category').selectOption('pay');
  await form.getByLabel('Article of the contract or rule').fill('Art. 12.3');
  await form.getByLabel('Reported on').fill('2026-01-10');
  await form.getByLabel('Deadline for this step').fill('2026-01-05');
  await form.getByRole('checkbox', { name: /Kwame Mensah/ }).check();
  await form.getByRole('button', { name: 'Log it' }).click();
  await expect(form.getByRole('alert').filter({ hasText: "The step's deadline (2026-01-05) is before the grievance was reported (2026-01-10)." })).toBeVisible();
  expect(await call(service, 'places:issues', {})).toEqual([]);

  await form.getByLabel('Deadline for this step').fill('2026-01-20');
  await form.getByRole('button', { name: 'Log it' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Logged: pay.' })).toBeVisible();
  await expect(app.getByRole('row', { name: /pay.*Overdue/ })).toBeVisible();
  // On the home (the roll) too: the sidebar says a deadline passed.
  await nav.getByRole('button', { name: 'Roll' }).click();
  await expect(nav.getByRole('button', { name: /Places 1 overdue/ })).toBeVisible();
  await nav.getByRole('button', { name: /Places/ }).click();
  await expect(app.getByText('1 grievance deadline has passed')).toBeVisible();
  await expectAccessible(app);
});
