// Never edit a migration that has shipped: add the next numbered file instead.
export default {
  version: 7,
  name: 'search index source; compact field clocks',
  sql: `
    -- What the search index holds for each live member, defined once: the triggers index one
    -- row from it, and a large CSV import fills the index for all its new rows in one statement
    -- (src/main/roll/import-bulk.ts) instead of one trigger run per row.
    CREATE VIEW members_search_source (member_rowid, names, contact, place, notes) AS
      SELECT rowid,
        first_name || ' ' || last_name || ' ' || preferred_name,
        email || ' ' || phone || ' ' || phone_digits,
        street || ' ' || unit || ' ' || city || ' ' || postal_code || ' ' || workplace || ' ' || department || ' ' || building,
        notes
      FROM members WHERE deleted_at = '';
    DROP TRIGGER members_search_insert;
    DROP TRIGGER members_search_update;
    CREATE TRIGGER members_search_insert AFTER INSERT ON members WHEN new.deleted_at = '' BEGIN
      INSERT INTO members_search (rowid, names, contact, place, notes)
        SELECT member_rowid, names, contact, place, notes FROM members_search_source WHERE member_rowid = new.rowid;
    END;
    CREATE TRIGGER members_search_update AFTER UPDATE ON members BEGIN
      DELETE FROM members_search WHERE rowid = old.rowid;
      INSERT INTO members_search (rowid, names, contact, place, notes)
        SELECT member_rowid, names, contact, place, notes FROM members_search_source WHERE member_rowid = new.rowid;
    END;
    -- From this version on, members.clocks may hold a base stamp under the key '' for every
    -- field it does not list (a new member: one stamp instead of 24 copies of it, about 1.5 kB
    -- less per row). Nothing to convert: old rows list every field. The version number itself
    -- matters: an older Chapterhouse, which would misread the short form, refuses this vault.
  `,
};
