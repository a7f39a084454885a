import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEncrypted, type Db } from '../../src/main/db/connection';
import { migrate, schemaVersion, VaultTooNewError } from '../../src/main/db/migrate';
import { migrations } from '../../src/main/db/migrations';
import { identifier, sql } from '../../src/main/db/sql';
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

describe('migration 12: erase deleted members', () => {
  it('erases the data of members deleted in a vault made by the previous version, and keeps their tombstones', () => {
    migrate(db, migrations.slice(0, migrations.findIndex((migration) => migration.name.startsWith('exchange integrity'))));
    const now = '2026-06-15T12:00:00.000Z';
    const insert = db.prepare(
      `INSERT INTO members (id, first_name, last_name, phone, phone_digits, notes, custom, sort_name, name_key, assessment, clocks, created_at, updated_at, deleted_at)
       VALUES (?, ?, 'Okafor', '(212) 555-0199', '2125550199', ?, '{"shoe":"44"}', 'okafor', 'okafor', 3, '{"":"stamp"}', ?, ?, ?)`,
    );
    // Deleted as the previous version deleted: the row kept, its search entry only marked.
    insert.run('gone', 'Tomas', 'works for the landlord', now, now, '');
    db.prepare('UPDATE members SET deleted_at = ? WHERE id = ?').run(now, 'gone');
    insert.run('kept', 'Rosa', 'walks the dog at 7', now, now, '');
    for (const [id, member] of [['talk-gone', 'gone'], ['talk-kept', 'kept']]) {
      db.prepare(`INSERT INTO conversations (id, member_id, date, officer_id, talked_by, notes, clocks, created_at) VALUES (?, ?, '2026-06-01', 'o', 'Ana', 'met at the laundromat', '{}', ?)`).run(id, member, now);
      db.prepare(`INSERT INTO audit_log (at, officer_id, entity, entity_id, action, after) VALUES (?, 'o', 'conversation', ?, 'create', '{"talked_by":"Ana"}')`).run(now, id);
      db.prepare(`INSERT INTO audit_log (at, officer_id, entity, entity_id, action, before, after) VALUES (?, 'o', 'member', ?, 'update', '{"phone":"1"}', '{"phone":"(212) 555-0199"}')`).run(now, member);
    }

    // Up to this migration: a later one (13) moves conversations into contact_attempts.
    migrate(db, migrations.slice(0, migrations.findIndex((migration) => migration.name.startsWith('exchange integrity')) + 1));
    const gone = db.prepare('SELECT * FROM members WHERE id = ?').get('gone') as Record<string, unknown>;
    expect(gone).toMatchObject({ first_name: '', last_name: '', phone: '', phone_digits: '', notes: '', custom: '{}', sort_name: '', assessment: null, clocks: '{"":"stamp"}', deleted_at: now });
    expect(db.prepare('SELECT first_name, notes FROM members WHERE id = ?').get('kept')).toEqual({ first_name: 'Rosa', notes: 'walks the dog at 7' });
    expect(db.prepare('SELECT id FROM conversations ORDER BY id').all()).toEqual([{ id: 'talk-kept' }]);
    const audit = db.prepare('SELECT entity_id, before, after FROM audit_log ORDER BY id').all();
    expect(audit).toEqual([
      { entity_id: 'talk-gone', before: null, after: null },
      { entity_id: 'gone', before: null, after: null },
      { entity_id: 'talk-kept', before: null, after: '{"talked_by":"Ana"}' },
      { entity_id: 'kept', before: '{"phone":"1"}', after: '{"phone":"(212) 555-0199"}' },
    ]);
    const everything = JSON.stringify(
      tables().flatMap((table) => db.prepare(sql`SELECT * FROM ${identifier(table)}`.text).all()),
      (_key, value) => (value?.type === 'Buffer' && Array.isArray(value.data) ? Buffer.from(value.data).toString('latin1') : value),
    );
    expect(everything).not.toContain('landlord');
    expect(everything).not.toContain('Tomas');

    expect(everything).toContain('walks the dog');
  });
});
