// Never edit a migration that has shipped: add the next numbered file instead.
export default {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE officers (
      id                 TEXT PRIMARY KEY,
      name               TEXT NOT NULL,
      role               TEXT NOT NULL DEFAULT '',
      signing_public_key BLOB NOT NULL,
      age_recipient      TEXT NOT NULL,
      is_self            INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
      verified_at        TEXT,
      revoked_at         TEXT,
      created_at         TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX officers_one_self ON officers (is_self) WHERE is_self = 1;

    -- This officer's private keys: they live only inside the encrypted database.
    CREATE TABLE identity (
      officer_id         TEXT PRIMARY KEY REFERENCES officers (id),
      signing_secret_key BLOB NOT NULL,
      age_identity       TEXT NOT NULL
    ) STRICT;

    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `,
};
