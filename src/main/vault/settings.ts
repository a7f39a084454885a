import type { Db } from '../db/connection';
import { all, run, sql } from '../db/sql';
import { Settings } from '../../shared/contract';

export const DEFAULT_SETTINGS: Settings = {
  idleLockMinutes: 10,
  chapterKind: 'workplace',
  // What someone is; whether their dues are paid is their standing (shared/roll.ts, inGoodStanding).
  statuses: ['member', 'prospect', 'former'],
  phoneCountry: 'US',
  dateOrder: 'MDY',
  duesGraceDays: 30,
  backupsKept: 7,
  contentProtection: false,
  membersPerOrganizer: 10,
  staleContactDays: 30,
};

/** Settings live inside the vault: even "lock after 5 minutes" says something about a chapter. */
export function readSettings(db: Db): Settings {
  const stored: Record<string, unknown> = {};
  for (const row of all<{ key: string; value: string }>(db, sql`SELECT key, value FROM settings`)) {
    stored[row.key] = JSON.parse(row.value);
  }
  const parsed = Settings.partial().safeParse(stored);
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export function writeSettings(db: Db, changes: Partial<Settings>): Settings {
  db.transaction(() => {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      run(
        db,
        sql`INSERT INTO settings (key, value) VALUES (${key}, ${JSON.stringify(value)})
            ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      );
    }
  })();
  return readSettings(db);
}
