import { describe, expect, it } from 'vitest';
import { deriveKey, type KdfParams } from '../../src/main/vault/kdf';
import { loadSodium } from '../../src/main/core/sodium';

describe('Argon2id in a worker thread', () => {
  it('derives the same key as libsodium in this thread, and leaves the inputs as they were', async () => {
    const sodium = await loadSodium();
    // Large enough to go to the worker, small enough to be quick.
    const params: KdfParams = { algorithm: 'argon2id13', opsLimit: 1, memLimit: 64 * 1024 * 1024 };
    const secret = new TextEncoder().encode('correct horse battery staple');
    const salt = sodium.randombytes_buf(16);
    const here = sodium.crypto_pwhash(32, secret, salt, params.opsLimit, params.memLimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
    const there = deriveKey(sodium, secret, salt, params);
    expect(Buffer.from(there).toString('hex')).toBe(Buffer.from(here).toString('hex'));
    expect(new TextDecoder().decode(secret)).toBe('correct horse battery staple');
    // Another salt, another key: the worker really used its inputs.
    expect(Buffer.from(deriveKey(sodium, secret, sodium.randombytes_buf(16), params)).equals(Buffer.from(here))).toBe(false);
  });
});
