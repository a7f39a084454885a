/**
 * A key file is trusted only within sane limits: Argon2id parameters out of range (1–10 passes,
 * 8 KiB–1 GiB), a salt, nonce or wrapped key of the wrong length, or more than a few slots, all
 * read as "the key file is damaged" (never "wrong passphrase" or "something went wrong"), even
 * when whoever changed it also recomputed the checksum.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYSLOTS_FILE, messages, openWithPassphrase } from '../../src/main/vault/vault';
import { loadSodium } from '../../src/main/core/sodium';
import { makeVault, PASSPHRASE } from '../helpers/vaults';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();

type Slot = { kdf: { opsLimit: number; memLimit: number }; salt: string; nonce: string; wrappedKey: string };

/** Rewrites the key file as `change` says, with a valid checksum: as an attacker could. */
async function tamper(dir: string, change: (slots: Slot[]) => Slot[]) {
  const sodium = await loadSodium();
  const path = join(dir, KEYSLOTS_FILE);
  const { checksum: _checksum, ...body } = JSON.parse(readFileSync(path, 'utf8'));
  body.slots = change(body.slots);
  const checksum = Buffer.from(sodium.crypto_generichash(32, JSON.stringify(body), null)).toString('base64');
  writeFileSync(path, JSON.stringify({ ...body, checksum }));
}

const b64 = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64');
const cases: [string, (slots: Slot[]) => Slot[]][] = [
  ['65 passes', (slots) => slots.map((slot) => ({ ...slot, kdf: { ...slot.kdf, opsLimit: 65 } }))],
  ['11 passes', (slots) => slots.map((slot) => ({ ...slot, kdf: { ...slot.kdf, opsLimit: 11 } }))],
  ['4 GiB of memory', (slots) => slots.map((slot) => ({ ...slot, kdf: { ...slot.kdf, memLimit: 4 * 1024 ** 3 } }))],
  ['a 15-byte salt', (slots) => slots.map((slot) => ({ ...slot, salt: b64(15) }))],
  ['a 12-byte nonce', (slots) => slots.map((slot) => ({ ...slot, nonce: b64(12) }))],
  ['a short wrapped key', (slots) => slots.map((slot) => ({ ...slot, wrappedKey: b64(40) }))],
  ['sixteen slots', (slots) => Array.from({ length: 16 }, () => slots[0]!)],
];

describe('a key file outside the sane range', () => {
  it.each(cases)('with %s is "damaged"', async (_what, change) => {
    const { dir, vault } = await makeVault(temp.path);
    vault.close();
    await tamper(dir, change);
    await expect(openWithPassphrase(dir, PASSPHRASE)).rejects.toMatchObject({ code: 'KEYSLOTS_DAMAGED', message: messages.keyslotsDamaged });
  });

  it('within the range still opens', async () => {
    const { dir, vault } = await makeVault(temp.path);
    vault.close();
    await tamper(dir, (slots) => slots);
    const opened = await openWithPassphrase(dir, PASSPHRASE);
    opened.close();
  });
});
