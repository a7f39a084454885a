/**
 * Progress of a campaign, whole and unit by unit: yes / no / unsure / not reached per group of
 * the chapter's structure, the share that said yes, and whether the goal is met. One query over
 * the universe with its responses joined, grouped by the levels asked for.
 */
import type { Campaign, CampaignMember, CampaignProgress, CampaignSummary, ProgressGroup, ResponseWord, StructureLevel } from '../../../shared/campaigns';
import { all, get, raw, sql, type SqlQuery } from '../../db/sql';
import type { VaultContext } from '../../core/context';
import { getCampaign, listCampaigns } from './campaigns';
import { breakdown, compareGroups, levelColumn, levelsFor } from '../structure';
import { structureKind } from './levels';
import { universeWhere } from './universe';

/** 100 × yes / universe, to one decimal (0 for an empty universe). */
export function percentOf(yes: number, universe: number): number {
  return universe === 0 ? 0 : Math.round((1000 * yes) / universe) / 10;
}

/** Met when yes × 100 ≥ goal × universe: exactly at the goal counts, and no rounding decides it. */
export function goalMet(yes: number, universe: number, goal: number): boolean {
  return yes * 100 >= goal * universe;
}

function toGroup(counts: Record<string, number>, universe: number, path: string[], goal: number): ProgressGroup {
  const yes = counts.yes ?? 0;
  const no = counts.no ?? 0;
  const unsure = counts.unsure ?? 0;
  return {
    path,
    universe,
    yes,
    no,
    unsure,
    none: universe - yes - no - unsure,
    attended: counts.attended ?? 0,
    percent: percentOf(yes, universe),
    met: goalMet(yes, universe, goal),
  };
}

/** Each universe member's response, joined to `members m` as `r` (none: all columns null). */
const responsesJoin = (campaign: Campaign): SqlQuery =>
  sql`LEFT JOIN campaign_responses r ON r.campaign_id = ${campaign.id} AND r.member_id = m.id AND r.deleted_at = ''`;

/** The universe with each member's response: `members m` LEFT JOIN `campaign_responses r`. */
function universeWithResponses(context: VaultContext, campaign: Campaign): SqlQuery {
  return sql`members m ${responsesJoin(campaign)} WHERE ${universeWhere(context.db, campaign)}`;
}

const MEASURES = {
  yes: sql`r.response = 'yes'`,
  no: sql`r.response = 'no'`,
  unsure: sql`r.response = 'unsure'`,
  attended: sql`r.attended = 'yes'`,
};

/** Progress per group of `by` (none: one group, the whole universe), through the structure's one breakdown query. */
function tally(context: VaultContext, campaign: Campaign, by: StructureLevel[]): ProgressGroup[] {
  return breakdown(context.db, { where: universeWhere(context.db, campaign), join: responsesJoin(campaign), by, measures: MEASURES }).map((group) =>
    toGroup(group.counts, group.total, group.group, campaign.goal),
  );
}

function wholeUniverse(context: VaultContext, campaign: Campaign): ProgressGroup {
  return tally(context, campaign, [])[0] ?? toGroup({}, 0, [], campaign.goal);
}

export function defaultLevels(context: VaultContext): StructureLevel[] {
  return levelsFor(structureKind(context.db, context.settings.chapterKind)).slice(0, 1);
}

export function campaignProgress(context: VaultContext, id: string, by?: StructureLevel[]): CampaignProgress {
  const campaign = getCampaign(context, id);
  const levels = by && by.length > 0 ? by : defaultLevels(context);
  const groups = tally(context, campaign, levels);
  // The whole is the sum of its groups: one pass over the universe, not two.
  const sum = (field: 'universe' | 'yes' | 'no' | 'unsure' | 'attended') => groups.reduce((total, group) => total + group[field], 0);
  const total = toGroup({ yes: sum('yes'), no: sum('no'), unsure: sum('unsure'), attended: sum('attended') }, sum('universe'), [], campaign.goal);
  return { campaign, by: levels, total, groups, timeline: timeline(context, campaign) };
}

/**
 * Yes responses by the day they were collected, cumulative: the speed chart of a structure test.
 * Every response collected counts here, also of a member who has since left the universe: it is
 * how fast the committee moved, read from the responses alone (no pass over the roll).
 */
