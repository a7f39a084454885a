import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEncrypted, type Db } from '../../src/main/db/connection';
import { migrate, schemaVersion, VaultTooNewError } from '../../src/main/db/migrate';
import { migrations } from '../../src/main/db/migrations';
import { makeTempDir } from '../helpers/temp';

let temp: ReturnType<typeof makeTempDir>;
let db: Db;
beforeEach(() => {
  temp = makeTempDir();
  db = openEncrypted(join(temp.path, 'test.db'), randomBytes(32), { create: true });
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

const tables = (): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );

describe('migrations', () => {
  it('are numbered 1, 2, 3… with no gaps', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('bring a new database to the latest version', () => {
    expect(migrate(db)).toBe(migrations.at(-1)!.version);
    expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
    expect(tables()).toEqual(expect.arrayContaining(['meta', 'officers', 'identity', 'settings']));
  });

  it('run once: a second run changes nothing', () => {
    migrate(db);
    const before = tables();
    expect(migrate(db)).toBe(migrations.at(-1)!.version);
    expect(tables()).toEqual(before);
  });

  it('apply all pending steps in one transaction: a failing step leaves the schema as it was', () => {
    const broken = [
      ...migrations,
      { version: migrations.length + 1, name: 'good', sql: 'CREATE TABLE added_by_good (x TEXT)' },
      { version: migrations.length + 2, name: 'broken', sql: 'CREATE TABLE oops (' },
    ];
    migrate(db);
    const before = tables();
    expect(() => migrate(db, broken)).toThrow();
    expect(tables()).toEqual(before);
    expect(schemaVersion(db)).toBe(migrations.length);
  });

  it('refuse a database from a newer version without touching it', () => {
    migrate(db);
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(VaultTooNewError);
    expect(schemaVersion(db)).toBe(99);
  });
});
