/**
 * The breakdown of any roll view: of each building → floor (or workplace → department → shift),
 * how many are leaders, how many assessed 1 or 2, how many current on dues, how many never talked
 * to. What an organizer did with sixty clicks and a calculator, one query.
 */
import type { RollBreakdown, StructureLevel } from '../../../shared/campaigns';
import type { RollQuery } from '../../../shared/roll';
import { all, raw, sql, type SqlQuery } from '../../db/sql';
import { today, type RollContext } from '../../roll/context';
import { standingThresholds } from '../../roll/standing';
import { levelColumn, levelsFor, structureKind } from './levels';
import { comparePaths } from './progress';
import { wallWhere } from './wall-chart';

export const BREAKDOWN_MEASURES = ['leaders', 'supporters', 'in_good_standing', 'never_talked_to'] as const;

function measures(context: RollContext): Record<(typeof BREAKDOWN_MEASURES)[number], SqlQuery> {
  const { graceFrom } = standingThresholds(today(context), context.settings.duesGraceDays);
  return {
    leaders: sql`m.assessment = 1`,
    supporters: sql`m.assessment IN (1, 2)`,
    in_good_standing: sql`m.dues_paid_through >= ${graceFrom}`,
    never_talked_to: sql`NOT EXISTS (SELECT 1 FROM conversations c WHERE c.member_id = m.id)`,
  };
}

export function rollBreakdown(context: RollContext, query: RollQuery | undefined, by?: StructureLevel[]): RollBreakdown {
  const levels = by && by.length > 0 ? by : levelsFor(structureKind(context.db, context.settings.chapterKind)).slice(0, 2);
  const where = wallWhere(context, { query });
  const measured = Object.entries(measures(context));
  const columns = levels.map((level, index) => sql`coalesce(${levelColumn(level)}, '') AS ${raw(`level${index}`)}`);
  const sums = measured.map(([name, condition]) => sql`coalesce(sum(${condition}), 0) AS ${raw(name)}`);
  const select = [...columns, sql`count(*) AS total`, ...sums].reduce((joined, part) => sql`${joined}, ${part}`);
  const rows = all<Record<string, number | string>>(
    context.db,
    sql`SELECT ${select} FROM members m WHERE ${where} GROUP BY ${raw(levels.map((_, index) => `level${index}`).join(', '))}`,
  );
  const toRow = (row: Record<string, number | string>, path: string[]) => ({
    path,
    total: Number(row.total ?? 0),
    counts: Object.fromEntries(measured.map(([name]) => [name, Number(row[name] ?? 0)])),
  });
  const list = rows.map((row) => toRow(row, levels.map((_, index) => String(row[`level${index}`] ?? '')))).sort((a, b) => comparePaths(a.path, b.path));
  const total = list.reduce(
    (sum, row) => ({ path: [], total: sum.total + row.total, counts: Object.fromEntries(Object.keys(row.counts).map((key) => [key, (sum.counts[key] ?? 0) + row.counts[key]!])) }),
    { path: [] as string[], total: 0, counts: Object.fromEntries(measured.map(([name]) => [name, 0])) as Record<string, number> },
  );
  return { by: levels, rows: list, total };
}
