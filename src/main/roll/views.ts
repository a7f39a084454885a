/** Named views: a search, filters and a sort the chapter uses again and again. */
import { randomUUID } from 'node:crypto';
import { RollQuery, type SavedView } from '../../shared/roll';
import { all, run, sql } from '../db/sql';
import type { VaultContext } from '../core/context';

export function listViews(context: VaultContext): SavedView[] {
  return all<{ id: string; name: string; filter: string }>(context.db, sql`SELECT id, name, filter FROM saved_views ORDER BY name COLLATE NOCASE`).flatMap(
    (row) => {
      const parsed = RollQuery.safeParse(JSON.parse(row.filter));
      return parsed.success ? [{ id: row.id, name: row.name, query: parsed.data }] : [];
    },
  );
}

/** Saving under an existing name replaces that view. */
export function saveView(context: VaultContext, name: string, query: RollQuery): SavedView[] {
  const { offset: _offset, limit: _limit, ...kept } = query;
  run(
    context.db,
    sql`INSERT INTO saved_views (id, name, filter, created_at) VALUES (${randomUUID()}, ${name.trim()}, ${JSON.stringify(kept)}, ${context.now().toISOString()})
        ON CONFLICT (name) DO UPDATE SET filter = excluded.filter`,
  );
  return listViews(context);
}

export function deleteView(context: VaultContext, id: string): SavedView[] {
  run(context.db, sql`DELETE FROM saved_views WHERE id = ${id}`);
  return listViews(context);
}
