/**
 * The wall chart: the whole building or workplace on one board. One column per building (or
 * workplace · department), grouped by floor (or shift), one card per member with their unit,
 * assessment, response in a chosen campaign, and the marks organizers look for first: leaders
 * (assessment 1) and members no one is assigned to.
 *
 * Paged so 100,000 members never freeze the window: a page of columns, the first cards of each,
 * and "more" per column.
 */
import type { StructureLevel, WallCard, WallChart, WallChartQuery, WallColumn } from '../../../shared/campaigns';
import type { RollQuery } from '../../../shared/roll';
import type { Db } from '../../db/connection';
import { all, raw, sql, type SqlQuery } from '../../db/sql';
import type { VaultContext } from '../../core/context';
import { selectMemberIds } from '../../roll/query';
import { getCampaign } from './campaigns';
import { breakdown, levelColumn } from '../structure';
import { structureKind } from './levels';
import { displayName } from './progress';
import { universeWhere } from './universe';

const COLUMNS_PER_PAGE = 8;
const CARDS_PER_COLUMN = 60;
/** Between the parts of a column's key and label (workplace · department). */
const KEY_SEPARATOR = '\u001f';

export function wallLevels(kind: 'tenant' | 'workplace'): { columns: StructureLevel[]; group: StructureLevel; within: StructureLevel } {
  return kind === 'tenant'
    ? { columns: ['building'], group: 'floor', within: 'unit' }
    : { columns: ['workplace', 'department'], group: 'shift', within: 'department' };
}

/** Whether the roll tracks who organizes whom (the organizing committee's `organizer` field). */
function tracksOrganizers(db: Db): boolean {
  return (db.pragma('table_info(members)') as { name: string }[]).some((column) => column.name === 'organizer');
}

/** Natural order in SQL: "2" before "10", "4B" before "12A", members without a value last. */
const naturalOrder = (column: string): string => `${column} = '', CAST(${column} AS INTEGER), ${column} COLLATE NOCASE`;

export interface WallSelection {
  campaignId?: string;
  query?: RollQuery;
}

/** Which members the chart shows: a campaign's universe (or the live roll), narrowed by a roll view. */
export function wallWhere(context: VaultContext, selection: WallSelection): SqlQuery {
  let where = selection.campaignId ? universeWhere(context.db, getCampaign(context, selection.campaignId)) : sql`m.deleted_at = ''`;
  const { offset: _offset, limit: _limit, sort: _sort, ...query } = selection.query ?? {};
  const narrows = Boolean(query.search?.trim()) || Object.values(query.filter ?? {}).some((value) => (Array.isArray(value) ? value.length > 0 : Object.keys(value ?? {}).length > 0));
  if (narrows) {
    const ids = selectMemberIds(context, query, { includeDeleted: false });
    where = sql`${where} AND m.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
  }
  return where;
}

function from(selection: WallSelection): SqlQuery {
  return selection.campaignId
    ? sql`members m LEFT JOIN campaign_responses r ON r.campaign_id = ${selection.campaignId} AND r.member_id = m.id AND r.deleted_at = ''`
    : sql`members m LEFT JOIN (SELECT NULL AS response, NULL AS member_id) r ON 0`;
}

interface CardRow {
  id: string;
  first_name: string;
  last_name: string;
  preferred_name: string;
  unit: string;
  assessment: number | null;
  grp: string;
  response: string | null;
  organizer?: string;
}

export function wallChart(context: VaultContext, input: WallChartQuery): WallChart {
  const levels = wallLevels(structureKind(context.db, context.settings.chapterKind));
  const selection = { campaignId: input.campaignId, query: input.query };
  const where = wallWhere(context, selection);
  // One grouped count gives every column and the size of each floor (shift) in it, in natural order.
  const counts = breakdown(context.db, { where, by: [...levels.columns, levels.group] });
  const columnsByKey = new Map<string, { values: string[]; total: number; groups: { label: string; total: number }[] }>();
  for (const row of counts) {
    const values = row.group.slice(0, levels.columns.length);
    const key = values.join(KEY_SEPARATOR);
    const column = columnsByKey.get(key) ?? { values, total: 0, groups: [] };
    column.total += row.total;
    column.groups.push({ label: row.group.at(-1) ?? '', total: row.total });
    columnsByKey.set(key, column);
  }
  const keys = [...columnsByKey.keys()];
  const members = counts.reduce((sum, row) => sum + row.total, 0);
  const offset = input.offset ?? 0;
  const page = input.column !== undefined ? keys.filter((key) => key === input.column) : keys.slice(offset, offset + (input.limit ?? COLUMNS_PER_PAGE));
  const organizers = tracksOrganizers(context.db);
  const columns = page.map((key) =>
    readColumn(context, selection, where, { key, ...columnsByKey.get(key)! }, levels, input.cards ?? CARDS_PER_COLUMN, organizers),
  );
  return { columnLevel: levels.columns, groupLevel: levels.group, columnCount: keys.length, offset, members, columns };
}

function readColumn(
  context: VaultContext,
  selection: WallSelection,
  where: SqlQuery,
  column: { key: string; values: string[]; total: number; groups: { label: string; total: number }[] },
  levels: ReturnType<typeof wallLevels>,
  limit: number,
  organizers: boolean,
): WallColumn {
  // Plain equality on the level columns, so the (building, floor_key) index finds the column's members.
  const inColumn = levels.columns.reduce((condition, level, index) => sql`${condition} AND ${levelColumn(level)} = ${column.values[index]!}`, where);
  const group = levelColumn(levels.group).text;
  const within = levelColumn(levels.within).text;
  const rows = all<CardRow>(
    context.db,
    sql`SELECT m.id, m.first_name, m.last_name, m.preferred_name, m.unit, m.assessment, ${raw(group)} AS grp, r.response
               ${raw(organizers ? ', m.organizer' : '')}
        FROM ${from(selection)} WHERE ${inColumn}
        ORDER BY ${raw(naturalOrder(group))}, ${raw(naturalOrder(within))}, m.sort_name LIMIT ${limit}`,
  );
  const groupCounts = column.groups.map((entry) => ({ grp: entry.label, n: entry.total }));
  const groups = new Map<string, WallCard[]>();
  for (const { grp } of groupCounts) groups.set(grp, []);
  for (const row of rows) {
    groups.get(row.grp)?.push({
      id: row.id,
      name: displayName(row),
      unit: row.unit,
      assessment: row.assessment,
      response: selection.campaignId ? ((row.response || 'none') as WallCard['response']) : null,
      leader: row.assessment === 1,
      unassigned: organizers ? !row.organizer : null,
    });
  }
  const counts = new Map(groupCounts.map((row) => [row.grp, row.n]));
  return {
    key: column.key,
    label: column.values.join(' · '),
    total: column.total,
    shown: rows.length,
    groups: [...groups].map(([label, cards]) => ({ label, total: counts.get(label) ?? 0, cards })),
  };
}
