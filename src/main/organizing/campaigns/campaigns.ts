/**
 * Campaigns: create, change, close (results frozen, still visible) and delete (only without
 * responses, or when the officer confirmed how many go with it). Every write goes through the
 * synced-records helpers, so it is stamped for merging and written to the audit log.
 */
import type { Campaign, CampaignInput, CampaignKind } from '../../../shared/campaigns';
import { Goal } from '../../../shared/campaigns';
import { all, get, sql } from '../../db/sql';
import { UserError } from '../../errors';
import { today, type VaultContext } from '../../core/context';
import { foldText, normalizeDate } from '../../roll/normalize';
import { campaignKind, responseKind } from './kinds';
import { createSynced, deleteSynced, readSynced, updateSynced } from '../../core/synced-records';
import { resolveFilterField, resolveStatuses } from './universe';

export interface CampaignRow {
  id: string;
  name: string;
  kind: string;
  goal: string;
  statuses: string;
  filter_field: string;
  filter_value: string;
  start_date: string;
  deadline: string;
  closed_on: string;
  notes: string;
  created_at: string;
  deleted_at: string;
}

export function rowToCampaign(row: CampaignRow): Campaign {
  return {
    id: row.id,
    name: row.name,
    kind: (row.kind || 'petition') as CampaignKind,
    goal: Number(row.goal) || 50,
    statuses: JSON.parse(row.statuses || '[]') as string[],
    filter: row.filter_field ? { field: row.filter_field, value: row.filter_value } : null,
    start_date: row.start_date,
    deadline: row.deadline,
    closed_on: row.closed_on,
    notes: row.notes,
    created_at: row.created_at,
  };
}

const NOT_FOUND = 'That campaign is not in this vault (it may have been deleted).';

export function listCampaigns(context: VaultContext): Campaign[] {
  return all<CampaignRow>(context.db, sql`SELECT * FROM campaigns WHERE deleted_at = '' ORDER BY closed_on != '', start_date DESC, name COLLATE NOCASE`).map(rowToCampaign);
}

export function getCampaign(context: VaultContext, id: string): Campaign {
  const row = get<CampaignRow>(context.db, sql`SELECT * FROM campaigns WHERE id = ${id} AND deleted_at = ''`);
  if (!row) throw new UserError('NOT_FOUND', NOT_FOUND);
  return rowToCampaign(row);
}

/** A campaign by its id or, for people at a command line, by its exact name (any case). */
export function findCampaign(context: VaultContext, idOrName: string): Campaign {
  if (readSynced(context, campaignKind, idOrName)) return getCampaign(context, idOrName);
  const named = listCampaigns(context).filter((campaign) => foldText(campaign.name) === foldText(idOrName));
  if (named.length === 1) return named[0]!;
  if (named.length > 1) throw new UserError('INVALID_INPUT', `${named.length} campaigns are named "${idOrName}"; give the campaign's id instead.`);
  throw new UserError('NOT_FOUND', `There is no campaign "${idOrName}" in this vault (campaign list shows them).`);
}

export function checkGoal(goal: number): number {
  const parsed = Goal.safeParse(goal);
  if (!Number.isFinite(goal) || !parsed.success) {
    throw new UserError('INVALID_INPUT', `A goal is a share of the universe from 1 to 100 percent, not ${Number.isFinite(goal) ? goal : 'that'}.`);
  }
  return Math.round(goal * 10) / 10;
}

function checkDate(context: VaultContext, text: string, what: string): string {
  const date = normalizeDate(text, context.settings.dateOrder);
  if (!date) throw new UserError('INVALID_INPUT', `The ${what} "${text}" is not a date (use YYYY-MM-DD).`);
  return date;
}

/** The stored fields of a campaign from what a person gave, validated; `base` for a change. */
function campaignFields(context: VaultContext, input: Partial<CampaignInput>, base?: Campaign): Record<string, string | number> {
  const name = (input.name ?? base?.name ?? '').trim();
  if (!name) throw new UserError('INVALID_INPUT', 'A campaign needs a name.');
  const filter = input.filter === undefined ? base?.filter ?? null : input.filter;
  if (filter) resolveFilterField(context.db, filter.field);
  const start = input.start_date !== undefined ? checkDate(context, input.start_date, 'start date') : base?.start_date || today(context);
  const deadlineText = input.deadline !== undefined ? input.deadline : base?.deadline ?? '';
  const deadline = deadlineText ? checkDate(context, deadlineText, 'deadline') : '';
  if (deadline && deadline < start) throw new UserError('INVALID_INPUT', `The deadline ${deadline} is before the campaign starts (${start}).`);
  return {
    name,
    kind: input.kind ?? base?.kind ?? 'petition',
    goal: String(checkGoal(input.goal ?? base?.goal ?? 50)),
    statuses: JSON.stringify(input.statuses !== undefined || !base ? resolveStatuses(context.settings.statuses, input.statuses) : base.statuses),
    filter_field: filter ? filter.field.trim().toLowerCase() : '',
    filter_value: filter ? filter.value.trim() : '',
    start_date: start,
    deadline,
    notes: input.notes ?? base?.notes ?? '',
  };
}

export function createCampaign(context: VaultContext, input: CampaignInput): Campaign {
  const fields = campaignFields(context, input);
  const id = context.db.transaction(() => createSynced(context, campaignKind, { ...fields, closed_on: '' }))();
  return getCampaign(context, id);
}

export function updateCampaign(context: VaultContext, id: string, input: Partial<CampaignInput>): Campaign {
  const base = getCampaign(context, id);
  const fields = campaignFields(context, input, base);
  context.db.transaction(() => updateSynced(context, campaignKind, id, fields))();
  return getCampaign(context, id);
}

/** Closing freezes the results: no response can be recorded or changed until it is reopened. */
export function closeCampaign(context: VaultContext, id: string, open = false): Campaign {
  getCampaign(context, id);
  context.db.transaction(() => updateSynced(context, campaignKind, id, { closed_on: open ? '' : today(context) }))();
  return getCampaign(context, id);
}

export function countResponses(context: VaultContext, campaignId: string): number {
  return get<{ n: number }>(
    context.db,
    sql`SELECT count(*) AS n FROM campaign_responses WHERE campaign_id = ${campaignId} AND deleted_at = '' AND response != ''`,
  )!.n;
}

/**
 * Deletes a campaign and its responses (tombstones, so other officers' copies learn of it).
 * With responses, only when `confirmResponses` is how many there are: the officer saw the number.
 */
export function deleteCampaign(context: VaultContext, id: string, confirmResponses?: number): number {
  getCampaign(context, id);
  const responses = countResponses(context, id);
  if (responses > 0 && confirmResponses !== responses) {
    throw new UserError(
      'INVALID_INPUT',
      `This campaign has ${responses} response${responses === 1 ? '' : 's'}; deleting it deletes them too. Confirm to delete it anyway.`,
    );
  }
  context.db.transaction(() => {
    const rows = all<{ id: string }>(context.db, sql`SELECT id FROM campaign_responses WHERE campaign_id = ${id} AND deleted_at = ''`);
    for (const row of rows) deleteSynced(context, responseKind, row.id);
    deleteSynced(context, campaignKind, id);
  })();
  return responses;
}
