/**
 * Recovery codes: 120 random bits as 24 Crockford base32 characters in groups of four, e.g.
 * `7K2M-QX9D-...`. Crockford's alphabet has no I, L, O or U, and reading accepts the letters
 * people confuse with digits, so a code copied by hand from paper still works.
 */
import { CROCKFORD_ALPHABET, groupsOfFour, toCrockford } from '../encoding/crockford';

export const RECOVERY_CODE_BYTES = 15;
const CODE_CHARS = (RECOVERY_CODE_BYTES * 8) / 5;

export function formatRecoveryCode(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_CODE_BYTES) throw new Error('recovery code needs 15 bytes');
  return groupsOfFour(toCrockford(bytes), '-');
}

/** The canonical form of what a person typed, or null if it cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== CODE_CHARS) return null;
  for (const char of cleaned) if (!CROCKFORD_ALPHABET.includes(char)) return null;
  return groupsOfFour(cleaned, '-');
}
