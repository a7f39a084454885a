/**
 * Every screen through axe-core: no serious or critical violation of WCAG 2.1 A/AA. Each check
 * names the screen, so a failure says where to look.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO_PASSPHRASE } from '../../src/main/demo/demo-vault';
import { fixturePath } from './fixtures/roll-tools';
import {
  acknowledgeRecoveryCode,
  createVaultThroughUi,
  expect,
  leaveWelcome,
  lockThroughUi,
  RIVERSIDE,
  submitCreateVault,
  test,
  unlockThroughUi,
} from './harness';
import { syntheticMembers } from './roll-helpers';
import { addMembers, call } from './service-helpers';

/** The serious and critical WCAG 2.1 A/AA violations on the page, each with up to five of its elements. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(' | ')}`);
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await seriousViolations(page), `axe violations on the ${screen} screen`).toEqual([]);
}

test('the check finds what it is there to find: an unnamed button and grey-on-grey text on the welcome screen', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();
  // Built through the DOM (the page's CSP refuses inline style attributes, rightly).
  await app.evaluate(() => {
    type Element = { style: Record<string, string>; textContent: string; type: string };
    const doc = (globalThis as unknown as { document: { createElement(tag: string): Element; querySelector(selector: string): { append(...nodes: Element[]): void } | null } }).document;
    const unnamed = doc.createElement('button');
    unnamed.type = 'button';
    const faint = doc.createElement('p');
    faint.textContent = 'Hard to read';
    faint.style.color = '#dddddd';
    faint.style.background = '#eeeeee';
    doc.querySelector('main')!.append(unnamed, faint);
  });
  const found = await seriousViolations(app);
  expect(found.some((violation) => violation.startsWith('button-name'))).toBe(true);
  expect(found.some((violation) => violation.startsWith('color-contrast'))).toBe(true);
});

test('the locked screens: welcome, create, recovery code, unlock with a vault list, recover', async ({ app, service }) => {
  await expect(app.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();
  await expectAccessible(app, 'welcome');
  await leaveWelcome(app);
  await expectAccessible(app, 'create vault');
  // With the meter showing a verdict and a mismatch hint.
  await app.getByLabel('Passphrase', { exact: true }).fill('password123');
  await app.getByLabel('Confirm passphrase').fill('password12');
  await expect(app.getByText('The two passphrases do not match yet.')).toBeVisible();
  await expectAccessible(app, 'create vault (weak passphrase)');

  await submitCreateVault(app);
  await expectAccessible(app, 'recovery code');
  await acknowledgeRecoveryCode(app);

  // A second vault, so the lock screen shows the vault picker's list.
  await call(service, 'vault:createDemo', {});
  await call(service, 'vault:lock', {});
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(app.getByRole('group', { name: 'Vault' })).toBeVisible();
  await expectAccessible(app, 'unlock (vault picker)');
  await app.getByLabel('Passphrase', { exact: true }).fill('wrong wrong wrong');
  await app.getByRole('button', { name: 'Unlock' }).click();
  await expect(app.getByRole('alert')).toBeVisible();
  await expectAccessible(app, 'unlock (wrong passphrase)');

  await app.getByRole('button', { name: 'Forgot your passphrase? Use the recovery code' }).click();
  await expect(app.getByRole('heading', { name: 'Use your recovery code' })).toBeVisible();
  await expectAccessible(app, 'recover');
});

test('the demo screens: first run demo, roll with data, member panel, palette, shortcuts', async ({ app }) => {
  await app.getByRole('button', { name: 'Look around with a demo vault' }).click();
  await expect(app.getByTestId('demo-passphrase')).toHaveText(DEMO_PASSPHRASE);
  await expectAccessible(app, 'demo opened');
  await app.getByRole('button', { name: 'Open the demo' }).click();
  await expect(app.getByTestId('roll-count')).toHaveText('500 members');
  await expectAccessible(app, 'roll with data');

  await app.getByRole('grid', { name: 'Members' }).getByRole('row').nth(1).click();
  await expect(app.locator('.member-panel')).toBeVisible();
  await expectAccessible(app, 'member panel');
  await app.getByRole('tab', { name: /Conversations/ }).click();
  await expectAccessible(app, 'member panel (conversations)');
  await app.getByRole('tab', { name: /History/ }).click();
  await expectAccessible(app, 'member panel (history)');

  await app.getByRole('button', { name: /^Filters/ }).click();
  await expectAccessible(app, 'filter menu');
  await app.keyboard.press('Escape');

  await app.getByRole('tab', { name: 'Duplicates' }).click();
  await expect(app.getByRole('heading', { name: 'Likely duplicates' })).toBeVisible();
  await expectAccessible(app, 'duplicates');

  await app.keyboard.press('Control+k');
  await expect(app.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await expectAccessible(app, 'command palette');
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Settings' }).focus();
  await app.keyboard.press('?');
  await expect(app.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectAccessible(app, 'shortcuts');
});

test('the roll tools, officers and settings', async ({ app, service }) => {
  await createVaultThroughUi(app);
  await addMembers(service, syntheticMembers(30));
  // The roll was drawn empty; coming back to it shows the members.
  await app.getByRole('button', { name: 'Officers' }).click();
  await app.getByRole('button', { name: 'Roll' }).click();
  await expect(app.getByTestId('roll-count')).toHaveText('30 members');

  // Import: the column matching step.
  await app.getByRole('button', { name: 'Import CSV' }).click();
  const sheet = app.getByRole('dialog', { name: 'Import members from a CSV file' });
  await expectAccessible(app, 'import: choose file');
  await sheet.locator('input[type=file]').setInputFiles(fixturePath('roll-import-en.csv'));
  await expect(sheet.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await expectAccessible(app, 'import: column matching');
  await sheet.getByRole('button', { name: 'Cancel' }).click();

  await app.getByRole('button', { name: 'Add member' }).click();
  await expect(app.getByRole('heading', { name: 'Add member', level: 2 })).toBeVisible();
  await expectAccessible(app, 'add member');
  await app.keyboard.press('Escape');

  await app.getByRole('button', { name: 'Officers' }).click();
  await expect(app.getByRole('heading', { name: 'Officers', level: 1 })).toBeVisible();
  await expect(app.getByTestId('your-fingerprint')).toBeVisible();
  await expectAccessible(app, 'officers');

  await app.getByRole('button', { name: 'Settings' }).click();
  await expect(app.getByRole('heading', { name: 'Custom fields' })).toBeVisible();
  await expectAccessible(app, 'settings');

  await lockThroughUi(app);
  await expectAccessible(app, 'unlock');
  await unlockThroughUi(app, RIVERSIDE.passphrase);
});

test('the meetings list and a meeting', async ({ app, service }) => {
  await createVaultThroughUi(app);
  const types = await call<{ id: string }[]>(service, 'meetings:types', {});
  await call(service, 'meetings:create', { typeId: types[0]!.id, title: 'March general meeting', startsAt: '2026-03-14T19:00' });
  await app.getByRole('button', { name: 'Meetings' }).click();
  await expect(app.getByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible();
  await expect(app.getByText('March general meeting').first()).toBeVisible();
  await expectAccessible(app, 'meetings list');
  await app.getByText('March general meeting').first().click();
  await expect(app.getByRole('heading', { name: /March general meeting/ }).first()).toBeVisible();
  await expectAccessible(app, 'meeting');
});

test('the Spanish screens', async ({ app }) => {
  await app.getByRole('radio', { name: 'Español' }).check();
  await expect(app.getByRole('heading', { name: 'Le damos la bienvenida a Chapterhouse' })).toBeVisible();
  await expectAccessible(app, 'welcome (Spanish)');
  await app.getByRole('button', { name: 'Explorar con una bóveda de demostración' }).click();
  await app.getByRole('button', { name: 'Abrir la demostración' }).click();
  await expect(app.getByTestId('roll-count')).toHaveText('500 afiliados');
  await expectAccessible(app, 'roll (Spanish)');
});
