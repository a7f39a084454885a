import type { Db } from './connection';
import { migrations as shippedMigrations, type Migration } from './migrations';

export class VaultTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`database schema ${found} is newer than the supported ${supported}`);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date in one transaction: either every pending migration (its SQL, then
 * its code) applies or none does. A database from a newer Chapterhouse is refused before anything is written.
 */
export function migrate(db: Db, migrations: readonly Migration[] = shippedMigrations): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) throw new VaultTooNewError(current, latest);
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) {
      if (migration.sql) db.exec(migration.sql);
      migration.up?.(db);
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    }
  })();
  return latest;
}
