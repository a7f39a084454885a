/**
 * A vault is a folder: `keyslots.json` (wrapped master key, no secrets in clear) and
 * `vault.db` (SQLCipher 4, WAL). This module creates, opens, re-keys and closes it; it never
 * imports electron and takes its paths, clock and KDF cost as arguments.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DatabaseOpenError, openEncrypted, type Db } from '../db/connection';
import { migrate, schemaVersion, VaultTooNewError } from '../db/migrate';
import { get, run, sql } from '../db/sql';
import { UserError } from '../errors';
import { createOfficerIdentity } from '../core/identity';
import { DEFAULT_KDF, KdfWorkerError, type KdfParams } from './kdf';
import {
  KEYSLOTS_FORMAT,
  KEYSLOTS_VERSION,
  KeyslotsDamagedError,
  KeyslotsTooNewError,
  openSlot,
  readKeyslots,
  replaceSlot,
  sealSlot,
  writeKeyslots,
  type KeyslotFile,
  type SlotKind,
} from './keyslots';
import { judgePassphrase } from './passphrase-strength';
import { RECOVERY_CODE_BYTES, formatRecoveryCode, normalizeRecoveryCode } from './recovery-code';
import { loadSodium, type Sodium } from '../core/sodium';

export const KEYSLOTS_FILE = 'keyslots.json';
export const DATABASE_FILE = 'vault.db';
/** Encrypted copies of the vault, one folder each (src/main/backup/). */
export const BACKUPS_DIR = 'backups';

export interface VaultOptions {
  /** Argon2id cost for new slots; existing slots keep the parameters stored with them. */
  kdf?: KdfParams;
  now?: () => Date;
  /** The SQLite addon built for Electron, when not running under plain Node. */
  nativeBinding?: string;
}

export interface VaultInfo {
  vaultId: string;
  chapterName: string;
  officerId: string;
  officerName: string;
}

export const messages = {
  kdfFailed: 'The key could not be worked out in its own thread (the computer may be short of memory), so the vault was not opened. Close other programs and try again.',
  wrongPassphrase:
    'That passphrase does not open this vault. Check Caps Lock and try again, or use the recovery code.',
  wrongRecoveryCode: 'That recovery code does not open this vault. Check each group of four characters.',
  malformedRecoveryCode:
    'A recovery code has 24 letters and digits in groups of four, like 7K2M-QX9D-… Check what you typed.',
  keyslotsDamaged:
    "The vault's key file (keyslots.json) is damaged, so the vault cannot be opened. Nothing was changed; restore the vault folder from a backup copy.",
  databaseDamaged:
    "The vault's database is damaged or was changed outside Chapterhouse. Nothing was changed; restore it from a backup copy.",
  inUse: 'This vault is open in another Chapterhouse window or command. Lock or close it there first.',
  tooNew:
    'This vault was written by a newer version of Chapterhouse. Update Chapterhouse to open it; the vault was not changed.',
  notAVault: (dir: string) => `${dir} is not a Chapterhouse vault: it has no ${KEYSLOTS_FILE}.`,
  exists: (dir: string) => `${dir} already holds a Chapterhouse vault. Choose another folder.`,
  weak: (feedback: string) => `That passphrase is too weak. ${feedback}`,
};

export function isVaultDir(dir: string): boolean {
  return existsSync(join(dir, KEYSLOTS_FILE));
}

/** Vault folders directly inside `parent`, for the unlock screen's list. */
export function findVaults(parent: string): string[] {
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .map((name) => join(parent, name))
    .filter((path) => statSync(path).isDirectory() && isVaultDir(path))
    .sort();
}

/** What the lock screen may show: nothing about the chapter, which lives encrypted. */
export async function describeVault(dir: string): Promise<{ vaultId: string; createdAt: string }> {
  const file = await loadKeyslots(dir);
  return { vaultId: file.vaultId, createdAt: file.createdAt };
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text.normalize('NFC'));