function timeline(context: VaultContext, campaign: Campaign): CampaignProgress['timeline'] {
  const rows = all<{ date: string; yes: number; responses: number }>(
    context.db,
    sql`SELECT substr(r.date, 1, 10) AS date, sum(r.response = 'yes') AS yes, count(*) AS responses
        FROM campaign_responses r
        WHERE r.campaign_id = ${campaign.id} AND r.deleted_at = '' AND r.response != ''
        GROUP BY 1 ORDER BY 1`,
  );
  let yes = 0;
  let responses = 0;
  return rows.map((row) => ({ date: row.date, yes: (yes += row.yes), responses: (responses += row.responses) }));
}

interface MemberRowOut {
  id: string;
  first_name: string;
  last_name: string;
  preferred_name: string;
  building: string;
  floor: string;
  unit: string;
  workplace: string;
  department: string;
  shift: string;
  assessment: number | null;
  response: string | null;
  attended: string | null;
  date: string | null;
  collected_by: string | null;
  note: string | null;
}

export function displayName(row: { first_name: string; last_name: string; preferred_name: string }): string {
  return [row.preferred_name || row.first_name, row.last_name].filter(Boolean).join(' ') || row.first_name;
}

export function toCampaignMember(row: MemberRowOut): CampaignMember {
  return {
    id: row.id,
    name: displayName(row),
    building: row.building,
    floor: row.floor ?? '',
    unit: row.unit,
    workplace: row.workplace,
    department: row.department,
    shift: row.shift,
    assessment: row.assessment,
    response: (row.response || 'none') as ResponseWord,
    attended: row.attended === 'yes',
    date: row.date ?? '',
    collected_by: row.collected_by ?? '',
    note: row.note ?? '',
  };
}

export const MEMBER_COLUMNS = raw(`m.id, m.first_name, m.last_name, m.preferred_name, m.building, m.floor_key AS floor, m.unit,
  m.workplace, m.department, m.shift, m.assessment, r.response, r.attended, r.date, r.collected_by, r.note`);

/**
 * The names behind a number: the universe members of one group (its path over `by`) with one
 * response ('none' = not reached), in structure order.
 */
export function campaignMembers(
  context: VaultContext,
  id: string,
  options: { by?: StructureLevel[]; path?: string[]; response?: ResponseWord; limit?: number } = {},
): { total: number; rows: CampaignMember[] } {
  const campaign = getCampaign(context, id);
  const levels = options.by ?? [];
  const conditions: SqlQuery[] = [];
  (options.path ?? []).forEach((value, index) => {
    const level = levels[index];
    if (level) conditions.push(sql`coalesce(${levelColumn(level)}, '') = ${value}`);
  });
  if (options.response === 'none') conditions.push(sql`coalesce(r.response, '') = ''`);
  else if (options.response) conditions.push(sql`r.response = ${options.response}`);
  const where = conditions.reduce((joined, condition) => sql`${joined} AND ${condition}`, sql`1`);
  const from = universeWithResponses(context, campaign);
  const total = get<{ n: number }>(context.db, sql`SELECT count(*) AS n FROM ${from} AND ${where}`)!.n;
  const structure = levelsFor(structureKind(context.db, context.settings.chapterKind)).map((level) => `${levelColumn(level).text} COLLATE NOCASE`);
  const rows = all<MemberRowOut>(
    context.db,
    sql`SELECT ${MEMBER_COLUMNS} FROM ${from} AND ${where} ORDER BY ${raw(structure.join(', '))}, m.sort_name LIMIT ${options.limit ?? 1000}`,
  );
  return { total, rows: rows.map(toCampaignMember).sort((a, b) => compareGroups(structurePath(context, a), structurePath(context, b))) };
}

export function structurePath(context: VaultContext, member: Pick<CampaignMember, StructureLevel>): string[] {
  return levelsFor(structureKind(context.db, context.settings.chapterKind)).map((level) => member[level]);
}

function joinSql(parts: SqlQuery[]): SqlQuery {
  return parts.reduce<SqlQuery | null>((joined, part) => (joined ? sql`${joined}, ${part}` : part), null) ?? sql`1`;
}

/** Every campaign with its totals over its universe, open ones first. */
export function campaignSummaries(context: VaultContext): CampaignSummary[] {
  return listCampaigns(context).map((campaign) => {
    const { path: _path, percent, met, ...counts } = wholeUniverse(context, campaign);
    return { ...campaign, tally: counts, percent, met };
  });
}
