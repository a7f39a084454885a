/**
 * Backups: encrypted copies that open with the vault's key, rotation, the automatic one at
 * unlock and before imports, restore through the service and the CLI, and damaged backups
 * refused with one sentence and the live vault unchanged.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupNow, listBackups } from '../../src/main/backup/backups';
import { openEncrypted } from '../../src/main/db/connection';
import { DATABASE_FILE, KEYSLOTS_FILE, openWithPassphrase } from '../../src/main/vault/vault';
import { runCli } from '../helpers/cli';
import { findPlaintext, flipByte, snapshot } from '../helpers/files';
import { makeService } from '../helpers/service';
import { useTempVaults } from '../helpers/temp';
import { fastVaultOptions, makeVault, PASSPHRASE } from '../helpers/vaults';

const CHAPTER = 'Backup Canary Chapter Rt5Yq';
const MEMBER = 'Backupcanary Wq3Lm';

const temp = useTempVaults();

/** A service with an unlocked vault holding one member; `vaultDir` is its folder. */
async function unlockedService(now?: () => Date) {
  const harness = makeService(temp.path, now ? { now } : {});
  const { state } = await harness.ok('vault:create', { chapterName: CHAPTER, officerName: 'Ana Reyes', passphrase: PASSPHRASE });
  const vaultId = state.session!.vaultId;
  await harness.ok('roll:add', { fields: { first_name: MEMBER, last_name: 'Before' } });
  const vaultsDir = join(temp.path, 'vaults');
  const vaultDir = join(vaultsDir, readdirSync(vaultsDir)[0]!);
  return { ...harness, vaultId, vaultDir };
}

const names = async (ok: ReturnType<typeof makeService>['ok']) =>
  (await ok('roll:list', {})).rows.map((row) => `${row.first_name} ${row.last_name}`).sort();

