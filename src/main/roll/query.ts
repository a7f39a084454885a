/**
 * Listing the roll: search as you type, filters that combine, sorting and paging, fast enough
 * for 100,000 members. Search uses the trigram index (substrings, accents and case ignored);
 * queries shorter than a trigram fall back to name prefixes.
 */
import type { Facets, RollFilter, RollPage, RollQuery, SortField } from '../../shared/roll';
import { all, get, raw, sql, type RawSql, type SqlQuery } from '../db/sql';
import { today, type VaultContext } from '../core/context';
import { rowToMember, distinctValues, type MemberRow } from './members';
import { addDays, calendarDay } from '../../shared/calendar';
import { foldText, listItems, phoneQueryDigits } from './normalize';
import { standingThresholds } from './standing';
import { compareNatural } from '../../shared/natural-sort';

const DEFAULT_LIMIT = 100;
const RANKED_MATCHES_MAX = 10_000;

const SORT_COLUMNS: Record<SortField, string> = {
  name: 'm.sort_name',
  status: 'm.status COLLATE NOCASE',
  building: 'm.building COLLATE NOCASE',
  unit: 'm.unit COLLATE NOCASE',
  floor: "m.floor_key = '', CAST(m.floor_key AS INTEGER), m.floor_key",
  workplace: 'm.workplace COLLATE NOCASE',
  department: 'm.department COLLATE NOCASE',
  join_date: 'm.join_date',
  dues_paid_through: 'm.dues_paid_through',
  assessment: 'm.assessment',
  updated_at: 'm.updated_at',
  // Never contacted sorts as the oldest contact of all.
  last_contact: "coalesce(c.last_contact, '')",
};

/** Members with the summary of their contact attempts (migration 15), for the last-contact column and filter. */
const MEMBERS_WITH_CONTACT = sql`members m LEFT JOIN member_contact c ON c.member_id = m.id`;
const SEARCHED_MEMBERS_WITH_CONTACT = sql`members_search s JOIN members m ON m.rowid = s.rowid LEFT JOIN member_contact c ON c.member_id = m.id`;

const join = (parts: SqlQuery[], separator: string): SqlQuery =>
  parts.reduce<SqlQuery | null>((joined, part) => (joined ? sql`${joined}${raw(separator)}${part}` : part), null) ?? sql`1`;

const inList = (column: string, values: readonly (string | number)[]): SqlQuery =>
  sql`${raw(column)} IN (${join(values.map((value) => sql`${value}`), ', ')})`;

const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** `'a b'` → `"a" AND "b"`: each word a quoted FTS5 phrase, so no query syntax leaks through. */
function ftsQuery(words: string[], column?: string): string {
  const terms = words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' AND ');
  return column ? `${column} : (${terms})` : terms;
}

/** The search condition, and whether it can rank by the full-text index. */
function searchCondition(search: string): { where: SqlQuery; ranked: boolean; ftsOnly?: string } | null {
  const query = search.trim();
  if (!query) return null;
  const digits = phoneQueryDigits(query);
  if (digits) {
    const match = ftsQuery([digits], 'contact');
    return { where: sql`m.rowid IN (SELECT rowid FROM members_search WHERE members_search MATCH ${match})`, ranked: false, ftsOnly: match };
  }
  const words = foldText(query).split(' ').filter(Boolean);
  const long = words.filter((word) => [...word].length >= 3);
  const short = words.filter((word) => [...word].length < 3);
  const parts: SqlQuery[] = [];
  if (long.length > 0) parts.push(sql`s.members_search MATCH ${ftsQuery(long)}`);
  const ftsOnly = short.length === 0 && long.length > 0 ? ftsQuery(long) : undefined;
  // The last word is still being typed ("elm st", "maple a"): after other words it matches the
  // start of any word of the name, address or place, so the list does not drop to zero mid-word.
  const typing = words.length > 1 && short.length > 0 && short.at(-1) === words.at(-1) ? words.at(-1)! : null;
  if (typing) {
    parts.push(
      sql`((' ' || m.first_name || ' ' || m.last_name || ' ' || m.preferred_name || ' ' || m.street || ' ' || m.building || ' ' || m.city || ' ' || m.unit || ' ' || m.workplace || ' ' || m.department) LIKE ${`% ${likeEscape(typing)}%`} ESCAPE '\\')`,
    );
  }
  for (const word of typing ? short.slice(0, -1) : short) {
    // Too short for a trigram: a first or last name starting with it (index ranges on the
    // folded names), or exactly that unit ("4B").
    const end = `${word}\uffff`;
    parts.push(
      sql`((m.name_key >= ${word} AND m.name_key < ${end}) OR (m.sort_name >= ${word} AND m.sort_name < ${end}) OR m.unit = ${word} COLLATE NOCASE)`,
    );
  }
  return { where: join(parts, ' AND '), ranked: long.length > 0, ...(ftsOnly ? { ftsOnly } : {}) };
}

