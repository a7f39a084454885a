import { dispatch } from '../../src/main/dispatch';
import { DEMO_PASSPHRASE } from '../../src/main/demo/demo-vault';
import { acknowledgeRecoveryCode, expect, expectUnlocked, RIVERSIDE, submitCreateVault, test } from './harness';

test('first run: the welcome screen offers the language, then creates a tenant union whose kind lands in its settings', async ({
  app,
  service,
}) => {
  await expect(app.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();
  // The language first: the welcome screen itself switches.
  await app.getByRole('radio', { name: 'Español' }).check();
  await expect(app.getByRole('heading', { name: 'Le damos la bienvenida a Chapterhouse' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Explorar con una bóveda de demostración' })).toBeVisible();
  await app.getByRole('radio', { name: 'English' }).check();
  await expect(app.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();

  await app.getByRole('button', { name: 'Create a vault' }).click();
  await expect(app.getByRole('radio', { name: /Workplace/ })).toBeChecked();
  await app.getByRole('radio', { name: /Tenant union/ }).check();
  await submitCreateVault(app);
  await acknowledgeRecoveryCode(app);
  await expectUnlocked(app);

  const settings = await dispatch(service, 'settings:get', {});
  expect(settings).toMatchObject({ ok: true, value: { chapterKind: 'tenant' } });
  await app.getByRole('button', { name: 'Settings' }).click();
  await expect(app.getByRole('radio', { name: /^Tenant union/ })).toBeChecked();
  // No demo badge on a real vault.
  await expect(app.locator('.demo-badge')).toHaveCount(0);
});

test('first run: "back" from the create screen returns to the welcome screen', async ({ app }) => {
  await app.getByRole('button', { name: 'Create a vault' }).click();
  await app.getByRole('button', { name: 'Back to the welcome screen' }).click();
  await expect(app.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();
});

test('first run: the demo vault opens on a roll of made-up members, labelled Demo, and its passphrase opens it again', async ({
  app,
  service,
}) => {
  await app.getByRole('button', { name: 'Look around with a demo vault' }).click();
  await expect(app.getByRole('heading', { name: 'The demo vault is open' })).toBeVisible();
  await expect(app.getByText('Every person in it is made up.', { exact: false })).toBeVisible();
  await expect(app.getByTestId('demo-passphrase')).toHaveText(DEMO_PASSPHRASE);
  await app.getByRole('button', { name: 'Open the demo' }).click();

  await expectUnlocked(app, { chapterName: 'Riverside Tenants Union' });
  await expect(app.locator('.demo-badge')).toHaveText('Demo');
  await expect(app.getByTestId('roll-count')).toHaveText('500 members');
  await expect(app.getByRole('row')).not.toHaveCount(1);

  await app.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await expect(app.getByText('Demo', { exact: true })).toBeVisible();
  await app.getByLabel('Passphrase', { exact: true }).fill(DEMO_PASSPHRASE);
  await app.getByRole('button', { name: 'Unlock' }).click();
  await expect(app.locator('.demo-badge')).toBeVisible();
  expect(service.isUnlocked).toBe(true);
  expect(RIVERSIDE.chapterName).toBe('Riverside Tenants Union');
});
