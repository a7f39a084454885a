// Never edit a migration that has shipped: add the next numbered file instead.
export default {
  version: 2,
  name: 'roll',
  sql: `
    -- Every field a person can set is TEXT ('' when empty) so CSV, CLI and UI agree; assessment
    -- is 1-5 or NULL. 'clocks' holds a hybrid-logical-clock stamp per field for merging.
    CREATE TABLE members (
      id                TEXT PRIMARY KEY,
      first_name        TEXT NOT NULL DEFAULT '',
      last_name         TEXT NOT NULL DEFAULT '',
      preferred_name    TEXT NOT NULL DEFAULT '',
      pronouns          TEXT NOT NULL DEFAULT '',
      email             TEXT NOT NULL DEFAULT '',
      phone             TEXT NOT NULL DEFAULT '',
      street            TEXT NOT NULL DEFAULT '',
      unit              TEXT NOT NULL DEFAULT '',
      city              TEXT NOT NULL DEFAULT '',
      region            TEXT NOT NULL DEFAULT '',
      postal_code       TEXT NOT NULL DEFAULT '',
      workplace         TEXT NOT NULL DEFAULT '',
      department        TEXT NOT NULL DEFAULT '',
      shift             TEXT NOT NULL DEFAULT '',
      building          TEXT NOT NULL DEFAULT '',
      status            TEXT NOT NULL DEFAULT '',
      join_date         TEXT NOT NULL DEFAULT '',
      dues_paid_through TEXT NOT NULL DEFAULT '',
      assessment        INTEGER CHECK (assessment BETWEEN 1 AND 5),
      tags              TEXT NOT NULL DEFAULT '',
      languages         TEXT NOT NULL DEFAULT '',
      notes             TEXT NOT NULL DEFAULT '',
      custom            TEXT NOT NULL DEFAULT '{}',
      -- Derived at write time: accent- and case-folded names, and phone digits, for search,
      -- sorting and duplicate detection.
      sort_name         TEXT NOT NULL DEFAULT '',
      name_key          TEXT NOT NULL DEFAULT '',
      phone_digits      TEXT NOT NULL DEFAULT '',
      clocks            TEXT NOT NULL DEFAULT '{}',
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL,
      deleted_at        TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX members_live_sort ON members (deleted_at, sort_name);
    CREATE INDEX members_name_key ON members (name_key) WHERE deleted_at = '';
    CREATE INDEX members_status ON members (status) WHERE deleted_at = '';
    CREATE INDEX members_building ON members (building) WHERE deleted_at = '';
    CREATE INDEX members_workplace ON members (workplace) WHERE deleted_at = '';

    -- Trigram index: substrings match ('ngu' finds Nguyen), accents and case are ignored.
    CREATE VIRTUAL TABLE members_search USING fts5 (
      names, contact, place, notes,
      content = '', contentless_delete = 1,
      tokenize = 'trigram remove_diacritics 1'
    );
    CREATE TRIGGER members_search_insert AFTER INSERT ON members BEGIN
      INSERT INTO members_search (rowid, names, contact, place, notes) VALUES (
        new.rowid,
        new.first_name || ' ' || new.last_name || ' ' || new.preferred_name,
        new.email || ' ' || new.phone || ' ' || new.phone_digits,
        new.street || ' ' || new.unit || ' ' || new.city || ' ' || new.postal_code || ' ' || new.workplace || ' ' || new.department || ' ' || new.building,
        new.notes);
    END;
    CREATE TRIGGER members_search_update AFTER UPDATE ON members BEGIN
      DELETE FROM members_search WHERE rowid = old.rowid;
      INSERT INTO members_search (rowid, names, contact, place, notes) VALUES (
        new.rowid,
        new.first_name || ' ' || new.last_name || ' ' || new.preferred_name,
        new.email || ' ' || new.phone || ' ' || new.phone_digits,
        new.street || ' ' || new.unit || ' ' || new.city || ' ' || new.postal_code || ' ' || new.workplace || ' ' || new.department || ' ' || new.building,
        new.notes);
    END;
    CREATE TRIGGER members_search_delete AFTER DELETE ON members BEGIN
      DELETE FROM members_search WHERE rowid = old.rowid;
    END;

    CREATE TABLE conversations (
      id                TEXT PRIMARY KEY,
      member_id         TEXT NOT NULL REFERENCES members (id),
      date              TEXT NOT NULL,
      officer_id        TEXT NOT NULL,
      talked_by         TEXT NOT NULL,
      notes             TEXT NOT NULL DEFAULT '',
      assessment_before INTEGER,
      assessment_after  INTEGER CHECK (assessment_after BETWEEN 1 AND 5),
      clocks            TEXT NOT NULL DEFAULT '{}',
      created_at        TEXT NOT NULL,
      deleted_at        TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX conversations_member ON conversations (member_id, date);

    CREATE TABLE custom_fields (
      key      TEXT PRIMARY KEY,
      label    TEXT NOT NULL,
      type     TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice')),
      choices  TEXT NOT NULL DEFAULT '[]',
      position INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE saved_views (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE,
      filter     TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE csv_mappings (
      signature TEXT PRIMARY KEY,
      mapping   TEXT NOT NULL,
      used_at   TEXT NOT NULL
    ) STRICT;

    -- Who changed what, when: before and after as JSON, per record.
    CREATE TABLE audit_log (
      id         INTEGER PRIMARY KEY AUTOINCREMENT,
      at         TEXT NOT NULL,
      officer_id TEXT NOT NULL,
      entity     TEXT NOT NULL,
      entity_id  TEXT NOT NULL,
      action     TEXT NOT NULL,
      before     TEXT,
      after      TEXT,
      note       TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);
  `,
};
