import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openEncrypted, type Db } from '../../../src/main/db/connection';
import { migrate } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';
import { makeTempDir } from '../../helpers/temp';

const VERSION = 10;
let temp: ReturnType<typeof makeTempDir>;
let db: Db;
beforeEach(() => {
  temp = makeTempDir();
  db = openEncrypted(join(temp.path, 'test.db'), randomBytes(32), { create: true });
  migrate(db, migrations.filter((migration) => migration.version < VERSION));
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

it('gives members of a vault made before it their floor from the unit they already have', () => {
  const insert = db.prepare("INSERT INTO members (id, first_name, unit, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', '2026-01-01')");
  insert.run('a', 'Ana', 'Apt 4B');
  insert.run('b', 'Bo', 'PH2');
  insert.run('c', 'Cy', '');
  migrate(db);
  const rows = db.prepare('SELECT id, floor_key, floor, organizer, organizing_committee FROM members ORDER BY id').all();
  expect(rows).toEqual([
    { id: 'a', floor_key: '4', floor: '', organizer: '', organizing_committee: '' },
    { id: 'b', floor_key: 'PH', floor: '', organizer: '', organizing_committee: '' },
    { id: 'c', floor_key: '', floor: '', organizer: '', organizing_committee: '' },
  ]);
});
