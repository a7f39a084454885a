// Never edit a migration that has shipped: add the next numbered file instead.
export default {
  version: 3,
  name: 'sync state',
  sql: `
    -- When this vault last imported a file from each officer, and the latest stamp in it:
    -- merge conflicts are the changes both sides made since then.
    ALTER TABLE officers ADD COLUMN last_import_at TEXT NOT NULL DEFAULT '';
    ALTER TABLE officers ADD COLUMN last_stamp TEXT NOT NULL DEFAULT '';
  `,
};
