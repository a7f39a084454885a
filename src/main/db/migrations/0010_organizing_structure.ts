// Never edit a migration that has shipped: add the next numbered file instead.
import type { Db } from '../connection';
import { all, prepare, sql } from '../sql';
import { effectiveFloor } from '../../../shared/structure';

export default {
  version: 10,
  name: 'organizing structure: floor, organizer, organizing committee',
  sql: `
    -- DESIGN.md "Organizing": the OC member responsible for a member (a member id), whether the
    -- member is on the organizing committee ('yes' or ''), and a floor overriding the unit's.
    ALTER TABLE members ADD COLUMN organizer TEXT NOT NULL DEFAULT '';
    ALTER TABLE members ADD COLUMN organizing_committee TEXT NOT NULL DEFAULT '';
    ALTER TABLE members ADD COLUMN floor TEXT NOT NULL DEFAULT '';
    -- Derived at write time like sort_name: the floor the member is counted on.
    ALTER TABLE members ADD COLUMN floor_key TEXT NOT NULL DEFAULT '';
    CREATE INDEX members_building_floor ON members (building, floor_key) WHERE deleted_at = '';
    CREATE INDEX members_organizer ON members (organizer) WHERE deleted_at = '' AND organizer <> '';
  `,
  /** Members written before this version get their floor read from the unit they already have. */
  up(db: Db): void {
    const update = prepare(db, 'UPDATE members SET floor_key = ? WHERE id = ?');
    for (const row of all<{ id: string; unit: string }>(db, sql`SELECT id, unit FROM members WHERE unit <> ''`)) {
      const floor = effectiveFloor({ unit: row.unit, floor: '' });
      if (floor) update.run(floor, row.id);
    }
  },
};
