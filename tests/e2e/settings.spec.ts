import { dispatch } from '../../src/main/dispatch';
import { createVaultThroughUi, expect, lockThroughUi, OTHER_STRONG_PASSPHRASE, RIVERSIDE, test, unlockThroughUi } from './harness';
import { expectOnlyNewPassphraseOpens } from './passphrase-helpers';

test('changes the passphrase in Settings; only the new one unlocks', async ({ app }) => {
  await createVaultThroughUi(app);
  await app.getByRole('button', { name: 'Settings' }).click();
  await expect(app.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  const current = app.getByLabel('Current passphrase');
  const submit = app.getByRole('button', { name: 'Change passphrase' });
  await expect(submit).toBeDisabled();

  // A wrong current passphrase changes nothing.
  await current.fill('this is not my passphrase');
  await app.getByLabel('New passphrase', { exact: true }).fill(OTHER_STRONG_PASSPHRASE);
  await app.getByLabel('Confirm new passphrase').fill(OTHER_STRONG_PASSPHRASE);
  await submit.click();
  await expect(app.getByRole('alert')).toHaveText(/current passphrase is not right/);

  await current.fill(RIVERSIDE.passphrase);
  await submit.click();
  await expect(app.getByRole('status')).toHaveText(/Passphrase changed/);
  await expect(current).toHaveValue('');

  await expectOnlyNewPassphraseOpens(app, RIVERSIDE.passphrase, OTHER_STRONG_PASSPHRASE);
});

test('saves the idle lock time in the vault', async ({ app, service }) => {
  await createVaultThroughUi(app);
  await app.getByRole('button', { name: 'Settings' }).click();
  const idle = app.getByLabel('Lock when idle');
  // New vaults lock after 10 minutes.
  await expect(idle).toHaveValue('10');

  await idle.selectOption({ label: 'Never' });
  await expect(app.getByRole('status')).toHaveText(/Saved/);
  expect(await dispatch(service, 'settings:get', {})).toMatchObject({ ok: true, value: { idleLockMinutes: 0 } });

  await idle.selectOption({ label: 'After 5 minutes' });
  await expect(app.getByRole('status')).toHaveText('Saved.');
  expect(await dispatch(service, 'settings:get', {})).toMatchObject({ ok: true, value: { idleLockMinutes: 5 } });

  // Still there after locking and unlocking.
  await lockThroughUi(app);
  await unlockThroughUi(app, RIVERSIDE.passphrase);
  await app.getByRole('button', { name: 'Settings' }).click();
  await expect(app.getByLabel('Lock when idle')).toHaveValue('5');
});
