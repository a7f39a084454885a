// Never edit a migration that has shipped: add the next numbered file instead.
const personalColumns = [
  'first_name', 'last_name', 'preferred_name', 'pronouns', 'email', 'phone', 'street', 'unit', 'city', 'region', 'postal_code',
  'workplace', 'department', 'shift', 'building', 'status', 'join_date', 'dues_paid_through', 'tags', 'languages', 'notes',
  'organizer', 'organizing_committee', 'floor', 'sort_name', 'name_key', 'phone_digits', 'floor_key',
];

export default {
  version: 12,
  name: 'exchange integrity: erase deleted members, remember files',
  sql: `
    -- Deleting a member now erases them (src/main/roll/erase.ts). Members deleted before this
    -- version still hold their data: it goes here, with their conversations and the values in
    -- their audit entries. Their ids, clock stamps and deleted_at stay, so deletions still travel.
    UPDATE audit_log SET before = NULL, after = NULL
      WHERE entity = 'conversation'
        AND entity_id IN (SELECT c.id FROM conversations c JOIN members m ON m.id = c.member_id WHERE m.deleted_at != '');
    DELETE FROM conversations WHERE member_id IN (SELECT id FROM members WHERE deleted_at != '');
    UPDATE audit_log SET before = NULL, after = NULL
      WHERE entity = 'member' AND entity_id IN (SELECT id FROM members WHERE deleted_at != '');
    UPDATE members SET ${personalColumns.map((column) => `${column} = ''`).join(', ')}, assessment = NULL, custom = '{}'
      WHERE deleted_at != '';

    -- The contentless search index keeps a deleted row's terms until its segments are merged:
    -- merging them all now drops what it kept of members deleted before.
    INSERT INTO members_search (members_search) VALUES ('optimize');

    -- Which members each officer has been sent in a part of the roll: a later part-of-the-roll
    -- file to them carries the tombstones of those members only (a tombstone has no building or
    -- shop left to filter by).
    CREATE TABLE sent_members (
      officer_id TEXT NOT NULL,
      member_id  TEXT NOT NULL,
      PRIMARY KEY (officer_id, member_id)
    ) STRICT, WITHOUT ROWID;

    -- The export ids (in a file's signed manifest) of the files this vault imported, and when:
    -- the same file again is reported ("already imported on May 3"), not applied twice.
    CREATE TABLE imported_exports (
      export_id   TEXT PRIMARY KEY,
      imported_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
  `,
};
