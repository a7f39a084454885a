import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openEncrypted, type Db } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';
import committee from '../../../src/main/db/migrations/0015_organizing_committee';
import { makeTempDir } from '../../helpers/temp';

let temp: ReturnType<typeof makeTempDir>;
let db: Db;
beforeEach(() => {
  temp = makeTempDir();
  db = openEncrypted(join(temp.path, 'test.db'), randomBytes(32), { create: true });
  migrate(db, migrations.filter((migration) => migration.version < committee.version));
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

it('turns the conversations of a vault made before it into contact attempts (talked), every field stamped as the conversation was', () => {
  db.prepare("INSERT INTO members (id, first_name, created_at, updated_at) VALUES ('m', 'Ana', '2026-01-01', '2026-01-01')").run();
  const insert = db.prepare(
    `INSERT INTO conversations (id, member_id, date, officer_id, talked_by, notes, assessment_before, assessment_after, clocks, created_at, deleted_at)
     VALUES (?, 'm', ?, 'o1', 'Rosa', ?, 3, 2, ?, ?, ?)`,
  );
  insert.run('c1', '2026-02-01', 'Rent hike', JSON.stringify({ all: '0000000001.0000.o1' }), '2026-02-01T10:00:00Z', '');
  insert.run('c2', '2026-03-01', 'Petition', JSON.stringify({ all: '0000000002.0000.o1' }), '2026-03-01T10:00:00Z', '');
  insert.run('c3', '2026-04-01', '', JSON.stringify({ all: '0000000003.0000.o1' }), '2026-04-01T10:00:00Z', '2026-04-02T00:00:00Z');
  migrate(db);
  const attempts = db.prepare('SELECT id, member_id, date, via, outcome, by_name, notes, assessment_before, assessment_after, clocks, deleted_at FROM contact_attempts ORDER BY id').all() as Record<string, unknown>[];
  expect(attempts.map(({ clocks: _clocks, ...rest }) => rest)).toEqual([
    { id: 'c1', member_id: 'm', date: '2026-02-01', via: '', outcome: 'talked', by_name: 'Rosa', notes: 'Rent hike', assessment_before: 3, assessment_after: 2, deleted_at: '' },
    { id: 'c2', member_id: 'm', date: '2026-03-01', via: '', outcome: 'talked', by_name: 'Rosa', notes: 'Petition', assessment_before: 3, assessment_after: 2, deleted_at: '' },
    { id: 'c3', member_id: 'm', date: '2026-04-01', via: '', outcome: 'talked', by_name: 'Rosa', notes: '', assessment_before: 3, assessment_after: 2, deleted_at: '2026-04-02T00:00:00Z' },
  ]);
  const clocks = JSON.parse(String(attempts[0]!.clocks)) as Record<string, string>;
  expect(new Set(Object.values(clocks))).toEqual(new Set(['0000000001.0000.o1']));
  expect(Object.keys(clocks)).toEqual(expect.arrayContaining(['member_id', 'outcome', 'notes', 'next_date']));
  // The last live conversation is the member's last contact; the deleted one does not count.
  expect(db.prepare('SELECT * FROM member_contact').all()).toEqual([{ member_id: 'm', last_contact: '2026-03-01', next_date: '', next_reason: '' }]);
  expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'conversations'").all()).toEqual([]);
});

it('keeps each member\'s last contact and follow-up right as attempts are added, changed and deleted', () => {
  migrate(db);
  db.prepare("INSERT INTO members (id, first_name, created_at, updated_at) VALUES ('m', 'Ana', '2026-01-01', '2026-01-01')").run();
  const insert = db.prepare("INSERT INTO contact_attempts (id, member_id, date, outcome, next_date, created_at, updated_at) VALUES (?, 'm', ?, 'not-home', ?, ?, ?)");
  insert.run('a1', '2026-05-01', '2026-05-08', 't1', 't1');
  insert.run('a2', '2026-04-01', '2026-04-08', 't2', 't2'); // logged later, about an earlier day
  const summary = () => db.prepare('SELECT last_contact, next_date FROM member_contact').get();
  expect(summary()).toEqual({ last_contact: '2026-05-01', next_date: '2026-05-08' });
  db.prepare("UPDATE contact_attempts SET deleted_at = 'x' WHERE id = 'a1'").run();
  expect(summary()).toEqual({ last_contact: '2026-04-01', next_date: '2026-04-08' });
  db.prepare("UPDATE contact_attempts SET deleted_at = 'x' WHERE id = 'a2'").run();
  expect(summary()).toBeUndefined();
});