function filterConditions(filter: RollFilter, context: VaultContext): SqlQuery[] {
  const conditions: SqlQuery[] = [];
  if (filter.statuses?.length) conditions.push(inList('m.status', filter.statuses));
  if (filter.buildings?.length) conditions.push(inList('m.building', filter.buildings));
  if (filter.workplaces?.length) conditions.push(inList('m.workplace', filter.workplaces));
  if (filter.units?.length) conditions.push(inList('m.unit', filter.units));
  if (filter.floors?.length) conditions.push(inList('m.floor_key', filter.floors));
  if (filter.assessments?.length) conditions.push(inList('m.assessment', filter.assessments));
  for (const [column, values] of [
    ['m.tags', filter.tags],
    ['m.languages', filter.languages],
  ] as const) {
    if (!values?.length) continue;
    // Lists are stored "a, b, c": wrap in separators so "art" does not match "party".
    conditions.push(join(values.map((value) => sql`(', ' || ${raw(column)} || ', ') LIKE ${`%, ${likeEscape(value)}, %`} ESCAPE '\\'`), ' OR '));
  }
  if (filter.standings?.length) {
    const now = today(context);
    const { graceFrom } = standingThresholds(now, context.settings.duesGraceDays);
    const byStanding = {
      current: sql`m.dues_paid_through >= ${now}`,
      grace: sql`(m.dues_paid_through < ${now} AND m.dues_paid_through >= ${graceFrom})`,
      lapsed: sql`(m.dues_paid_through != '' AND m.dues_paid_through < ${graceFrom})`,
      unknown: sql`m.dues_paid_through = ''`,
    };
    conditions.push(sql`(${join(filter.standings.map((standing) => byStanding[standing]), ' OR ')})`);
  }
  if (filter.contact?.length) {
    const staleBefore = addDays(calendarDay(context.now()), -context.settings.staleContactDays);
    const byContact = { never: sql`c.member_id IS NULL`, stale: sql`c.last_contact < ${staleBefore}` };
    conditions.push(sql`(${join(filter.contact.map((contact) => byContact[contact]), ' OR ')})`);
  }
  for (const [key, values] of Object.entries(filter.custom ?? {})) {
    if (values.length) conditions.push(sql`json_extract(m.custom, ${`$.${key}`}) IN (${join(values.map((value) => sql`${value}`), ', ')})`);
  }
  return conditions;
}

/** The ids of members a query selects; with `includeDeleted`, tombstones that match too. */
export function selectMemberIds(context: VaultContext, query: RollQuery, options: { includeDeleted: boolean }): string[] {
  const search = searchCondition(query.search ?? '');
  const conditions = [...(options.includeDeleted ? [] : [sql`m.deleted_at = ''`]), ...filterConditions(query.filter ?? {}, context)];
  if (search) conditions.push(search.where);
  const from = search?.ranked ? SEARCHED_MEMBERS_WITH_CONTACT : MEMBERS_WITH_CONTACT;
  return all<{ id: string }>(context.db, sql`SELECT m.id FROM ${from} WHERE ${join(conditions, ' AND ')}`).map((row) => row.id);
}

