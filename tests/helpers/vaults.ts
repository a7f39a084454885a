import { join } from 'node:path';
import { TEST_ONLY_FAST_KDF } from '../../src/main/vault/kdf';
import { createVault, type VaultOptions } from '../../src/main/vault/vault';

/** Most tests are about behaviour, not KDF cost: they use the cheapest Argon2id parameters. */
export const fastVaultOptions: VaultOptions = { kdf: TEST_ONLY_FAST_KDF };

export const PASSPHRASE = 'correct horse battery staple';

export async function makeVault(parent: string, name = 'vault', options: VaultOptions = fastVaultOptions) {
  const dir = join(parent, name);
  const { vault, recoveryCode } = await createVault(
    { dir, chapterName: 'Riverside Tenants Union', officerName: 'Ana Reyes', passphrase: PASSPHRASE },
    options,
  );
  return { dir, vault, recoveryCode };
}
