// Never edit a migration that has shipped: add the next numbered file instead.
export default {
  version: 6,
  name: 'meetings and minutes',
  sql: `
    -- The chapter's own list of meeting types; quorum is JSON {kind:'count',count} or
    -- {kind:'percent',percent}, agenda a JSON array of item titles.
    CREATE TABLE meeting_types (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL,
      quorum     TEXT NOT NULL,
      agenda     TEXT NOT NULL DEFAULT '[]',
      position   INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO meeting_types (id, name, quorum, agenda, position, created_at) VALUES
      ('general', 'General membership', '{"kind":"percent","percent":10}',
       '["Call to order","Reports of officers","Old business","New business","Announcements","Adjournment"]', 0, '2026-01-01T00:00:00.000Z'),
      ('board', 'Executive board', '{"kind":"count","count":3}',
       '["Call to order","Treasurer''s report","Old business","New business","Adjournment"]', 1, '2026-01-01T00:00:00.000Z'),
      ('committee', 'Committee', '{"kind":"count","count":2}',
       '["Updates","Planning","Next steps"]', 2, '2026-01-01T00:00:00.000Z');

    -- starts_at is local 'YYYY-MM-DDTHH:mm'. Once approved, a meeting is frozen: content_hash is
    -- SHA-256 of its canonical serialization and signature the approving officer's Ed25519
    -- signature over it. The quorum rule and figure are snapshotted when the minutes circulate,
    -- so later changes in dues do not rewrite what the minutes said.
    CREATE TABLE meetings (
      id                    TEXT PRIMARY KEY,
      type_id               TEXT NOT NULL REFERENCES meeting_types (id),
      title                 TEXT NOT NULL,
      starts_at             TEXT NOT NULL,
      place                 TEXT NOT NULL DEFAULT '',
      chair                 TEXT NOT NULL DEFAULT '',
      secretary             TEXT NOT NULL DEFAULT '',
      status                TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'circulated', 'approved')),
      quorum_rule           TEXT,
      quorum_required       INTEGER,
      circulated_at         TEXT,
      approved_at           TEXT,
      approved_by           TEXT,
      approved_by_name      TEXT,
      approved_by_motion_id TEXT,
      content_hash          TEXT,
      signature             TEXT,
      created_at            TEXT NOT NULL,
      updated_at            TEXT NOT NULL
    ) STRICT;
    CREATE INDEX meetings_starts_at ON meetings (starts_at);
    CREATE INDEX meetings_type ON meetings (type_id);

    -- seq is the row id the search index is keyed by: an explicit INTEGER PRIMARY KEY, so VACUUM
    -- can never renumber it.
    CREATE TABLE agenda_items (
      seq            INTEGER PRIMARY KEY,
      id             TEXT NOT NULL UNIQUE,
      meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      position       INTEGER NOT NULL,
      title          TEXT NOT NULL,
      notes          TEXT NOT NULL DEFAULT '',
      status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'tabled', 'done')),
      kind           TEXT NOT NULL DEFAULT 'item' CHECK (kind IN ('item', 'approve-minutes', 'action-review')),
      ref_meeting_id TEXT,
      ref_action_id  TEXT,
      notes_saved_at TEXT
    ) STRICT;
    CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);

    -- name is the member's name when checked in: the minutes record who was there as they were then.
    CREATE TABLE attendance (
      meeting_id    TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      member_id     TEXT NOT NULL REFERENCES members (id),
      name          TEXT NOT NULL,
      checked_in_at TEXT NOT NULL,
      PRIMARY KEY (meeting_id, member_id)
    ) STRICT;
    CREATE INDEX attendance_member ON attendance (member_id);

    CREATE TABLE meeting_guests (
      id         TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      name       TEXT NOT NULL,
      note       TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX meeting_guests_meeting ON meeting_guests (meeting_id);

    CREATE TABLE motions (
      id                  TEXT PRIMARY KEY,
      meeting_id          TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      agenda_item_id      TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
      position            INTEGER NOT NULL,
      text                TEXT NOT NULL,
      mover_id            TEXT REFERENCES members (id),
      mover_name          TEXT,
      seconder_id         TEXT REFERENCES members (id),
      seconder_name       TEXT,
      amends_motion_id    TEXT REFERENCES motions (id) ON DELETE CASCADE,
      approves_meeting_id TEXT,
      method              TEXT CHECK (method IN ('voice', 'hands', 'ballot', 'roll-call')),
      votes_for           INTEGER NOT NULL DEFAULT 0,
      votes_against       INTEGER NOT NULL DEFAULT 0,
      votes_abstain       INTEGER NOT NULL DEFAULT 0,
      outcome             TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'carried', 'failed', 'tabled', 'withdrawn')),
      present_at_vote     INTEGER,
      quorum_met_at_vote  INTEGER,
      voted_at            TEXT,
      created_at          TEXT NOT NULL
    ) STRICT;
    CREATE INDEX motions_meeting ON motions (meeting_id, position);
    CREATE INDEX motions_item ON motions (agenda_item_id);
    CREATE INDEX motions_mover ON motions (mover_id);
    CREATE INDEX motions_seconder ON motions (seconder_id);
    CREATE INDEX motions_approves ON motions (approves_meeting_id) WHERE approves_meeting_id IS NOT NULL;

    CREATE TABLE roll_call_votes (
      motion_id TEXT NOT NULL REFERENCES motions (id) ON DELETE CASCADE,
      member_id TEXT NOT NULL REFERENCES members (id),
      name      TEXT NOT NULL,
      vote      TEXT NOT NULL CHECK (vote IN ('for', 'against', 'abstain')),
      PRIMARY KEY (motion_id, member_id)
    ) STRICT;

    CREATE TABLE action_items (
      id                TEXT PRIMARY KEY,
      meeting_id        TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      agenda_item_id    TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
      position          INTEGER NOT NULL,
      what              TEXT NOT NULL,
      owner_member_id   TEXT REFERENCES members (id),
      owner_name        TEXT NOT NULL DEFAULT '',
      due               TEXT NOT NULL DEFAULT '',
      status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
      status_changed_at TEXT,
      created_at        TEXT NOT NULL
    ) STRICT;
    CREATE INDEX action_items_meeting ON action_items (meeting_id, position);
    CREATE INDEX action_items_item ON action_items (agenda_item_id);
    CREATE INDEX action_items_status ON action_items (status, due);
    CREATE INDEX action_items_owner ON action_items (owner_member_id);

    -- After approval the minutes never change; a correction is appended, with who and when.
    CREATE TABLE minutes_corrections (
      id           TEXT PRIMARY KEY,
      meeting_id   TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      text         TEXT NOT NULL,
      officer_id   TEXT NOT NULL,
      officer_name TEXT NOT NULL,
      at           TEXT NOT NULL
    ) STRICT;
    CREATE INDEX minutes_corrections_meeting ON minutes_corrections (meeting_id, at);

    -- One search document per agenda item: its title, its notes, and the text of its motions and
    -- action items. Words, not substrings (minutes are prose); accents and case are ignored.
    CREATE VIRTUAL TABLE minutes_search USING fts5 (
      title, body,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    -- An item's title weighs more than its notes.
    INSERT INTO minutes_search (minutes_search, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
    CREATE VIEW minutes_search_documents AS
      SELECT a.seq, a.title,
             a.notes
             || coalesce(' ' || (SELECT group_concat(m.text, ' ') FROM motions m WHERE m.agenda_item_id = a.id), '')
             || coalesce(' ' || (SELECT group_concat(x.what, ' ') FROM action_items x WHERE x.agenda_item_id = a.id), '') AS body
      FROM agenda_items a;
    CREATE TRIGGER agenda_items_search_insert AFTER INSERT ON agenda_items BEGIN
      INSERT INTO minutes_search (rowid, title, body) SELECT seq, title, body FROM minutes_search_documents WHERE seq = new.seq;
    END;
    CREATE TRIGGER agenda_items_search_update AFTER UPDATE OF title, notes ON agenda_items BEGIN
      DELETE FROM minutes_search WHERE rowid = old.seq;
      INSERT INTO minutes_search (rowid, title, body) SELECT seq, title, body FROM minutes_search_documents WHERE seq = new.seq;
    END;
    CREATE TRIGGER agenda_items_search_delete AFTER DELETE ON agenda_items BEGIN
      DELETE FROM minutes_search WHERE rowid = old.seq;
    END;
    ${['motions', 'action_items']
      .map(
        (table) => `
    CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} WHEN new.agenda_item_id IS NOT NULL BEGIN
      DELETE FROM minutes_search WHERE rowid = (SELECT seq FROM agenda_items WHERE id = new.agenda_item_id);
      INSERT INTO minutes_search (rowid, title, body)
        SELECT d.seq, d.title, d.body FROM minutes_search_documents d JOIN agenda_items a ON a.seq = d.seq WHERE a.id = new.agenda_item_id;
    END;
    CREATE TRIGGER ${table}_search_update AFTER UPDATE OF ${table === 'motions' ? 'text' : 'what'}, agenda_item_id ON ${table} BEGIN
      DELETE FROM minutes_search WHERE rowid IN (SELECT seq FROM agenda_items WHERE id IN (old.agenda_item_id, new.agenda_item_id));
      INSERT INTO minutes_search (rowid, title, body)
        SELECT d.seq, d.title, d.body FROM minutes_search_documents d JOIN agenda_items a ON a.seq = d.seq
        WHERE a.id IN (old.agenda_item_id, new.agenda_item_id);
    END;
    CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} WHEN old.agenda_item_id IS NOT NULL BEGIN
      DELETE FROM minutes_search WHERE rowid = (SELECT seq FROM agenda_items WHERE id = old.agenda_item_id);
      INSERT INTO minutes_search (rowid, title, body)
        SELECT d.seq, d.title, d.body FROM minutes_search_documents d JOIN agenda_items a ON a.seq = d.seq WHERE a.id = old.agenda_item_id;
    END;`,
      )
      .join('')}
  `,
};
