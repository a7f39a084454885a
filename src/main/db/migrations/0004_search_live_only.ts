// Never edit a migration that has shipped: add the next numbered file instead.
const indexedColumns = `
  new.first_name || ' ' || new.last_name || ' ' || new.preferred_name,
  new.email || ' ' || new.phone || ' ' || new.phone_digits,
  new.street || ' ' || new.unit || ' ' || new.city || ' ' || new.postal_code || ' ' || new.workplace || ' ' || new.department || ' ' || new.building,
  new.notes`;

export default {
  version: 4,
  name: 'search live members only',
  sql: `
    -- Only live members are in the search index, so a search can count and rank its matches
    -- in the index alone, without reading every matching member row: deleted members leave
    -- the index and come back when restored.
    DROP TRIGGER members_search_insert;
    DROP TRIGGER members_search_update;
    CREATE TRIGGER members_search_insert AFTER INSERT ON members WHEN new.deleted_at = '' BEGIN
      INSERT INTO members_search (rowid, names, contact, place, notes) VALUES (new.rowid, ${indexedColumns});
    END;
    CREATE TRIGGER members_search_update AFTER UPDATE ON members BEGIN
      DELETE FROM members_search WHERE rowid = old.rowid;
      INSERT INTO members_search (rowid, names, contact, place, notes) SELECT new.rowid, ${indexedColumns} WHERE new.deleted_at = '';
    END;
    DELETE FROM members_search WHERE rowid IN (SELECT rowid FROM members WHERE deleted_at != '');
    -- Names weigh most, then contact details, places and notes.
    INSERT INTO members_search (members_search, rank) VALUES ('rank', 'bm25(10.0, 5.0, 2.0, 1.0)');
  `,
};
