/**
 * Encrypted backups of a vault, kept in `<vault>/backups/<id>/`: `vault.db` is a `VACUUM INTO`
 * copy, which SQLite3 Multiple Ciphers writes encrypted with the live database's key (the
 * online backup API refuses an encrypted source, so no plaintext copy can slip out), beside a
 * copy of `keyslots.json` (so a backup still opens if the live key file is lost) and a
 * `backup.json` that says only when and why it was taken.
 *
 * Never imports electron; takes the folder, the key and the clock as arguments.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { BackupInfo, BackupReason } from '../../shared/backup';
import { DatabaseOpenError, openEncrypted, type Db } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { migrations } from '../db/migrations';
import { get, run, sql } from '../db/sql';
import { UserError } from '../errors';
import { fsyncDirectory as fsyncPath, writeFileAtomic } from '../vault/atomic-file';
import { readSettings } from '../vault/settings';
import { BACKUPS_DIR, DATABASE_FILE, KEYSLOTS_FILE, type OpenVault } from '../vault/vault';

const MANIFEST_FILE = 'backup.json';
const MANIFEST_FORMAT = 'chapterhouse-backup';
const PARTIAL_SUFFIX = '.partial';
/** A restore stages the copy here, beside the live file, so the final rename stays on one disk. */
const STAGED_FILE = `${DATABASE_FILE}.restoring`;

/** Ids are timestamps (sortable, safe in a path); a second backup in the same millisecond gets `-2`. */
const BACKUP_ID = /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z(-\d{1,3})?$/;

const Manifest = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(1),
  vaultId: z.string(),
  createdAt: z.string(),
  reason: z.enum(['automatic', 'manual', 'before-import', 'before-exchange', 'before-restore']),
});

export const backupMessages = {
  damaged: (date: string) =>
    `The backup from ${date} is damaged or incomplete, so it was not restored. The vault was not changed; choose another backup.`,
  notFound: 'That backup is no longer there. Choose one from the list again.',
  otherVault: 'That backup belongs to another vault, so it was not restored. The vault was not changed.',
  tooNew: 'That backup was made by a newer version of Chapterhouse. Update Chapterhouse to restore it; the vault was not changed.',
};

export const isBackupId = (id: string): boolean => BACKUP_ID.test(id);

/** "2026-06-15T12-00-00-000Z" → "2026-06-15T12:00:00.000Z". */
function idToIso(id: string): string {
  const [, date, h, m, s, ms] = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z/.exec(id) ?? [];
  return date ? `${date}T${h}:${m}:${s}.${ms}Z` : '';
}

function idFor(dir: string, now: Date): string {
  const base = now.toISOString().replace(/[:.]/g, '-');
  let id = base;
  for (let n = 2; existsSync(join(dir, id)) || existsSync(join(dir, id + PARTIAL_SUFFIX)); n++) id = `${base}-${n}`;
  return id;
}

const backupsDir = (vaultDir: string): string => join(vaultDir, BACKUPS_DIR);

