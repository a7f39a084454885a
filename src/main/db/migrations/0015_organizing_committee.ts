// Never edit a migration that has shipped: add the next numbered file instead.
export default {
  version: 15,
  name: 'organizing committee: contact attempts, follow-ups, relationships',
  sql: `
    -- One log: every attempt to reach a member is a contact attempt, and a conversation is an
    -- attempt whose outcome is 'talked' (it keeps its notes and assessment change). The roll's
    -- conversations move here, each field stamped with the stamp the conversation carried.
    CREATE TABLE contact_attempts (
      id                TEXT PRIMARY KEY,
      member_id         TEXT NOT NULL DEFAULT '',
      date              TEXT NOT NULL DEFAULT '',
      via               TEXT NOT NULL DEFAULT '',
      outcome           TEXT NOT NULL DEFAULT '',
      by_name           TEXT NOT NULL DEFAULT '',
      officer_id        TEXT NOT NULL DEFAULT '',
      notes             TEXT NOT NULL DEFAULT '',
      assessment_before INTEGER,
      assessment_after  INTEGER,
      next_date         TEXT NOT NULL DEFAULT '',
      next_reason       TEXT NOT NULL DEFAULT '',
      clocks            TEXT NOT NULL DEFAULT '{}',
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL,
      deleted_at        TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX contact_attempts_member ON contact_attempts (member_id, date, created_at) WHERE deleted_at = '';
    INSERT INTO contact_attempts (id, member_id, date, via, outcome, by_name, officer_id, notes, assessment_before,
                                  assessment_after, clocks, created_at, updated_at, deleted_at)
      SELECT id, member_id, date, '', 'talked', talked_by, officer_id, notes, assessment_before, assessment_after,
             CASE WHEN coalesce(json_extract(clocks, '$.all'), '') = '' THEN '{}' ELSE json_object(
               'member_id', json_extract(clocks, '$.all'), 'date', json_extract(clocks, '$.all'),
               'via', json_extract(clocks, '$.all'), 'outcome', json_extract(clocks, '$.all'),
               'by_name', json_extract(clocks, '$.all'), 'officer_id', json_extract(clocks, '$.all'),
               'notes', json_extract(clocks, '$.all'), 'assessment_before', json_extract(clocks, '$.all'),
               'assessment_after', json_extract(clocks, '$.all'), 'next_date', json_extract(clocks, '$.all'),
               'next_reason', json_extract(clocks, '$.all'), 'deleted_at', json_extract(clocks, '$.all')) END,
             created_at, created_at, deleted_at
      FROM conversations;
    DROP TABLE conversations;

    -- Derived, per member, from their live attempts: the last one's date and the follow-up it set.
    -- Kept by triggers, so every writer (the app, the CLI, an import) keeps it right, and the
    -- follow-up queue reads one small indexed table instead of ranking every attempt.
    CREATE TABLE member_contact (
      member_id    TEXT PRIMARY KEY,
      last_contact TEXT NOT NULL,
      next_date    TEXT NOT NULL,
      next_reason  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX member_contact_next ON member_contact (next_date) WHERE next_date != '';
    CREATE INDEX member_contact_last ON member_contact (last_contact);
    INSERT INTO member_contact (member_id, last_contact, next_date, next_reason)
      SELECT member_id, date, next_date, next_reason FROM (
        SELECT member_id, date, next_date, next_reason,
               row_number() OVER (PARTITION BY member_id ORDER BY date DESC, created_at DESC, id DESC) AS position
        FROM contact_attempts WHERE deleted_at = '') WHERE position = 1;
    CREATE TRIGGER contact_attempts_derive_insert AFTER INSERT ON contact_attempts BEGIN
      DELETE FROM member_contact WHERE member_id = new.member_id;
      INSERT INTO member_contact (member_id, last_contact, next_date, next_reason)
        SELECT member_id, date, next_date, next_reason FROM contact_attempts
        WHERE member_id = new.member_id AND deleted_at = '' ORDER BY date DESC, created_at DESC, id DESC LIMIT 1;
    END;
    CREATE TRIGGER contact_attempts_derive_update AFTER UPDATE ON contact_attempts BEGIN
      DELETE FROM member_contact WHERE member_id IN (old.member_id, new.member_id);
      INSERT INTO member_contact (member_id, last_contact, next_date, next_reason)
        SELECT member_id, date, next_date, next_reason FROM contact_attempts
        WHERE member_id = old.member_id AND deleted_at = '' ORDER BY date DESC, created_at DESC, id DESC LIMIT 1;
      INSERT OR REPLACE INTO member_contact (member_id, last_contact, next_date, next_reason)
        SELECT member_id, date, next_date, next_reason FROM contact_attempts
        WHERE member_id = new.member_id AND deleted_at = '' ORDER BY date DESC, created_at DESC, id DESC LIMIT 1;
    END;
    CREATE TRIGGER contact_attempts_derive_delete AFTER DELETE ON contact_attempts BEGIN
      DELETE FROM member_contact WHERE member_id = old.member_id;
      INSERT INTO member_contact (member_id, last_contact, next_date, next_reason)
        SELECT member_id, date, next_date, next_reason FROM contact_attempts
        WHERE member_id = old.member_id AND deleted_at = '' ORDER BY date DESC, created_at DESC, id DESC LIMIT 1;
    END;

    -- Ties between members (the social map). 'influences' reads "member influences other";
    -- the other kinds go both ways.
    CREATE TABLE relationships (
      id         TEXT PRIMARY KEY,
      member_id  TEXT NOT NULL DEFAULT '',
      other_id   TEXT NOT NULL DEFAULT '',
      kind       TEXT NOT NULL DEFAULT '',
      note       TEXT NOT NULL DEFAULT '',
      clocks     TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX relationships_member ON relationships (member_id) WHERE deleted_at = '';
    CREATE INDEX relationships_other ON relationships (other_id) WHERE deleted_at = '';
  `,
};
