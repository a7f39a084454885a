/**
 * Writing many new members at once. Kept up row by row, the trigram search index and the
 * roll's dozen indexes cost most of an import: each row's trigrams and index entries land in
 * random places of large b-trees, and at 100,000 members those pages no longer fit the cache,
 * so each one is decrypted, changed and encrypted again many times. For a large import we
 * stop the search-index trigger (and, when the import at least doubles the roll, drop the
 * indexes), write the rows, then index all new rows in one statement and build the indexes
 * again in one sorted pass each. Every step is inside the import's transaction: a rollback
 * brings the triggers and indexes back exactly as they were.
 */
import type { Db } from '../db/connection';
import { all, get, identifier, run, sql } from '../db/sql';
import type { VaultContext } from '../core/context';

/** Below this many rows, per-row indexing costs less than indexing in bulk. */
export const BULK_ROWS = 2000;

const SEARCH_TRIGGER = 'members_search_insert';

interface SchemaItem {
  name: string;
  sql: string;
}

export interface BulkIndexing {
  /** Indexes the rows written since `deferIndexing` and restores triggers and indexes. */
  finish(progress?: (step: number, steps: number) => void): void;
}

/**
 * Call inside the import's transaction, before the first row is written. `incoming` is the
 * most rows the import can add.
 */
export function deferIndexing(db: Db, incoming: number): BulkIndexing {
  if (incoming < BULK_ROWS) return { finish: () => {} };
  const lastRowid = get<{ last: number | null }>(db, sql`SELECT max(rowid) AS last FROM members`)?.last ?? 0;
  const existing = get<{ n: number }>(db, sql`SELECT count(*) AS n FROM members`)!.n;
  const trigger = get<SchemaItem>(db, sql`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ${SEARCH_TRIGGER}`);
  // Rebuilding an index reads the whole table: worth it only when most of the table is new.
  const indexes =
    incoming >= existing
      ? all<SchemaItem>(db, sql`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'members' AND sql IS NOT NULL`)
      : [];
  if (trigger) db.exec(sql`DROP TRIGGER ${identifier(trigger.name)}`.text);
  for (const index of indexes) db.exec(sql`DROP INDEX ${identifier(index.name)}`.text);
  return {
    finish(progress) {
      const steps = indexes.length + 1;
      // The indexes first, while the new rows are still in the page cache.
      indexes.forEach((index, done) => {
        db.exec(index.sql);
        progress?.(done + 1, steps);
      });
      if (trigger) {
        run(
          db,
          sql`INSERT INTO members_search (rowid, names, contact, place, notes)
              SELECT member_rowid, names, contact, place, notes FROM members_search_source WHERE member_rowid > ${lastRowid}`,
        );
        db.exec(trigger.sql);
      }
      progress?.(steps, steps);
    },
  };
}

/**
 * One "import" audit entry per new member, naming the file and the line, as recordAudit writes
 * them; 10,000 to a statement, because one statement per entry was a second per 100,000 members.
 */
export function recordImportAudits(context: VaultContext, ids: readonly string[], lines: readonly number[], fileName: string): void {
  const at = context.now().toISOString();
  for (let start = 0; start < lines.length; start += 10_000) {
    const batch = lines.slice(start, start + 10_000).map((line, offset) => [ids[start + offset], line]);
    run(
      context.db,
      sql`INSERT INTO audit_log (at, officer_id, entity, entity_id, action, before, after, note)
          SELECT ${at}, ${context.officerId}, 'member', value ->> 0, 'import', NULL, json_object('line', value ->> 1), ${fileName}
          FROM json_each(${JSON.stringify(batch)})`,
    );
  }
}
