/**
 * Crockford's base32: no I, L, O or U, so what a person reads aloud or copies by hand is hard
 * to get wrong. Used for recovery codes and officer fingerprints.
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Encodes whole 5-bit groups; callers pass byte counts that are multiples of 5. */
export function toCrockford(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** "ABCDEFGH" → "ABCD-EFGH" */
export function groupsOfFour(text: string, separator: string): string {
  return text.match(/.{1,4}/g)!.join(separator);
}
