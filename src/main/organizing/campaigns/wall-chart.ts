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
import type { RollContext } from '../../roll/context';
import { selectMemberIds } from '../../roll/query';
import { getCampaign } from './campaigns';
import { compareNatural, levelColumn } from '../structure';
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
export function wallWhere(context: RollContext, selection: WallSelection): SqlQuery {
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

export function wallChart(context: RollContext, input: WallChartQuery): WallChart {
  const levels = wallLevels(structureKind(context.db, context.settings.chapterKind));
  const selection = { campaignId: input.campaignId, query: input.query };
  const where = wallWhere(context, selection);
  const keyExpression = columnKey(levels.columns);
  const keys = all<{ key: string; n: number }>(context.db, sql`SELECT ${keyExpression} AS key, count(*) AS n FROM members m WHERE ${where} GROUP BY 1`)
    .sort((a, b) => compareKeys(a.key, b.key));
  const members = keys.reduce((sum, key) => sum + key.n, 0);
  const offset = input.offset ?? 0;
  const page = input.column !== undefined ? keys.filter((key) => key.key === input.column) : keys.slice(offset, offset + (input.limit ?? COLUMNS_PER_PAGE));
  const organizers = tracksOrganizers(context.db);
  const columns = page.map((key) => readColumn(context, selection, where, key, levels, input.cards ?? CARDS_PER_COLUMN, organizers));
  return { columnLevel: levels.columns, groupLevel: levels.group, columnCount: keys.length, offset, members, columns };
}

function columnKey(levels: StructureLevel[]): SqlQuery {
  return levels.map((level) => sql`coalesce(${levelColumn(level)}, '')`).reduce((joined, part) => sql`${joined} || ${KEY_SEPARATOR} || ${part}`);
}

function compareKeys(a: string, b: string): number {
  const x = a.split(KEY_SEPARATOR);
  const y = b.split(KEY_SEPARATOR);
  for (let index = 0; index < x.length; index++) {
    if (x[index] === y[index]) continue;
    if (!x[index]) return 1;
    if (!y[index]) return -1;
    return compareNatural(x[index]!, y[index]!);
  }
  return 0;
}

function readColumn(
  context: RollContext,
  selection: WallSelection,
  where: SqlQuery,
  key: { key: string; n: number },
  levels: ReturnType<typeof wallLevels>,
  limit: number,
  organizers: boolean,
): WallColumn {
  const inColumn = sql`${where} AND ${columnKey(levels.columns)} = ${key.key}`;
  const group = levelColumn(levels.group).text;
  const within = levelColumn(levels.within).text;
  const groupCounts = all<{ grp: string; n: number }>(context.db, sql`SELECT coalesce(${raw(group)}, '') AS grp, count(*) AS n FROM members m WHERE ${inColumn} GROUP BY 1`);
  const rows = all<CardRow>(
    context.db,
    sql`SELECT m.id, m.first_name, m.last_name, m.preferred_name, m.unit, m.assessment, coalesce(${raw(group)}, '') AS grp, r.response
               ${raw(organizers ? ', m.organizer' : '')}
        FROM ${from(selection)} WHERE ${inColumn}
        ORDER BY ${raw(naturalOrder(group))}, ${raw(naturalOrder(within))}, m.sort_name LIMIT ${limit}`,
  );
  const groups = new Map<string, WallCard[]>();
  for (const { grp } of groupCounts.sort((a, b) => compareKeys(a.grp, b.grp))) groups.set(grp, []);
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
    key: key.key,
    label: key.key.split(KEY_SEPARATOR).join(' · '),
    total: key.n,
    shown: rows.length,
    groups: [...groups].map(([label, cards]) => ({ label, total: counts.get(label) ?? 0, cards })),
  };
}
