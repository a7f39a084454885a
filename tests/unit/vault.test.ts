import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, statSync, writeFileSync, mkdirSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../src/main/db/connection';
import { DEFAULT_KDF } from '../../src/main/vault/kdf';
import {
  DATABASE_FILE,
  KEYSLOTS_FILE,
  createVault,
  findVaults,
  openWithPassphrase,
  openWithRecoveryCode,
  recoverVault,
} from '../../src/main/vault/vault';
import { flipByte, snapshot } from '../helpers/files';
import { useTempVaults } from '../helpers/temp';
import { PASSPHRASE, fastVaultOptions, makeVault } from '../helpers/vaults';
import { rejectionOf } from '../helpers/errors';

const temp = useTempVaults();

describe('creating a vault', () => {
  it('opens again with the passphrase and knows its chapter and officer', async () => {
    const { dir, vault } = await makeVault(temp.path);
    const { vaultId, officerId } = vault.info;
    vault.close();
    const reopened = await openWithPassphrase(dir, PASSPHRASE, fastVaultOptions);
    expect(reopened.info).toEqual({
      vaultId,
      officerId,
      chapterName: 'Riverside Tenants Union',
      officerName: 'Ana Reyes',
    });
    reopened.close();
  });

  it('stores the officer identity (signing key and age identity) inside the database', async () => {
    const { vault } = await makeVault(temp.path);
    const row = vault.db
      .prepare('SELECT o.age_recipient, length(o.signing_public_key) AS pk, i.age_identity FROM officers o JOIN identity i ON i.officer_id = o.id')
      .get() as { age_recipient: string; pk: number; age_identity: string };
    expect(row.age_recipient).toMatch(/^age1[0-9a-z]+$/);
    expect(row.age_identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/);
    expect(row.pk).toBe(32);
    vault.close();
    const keyslots = readFileSync(join(temp.path, 'vault', KEYSLOTS_FILE), 'utf8');
    expect(keyslots).not.toContain('AGE-SECRET-KEY');
    expect(keyslots).not.toContain('Riverside');
  });

  it('writes a recovery code of six groups of four Crockford characters', async () => {
    const { vault, recoveryCode } = await makeVault(temp.path);
    vault.close();
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('refuses a weak passphrase with a reason and leaves no vault behind', async () => {
    const error = await rejectionOf(
      createVault({ dir: join(temp.path, 'weak'), chapterName: 'C', officerName: 'O', passphrase: 'password1' }, fastVaultOptions),
    );
    expect(error.code).toBe('WEAK_PASSPHRASE');
    expect(error.message).toMatch(/too weak/);
    expect(findVaults(temp.path)).toEqual([]);
  });

  it('refuses a passphrase made of the chapter name', async () => {
    const error = await rejectionOf(
      createVault(
        { dir: join(temp.path, 'v'), chapterName: 'Riverside Tenants Union', officerName: 'Ana', passphrase: 'RiversideTenantsUnion' },
        fastVaultOptions,
      ),
    );
    expect(error.code).toBe('WEAK_PASSPHRASE');
  });

  it('will not overwrite an existing vault', async () => {
    const { dir, vault } = await makeVault(temp.path);
    vault.close();
    const before = snapshot(dir);
    const error = await rejectionOf(
      createVault({ dir, chapterName: 'Other', officerName: 'Other', passphrase: 'another fine long passphrase' }, fastVaultOptions),
    );
    expect(error.code).toBe('VAULT_EXISTS');
    expect(snapshot(dir)).toEqual(before);
  });

  it('keeps the database and keyslot files private to the user', async () => {
    const { dir, vault } = await makeVault(temp.path);
    vault.close();
    if (process.platform === 'win32') return;
    expect(statSync(join(dir, DATABASE_FILE)).mode & 0o077).toBe(0);
    expect(statSync(join(dir, KEYSLOTS_FILE)).mode & 0o077).toBe(0);
    expect(statSync(dir).mode & 0o077).toBe(0);
  });

  it('stores the Argon2id parameters with each slot, at the default cost unless told otherwise', async () => {
    const { vault, dir } = await makeVault(temp.path, 'default', {});
    vault.close();
    const file = JSON.parse(readFileSync(join(dir, KEYSLOTS_FILE), 'utf8'));
    expect(file.slots.map((slot: { kdf: unknown }) => slot.kdf)).toEqual([DEFAULT_KDF, DEFAULT_KDF]);
  });
});

describe('locking', () => {
  it('closes the database and zeroes the master key', async () => {
    const { vault } = await makeVault(temp.path);
    const key = (vault as unknown as { masterKey: Uint8Array }).masterKey;
    expect(key.some((byte) => byte !== 0)).toBe(true);
    vault.close();
    expect(key.every((byte) => byte === 0)).toBe(true);
    expect(vault.db.open).toBe(false);
    expect(() => vault.rawKeyHex()).toThrow(/locked/);
  });
});

describe('bad input leaves the vault untouched', () => {
  it('wrong passphrase', async () => {
    const { dir, vault } = await makeVault(temp.path);
    vault.close();
    const before = snapshot(dir);
    const error = await rejectionOf(openWithPassphrase(dir, 'not the passphrase at all', fastVaultOptions));
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toMatch(/does not open this vault/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('wrong recovery code', async () => {
    const { dir, vault } = await makeVault(temp.path);
    vault.close();
    const before = snapshot(dir);
    const error = await rejectionOf(openWithRecoveryCode(dir, '0000-0000-0000-0000-0000-0000', fastVaultOptions));
    expect(error.code).toBe('WRONG_RECOVERY_CODE');
    expect(error.message).toMatch(/recovery code does not open/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a recovery code of the wrong shape', async () => {
    const { dir, vault } = await makeVault(temp.path);
    vault.close();
    const error = await rejectionOf(openWithRecoveryCode(dir, 'ABCD-EFGH', fastVaultOptions));
    expect(error.code).toBe('WRONG_RECOVERY_CODE');
    expect(error.message).toMatch(/24 letters and digits/);
  });

  it('a path that is not a vault', async () => {
    mkdirSync(join(temp.path, 'photos'));
    writeFileSync(join(temp.path, 'photos', 'cat.jpg'), 'meow');
    const before = snapshot(temp.path);
    const error = await rejectionOf(openWithPassphrase(join(temp.path, 'photos'), PASSPHRASE, fastVaultOptions));
    expect(error.code).toBe('NOT_A_VAULT');
    expect(error.message).toMatch(/is not a Chapterhouse vault/);
    const missing = await rejectionOf(openWithPassphrase(join(temp.path, 'nowhere'), PASSPHRASE, fastVaultOptions));
    expect(missing.code).toBe('NOT_A_VAULT');
    expect(snapshot(temp.path)).toEqual(before);
  });

  it.each([
    ['a flipped byte in a wrapped key', (file: string) => flipByte(file, readFileSync(file, 'utf8').indexOf('wrappedKey') + 16)],
    ['a truncated file', (file: string) => truncateSync(file, 100)],
    ['text that is not JSON', (file: string) => writeFileSync(file, 'hello')],
    ['an empty file', (file: string) => writeFileSync(file, '')],
  ])('a damaged keyslot file: %s', async (_name, damage) => {
    const { dir, vault } = await makeVault(temp.path);
    vault.close();
    damage(join(dir, KEYSLOTS_FILE));
    const before = snapshot(dir);
    const error = await rejectionOf(openWithPassphrase(dir, PASSPHRASE, fastVaultOptions));
    expect(error.code).toBe('KEYSLOTS_DAMAGED');
    expect(error.message).toMatch(/key file .* is damaged/);
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([
    ['a flipped byte in the first page', (file: string) => flipByte(file, 200)],
    ['the salt overwritten', (file: string) => flipByte(file, 3)],
    ['the file truncated to nothing', (file: string) => truncateSync(file, 0)],
  ])('a damaged database: %s', async (_name, damage) => {
    const { dir, vault } = await makeVault(temp.path);
    vault.close();
    damage(join(dir, DATABASE_FILE));
    const before = snapshot(dir);
    const error = await rejectionOf(openWithPassphrase(dir, PASSPHRASE, fastVaultOptions));
    expect(error.code).toBe('DATABASE_DAMAGED');
    expect(error.message).toMatch(/database is damaged/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a vault already open in another process', async () => {
    const { dir, vault } = await makeVault(temp.path);
    vault.close();
    const holder = await holdVaultInChildProcess(dir);
    try {
      const error = await rejectionOf(openWithPassphrase(dir, PASSPHRASE, fastVaultOptions));
      expect(error.code).toBe('VAULT_IN_USE');
      expect(error.message).toMatch(/open in another Chapterhouse/);
    } finally {
      holder.stdin!.end();
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    // Once the other process lets go, it opens again.
    (await openWithPassphrase(dir, PASSPHRASE, fastVaultOptions)).close();
  });

  it('a vault written by a newer Chapterhouse is refused and not modified', async () => {
    const { dir, vault } = await makeVault(temp.path);
    const keyHex = vault.rawKeyHex();
    vault.close();
    const db = openEncrypted(join(dir, DATABASE_FILE), Buffer.from(keyHex, 'hex'));
    db.pragma('user_version = 999');
    db.close();
    const before = snapshot(dir);
    const error = await rejectionOf(openWithPassphrase(dir, PASSPHRASE, fastVaultOptions));
    expect(error.code).toBe('VAULT_TOO_NEW');
    expect(error.message).toMatch(/newer version of Chapterhouse/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a keyslot file from a newer Chapterhouse is refused', async () => {
    const { dir, vault } = await makeVault(temp.path);
    vault.close();
    const file = JSON.parse(readFileSync(join(dir, KEYSLOTS_FILE), 'utf8'));
    writeFileSync(join(dir, KEYSLOTS_FILE), JSON.stringify({ ...file, version: 2 }));
    const error = await rejectionOf(openWithPassphrase(dir, PASSPHRASE, fastVaultOptions));
    expect(error.code).toBe('VAULT_TOO_NEW');
  });
});

describe('changing the passphrase', () => {
  it('rewrites only the keyslot file, never the database', async () => {
    const { dir, vault: created } = await makeVault(temp.path);
    created.close();
    const databaseBefore = snapshot(dir)[DATABASE_FILE];
    const vault = await openWithPassphrase(dir, PASSPHRASE, fastVaultOptions);
    await vault.changePassphrase(PASSPHRASE, 'a completely different passphrase');
    vault.close();
    const after = snapshot(dir);
    expect(after[DATABASE_FILE]).toBe(databaseBefore);
    expect((await rejectionOf(openWithPassphrase(dir, PASSPHRASE, fastVaultOptions))).code).toBe('WRONG_PASSPHRASE');
    (await openWithPassphrase(dir, 'a completely different passphrase', fastVaultOptions)).close();
  });

  it('needs the current passphrase', async () => {
    const { vault, dir } = await makeVault(temp.path);
    const before = snapshot(dir)[KEYSLOTS_FILE];
    const error = await rejectionOf(vault.changePassphrase('wrong wrong wrong', 'a completely different passphrase'));
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(snapshot(dir)[KEYSLOTS_FILE]).toBe(before);
    vault.close();
  });

  it('refuses a weak new passphrase', async () => {
    const { vault } = await makeVault(temp.path);
    const error = await rejectionOf(vault.changePassphrase(PASSPHRASE, 'abc123'));
    expect(error.code).toBe('WEAK_PASSPHRASE');
    vault.close();
  });
});

describe('recovery', () => {
  it('the recovery code, typed loosely, sets a new passphrase and the old one stops working', async () => {
    const { dir, vault, recoveryCode } = await makeVault(temp.path);
    vault.close();
    const typed = recoveryCode.toLowerCase().replace(/-/g, ' ');
    const recovered = await recoverVault(dir, typed, 'brand new passphrase from the drawer', fastVaultOptions);
    expect(recovered.info.chapterName).toBe('Riverside Tenants Union');
    recovered.close();
    expect((await rejectionOf(openWithPassphrase(dir, PASSPHRASE, fastVaultOptions))).code).toBe('WRONG_PASSPHRASE');
    (await openWithPassphrase(dir, 'brand new passphrase from the drawer', fastVaultOptions)).close();
    // The recovery code keeps working after use.
    (await openWithRecoveryCode(dir, recoveryCode, fastVaultOptions)).close();
  });

  it('a wrong code changes nothing', async () => {
    const { dir, vault } = await makeVault(temp.path);
    vault.close();
    const before = snapshot(dir);
    const error = await rejectionOf(recoverVault(dir, '1111-1111-1111-1111-1111-1111', 'brand new passphrase from the drawer', fastVaultOptions));
    expect(error.code).toBe('WRONG_RECOVERY_CODE');
    expect(snapshot(dir)).toEqual(before);
  });
});

function holdVaultInChildProcess(dir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/hold-vault.ts', dir, PASSPHRASE], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`holder exited early with ${code}`)));
    child.stdout!.once('data', () => resolve(child));
  });
}
