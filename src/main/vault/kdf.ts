import { z } from 'zod';
import type { Sodium } from './sodium';

/** Stored with every keyslot, so that a later version can raise them without breaking old vaults. */
export const KdfParams = z.object({
  algorithm: z.literal('argon2id13'),
  opsLimit: z.number().int().min(1).max(64),
  /** bytes */
  memLimit: z.number().int().min(8192).max(4 * 1024 ** 3),
});
export type KdfParams = z.infer<typeof KdfParams>;

/** About 0.8 s on a 2-core laptop, and 192 MiB that an attacker's GPU must pay per guess. */
export const DEFAULT_KDF: KdfParams = { algorithm: 'argon2id13', opsLimit: 3, memLimit: 192 * 1024 * 1024 };

/** Only for tests that create many vaults: never used by the app or the CLI. */
export const TEST_ONLY_FAST_KDF: KdfParams = { algorithm: 'argon2id13', opsLimit: 1, memLimit: 8192 };

export const SALT_BYTES = 16;

export function deriveKey(sodium: Sodium, secret: Uint8Array, salt: Uint8Array, params: KdfParams): Uint8Array {
  return sodium.crypto_pwhash(
    32,
    secret,
    salt,
    params.opsLimit,
    params.memLimit,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
}
