/**
 * Counting members by the chapter's structure (src/shared/structure.ts): building → floor →
 * unit, or workplace → department → shift. The floor is stored as `members.floor_key` at every
 * write, so grouping 100,000 members by floor is one indexed GROUP BY, not 100,000 function calls.
 */
import { compareNatural } from '../../shared/natural-sort';
import type { StructureLevel } from '../../shared/structure';
import type { Db } from '../db/connection';
import { all, joinSql, raw, sql, type RawSql, type SqlQuery } from '../db/sql';

export { compareNatural };
export { effectiveFloor, floorLabel, floorOf, levelsFor, STRUCTURE_LEVELS, type StructureLevel } from '../../shared/structure';

const LEVEL_COLUMNS: Record<StructureLevel, string> = {
  building: 'm.building',
  floor: 'm.floor_key',
  unit: 'm.unit',
  workplace: 'm.workplace',
  department: 'm.department',
  shift: 'm.shift',
};

/** The column of `members m` that holds a level (identifiers from code, never from input). */
export function levelColumn(level: StructureLevel): RawSql {
  return raw(LEVEL_COLUMNS[level]);
}

export interface BreakdownOptions {
  /** Which live members count, over `members m` (and whatever `join` adds). */
  where?: SqlQuery;
  /** Extra tables, e.g. `LEFT JOIN campaign_responses r ON r.member_id = m.id AND ...`. */
  join?: SqlQuery;
  /** Group by these levels, widest first; none gives one group: everyone. */
  by: readonly StructureLevel[];
  /** Named counts, each an SQL condition over the row (true counts 1). */
  measures?: Record<string, SqlQuery>;
}

export interface BreakdownGroup {
  /** One value per level in `by` ('' where the members left it empty). */
  group: string[];
  total: number;
  counts: Record<string, number>;
}

/**
 * Counts per group in one query: for each group of the structure, how many of the selected
 * members there are and how many meet each measure. Groups come in natural order (floor 2
 * before floor 10), empty values last.
 */
export function breakdown(db: Db, options: BreakdownOptions): BreakdownGroup[] {
  const names = Object.keys(options.measures ?? {});
  const levels = options.by.map((level, index) => sql`${levelColumn(level)} AS g${raw(String(index))}`);
  const selected = [
    ...levels,
    sql`COUNT(*) AS total`,
    ...names.map((name, index) => sql`SUM(CASE WHEN ${options.measures![name]!} THEN 1 ELSE 0 END) AS c${raw(String(index))}`),
  ];
  const groupBy = options.by.length ? sql`GROUP BY ${joinSql(options.by.map((level) => sql`${levelColumn(level)}`))}` : sql``;
  const rows = all<Record<string, string | number | null>>(
    db,
    sql`SELECT ${joinSql(selected)} FROM members m ${options.join ?? sql``}
        WHERE m.deleted_at = '' AND (${options.where ?? sql`1`}) ${groupBy}`,
  );
  return rows
    .filter((row) => Number(row.total) > 0)
    .map((row) => ({
      group: options.by.map((_, index) => String(row[`g${index}`] ?? '')),
      total: Number(row.total),
      counts: Object.fromEntries(names.map((name, index) => [name, Number(row[`c${index}`] ?? 0)])),
    }))
    .sort((a, b) => compareGroups(a.group, b.group));
}

/** Natural order, level by level, with an empty value (not recorded) after every named one. */
export function compareGroups(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const left = a[index] ?? '';
    const right = b[index] ?? '';
    if (left === right) continue;
    if (!left) return 1;
    if (!right) return -1;
    return compareNatural(left, right) || (left < right ? -1 : 1);
  }
  return 0;
}
