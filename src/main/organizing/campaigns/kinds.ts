/**
 * How campaigns and their responses are stored and travel: two synced record kinds. Exchange
 * carries every campaign (a campaign holds no member data), and a response only with its member:
 * a building captain's export holds that building's responses and nothing else.
 */
import { z } from 'zod';
import type { Db } from '../../db/connection';
import { all, get, sql } from '../../db/sql';
import { rowToCampaign, type CampaignRow } from './campaigns';
import { universeWhere } from './universe';
import { CAMPAIGN_KINDS } from '../../../shared/campaigns';
import type { SyncedKind } from '../../core/synced-records';

const Text = (max: number) => z.string().max(max);

export const campaignKind: SyncedKind = {
  name: 'campaign',
  table: 'campaigns',
  fields: {
    name: Text(200),
    kind: z.union([z.enum(CAMPAIGN_KINDS), z.literal('')]),
    goal: z.union([z.literal(''), z.string().regex(/^\d{1,3}(\.\d)?$/).refine((text) => Number(text) >= 1 && Number(text) <= 100, 'a goal from 1 to 100')]),
    // '' is what a tombstone leaves.
    statuses: z.union([z.literal(''), Text(4000).refine(isStatusList, 'a list of statuses')]),
    filter_field: Text(60),
    filter_value: Text(200),
    start_date: Text(10),
    deadline: Text(10),
    closed_on: Text(10),
    notes: Text(20_000),
  },
  scope: campaignsInScope,
  describe: (fields) => `campaign "${String(fields.name ?? '')}"`,
};

/**
 * The campaigns a scoped export carries: those whose universe holds a member in scope (so a
 * building captain can record responses), and deletions. A campaign drawn only over another
 * building stays home: its name alone says where the chapter is organizing.
 */
function campaignsInScope(db: Db, memberIds: ReadonlySet<string>): Set<string> {
  const members = JSON.stringify([...memberIds]);
  const ids = new Set<string>();
  for (const row of all<CampaignRow>(db, sql`SELECT * FROM campaigns`)) {
    if (row.deleted_at) {
      ids.add(row.id);
      continue;
    }
    const where = universeWhere(db, rowToCampaign(row));
    if (get(db, sql`SELECT 1 FROM members m WHERE ${where} AND m.id IN (SELECT value FROM json_each(${members})) LIMIT 1`)) ids.add(row.id);
  }
  return ids;
}

export const responseKind: SyncedKind = {
  name: 'campaign_response',
  table: 'campaign_responses',
  fields: {
    campaign_id: Text(100),
    member_id: Text(100),
    response: z.enum(['yes', 'no', 'unsure', '']),
    attended: z.enum(['yes', '']),
    date: Text(40),
    collected_by: Text(200),
    note: Text(20_000),
  },
  memberColumns: ['member_id'],
  check: (db, fields) =>
    typeof fields.campaign_id === 'string' && fields.campaign_id !== '' && !campaignExists(db, fields.campaign_id)
      ? 'a campaign response for a campaign this vault does not have'
      : null,
  describe: (fields) => `campaign response (${String(fields.response || 'not reached')})`,
};

/** Registered once in src/main/organizing/kinds.ts. Campaigns first: responses are checked against them. */
export const campaignKinds: SyncedKind[] = [campaignKind, responseKind];

function isStatusList(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
  } catch {
    return false;
  }
}

function campaignExists(db: Db, id: string): boolean {
  return get(db, sql`SELECT 1 FROM campaigns WHERE id = ${id}`) !== undefined;
}
