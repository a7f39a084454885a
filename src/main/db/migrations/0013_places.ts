// Never edit a migration that has shipped: add the next numbered file instead.
//
// Places, targets, issues and demands (issue #15). Every table follows the synced-records
// convention (src/main/core/synced-records.ts): one column per synced field, per-field clock
// stamps in 'clocks', tombstones in 'deleted_at'.
//
// Members' buildings and workplaces were words typed on each member. A member now links to a
// place record by the folded form of that word (case, accents and spacing ignored; see
// places/fold.ts), and this migration makes the words consistent: every spelling of one place
// becomes its most common spelling, so "Maple Court", "maple  court" and "Maplé Court" read the
// same everywhere. The folding is done in SQL over a helper table of accented letters
// (generated once from foldText for U+00C0-U+017F), so the migration never changes with the
// code. The place records themselves are written by code the first time the places are read
// (places.ts ensurePlaces), stamped by the officer's clock like every record, with ids derived
// from the folded name so that two officers' vaults make the same record for one building.
export default {
  version: 13,
  name: 'places, targets, issues and demands',
  sql: `
    -- A building (tenant union) or a workplace. units: the units known, one per line;
    -- vacant: the units known to be empty; unit_count: how many units the building has, when
    -- known (vacant ones included).
    CREATE TABLE places (
      id          TEXT PRIMARY KEY,
      kind        TEXT NOT NULL DEFAULT 'building',
      name        TEXT NOT NULL DEFAULT '',
      address     TEXT NOT NULL DEFAULT '',
      unit_count  INTEGER,
      units       TEXT NOT NULL DEFAULT '',
      vacant      TEXT NOT NULL DEFAULT '',
      departments TEXT NOT NULL DEFAULT '',
      shifts      TEXT NOT NULL DEFAULT '',
      notes       TEXT NOT NULL DEFAULT '',
      clocks     TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT NOT NULL DEFAULT ''
    ) STRICT;

    -- Who can fix it: owner, management company, employer, and the people acting for them.
    CREATE TABLE targets (
      id           TEXT PRIMARY KEY,
      name         TEXT NOT NULL DEFAULT '',
      role         TEXT NOT NULL DEFAULT 'owner',
      organization TEXT NOT NULL DEFAULT '',
      phone        TEXT NOT NULL DEFAULT '',
      email        TEXT NOT NULL DEFAULT '',
      address      TEXT NOT NULL DEFAULT '',
      notes        TEXT NOT NULL DEFAULT '',
      clocks     TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT NOT NULL DEFAULT ''
    ) STRICT;

    -- A target owns, manages or runs a place from 'since' until 'until' ('' = still): the
    -- history of who owned a building when each complaint was made.
    CREATE TABLE place_targets (
      id         TEXT PRIMARY KEY,
      place_id   TEXT NOT NULL DEFAULT '',
      target_id  TEXT NOT NULL DEFAULT '',
      since      TEXT NOT NULL DEFAULT '',
      until      TEXT NOT NULL DEFAULT '',
      notes      TEXT NOT NULL DEFAULT '',
      clocks     TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX place_targets_place ON place_targets (place_id) WHERE deleted_at = '';

    -- A tenant issue (kind 'tenant') or a workplace grievance (kind 'grievance'). members: JSON
    -- array of member ids affected; deadlines: JSON object step -> YYYY-MM-DD.
    CREATE TABLE issues (
      id         TEXT PRIMARY KEY,
      place_id   TEXT NOT NULL DEFAULT '',
      kind       TEXT NOT NULL DEFAULT 'tenant',
      category   TEXT NOT NULL DEFAULT '',
      unit       TEXT NOT NULL DEFAULT '',
      reported   TEXT NOT NULL DEFAULT '',
      members    TEXT NOT NULL DEFAULT '[]',
      notes      TEXT NOT NULL DEFAULT '',
      article    TEXT NOT NULL DEFAULT '',
      deadlines  TEXT NOT NULL DEFAULT '{}',
      outcome    TEXT NOT NULL DEFAULT '',
      clocks     TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX issues_place ON issues (place_id) WHERE deleted_at = '';

    -- The dated history of an issue: each status change or grievance step is one record, so
    -- two officers' changes both survive a merge. The current status is the latest event.
    CREATE TABLE issue_events (
      id         TEXT PRIMARY KEY,
      issue_id   TEXT NOT NULL DEFAULT '',
      kind       TEXT NOT NULL DEFAULT 'status',
      value      TEXT NOT NULL DEFAULT '',
      date       TEXT NOT NULL DEFAULT '',
      note       TEXT NOT NULL DEFAULT '',
      clocks     TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX issue_events_issue ON issue_events (issue_id, date) WHERE deleted_at = '';

    -- A demand letter (Markdown) to a target about chosen issues. named_members: the members
    -- the officer ticked to be named (JSON array); nobody is named unless ticked.
    CREATE TABLE demands (
      id            TEXT PRIMARY KEY,
      place_id      TEXT NOT NULL DEFAULT '',
      target_id     TEXT NOT NULL DEFAULT '',
      title         TEXT NOT NULL DEFAULT '',
      body          TEXT NOT NULL DEFAULT '',
      issue_ids     TEXT NOT NULL DEFAULT '[]',
      named_members TEXT NOT NULL DEFAULT '[]',
      clocks     TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT NOT NULL DEFAULT ''
    ) STRICT;

    -- What was sent, as it was sent: the whole letter frozen on the day it went out.
    CREATE TABLE demand_copies (
      id         TEXT PRIMARY KEY,
      demand_id  TEXT NOT NULL DEFAULT '',
      sent_on    TEXT NOT NULL DEFAULT '',
      letter     TEXT NOT NULL DEFAULT '',
      clocks     TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT NOT NULL DEFAULT ''
    ) STRICT;

    -- Folding in SQL: SQLite's lower() folds ASCII only, so accented letters (both cases) map
    -- through this table; whitespace of any kind is dropped.
    CREATE TABLE places_migration_fold (ch TEXT PRIMARY KEY, base TEXT NOT NULL);
    INSERT INTO places_migration_fold (ch, base) VALUES
        ('À','a'), ('Á','a'), ('Â','a'), ('Ã','a'), ('Ä','a'), ('Å','a'), ('Æ','æ'), ('Ç','c'), ('È','e'), ('É','e'), ('Ê','e'), ('Ë','e'),
        ('Ì','i'), ('Í','i'), ('Î','i'), ('Ï','i'), ('Ð','ð'), ('Ñ','n'), ('Ò','o'), ('Ó','o'), ('Ô','o'), ('Õ','o'), ('Ö','o'), ('Ø','ø'),
        ('Ù','u'), ('Ú','u'), ('Û','u'), ('Ü','u'), ('Ý','y'), ('Þ','þ'), ('à','a'), ('á','a'), ('â','a'), ('ã','a'), ('ä','a'), ('å','a'),
        ('ç','c'), ('è','e'), ('é','e'), ('ê','e'), ('ë','e'), ('ì','i'), ('í','i'), ('î','i'), ('ï','i'), ('ñ','n'), ('ò','o'), ('ó','o'),
        ('ô','o'), ('õ','o'), ('ö','o'), ('ù','u'), ('ú','u'), ('û','u'), ('ü','u'), ('ý','y'), ('ÿ','y'), ('Ā','a'), ('ā','a'), ('Ă','a'),
        ('ă','a'), ('Ą','a'), ('ą','a'), ('Ć','c'), ('ć','c'), ('Ĉ','c'), ('ĉ','c'), ('Ċ','c'), ('ċ','c'), ('Č','c'), ('č','c'), ('Ď','d'),
        ('ď','d'), ('Đ','đ'), ('Ē','e'), ('ē','e'), ('Ĕ','e'), ('ĕ','e'), ('Ė','e'), ('ė','e'), ('Ę','e'), ('ę','e'), ('Ě','e'), ('ě','e'),
        ('Ĝ','g'), ('ĝ','g'), ('Ğ','g'), ('ğ','g'), ('Ġ','g'), ('ġ','g'), ('Ģ','g'), ('ģ','g'), ('Ĥ','h'), ('ĥ','h'), ('Ħ','ħ'), ('Ĩ','i'),
        ('ĩ','i'), ('Ī','i'), ('ī','i'), ('Ĭ','i'), ('ĭ','i'), ('Į','i'), ('į','i'), ('İ','i'), ('Ĳ','ij'), ('ĳ','ij'), ('Ĵ','j'), ('ĵ','j'),
        ('Ķ','k'), ('ķ','k'), ('Ĺ','l'), ('ĺ','l'), ('Ļ','l'), ('ļ','l'), ('Ľ','l'), ('ľ','l'), ('Ł','ł'), ('Ń','n'), ('ń','n'), ('Ņ','n'),
        ('ņ','n'), ('Ň','n'), ('ň','n'), ('ŉ','ʼn'), ('Ŋ','ŋ'), ('Ō','o'), ('ō','o'), ('Ŏ','o'), ('ŏ','o'), ('Ő','o'), ('ő','o'), ('Œ','œ'),
        ('Ŕ','r'), ('ŕ','r'), ('Ŗ','r'), ('ŗ','r'), ('Ř','r'), ('ř','r'), ('Ś','s'), ('ś','s'), ('Ŝ','s'), ('ŝ','s'), ('Ş','s'), ('ş','s'),
        ('Š','s'), ('š','s'), ('Ţ','t'), ('ţ','t'), ('Ť','t'), ('ť','t'), ('Ŧ','ŧ'), ('Ũ','u'), ('ũ','u'), ('Ū','u'), ('ū','u'), ('Ŭ','u'),
        ('ŭ','u'), ('Ů','u'), ('ů','u'), ('Ű','u'), ('ű','u'), ('Ų','u'), ('ų','u'), ('Ŵ','w'), ('ŵ','w'), ('Ŷ','y'), ('ŷ','y'), ('Ÿ','y'),
        ('Ź','z'), ('ź','z'), ('Ż','z'), ('ż','z'), ('Ž','z'), ('ž','z'), ('ſ','s');

    CREATE TABLE places_migration_keys (field TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL, uses INTEGER NOT NULL, first_use TEXT NOT NULL);
    WITH RECURSIVE
      names (field, name, uses, first_use) AS (
        SELECT 'building', building, count(*), min(created_at) FROM members WHERE deleted_at = '' AND building != '' GROUP BY building
        UNION ALL
        SELECT 'workplace', workplace, count(*), min(created_at) FROM members WHERE deleted_at = '' AND workplace != '' GROUP BY workplace
      ),
      walk (field, name, uses, first_use, position, key) AS (
        SELECT field, name, uses, first_use, 1, '' FROM names
        UNION ALL
        SELECT field, name, uses, first_use, position + 1,
               key || CASE
                 WHEN substr(name, position, 1) IN (' ', char(9), char(10), char(13), char(160)) THEN ''
                 ELSE coalesce((SELECT base FROM places_migration_fold WHERE ch = substr(name, position, 1)), lower(substr(name, position, 1)))
               END
        FROM walk WHERE position <= length(name)
      )
    INSERT INTO places_migration_keys (field, name, key, uses, first_use)
      SELECT field, name, key, uses, first_use FROM walk WHERE position = length(name) + 1;

    -- Each key's spelling: the most used, then one in mixed case (not all capitals or all small
    -- letters), then the earliest typed, then the first in order.
    CREATE TABLE places_migration_spelling (field TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (field, key));
    INSERT INTO places_migration_spelling (field, key, name)
      SELECT field, key, name FROM (
        SELECT field, key, name, row_number() OVER (PARTITION BY field, key ORDER BY uses DESC, CASE WHEN name != lower(name) AND name != upper(name) THEN 0 ELSE 1 END, first_use, name) AS rank
        FROM places_migration_keys
      ) WHERE rank = 1;

    UPDATE members SET building = (
        SELECT s.name FROM places_migration_keys k JOIN places_migration_spelling s ON s.field = k.field AND s.key = k.key
        WHERE k.field = 'building' AND k.name = members.building)
      WHERE deleted_at = '' AND building IN (
        SELECT k.name FROM places_migration_keys k JOIN places_migration_spelling s ON s.field = k.field AND s.key = k.key
        WHERE k.field = 'building' AND k.name != s.name);
    UPDATE members SET workplace = (
        SELECT s.name FROM places_migration_keys k JOIN places_migration_spelling s ON s.field = k.field AND s.key = k.key
        WHERE k.field = 'workplace' AND k.name = members.workplace)
      WHERE deleted_at = '' AND workplace IN (
        SELECT k.name FROM places_migration_keys k JOIN places_migration_spelling s ON s.field = k.field AND s.key = k.key
        WHERE k.field = 'workplace' AND k.name != s.name);

    DROP TABLE places_migration_spelling;
    DROP TABLE places_migration_keys;
    DROP TABLE places_migration_fold;
  `,
};
