/**
 * An officer's identity: an Ed25519 key that signs exports and an X25519 age identity that
 * exports are encrypted to. Created with the vault; the private halves never leave it in clear.
 */
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { Sodium } from './sodium';

export interface OfficerIdentity {
  signingPublicKey: Uint8Array;
  signingSecretKey: Uint8Array;
  ageIdentity: string;
  ageRecipient: string;
}

export async function createOfficerIdentity(sodium: Sodium): Promise<OfficerIdentity> {
  const signing = sodium.crypto_sign_keypair();
  const ageIdentity = await generateX25519Identity();
  return {
    signingPublicKey: signing.publicKey,
    signingSecretKey: signing.privateKey,
    ageIdentity,
    ageRecipient: await identityToRecipient(ageIdentity),
  };
}