describe('a backup', () => {
  it('is encrypted with the vault key: no plaintext, opens with the key, integrity ok, keyslots copied', async () => {
    const { ok, vaultDir, service } = await unlockedService();
    const backup = await ok('backup:create', {});
    expect(backup).toMatchObject({ reason: 'manual', intact: true });
    const dir = join(vaultDir, 'backups', backup.id);
    expect(readdirSync(dir).sort()).toEqual(['backup.json', KEYSLOTS_FILE, DATABASE_FILE].sort());
    expect(findPlaintext([dir], [CHAPTER, MEMBER, PASSPHRASE])).toEqual([]);
    expect(readFileSync(join(dir, DATABASE_FILE)).subarray(0, 16).toString('latin1')).not.toContain('SQLite format');
    expect(readFileSync(join(dir, KEYSLOTS_FILE))).toEqual(readFileSync(join(vaultDir, KEYSLOTS_FILE)));

    await ok('vault:lock', {});
    const vault = await openWithPassphrase(vaultDir, PASSPHRASE, fastVaultOptions);
    const key = new Uint8Array(Buffer.from(vault.rawKeyHex(), 'hex'));
    vault.close();
    const copy = openEncrypted(join(dir, DATABASE_FILE), key, {});
    expect(copy.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(copy.prepare('SELECT first_name FROM members').all()).toEqual([{ first_name: MEMBER }]);
    copy.close();
    expect(() => openEncrypted(join(dir, DATABASE_FILE), new Uint8Array(32), {})).toThrow();
    service.dispose();
  });

  it('is readable by this user only, like the vault, even under a permissive umask', async () => {
    const { vault } = await makeVault(temp.path);
    const previous = process.umask(0o022);
    try {
      const backup = backupNow(vault, 'manual', new Date('2030-01-01T00:00:00Z'));
      const dir = join(vault.dir, 'backups', backup.id);
      for (const name of readdirSync(dir)) expect([name, statSync(join(dir, name)).mode & 0o777]).toEqual([name, 0o600]);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    } finally {
      process.umask(previous);
      vault.close();
    }
  });

  it("stops opening with a passphrase once it is changed: backups' key files follow the live one", async () => {
    const { ok, vaultDir } = await unlockedService();
    const backup = await ok('backup:create', {});
    const newPassphrase = 'a different long passphrase for the chapter 7xq';
    await ok('vault:changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase });
    const copy = join(vaultDir, 'backups', backup.id, KEYSLOTS_FILE);
    expect(readFileSync(copy)).toEqual(readFileSync(join(vaultDir, KEYSLOTS_FILE)));
    await ok('vault:lock', {});
    // The backup's key file alone, as a restore with a damaged live key file would use it.
    const lone = join(temp.path, 'lone');
    mkdirSync(lone);
    copyFileSync(copy, join(lone, KEYSLOTS_FILE));
    copyFileSync(join(vaultDir, 'backups', backup.id, DATABASE_FILE), join(lone, DATABASE_FILE));
    await expect(openWithPassphrase(lone, PASSPHRASE, fastVaultOptions)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    (await openWithPassphrase(lone, newPassphrase, fastVaultOptions)).close();
  });

  it('keeps only the newest `backupsKept`', async () => {
    let clock = new Date('2026-06-15T12:00:00Z');
    const { ok, vaultDir } = await unlockedService(() => clock);
    await ok('settings:update', { backupsKept: 3 });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      clock = new Date(clock.getTime() + 60_000);
      ids.push((await ok('backup:create', {})).id);
    }
    expect((await ok('backup:list', {})).map((backup) => backup.id)).toEqual(ids.slice(2).reverse());
    expect(readdirSync(join(vaultDir, 'backups')).sort()).toEqual(ids.slice(2));
  });

  it('is taken at unlock when the last one is more than a day old, and before an import', async () => {
    let clock = new Date('2026-06-15T12:00:00Z');
    const { ok, vaultId } = await unlockedService(() => clock);
    expect(await ok('backup:list', {})).toEqual([]);
    const unlock = async () => {
      await ok('vault:lock', {});
      await ok('vault:unlock', { vaultId, passphrase: PASSPHRASE });
      // Queued behind the unlock: the next call waits for it.
      return ok('backup:list', {});
    };
    expect((await unlock()).map((backup) => backup.reason)).toEqual(['automatic']);
    clock = new Date('2026-06-16T02:00:00Z');
    expect(await unlock()).toHaveLength(1);
    clock = new Date('2026-06-16T12:30:00Z');
    expect((await unlock()).map((backup) => backup.reason)).toEqual(['automatic', 'automatic']);

    clock = new Date('2026-06-16T13:00:00Z');
    const csv = Buffer.from('First Name,Last Name\nImported,Person\n').toString('base64');
    const preview = await ok('roll:importPreview', { fileName: 'roll.csv', contentBase64: csv });
    await ok('roll:importApply', { importId: preview.importId, mapping: preview.mapping, onMatch: 'create', dryRun: true });
    expect(await ok('backup:list', {})).toHaveLength(2);
    await ok('roll:importApply', { importId: preview.importId, mapping: preview.mapping, onMatch: 'create' });
    expect((await ok('backup:list', {}))[0]!.reason).toBe('before-import');
  });
});

describe('restoring in the app', () => {
  it('brings back the backed-up data, keeps the current state as a backup, and locks', async () => {
    const { ok, service, vaultId } = await unlockedService();
    const events: string[] = [];
    service.on((event) => events.push(event));
    const backup = await ok('backup:create', {});
    await ok('roll:add', { fields: { first_name: 'Added', last_name: 'After' } });
    expect(await names(ok)).toEqual(['Added After', `${MEMBER} Before`]);

    const state = await ok('backup:restore', { id: backup.id });
    expect(state.session).toBeNull();
    expect(events).toContain('vault:locked');
    await ok('vault:unlock', { vaultId, passphrase: PASSPHRASE });
    expect(await names(ok)).toEqual([`${MEMBER} Before`]);

    // The state just before the restore can be restored in turn.
    const saved = (await ok('backup:list', {})).find((item) => item.reason === 'before-restore')!;
    await ok('backup:restore', { id: saved.id });
    await ok('vault:unlock', { vaultId, passphrase: PASSPHRASE });
    expect(await names(ok)).toEqual(['Added After', `${MEMBER} Before`]);
  });

  it('refuses a damaged backup with one sentence and leaves the vault as it was', async () => {
    const { ok, call, vaultDir } = await unlockedService();
    const backup = await ok('backup:create', {});
    flipByte(join(vaultDir, 'backups', backup.id, DATABASE_FILE), 5000);
    const backupsBefore = readdirSync(join(vaultDir, 'backups'));
    const liveBefore = snapshot(vaultDir);

    const answer = await call('backup:restore', { id: backup.id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED' } });
    if (answer.ok) return;
    expect(answer.error.message).toMatch(/^The backup from \d{4}-\d\d-\d\d \d\d:\d\d UTC is damaged or incomplete, so it was not restored\. The vault was not changed; choose another backup\.$/);
    expect(snapshot(vaultDir)).toEqual(liveBefore);
    expect(readdirSync(join(vaultDir, 'backups'))).toEqual(backupsBefore);
    // Still unlocked, still the same data.
    expect(await names(ok)).toEqual([`${MEMBER} Before`]);
  });

  it('refuses a truncated backup, a missing one, and ids that try to leave the folder', async () => {
    const { ok, call, vaultDir } = await unlockedService();
    const backup = await ok('backup:create', {});
    writeFileSync(join(vaultDir, 'backups', backup.id, DATABASE_FILE), '');
    expect(await call('backup:restore', { id: backup.id })).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED' } });
    expect((await ok('backup:list', {}))[0]!.intact).toBe(false);
    for (const id of ['../../etc', '2026-01-01T00-00-00-000Z', backup.id + '/../..']) {
      expect(await call('backup:restore', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await names(ok)).toEqual([`${MEMBER} Before`]);
  });

  it("refuses another vault's backup", async () => {
    const { ok, call, vaultDir } = await unlockedService();
    const backup = await ok('backup:create', {});
    const other = await makeVault(temp.path, 'other');
    const otherBackup = (await import('../../src/main/backup/handlers')).backupNow(other.vault, 'manual', new Date('2030-01-01T00:00:00Z'));
    other.vault.close();
    const target = join(vaultDir, 'backups', otherBackup.id);
    rmSync(join(vaultDir, 'backups', backup.id), { recursive: true });
    (await import('node:fs')).cpSync(join(other.dir, 'backups', otherBackup.id), target, { recursive: true });
    const answer = await call('backup:restore', { id: otherBackup.id });
    // Its pages do not even decrypt with this vault's key.
    expect(answer).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED' } });
    expect(await names(ok)).toEqual([`${MEMBER} Before`]);
  });

  it('needs an unlocked vault', async () => {
    const { call } = makeService(temp.path);
    for (const channel of ['backup:list', 'backup:create'] as const) {
      expect(await call(channel, {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    }
    expect(await call('backup:restore', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });
});

describe('the CLI', () => {
  const env = { CHAPTERHOUSE_PASSPHRASE: PASSPHRASE };

  async function vaultWithBackup() {
    const { vault, dir } = await makeVault(temp.path);
    vault.close();
    const made = runCli(['backup', dir, '--json'], env);
    expect(made.status, made.stderr).toBe(0);
    return { dir, id: JSON.parse(made.stdout).id as string };
  }

  it('backs up, lists (without a passphrase) and restores', async () => {
    const { dir, id } = await vaultWithBackup();
    expect(runCli(['members', 'add', dir, '--set', 'first_name=Later'], env).status).toBe(0);
    const listed = runCli(['backups', dir, '--json']);
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id, reason: 'manual', intact: true })]);
    expect(runCli(['backups', dir]).stdout).toContain(id);

    const restored = runCli(['restore', dir, id, '--json'], env);
    expect(restored.status, restored.stderr).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ ok: true, restored: id, savedCurrent: true, replacedKeyslots: false });
    expect(JSON.parse(runCli(['members', 'list', dir, '--json'], env).stdout)).toEqual([]);
    expect(listBackups(dir).map((backup) => backup.reason).sort()).toEqual(['before-restore', 'manual']);
  });

  it('restores a vault whose database and key file are both damaged', async () => {
    const { dir, id } = await vaultWithBackup();
    flipByte(join(dir, DATABASE_FILE), 100);
    writeFileSync(join(dir, KEYSLOTS_FILE), '{ not json');
    expect(runCli(['verify', dir], env).status).toBe(1);
    const restored = runCli(['restore', dir, id, '--json'], env);
    expect(restored.status, restored.stderr).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ savedCurrent: false, replacedKeyslots: true });
    expect(JSON.parse(runCli(['verify', dir, '--json'], env).stdout)).toMatchObject({ ok: true });
  });

  it('refuses a damaged backup, a wrong passphrase and a vault in use, in one line, changing nothing', async () => {
    const { dir, id } = await vaultWithBackup();
    const before = snapshot(dir);
    const wrong = runCli(['restore', dir, id], { CHAPTERHOUSE_PASSPHRASE: 'not the passphrase at all' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);

    const holder = await openWithPassphrase(dir, PASSPHRASE, fastVaultOptions);
    const inUse = runCli(['restore', dir, id], env);
    holder.close();
    expect(inUse.status).toBe(1);
    expect(inUse.stderr).toMatch(/open in another Chapterhouse window/);
    expect(existsSync(join(dir, `${DATABASE_FILE}.restoring`))).toBe(false);

    flipByte(join(dir, 'backups', id, DATABASE_FILE), 3000);
    const afterFlip = snapshot(dir);
    const damaged = runCli(['restore', dir, id], env);
    expect(damaged.status).toBe(1);
    expect(damaged.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^chapterhouse: The backup from .* is damaged or incomplete/)]);
    expect(snapshot(dir)).toEqual(afterFlip);
    const { [`backups/${id}/${DATABASE_FILE}`]: _flipped, ...rest } = afterFlip;
    const { [`backups/${id}/${DATABASE_FILE}`]: _original, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
  });
});
