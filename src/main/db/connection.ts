/**
 * The only module that imports the SQLite driver. Opens a SQLCipher-4-format database with a
 * raw 256-bit key (no SQLCipher KDF: the key already comes out of Argon2id keyslots).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import type { Database as DriverDatabase } from 'better-sqlite3-multiple-ciphers';

export type Db = DriverDatabase;

export interface OpenOptions {
  /** Where the native addon lives when it is not the one built for Node (Electron). */
  nativeBinding?: string;
  /** Create the file if it is missing; otherwise a missing file is an error. */
  create?: boolean;
  /** Hold the file exclusively, so a second process cannot open it while we have it. */
  exclusive?: boolean;
}

export class DatabaseOpenError extends Error {
  constructor(
    readonly kind: 'not-a-database' | 'busy' | 'io',
    message: string,
  ) {
    super(message);
  }
}

/**
 * SQLCipher's raw-key form `x'<hex>'`, built in a Buffer so that it can be zeroed after use
 * (a JS string cannot be).
 */
function rawKeyPragma(key: Uint8Array): Buffer {
  const hex = Buffer.from(key).toString('hex');
  const buffer = Buffer.from(`x'${hex}'`, 'latin1');
  return buffer;
}

export function openEncrypted(path: string, key: Uint8Array, options: OpenOptions = {}): Db {
  if (key.length !== 32) throw new Error('database key must be 32 bytes');
  const db = new Database(path, {
    fileMustExist: !options.create,
    timeout: 200,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const keyPragma = rawKeyPragma(key);
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.key(keyPragma);
    // Temporary tables and sort spills stay in memory: a temp file would be plaintext.
    db.pragma('temp_store=MEMORY');
    // 64 MiB of decrypted pages: every page read from disk costs a decryption and an HMAC.
    db.pragma('cache_size=-65536');
    if (options.exclusive) db.pragma('locking_mode=EXCLUSIVE');
    // The first read decrypts page 1: a wrong key, a damaged file or a busy file shows here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.pragma('journal_mode=WAL');
    db.pragma('synchronous=FULL');
    db.pragma('secure_delete=ON');
    db.pragma('foreign_keys=ON');
    // Under EXCLUSIVE the lock is only taken at the first write; take it now, at open.
    if (options.exclusive) db.exec('BEGIN IMMEDIATE; COMMIT;');
    return db;
  } catch (error) {
    db.close();
    throw classifyOpenError(error);
  } finally {
    keyPragma.fill(0);
  }
}

function classifyOpenError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return new DatabaseOpenError('not-a-database', 'file is not a database or cannot be decrypted');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return new DatabaseOpenError('busy', 'database is locked by another process');
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR' || code === 'SQLITE_READONLY')
    return new DatabaseOpenError('io', 'database file cannot be opened');
  return error;
}

/** True for driver errors that mean the encrypted pages failed their checks. */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code === 'SQLITE_CORRUPT_VTAB';
}
