import { createVaultThroughUi, expect, expectUnlocked, lockThroughUi, OTHER_STRONG_PASSPHRASE, RIVERSIDE, test } from './harness';
import { expectOnlyNewPassphraseOpens } from './passphrase-helpers';

test('recovers with the recovery code from the create screen and sets a new passphrase', async ({ app }) => {
  const { recoveryCode } = await createVaultThroughUi(app);
  await lockThroughUi(app);

  await app.getByRole('button', { name: 'Forgot your passphrase? Use the recovery code' }).click();
  await expect(app.getByRole('heading', { name: 'Use your recovery code' })).toBeVisible();
  await expect(app.getByLabel('Recovery code')).toBeFocused();

  const submit = app.getByRole('button', { name: 'Set new passphrase and unlock' });
  await app.getByLabel('New passphrase', { exact: true }).fill(OTHER_STRONG_PASSPHRASE);
  await app.getByLabel('Confirm new passphrase').fill(OTHER_STRONG_PASSPHRASE);

  // A code of the wrong shape is refused with a reason.
  await app.getByLabel('Recovery code').fill('1234-5678');
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(app.getByRole('alert')).toHaveText(/24 letters and digits/);

  // The real code, typed the way people copy it from paper: lower case, spaces for dashes.
  await app.getByLabel('Recovery code').fill(recoveryCode.toLowerCase().replaceAll('-', ' '));
  await submit.click();
  await expectUnlocked(app);

  // The old passphrase no longer opens the vault; the new one does.
  await expectOnlyNewPassphraseOpens(app, RIVERSIDE.passphrase, OTHER_STRONG_PASSPHRASE);
});
