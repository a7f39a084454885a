// Never edit a migration that has shipped: add the next numbered file instead.
export default {
  version: 9,
  name: 'meetings travel between officers',
  sql: `
    -- A meeting travels and merges as one record: the hybrid logical clock stamp of its last
    -- change ('' for meetings from before; they get one when first exported).
    ALTER TABLE meetings ADD COLUMN clock TEXT NOT NULL DEFAULT '';
    -- Deleted draft meetings, so the deletion reaches other officers and a stale file does not
    -- bring the meeting back.
    CREATE TABLE meeting_tombstones (
      id         TEXT PRIMARY KEY,
      clock      TEXT NOT NULL,
      deleted_at TEXT NOT NULL
    ) STRICT;
  `,
};
