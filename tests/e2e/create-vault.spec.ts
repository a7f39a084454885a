import { dispatch } from '../../src/main/dispatch';
import {
  acknowledgeRecoveryCode,
  expect,
  expectUnlocked,
  RIVERSIDE,
  SHORT_PASSPHRASE,
  STRONG_PASSPHRASE,
  test,
} from './harness';

test('creates a vault: the strength meter refuses weak passphrases, the recovery code is shown once, then the app opens', async ({
  app,
  service,
}) => {
  // No vault yet: the welcome screen comes first, then the create screen.
  await expect(app.getByRole('heading', { name: 'Welcome to Chapterhouse' })).toBeVisible();
  await app.getByRole('button', { name: 'Create a vault' }).click();
  await expect(app.getByRole('heading', { name: "Create your chapter's vault" })).toBeVisible();
  await expect(app.getByLabel('Chapter name')).toBeFocused();
  const create = app.getByRole('button', { name: 'Create vault' });
  await expect(create).toBeDisabled();

  await app.getByLabel('Chapter name').fill(RIVERSIDE.chapterName);
  await app.getByLabel('Your name').fill(RIVERSIDE.officerName);
  const passphrase = app.getByLabel('Passphrase', { exact: true });
  const confirmation = app.getByLabel('Confirm passphrase');
  const meter = app.getByRole('meter', { name: 'Passphrase strength' });

  // Too short: refused, with the reason.
  await passphrase.fill(SHORT_PASSPHRASE);
  await confirmation.fill(SHORT_PASSPHRASE);
  await expect(app.getByText('Use at least 10 characters')).toBeVisible();
  await expect(create).toBeDisabled();

  // Long enough but common: refused, with the reason from the estimator.
  await passphrase.fill('password123');
  await confirmation.fill('password123');
  await expect(app.getByText(/Too easy to guess/)).toBeVisible();
  await expect(meter).toHaveAttribute('aria-valuetext', /weak/i);
  await expect(create).toBeDisabled();

  // Strong, but the confirmation differs: still refused.
  await passphrase.fill(STRONG_PASSPHRASE);
  await confirmation.fill(`${STRONG_PASSPHRASE}x`);
  await expect(meter).toHaveAttribute('aria-valuetext', /Good|Strong/);
  await expect(app.getByText('The two passphrases do not match yet.')).toBeVisible();
  await expect(create).toBeDisabled();

  await confirmation.fill(STRONG_PASSPHRASE);
  await expect(create).toBeEnabled();
  await create.click();

  // The recovery code, once.
  await expect(app.getByRole('heading', { name: 'Write down your recovery code' })).toBeVisible();
  const continueButton = app.getByRole('button', { name: 'Continue' });
  await expect(continueButton).toBeDisabled();
  await expect(app.getByRole('button', { name: 'Print' })).toBeVisible();

  // Printed, the page shows only the code and its instructions.
  await app.emulateMedia({ media: 'print' });
  await expect(app.getByTestId('recovery-code')).toBeVisible();
  await expect(app.getByText('Chapterhouse recovery code.')).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Write down your recovery code' })).toBeHidden();
  await expect(continueButton).toBeHidden();
  await app.emulateMedia({ media: 'screen' });

  const recoveryCode = await acknowledgeRecoveryCode(app);
  await expectUnlocked(app);
  await expect(app.getByTestId('officer-name')).toHaveText(RIVERSIDE.officerName);
  await expect(app.getByRole('heading', { name: 'Roll' })).toBeVisible();

  // The navigation reaches each page.
  await app.getByRole('button', { name: 'Meetings' }).click();
  await expect(app.getByRole('heading', { name: 'Meetings' })).toBeVisible();
  await app.getByRole('button', { name: 'Officers' }).click();
  await expect(app.getByRole('heading', { name: 'Officers', level: 1 })).toBeVisible();

  // The vault really exists, and the code shown is one that opens it.
  const state = await dispatch(service, 'app:state', {});
  expect(state).toMatchObject({ ok: true, value: { vaults: [{}], session: { chapterName: RIVERSIDE.chapterName } } });
  expect(recoveryCode).toHaveLength(29);
});