async function loadKeyslots(dir: string): Promise<KeyslotFile> {
  if (!isVaultDir(dir)) throw new UserError('NOT_A_VAULT', messages.notAVault(dir));
  const sodium = await loadSodium();
  try {
    return readKeyslots(sodium, join(dir, KEYSLOTS_FILE));
  } catch (error) {
    if (error instanceof KeyslotsTooNewError) throw new UserError('VAULT_TOO_NEW', messages.tooNew);
    if (error instanceof KeyslotsDamagedError) throw new UserError('KEYSLOTS_DAMAGED', messages.keyslotsDamaged);
    throw error;
  }
}

export class OpenVault {
  private closed = false;

  constructor(
    readonly dir: string,
    readonly db: Db,
    readonly info: VaultInfo,
    private readonly masterKey: Uint8Array,
    private readonly sodium: Sodium,
    private readonly options: VaultOptions,
  ) {}

  get isOpen(): boolean {
    return !this.closed;
  }

  /**
   * A new recovery code for this vault, shown once: its slot replaces the old one, so the old code
   * no longer opens the vault.
   */
  async issueRecoveryCode(): Promise<string> {
    this.assertOpen();
    const bytes = this.sodium.randombytes_buf(RECOVERY_CODE_BYTES);
    const code = formatRecoveryCode(bytes);
    this.sodium.memzero(bytes);
    await this.rewrapSlot('recovery', code);
    return code;
  }

  /** Re-wraps the master key under a new passphrase; the database is not touched. */
  async changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<void> {
    this.assertOpen();
    const file = await loadKeyslots(this.dir);
    const slot = file.slots.find((candidate) => candidate.kind === 'passphrase');
    const key = slot ? openSlot(this.sodium, file.vaultId, slot, encode(currentPassphrase)) : null;
    if (!key) throw new UserError('WRONG_PASSPHRASE', 'The current passphrase is not right, so it was not changed.');
    this.sodium.memzero(key);
    await this.rewrapSlot('passphrase', newPassphrase, file);
  }

  /** Writes a new slot of `kind`, replacing the old one, after the passphrase rules pass. */
  async rewrapSlot(kind: SlotKind, secret: string, file?: KeyslotFile): Promise<void> {
    this.assertOpen();
    if (kind === 'passphrase') assertStrong(secret, [this.info.chapterName, this.info.officerName]);
    const current = file ?? (await loadKeyslots(this.dir));
    const now = (this.options.now ?? (() => new Date()))();
    const slot = sealSlot(this.sodium, current.vaultId, kind, encode(secret), this.masterKey, kdfOf(this.options), now);
    const updated = replaceSlot(current, slot);
    writeKeyslots(this.sodium, join(this.dir, KEYSLOTS_FILE), updated);
    // Each backup keeps a key file in case the live one is lost. Left as it was, it would still
    // open with the passphrase (or recovery code) just replaced, maybe because it leaked.
    for (const copy of backupKeyslotCopies(this.dir)) writeKeyslots(this.sodium, copy, updated);
  }

  /** The raw database key, for SQLCipher 4 tools. */
  rawKeyHex(): string {
    this.assertOpen();
    return Buffer.from(this.masterKey).toString('hex');
  }

