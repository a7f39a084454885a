/** Shared by the specs that change a vault's passphrase (in Settings, or with the recovery code). */
import type { Page } from '@playwright/test';
import { expect, expectLocked, lockThroughUi, unlockThroughUi } from './harness';

/** Locks, then shows that the old passphrase is refused with a reason and keeps the vault locked, and the new one opens it. */
export async function expectOnlyNewPassphraseOpens(app: Page, old: string, current: string): Promise<void> {
  await lockThroughUi(app);
  await app.getByLabel('Passphrase', { exact: true }).fill(old);
  await app.getByRole('button', { name: 'Unlock' }).click();
  await expect(app.getByRole('alert')).toHaveText(/does not open this vault/);
  await expectLocked(app);
  await unlockThroughUi(app, current);
}
