/** Migrations that carry code: `up(db)` runs after the step's SQL, in the one migration transaction. */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEncrypted, type Db } from '../../src/main/db/connection';
import { migrate, schemaVersion } from '../../src/main/db/migrate';
import { migrations, type Migration } from '../../src/main/db/migrations';
import { all, run, sql } from '../../src/main/db/sql';
import { makeTempDir } from '../helpers/temp';

let temp: ReturnType<typeof makeTempDir>;
let db: Db;
beforeEach(() => {
  temp = makeTempDir();
  db = openEncrypted(join(temp.path, 'test.db'), randomBytes(32), { create: true });
  migrate(db);
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

const next = migrations.length + 1;
const names = (): string[] => all<{ name: string }>(db, sql`SELECT name FROM greetings ORDER BY name`).map((row) => row.name);

/** A table made by SQL and filled by code from rows the vault already has. */
const withBackfill: Migration = {
  version: next,
  name: 'greetings',
  sql: 'CREATE TABLE greetings (name TEXT NOT NULL)',
  up: (db) => {
    for (const { name } of all<{ name: string }>(db, sql`SELECT name FROM officers`)) run(db, sql`INSERT INTO greetings (name) VALUES (${`hello ${name}`})`);
  },
};

describe('a migration with code', () => {
  beforeEach(() => {
    run(db, sql`INSERT INTO officers (id, name, role, signing_public_key, age_recipient, is_self, created_at) VALUES ('o1', 'Ana', 'chair', ${Buffer.alloc(32)}, 'age1x', 1, '2026-01-01')`);
  });

  it('runs its code after its SQL, once, and is counted in the schema version', () => {
    expect(migrate(db, [...migrations, withBackfill])).toBe(next);
    expect(names()).toEqual(['hello Ana']);
    migrate(db, [...migrations, withBackfill]);
    expect(names()).toEqual(['hello Ana']);
    expect(schemaVersion(db)).toBe(next);
  });

  it('is rolled back with its SQL when a later step fails, so the backfill never half-happens', () => {
    const broken: Migration = { version: next + 1, name: 'broken', up: () => { throw new Error('the backfill found a bad row'); } };
    expect(() => migrate(db, [...migrations, withBackfill, broken])).toThrow('the backfill found a bad row');
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(all(db, sql`SELECT name FROM sqlite_master WHERE name = 'greetings'`)).toEqual([]);
  });

  it('may be code only', () => {
    const codeOnly: Migration = { version: next, name: 'code only', up: (db) => run(db, sql`UPDATE officers SET role = 'secretary'`) };
    migrate(db, [...migrations, codeOnly]);
    expect(all(db, sql`SELECT role FROM officers`)).toEqual([{ role: 'secretary' }]);
  });
});