function readManifest(backupDir: string): z.infer<typeof Manifest> | null {
  try {
    const parsed = Manifest.safeParse(JSON.parse(readFileSync(join(backupDir, MANIFEST_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Newest first. A backup whose manifest is unreadable is still listed (by the date in its id), so the officer sees it. */
export function listBackups(vaultDir: string): BackupInfo[] {
  const dir = backupsDir(vaultDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(isBackupId)
    .map((id) => {
      const path = join(dir, id);
      const manifest = readManifest(path);
      const size = statSync(join(path, DATABASE_FILE), { throwIfNoEntry: false })?.size ?? 0;
      return {
        id,
        createdAt: manifest?.createdAt ?? idToIso(id),
        reason: manifest?.reason ?? 'automatic',
        sizeBytes: size,
        intact: manifest !== null && size > 0,
      };
    })
    .sort((a, b) => (a.id < b.id ? 1 : -1));
}

export interface BackupSource {
  dir: string;
  db: Db;
  vaultId: string;
}

/**
 * Copies the open vault into a new backup and deletes the oldest beyond `keep`. The copy is
 * written under a `.partial` name and renamed when complete, so a crash leaves no half backup
 * that looks whole.
 */
export function createBackup(source: BackupSource, reason: BackupReason, keep: number, now: Date): BackupInfo {
  const dir = backupsDir(source.dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  removeLeftovers(dir);
  const id = idFor(dir, now);
  const partial = join(dir, id + PARTIAL_SUFFIX);
  mkdirSync(partial, { mode: 0o700 });
  try {
    // Reads the committed state, WAL included; temp_store=MEMORY keeps its work off the disk.
    run(source.db, sql`VACUUM INTO ${join(partial, DATABASE_FILE)}`);
    // Like the vault's own files: readable by this user only, whatever the umask.
    chmodSync(join(partial, DATABASE_FILE), 0o600);
    fsyncPath(join(partial, DATABASE_FILE));
    copyFileSync(join(source.dir, KEYSLOTS_FILE), join(partial, KEYSLOTS_FILE));
    chmodSync(join(partial, KEYSLOTS_FILE), 0o600);
    fsyncPath(join(partial, KEYSLOTS_FILE));
    const manifest = { format: MANIFEST_FORMAT, version: 1, vaultId: source.vaultId, createdAt: now.toISOString(), reason };
    writeFileAtomic(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(partial, join(dir, id));
    fsyncPath(dir);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  pruneBackups(source.dir, keep);
  return listBackups(source.dir).find((backup) => backup.id === id)!;
}

/** A backup of the open vault, keeping as many as its settings say. */
export function backupNow(vault: OpenVault, reason: BackupReason, now: Date): BackupInfo {
  return createBackup({ dir: vault.dir, db: vault.db, vaultId: vault.info.vaultId }, reason, readSettings(vault.db).backupsKept, now);
}

/** Deletes all but the newest `keep` backups. */
export function pruneBackups(vaultDir: string, keep: number): void {
  for (const old of listBackups(vaultDir).slice(Math.max(1, keep))) {
    rmSync(join(backupsDir(vaultDir), old.id), { recursive: true, force: true });
  }
}

/** Half-written backups from an interrupted run. */
function removeLeftovers(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (name.endsWith(PARTIAL_SUFFIX)) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/** The most recent backup's time, or null when there is none. */
export function lastBackupAt(vaultDir: string): Date | null {
  const newest = listBackups(vaultDir).find((backup) => backup.intact);
  return newest ? new Date(newest.createdAt) : null;
}

export function backupPath(vaultDir: string, id: string): string {
  if (!isBackupId(id)) throw new UserError('NOT_FOUND', backupMessages.notFound);
  const path = join(backupsDir(vaultDir), id);
  if (!existsSync(path)) throw new UserError('NOT_FOUND', backupMessages.notFound);
  return path;
}

function dateOf(id: string): string {
  // Main knows no time zone of the officer's; the id's own time is UTC and says so.
  return `${idToIso(id).slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * Checks that a database file opens with `key`, passes SQLite's integrity check, belongs to
 * `vaultId` and is not from a newer Chapterhouse. Opened read-only in effect: nothing is written.
 */
function verifyCopy(path: string, key: Uint8Array, vaultId: string, id: string): void {
  if (!existsSync(path) || statSync(path).size === 0) throw new UserError('BACKUP_DAMAGED', backupMessages.damaged(dateOf(id)));
  let db: Db;
  try {
    db = openEncrypted(path, key, {});
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new UserError('BACKUP_DAMAGED', backupMessages.damaged(dateOf(id)));
    throw error;
  }
  try {
    let problems: string[];
    let foundId: string | undefined;
    let version: number;
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[])
        .map((row) => row.integrity_check)
        .filter((line) => line !== 'ok');
      foundId = get<{ value: string }>(db, sql`SELECT value FROM meta WHERE key = 'vault_id'`)?.value;
      version = schemaVersion(db);
    } catch {
      throw new UserError('BACKUP_DAMAGED', backupMessages.damaged(dateOf(id)));
    }
    if (problems.length > 0 || version === 0) throw new UserError('BACKUP_DAMAGED', backupMessages.damaged(dateOf(id)));
    if (foundId !== vaultId) throw new UserError('BACKUP_DAMAGED', backupMessages.otherVault);
    if (version > (migrations.at(-1)?.version ?? 0)) throw new UserError('VAULT_TOO_NEW', backupMessages.tooNew);
  } finally {
    db.close();
  }
}

/**
 * First half of a restore, safe to run while the vault is open: copies the backup's database
 * beside the live one and verifies the copy. Returns the staged file for `commitRestore`.
 * Whatever goes wrong, the live vault is untouched.
 */
export interface StagedRestore {
  file: string;
  /** The backup's key file, read now: a backup taken before the swap may rotate the original away. */
  keyslots: Buffer | null;
}

export function stageRestore(vaultDir: string, id: string, key: Uint8Array, vaultId: string): StagedRestore {
  const backup = backupPath(vaultDir, id);
  const source = join(backup, DATABASE_FILE);
  const staged = join(vaultDir, STAGED_FILE);
  rmSync(staged, { force: true });
  try {
    if (!existsSync(source)) throw new UserError('BACKUP_DAMAGED', backupMessages.damaged(dateOf(id)));
    copyFileSync(source, staged);
    verifyCopy(staged, key, vaultId, id);
    fsyncPath(staged);
    const keyslots = existsSync(join(backup, KEYSLOTS_FILE)) ? readFileSync(join(backup, KEYSLOTS_FILE)) : null;
    return { file: staged, keyslots };
  } catch (error) {
    discardStaged(vaultDir);
    throw error;
  }
}

export function discardStaged(vaultDir: string): void {
  for (const name of [STAGED_FILE, `${STAGED_FILE}-wal`, `${STAGED_FILE}-shm`]) rmSync(join(vaultDir, name), { force: true });
}

/**
 * Second half, only once nothing has the live database open: the staged copy replaces it in
 * one rename. The old WAL goes first; left beside the new file, SQLite would replay it into it.
 * A crash before the rename leaves the old vault whole (its WAL was checkpointed at close).
 */
export function commitRestore(vaultDir: string, staged: StagedRestore, options: { replaceKeyslots?: boolean } = {}): void {
  const live = join(vaultDir, DATABASE_FILE);
  for (const name of [`${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]) rmSync(join(vaultDir, name), { force: true });
  renameSync(staged.file, live);
  fsyncPath(vaultDir);
  discardStaged(vaultDir);
  // The live key file is kept (it knows today's passphrase) unless it is damaged or gone; the
  // backup's copy wraps the same master key.
  const keyslots = join(vaultDir, KEYSLOTS_FILE);
  if (staged.keyslots && (options.replaceKeyslots || !existsSync(keyslots))) writeFileAtomic(keyslots, staged.keyslots);
}

/** The backup's own key file, for a restore when the live one is damaged. */
export function backupKeyslotsPath(vaultDir: string, id: string): string {
  return join(backupPath(vaultDir, id), KEYSLOTS_FILE);
}
