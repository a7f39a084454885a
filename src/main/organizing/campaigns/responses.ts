/**
 * Responses: one per campaign and member, recorded or corrected, never erased. Each keeps its
 * date, who collected it and a note; every change is in the audit log, which is the history a
 * member's panel shows ("signed Mar 3, took it back Mar 9").
 */
import { createHash } from 'node:crypto';
import type { Campaign, CampaignMember, MemberCampaignResponse, ResponseInput, ResponseWord } from '../../../shared/campaigns';
import { RESPONSE_WORDS } from '../../../shared/campaigns';
import { all, get, sql } from '../../db/sql';
import { UserError } from '../../errors';
import { readAudit } from '../../core/audit';
import { today, type VaultContext } from '../../core/context';
import { findMemberRow } from '../../roll/members';
import { normalizeDate } from '../../roll/normalize';
import { getCampaign, listCampaigns } from './campaigns';
import { responseKind } from './kinds';
import { MEMBER_COLUMNS, displayName, toCampaignMember } from './progress';
import { createSynced, readSynced, updateSynced } from '../../core/synced-records';
import { universeWhere } from './universe';

/**
 * The id of a member's response in a campaign, the same in every vault: two officers who record
 * the same member offline write one record, which then merges per field (last writer wins).
 */
export function responseId(campaignId: string, memberId: string): string {
  const hex = createHash('sha256').update(`campaign-response\u0000${campaignId}\u0000${memberId}`).digest('hex');
  // Shaped as a UUID (version 8: custom) so it looks like every other record id.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function parseResponseWord(word: string): ResponseWord {
  const folded = word.trim().toLowerCase();
  if ((RESPONSE_WORDS as readonly string[]).includes(folded)) return folded as ResponseWord;
  throw new UserError('INVALID_INPUT', `"${word}" is not a response; use yes, no, unsure or none (not reached).`);
}

function officerName(context: VaultContext): string {
  return get<{ name: string }>(context.db, sql`SELECT name FROM officers WHERE id = ${context.officerId}`)?.name ?? '';
}

export function inUniverse(context: VaultContext, campaign: Campaign, memberId: string): boolean {
  return get(context.db, sql`SELECT 1 FROM members m WHERE m.id = ${memberId} AND ${universeWhere(context.db, campaign)}`) !== undefined;
}

/** One member as a campaign sees them, with their response. */
export function campaignMember(context: VaultContext, campaign: Campaign, memberId: string): CampaignMember {
  const row = get<Parameters<typeof toCampaignMember>[0]>(
    context.db,
    sql`SELECT ${MEMBER_COLUMNS} FROM members m LEFT JOIN campaign_responses r
          ON r.campaign_id = ${campaign.id} AND r.member_id = m.id AND r.deleted_at = ''
        WHERE m.id = ${memberId}`,
  );
  if (!row) throw new UserError('NOT_FOUND', 'That member is not in the roll (it may have been deleted).');
  return toCampaignMember(row);
}

/**
 * Records or corrects one member's response. Refused, with nothing changed, for a closed
 * campaign, a deleted member, a member outside the universe, or a word that is not a response.
 */
export function recordResponse(context: VaultContext, input: ResponseInput): CampaignMember {
  const campaign = getCampaign(context, input.campaignId);
  const response = parseResponseWord(input.response);
  if (campaign.closed_on) {
    throw new UserError('INVALID_INPUT', `The campaign "${campaign.name}" was closed on ${campaign.closed_on}; its results are frozen. Reopen it to record responses.`);
  }
  const member = findMemberRow(context.db, input.memberId, true);
  if (!member) throw new UserError('NOT_FOUND', 'That member is not in the roll.');
  const name = displayName(member);
  // A deleted member's data is erased (migration 12): say so without a name.
  if (member.deleted_at) throw new UserError('INVALID_INPUT', 'That member was deleted from the roll, so no response can be recorded for them.');
  if (!inUniverse(context, campaign, member.id)) {
    const why = campaign.filter ? `status ${member.status}, ${campaign.filter.field} "${String((member as unknown as Record<string, unknown>)[campaign.filter.field] ?? '')}"` : `status ${member.status}`;
    throw new UserError('INVALID_INPUT', `${name} is not in the universe of "${campaign.name}" (${why}), so their response would not count.`);
  }
  if (input.attended && campaign.kind !== 'action') {
    throw new UserError('INVALID_INPUT', 'Only an action or turnout campaign records who actually came.');
  }
  let date = today(context);
  if (input.date?.trim()) {
    const parsed = normalizeDate(input.date, context.settings.dateOrder);
    if (!parsed) throw new UserError('INVALID_INPUT', `"${input.date}" is not a date (use YYYY-MM-DD).`);
    date = parsed;
  }
  const fields = {
    campaign_id: campaign.id,
    member_id: member.id,
    response: response === 'none' ? '' : response,
    attended: input.attended === undefined ? undefined : input.attended ? 'yes' : '',
    date,
    collected_by: input.by?.trim() || officerName(context),
    note: input.note?.trim() ?? '',
  };
  const id = responseId(campaign.id, member.id);
  context.db.transaction(() => {
    const existing = readSynced(context, responseKind, id);
    const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Record<string, string>;
    if (existing) {
      // An unchanged answer keeps its first date and collector: recording it again is not news.
      if (existing.response === changes.response && input.attended === undefined && !input.note) return;
      updateSynced(context, responseKind, id, changes);
    } else if (get(context.db, sql`SELECT 1 FROM campaign_responses WHERE id = ${id}`)) {
      throw new UserError('INVALID_INPUT', 'That response was deleted with its campaign on another officer\'s copy.');
    } else if (changes.response !== '' || changes.attended === 'yes') {
      createSynced(context, responseKind, { attended: '', ...changes }, id);
    }
  })();
  return campaignMember(context, campaign, member.id);
}

/** A member's responses in every campaign, with each one's history, newest campaign first. */
export function memberResponses(context: VaultContext, memberId: string): MemberCampaignResponse[] {
  const rows = all<{ campaign_id: string; response: string; attended: string; date: string; collected_by: string; note: string; id: string }>(
    context.db,
    sql`SELECT id, campaign_id, response, attended, date, collected_by, note FROM campaign_responses WHERE member_id = ${memberId} AND deleted_at = ''`,
  );
  const byCampaign = new Map(rows.map((row) => [row.campaign_id, row]));
  return listCampaigns(context)
    .map((campaign) => {
      const row = byCampaign.get(campaign.id);
      const counts = inUniverse(context, campaign, memberId);
      if (!row && !counts) return null;
      return {
        campaign,
        inUniverse: counts,
        response: ((row?.response || 'none') as ResponseWord),
        attended: row?.attended === 'yes',
        date: row?.date ?? '',
        collected_by: row?.collected_by ?? '',
        note: row?.note ?? '',
        history: row ? readAudit(context, 'campaign_response', row.id) : [],
      };
    })
    .filter((entry): entry is MemberCampaignResponse => entry !== null);
}

/** The history of one response, newest first: every value it had, who changed it, when. */
export function responseHistory(context: VaultContext, campaignId: string, memberId: string) {
  return readAudit(context, 'campaign_response', responseId(campaignId, memberId));
}