/**
 * A plain search (no filters, no chosen sort) is answered from the index alone: it holds only
 * live members and ranks with bm25, so only the page's rows are read from the members table.
 */
function rankedSearchPage(context: VaultContext, match: string, offset: number, limit: number): RollPage {
  const total = get<{ n: number }>(context.db, sql`SELECT count(*) AS n FROM members_search WHERE members_search MATCH ${match}`)!.n;
  // Ranking tens of thousands of matches says little (a street name, a common syllable) and
  // costs the most; past this many the index's own order is used until the search narrows.
  const order = total > RANKED_MATCHES_MAX ? raw('rowid') : raw('rank');
  const rows = all<MemberRow>(
    context.db,
    sql`SELECT m.*, c.last_contact FROM (SELECT rowid, rank FROM members_search WHERE members_search MATCH ${match} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) s
        JOIN members m ON m.rowid = s.rowid LEFT JOIN member_contact c ON c.member_id = m.id ORDER BY s.rank, m.sort_name`,
  );
  return { total, offset, rows: rows.map((row) => rowToMember(row, context)) };
}

export function listMembers(context: VaultContext, query: RollQuery = {}): RollPage {
  const search = searchCondition(query.search ?? '');
  const hasFilter = Object.values(query.filter ?? {}).some((value) => (Array.isArray(value) ? value.length > 0 : Object.keys(value ?? {}).length > 0));
  if (search?.ftsOnly && !hasFilter && !query.sort) {
    return rankedSearchPage(context, search.ftsOnly, query.offset ?? 0, query.limit ?? DEFAULT_LIMIT);
  }
  const conditions = [sql`m.deleted_at = ''`, ...filterConditions(query.filter ?? {}, context)];
  if (search) conditions.push(search.where);
  const where = join(conditions, ' AND ');
  const usesIndex = search?.ranked ?? false;
  const from = usesIndex ? SEARCHED_MEMBERS_WITH_CONTACT : MEMBERS_WITH_CONTACT;

  let order: RawSql;
  if (query.sort) {
    const direction = query.sort.direction === 'desc' ? 'DESC' : 'ASC';
    order = raw(`${SORT_COLUMNS[query.sort.field]} ${direction}, m.sort_name ${direction}`);
  } else if (usesIndex) {
    // The index's rank: bm25 weighing names most, then contact, places, notes (migration 4).
    order = raw('s.rank, m.sort_name');
  } else {
    order = raw('m.sort_name');
  }

  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_LIMIT;
  const total = get<{ n: number }>(context.db, sql`SELECT count(*) AS n FROM ${from} WHERE ${where}`)!.n;
  const rows = all<MemberRow>(context.db, sql`SELECT m.*, c.last_contact FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`);
  return { total, offset, rows: rows.map((row) => rowToMember(row, context)) };
}

/** The values each filter can take, from the live roll and the chapter's settings. */
export function rollFacets(context: VaultContext): Facets {
  const splitColumn = (column: 'tags' | 'languages'): string[] => {
    const values = new Map<string, string>();
    for (const row of all<{ value: string }>(context.db, sql`SELECT DISTINCT ${raw(column)} AS value FROM members WHERE deleted_at = '' AND ${raw(column)} != ''`)) {
      for (const item of listItems(row.value)) if (!values.has(foldText(item))) values.set(foldText(item), item);
    }
    return [...values.values()].sort((a, b) => a.localeCompare(b));
  };
  const used = distinctValues(context.db, 'status');
  return {
    statuses: [...context.settings.statuses, ...used.filter((status) => !context.settings.statuses.includes(status))],
    tags: splitColumn('tags'),
    languages: splitColumn('languages'),
    buildings: distinctValues(context.db, 'building'),
    units: distinctValues(context.db, 'unit').sort(compareNatural),
    floors: distinctValues(context.db, 'floor_key').sort(compareNatural),
    workplaces: distinctValues(context.db, 'workplace'),
  };
}
