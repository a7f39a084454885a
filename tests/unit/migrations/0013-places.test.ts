/**
 * The places migration on a vault made by the version before it: buildings and workplaces typed on
 * members in different spellings (case, accents, spacing) become one place record each, and the
 * members' words are made the same.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEncrypted, type Db } from '../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../src/main/db/migrate';
import { migrations } from '../../../src/main/db/migrations';
import { listPlaces } from '../../../src/main/organizing/places/building-page';
import { placeKey } from '../../../src/main/organizing/places/fold';
import { derivedPlaceId } from '../../../src/main/organizing/places/places';
import type { VaultContext } from '../../../src/main/core/context';
import { DEFAULT_SETTINGS } from '../../../src/main/vault/settings';
import { makeTempDir } from '../../helpers/temp';

// Found by name: the lead renumbers migrations at merge when engineers' numbers meet.
const PLACES_VERSION = migrations.find((migration) => migration.name === 'places, targets, issues and demands')!.version;
let temp: ReturnType<typeof makeTempDir>;
let db: Db;
beforeEach(() => {
  temp = makeTempDir();
  db = openEncrypted(join(temp.path, 'test.db'), randomBytes(32), { create: true });
  migrate(db, migrations.filter((migration) => migration.version < PLACES_VERSION));
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

let serial = 0;
function member(building: string, workplace = '', deleted = false): string {
  const id = `m${String(++serial).padStart(4, '0')}`;
  const at = new Date(Date.UTC(2026, 0, 1) + serial * 1000).toISOString();
  db.prepare(`INSERT INTO members (id, first_name, building, workplace, unit, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, '1A', ?, ?, ?)`).run(
    id,
    `Person ${id}`,
    building,
    workplace,
    at,
    at,
    deleted ? at : '',
  );
  return id;
}
const buildingOf = (id: string) => (db.prepare('SELECT building FROM members WHERE id = ?').get(id) as { building: string }).building;
const context = (): VaultContext => ({ db, officerId: 'officer-1', now: () => new Date('2026-06-15T12:00:00Z'), settings: DEFAULT_SETTINGS, kinds: [] });

describe('the places migration', () => {
  it('turns spellings that differ only by case, accents or spacing into one building, most common spelling first', () => {
    const ids = [member('Maple Court'), member('Maple Court'), member('maple  court'), member('MAPLÉ COURT'), member(' Maple Court '), member('MapleCourt')];
    const other = member('Élan Towers');
    const alsoOther = member('elan towers');
    migrate(db);
    expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
    for (const id of ids) expect(buildingOf(id)).toBe('Maple Court');
    // A tie (one member each) goes to the spelling typed first.
    expect(buildingOf(other)).toBe('Élan Towers');
    expect(buildingOf(alsoOther)).toBe('Élan Towers');

    const places = listPlaces(context());
    expect(places.map((place) => [place.name, place.members])).toEqual([
      ['Élan Towers', 2],
      ['Maple Court', 6],
    ]);
    // The record's id comes from the folded name: another officer's vault makes the same one.
    expect(places.find((place) => place.name === 'Maple Court')!.id).toBe(derivedPlaceId('building', placeKey('Maple Court')));
  });

  it('folds workplaces the same way and keeps words that really differ apart', () => {
    const a = member('', 'Riverside Hospital');
    const b = member('', 'riverside hospital');
    const c = member('', 'Riverside Hospice');
    migrate(db);
    expect((db.prepare('SELECT workplace FROM members WHERE id IN (?, ?, ?) ORDER BY id').all(a, b, c) as { workplace: string }[]).map((row) => row.workplace)).toEqual([
      'Riverside Hospital',
      'Riverside Hospital',
      'Riverside Hospice',
    ]);
    const places = listPlaces(context());
    expect(places.map((place) => `${place.kind}:${place.name}`)).toEqual(['workplace:Riverside Hospice', 'workplace:Riverside Hospital']);
  });

  it("leaves deleted members' words alone and loses no member", () => {
    const live = member('Oak House');
    const gone = member('OAK HOUSE', '', true);
    const before = (db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
    migrate(db);
    expect((db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n).toBe(before);
    expect(buildingOf(live)).toBe('Oak House');
    expect(buildingOf(gone)).toBe('OAK HOUSE');
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'places_migration%'").all()).toEqual([]);
  });

  it('folds in SQL exactly as the code folds, for every accented letter it knows', () => {
    const letters = 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćČčĎďĒēĘęĚěĞğĪīİıŁłŃńŇňŌōŐőŘřŚśŞşŠšŢţŤťŪūŮůŰűŸŹźŻżŽž';
    for (const letter of letters) member(`Casa ${letter}`);
    migrate(db);
    const rows = db.prepare("SELECT building FROM members WHERE building LIKE 'Casa %'").all() as { building: string }[];
    const places = listPlaces(context());
    // As many records as the code's folding makes distinct keys, and every member on one.
    expect(places.length).toBe(new Set(rows.map((row) => placeKey(row.building))).size);
    expect(places.reduce((sum, place) => sum + place.members, 0)).toBe(letters.length);
  });
});
