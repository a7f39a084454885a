/**
 * A short fingerprint of an officer's keys that two people can read aloud to each other and
 * compare: 80 bits of SHA-256 as four groups of four Crockford base32 characters.
 */
import { createHash } from 'node:crypto';
import { groupsOfFour, toCrockford } from '../encoding/crockford';

export function fingerprint(signingPublicKey: Uint8Array, ageRecipient: string): string {
  const digest = createHash('sha256').update(signingPublicKey).update(ageRecipient, 'utf8').digest();
  return groupsOfFour(toCrockford(digest.subarray(0, 10)), ' ');
}
