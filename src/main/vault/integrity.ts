import type { Db } from '../db/connection';
import { all, get, raw, sql } from '../db/sql';
import { isCorruptionError } from '../db/connection';

export interface IntegrityReport {
  ok: boolean;
  problems: string[];
  members: number;
  meetings: number;
  officers: number;
}

/** Tables counted by `verify`; a table that a later migration adds counts as 0 until it exists. */
const COUNTED = { members: 'members', meetings: 'meetings', officers: 'officers' } as const;

/** Deleted records stay as tombstones for merging; they are not counted. */
const hasTombstones = (db: Db, table: string): boolean =>
  all<{ name: string }>(db, sql`SELECT name FROM pragma_table_info(${table})`).some((column) => column.name === 'deleted_at');

/** Reads every page (each one's HMAC is checked on the way) and SQLite's own structure checks. */
export function checkIntegrity(db: Db): IntegrityReport {
  let problems: string[];
  try {
    problems = all<{ integrity_check: string }>(db, sql`PRAGMA integrity_check`)
      .map((row) => row.integrity_check)
      .filter((line) => line !== 'ok');
    const foreignKeys = all<Record<string, unknown>>(db, sql`PRAGMA foreign_key_check`);
    if (foreignKeys.length > 0) problems.push(`${foreignKeys.length} rows point at records that do not exist`);
  } catch (error) {
    if (!isCorruptionError(error)) throw error;
    problems = ['pages failed their authentication check'];
  }
  const count = (table: string): number => {
    const exists = get(db, sql`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ${table}`);
    if (!exists) return 0;
    const live = hasTombstones(db, table) ? raw(` WHERE deleted_at = ''`) : raw('');
    return get<{ n: number }>(db, sql`SELECT count(*) AS n FROM ${raw(table)}${live}`)?.n ?? 0;
  };
  return {
    ok: problems.length === 0,
    problems,
    members: count(COUNTED.members),
    meetings: count(COUNTED.meetings),
    officers: count(COUNTED.officers),
  };
}
