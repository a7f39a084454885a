/**
 * Putting a backup back: from the open app (the key is at hand) and from the command line (the
 * key comes out of the keyslots, the live ones or, when those are damaged, the backup's own;
 * the live database need not open, which is when a backup matters most).
 */
import { join } from 'node:path';
import { DatabaseOpenError, openEncrypted } from '../db/connection';
import { UserError } from '../errors';
import { KeyslotsDamagedError, KeyslotsTooNewError, openSlot, readKeyslots, type KeyslotFile } from '../vault/keyslots';
import { readSettings } from '../vault/settings';
import { loadSodium } from '../core/sodium';
import { DATABASE_FILE, KEYSLOTS_FILE, messages, type OpenVault } from '../vault/vault';
import { backupKeyslotsPath, backupNow, backupPath, commitRestore, createBackup, discardStaged, stageRestore } from './backups';

/** The open vault's key as bytes we own (and zero), for checking a backup against it. */
function keyOf(vault: OpenVault): Uint8Array {
  return new Uint8Array(Buffer.from(vault.rawKeyHex(), 'hex'));
}

/**
 * Restores into a vault the app has open. The current state is backed up first, then
 * `closeLive` must close the database (the service locks); the staged copy then replaces it.
 */
export function restoreOpenVault(vault: OpenVault, id: string, now: Date, closeLive: () => void): void {
  const key = keyOf(vault);
  try {
    const staged = stageRestore(vault.dir, id, key, vault.info.vaultId);
    try {
      backupNow(vault, 'before-restore', now);
    } catch (error) {
      discardStaged(vault.dir);
      throw error;
    }
    closeLive();
    commitRestore(vault.dir, staged);
  } finally {
    key.fill(0);
  }
}

function tryKeyslots(path: string, sodium: Awaited<ReturnType<typeof loadSodium>>): KeyslotFile | null {
  try {
    return readKeyslots(sodium, path);
  } catch (error) {
    if (error instanceof KeyslotsDamagedError || error instanceof KeyslotsTooNewError) return null;
    throw error;
  }
}

export interface CliRestoreResult {
  /** The live key file was damaged and was replaced by the backup's. */
  replacedKeyslots: boolean;
  /** A backup of the state before the restore was taken (not when the live database was unreadable). */
  savedCurrent: boolean;
}

/** The command line's restore: nothing else may hold the vault. */
export async function restoreWithPassphrase(vaultDir: string, id: string, passphrase: string, now: Date): Promise<CliRestoreResult> {
  backupPath(vaultDir, id);
  const sodium = await loadSodium();
  const live = tryKeyslots(join(vaultDir, KEYSLOTS_FILE), sodium);
  const fromBackup = tryKeyslots(backupKeyslotsPath(vaultDir, id), sodium);
  if (!live && !fromBackup) throw new UserError('KEYSLOTS_DAMAGED', messages.keyslotsDamaged);

  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  let key: Uint8Array | null = null;
  let usedBackupSlots = false;
  for (const [file, isBackup] of [[live, false], [fromBackup, true]] as const) {
    if (!file || key) continue;
    for (const slot of file.slots.filter((candidate) => candidate.kind === 'passphrase')) {
      key = openSlot(sodium, file.vaultId, slot, secret);
      if (key) {
        usedBackupSlots = isBackup;
        break;
      }
    }
  }
  sodium.memzero(secret);
  if (!key) throw new UserError('WRONG_PASSPHRASE', messages.wrongPassphrase);
  const vaultId = (usedBackupSlots ? fromBackup : live)!.vaultId;

  try {
    const staged = stageRestore(vaultDir, id, key, vaultId);
    let savedCurrent = false;
    try {
      // Holding the live database exclusively also proves that no app window has it open.
      const db = openEncrypted(join(vaultDir, DATABASE_FILE), key, { exclusive: true });
      try {
        createBackup({ dir: vaultDir, db, vaultId }, 'before-restore', readSettings(db).backupsKept, now);
        savedCurrent = true;
      } catch {
        // A live database too damaged to copy is why the officer is restoring; go on.
      } finally {
        db.close();
      }
    } catch (error) {
      if (error instanceof DatabaseOpenError && error.kind === 'busy') {
        discardStaged(vaultDir);
        throw new UserError('VAULT_IN_USE', messages.inUse);
      }
      // Unreadable or missing: nothing there to keep.
    }
    commitRestore(vaultDir, staged, { replaceKeyslots: !live });
    return { replacedKeyslots: !live, savedCurrent };
  } finally {
    sodium.memzero(key);
  }
}
