/**
 * Recovery codes: 120 random bits as 24 Crockford base32 characters in groups of four, e.g.
 * `7K2M-QX9D-...`. Crockford's alphabet has no I, L, O or U, and reading accepts the letters
 * people confuse with digits, so a code copied by hand from paper still works.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_CODE_BYTES = 15;
const CODE_CHARS = (RECOVERY_CODE_BYTES * 8) / 5;

export function formatRecoveryCode(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_CODE_BYTES) throw new Error('recovery code needs 15 bytes');
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{4}/g)!.join('-');
}

/** The canonical form of what a person typed, or null if it cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== CODE_CHARS) return null;
  for (const char of cleaned) if (!ALPHABET.includes(char)) return null;
  return cleaned.match(/.{4}/g)!.join('-');
}