  /** Closes the database and zeroes the key. Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.close();
    } finally {
      this.sodium.memzero(this.masterKey);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new UserError('VAULT_LOCKED', 'The vault is locked. Unlock it first.');
  }
}

function kdfOf(options: VaultOptions): KdfParams {
  return options.kdf ?? DEFAULT_KDF;
}

function assertStrong(passphrase: string, context: string[]): void {
  const verdict = judgePassphrase(passphrase, context);
  if (!verdict.acceptable) throw new UserError('WEAK_PASSPHRASE', messages.weak(verdict.feedback));
}

export interface CreateVaultInput {
  dir: string;
  chapterName: string;
  officerName: string;
  passphrase: string;
}

export async function createVault(
  input: CreateVaultInput,
  options: VaultOptions = {},
): Promise<{ vault: OpenVault; recoveryCode: string }> {
  const dir = resolve(input.dir);
  if (isVaultDir(dir)) throw new UserError('VAULT_EXISTS', messages.exists(dir));
  assertStrong(input.passphrase, [input.chapterName, input.officerName]);
  const sodium = await loadSodium();
  const now = (options.now ?? (() => new Date()))();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // A database without keyslots is one whose key was never saved: an interrupted create.
  for (const leftover of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]) {
    rmSync(join(dir, leftover), { force: true });
  }

  const vaultId = randomUUID();
  const masterKey = sodium.randombytes_buf(32);
  const identity = await createOfficerIdentity(sodium);
  const officerId = randomUUID();
  const db = openEncrypted(join(dir, DATABASE_FILE), masterKey, {
    create: true,
    exclusive: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    chmodSync(join(dir, DATABASE_FILE), 0o600);
    migrate(db);
    db.transaction(() => {
      const created = now.toISOString();
      for (const [key, value] of [
        ['vault_id', vaultId],
        ['chapter_name', input.chapterName.trim()],
        ['created_at', created],
      ] as const) {
        run(db, sql`INSERT INTO meta (key, value) VALUES (${key}, ${value})`);
      }
      run(
        db,
        sql`INSERT INTO officers (id, name, signing_public_key, age_recipient, is_self, verified_at, created_at)
            VALUES (${officerId}, ${input.officerName.trim()}, ${Buffer.from(identity.signingPublicKey)},
                    ${identity.ageRecipient}, 1, ${created}, ${created})`,
      );
      run(
        db,
        sql`INSERT INTO identity (officer_id, signing_secret_key, age_identity)
            VALUES (${officerId}, ${Buffer.from(identity.signingSecretKey)}, ${identity.ageIdentity})`,
      );
    })();
    sodium.memzero(identity.signingSecretKey);

    const recoveryBytes = sodium.randombytes_buf(RECOVERY_CODE_BYTES);
    const recoveryCode = formatRecoveryCode(recoveryBytes);
    sodium.memzero(recoveryBytes);
    const kdf = kdfOf(options);
    const file: KeyslotFile = {
      format: KEYSLOTS_FORMAT,
      version: KEYSLOTS_VERSION,
      vaultId,
      createdAt: now.toISOString(),
      slots: [
        sealSlot(sodium, vaultId, 'passphrase', encode(input.passphrase), masterKey, kdf, now),
        sealSlot(sodium, vaultId, 'recovery', encode(recoveryCode), masterKey, kdf, now),
      ],
    };
    // Written last: until this file exists, the folder is not a vault.
    writeKeyslots(sodium, join(dir, KEYSLOTS_FILE), file);
    const info: VaultInfo = {
      vaultId,
      chapterName: input.chapterName.trim(),
      officerId,
      officerName: input.officerName.trim(),
    };
    return { vault: new OpenVault(dir, db, info, masterKey, sodium, options), recoveryCode };
  } catch (error) {
    db.close();
    sodium.memzero(masterKey);
    throw error;
  }
}

export async function openWithPassphrase(dir: string, passphrase: string, options: VaultOptions = {}): Promise<OpenVault> {
  return unlock(resolve(dir), 'passphrase', encode(passphrase), options);
}

export async function openWithRecoveryCode(dir: string, recoveryCode: string, options: VaultOptions = {}): Promise<OpenVault> {
  const normalized = normalizeRecoveryCode(recoveryCode);
  if (!normalized) throw new UserError('WRONG_RECOVERY_CODE', messages.malformedRecoveryCode);
  return unlock(resolve(dir), 'recovery', encode(normalized), options);
}

/** Opens with the recovery code and sets a new passphrase; the old passphrase stops working. */
export async function recoverVault(
  dir: string,
  recoveryCode: string,
  newPassphrase: string,
  options: VaultOptions = {},
): Promise<OpenVault> {
  // Judge the new passphrase first, so a weak one costs no KDF run and changes nothing.
  assertStrong(newPassphrase, []);
  const vault = await openWithRecoveryCode(dir, recoveryCode, options);
  try {
    await vault.rewrapSlot('passphrase', newPassphrase);
    return vault;
  } catch (error) {
    vault.close();
    throw error;
  }
}

function backupKeyslotCopies(dir: string): string[] {
  const backups = join(dir, BACKUPS_DIR);
  if (!existsSync(backups)) return [];
  return readdirSync(backups)
    .map((name) => join(backups, name, KEYSLOTS_FILE))
    .filter((path) => existsSync(path));
}

async function unlock(dir: string, kind: SlotKind, secret: Uint8Array, options: VaultOptions): Promise<OpenVault> {
  const file = await loadKeyslots(dir);
  const sodium = await loadSodium();
  let masterKey: Uint8Array | null = null;
  try {
    for (const slot of file.slots.filter((candidate) => candidate.kind === kind)) {
      masterKey = openSlot(sodium, file.vaultId, slot, secret);
      if (masterKey) break;
    }
  } catch (error) {
    if (error instanceof KdfWorkerError) throw new UserError('INTERNAL', messages.kdfFailed);
    throw error;
  } finally {
    sodium.memzero(secret);
  }
  if (!masterKey) {
    throw kind === 'passphrase'
      ? new UserError('WRONG_PASSPHRASE', messages.wrongPassphrase)
      : new UserError('WRONG_RECOVERY_CODE', messages.wrongRecoveryCode);
  }
  return openWithMasterKey(dir, file.vaultId, masterKey, options);
}

/**
 * Opens the database with an already unwrapped master key (which it takes ownership of and
 * zeroes on failure or close). Split from `unlock` so that benchmarks can time the open alone.
 */
export async function openWithMasterKey(
  dir: string,
  vaultId: string,
  masterKey: Uint8Array,
  options: VaultOptions = {},
): Promise<OpenVault> {
  const sodium = await loadSodium();
  const databasePath = join(dir, DATABASE_FILE);
  // An empty file would be taken by SQLite for a new database and written to.
  if (!existsSync(databasePath) || statSync(databasePath).size === 0) {
    sodium.memzero(masterKey);
    throw new UserError('DATABASE_DAMAGED', messages.databaseDamaged);
  }
  let db: Db;
  try {
    db = openEncrypted(databasePath, masterKey, {
      exclusive: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    sodium.memzero(masterKey);
    if (error instanceof DatabaseOpenError) {
      if (error.kind === 'busy') throw new UserError('VAULT_IN_USE', messages.inUse);
      throw new UserError('DATABASE_DAMAGED', messages.databaseDamaged);
    }
    throw error;
  }
  try {
    // Every vault is created at schema 1 or later; 0 means the pages were not what we wrote.
    if (schemaVersion(db) === 0) throw new UserError('DATABASE_DAMAGED', messages.databaseDamaged);
    migrate(db);
    const info = readVaultInfo(db);
    if (info.vaultId !== vaultId) throw new UserError('DATABASE_DAMAGED', messages.databaseDamaged);
    return new OpenVault(dir, db, info, masterKey, sodium, options);
  } catch (error) {
    db.close();
    sodium.memzero(masterKey);
    if (error instanceof VaultTooNewError) throw new UserError('VAULT_TOO_NEW', messages.tooNew);
    if (error instanceof UserError) throw error;
    throw new UserError('DATABASE_DAMAGED', messages.databaseDamaged);
  }
}

function readVaultInfo(db: Db): VaultInfo {
  const meta = (key: string): string => {
    const row = get<{ value: string }>(db, sql`SELECT value FROM meta WHERE key = ${key}`);
    if (!row) throw new UserError('DATABASE_DAMAGED', messages.databaseDamaged);
    return row.value;
  };
  const self = get<{ id: string; name: string }>(db, sql`SELECT id, name FROM officers WHERE is_self = 1`);
  if (!self) throw new UserError('DATABASE_DAMAGED', messages.databaseDamaged);
  return { vaultId: meta('vault_id'), chapterName: meta('chapter_name'), officerId: self.id, officerName: self.name };
}
