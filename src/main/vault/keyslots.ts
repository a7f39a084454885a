/**
 * Keyslots, as in LUKS: the random master key that opens the database is stored only wrapped,
 * once per way in (passphrase, recovery code). Changing the passphrase rewrites one slot and
 * never touches the database.
 *
 * The file holds no secret in clear and nothing about the chapter: only the vault id, salts,
 * KDF parameters and the wrapped keys, with a checksum so damage is told apart from a wrong
 * passphrase.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { KdfParams, SALT_BYTES, deriveKey } from './kdf';
import type { Sodium } from '../core/sodium';

export const KEYSLOTS_FORMAT = 'chapterhouse-keyslots';
export const KEYSLOTS_VERSION = 1;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const SlotKind = z.enum(['passphrase', 'recovery']);
export type SlotKind = z.infer<typeof SlotKind>;

/** Base64 of exactly `bytes` bytes: a salt, nonce or wrapped key of another length is damage. */
const Base64Of = (bytes: number) => Base64.refine((text) => Buffer.from(text, 'base64').length === bytes && text.length === Math.ceil(bytes / 3) * 4);

const Keyslot = z.object({
  kind: SlotKind,
  kdf: KdfParams,
  salt: Base64Of(SALT_BYTES),
  /** XChaCha20-Poly1305: a 24-byte nonce; the 32-byte master key plus its 16-byte tag. */
  nonce: Base64Of(24),
  wrappedKey: Base64Of(32 + 16),
  updatedAt: z.string(),
});
export type Keyslot = z.infer<typeof Keyslot>;

const KeyslotFileBody = z.object({
  format: z.literal(KEYSLOTS_FORMAT),
  version: z.number().int(),
  vaultId: z.string().uuid(),
  createdAt: z.string(),
  /** One slot per way in (passphrase, recovery code), a few at most: each one tried costs a KDF run. */
  slots: z.array(Keyslot).min(1).max(4),
});
export type KeyslotFile = z.infer<typeof KeyslotFileBody>;

const KeyslotFileOnDisk = KeyslotFileBody.extend({ checksum: Base64 });

export class KeyslotsDamagedError extends Error {}
export class KeyslotsTooNewError extends Error {}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const unb64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

function associatedData(vaultId: string, kind: SlotKind): Uint8Array {
  return new TextEncoder().encode(`${KEYSLOTS_FORMAT}/${KEYSLOTS_VERSION}/${vaultId}/${kind}`);
}

function checksumOf(sodium: Sodium, body: KeyslotFile): string {
  return b64(sodium.crypto_generichash(32, JSON.stringify(body), null));
}

export function readKeyslots(sodium: Sodium, path: string): KeyslotFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new KeyslotsDamagedError('keyslot file cannot be read');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new KeyslotsDamagedError('keyslot file is not valid JSON');
  }
  const version = (parsed as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > KEYSLOTS_VERSION) throw new KeyslotsTooNewError();
  const result = KeyslotFileOnDisk.safeParse(parsed);
  if (!result.success) throw new KeyslotsDamagedError('keyslot file has an unexpected shape');
  const { checksum, ...body } = result.data;
  if (checksumOf(sodium, body) !== checksum) throw new KeyslotsDamagedError('keyslot file checksum mismatch');
  return body;
}

export function writeKeyslots(sodium: Sodium, path: string, file: KeyslotFile): void {
  const body = KeyslotFileBody.parse(file);
  const onDisk = { ...body, checksum: checksumOf(sodium, body) };
  writeFileAtomic(path, `${JSON.stringify(onDisk, null, 2)}\n`);
}

export function keyslotFileExists(path: string): boolean {
  return existsSync(path);
}

export function sealSlot(
  sodium: Sodium,
  vaultId: string,
  kind: SlotKind,
  secret: Uint8Array,
  masterKey: Uint8Array,
  kdf: KdfParams,
  now: Date,
): Keyslot {
  const salt = sodium.randombytes_buf(SALT_BYTES);
  const wrappingKey = deriveKey(sodium, secret, salt, kdf);
  try {
    const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const wrapped = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      masterKey,
      associatedData(vaultId, kind),
      null,
      nonce,
      wrappingKey,
    );
    return { kind, kdf, salt: b64(salt), nonce: b64(nonce), wrappedKey: b64(wrapped), updatedAt: now.toISOString() };
  } finally {
    sodium.memzero(wrappingKey);
  }
}

/** The master key, or null when the secret does not open this slot. */
export function openSlot(sodium: Sodium, vaultId: string, slot: Keyslot, secret: Uint8Array): Uint8Array | null {
  const wrappingKey = deriveKey(sodium, secret, unb64(slot.salt), slot.kdf);
  try {
    const key = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      unb64(slot.wrappedKey),
      associatedData(vaultId, slot.kind),
      unb64(slot.nonce),
      wrappingKey,
    );
    return key.length === 32 ? key : null;
  } catch {
    return null;
  } finally {
    sodium.memzero(wrappingKey);
  }
}

export function replaceSlot(file: KeyslotFile, slot: Keyslot): KeyslotFile {
  return { ...file, slots: [...file.slots.filter((existing) => existing.kind !== slot.kind), slot] };
}
