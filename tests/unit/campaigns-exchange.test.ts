/**
 * Campaigns and responses between officers: two officers recording offline converge on one
 * response per member (last writer wins), and a building captain's scoped export carries that
 * building's responses and nothing else.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImportFile, exportForOfficers } from '../../src/main/exchange/exchange';
import { selfIdentity } from '../../src/main/exchange/officers';
import { createCampaign, getCampaign } from '../../src/main/organizing/campaigns/campaigns';
import { campaignProgress, campaignSummaries } from '../../src/main/organizing/campaigns/progress';
import { recordResponse, responseHistory } from '../../src/main/organizing/campaigns/responses';
import type { VaultContext } from '../../src/main/core/context';
import { addMembers, building } from '../helpers/campaigns';
import { twoVerifiedOfficers } from '../helpers/exchange';
import { handClock } from '../helpers/roll';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();
let ana: VaultContext;
let bo: VaultContext;
let tick: (ms: number) => void;
beforeEach(async () => {
  const officers = await twoVerifiedOfficers(temp.path, temp.opened);
  // One clock for both officers' contexts, moved by hand, so "later" is certain.
  const clockA = handClock(officers.ana, Date.parse('2026-06-15T12:00:00Z'));
  let millis = Date.parse('2026-06-15T12:00:00Z');
  ana = { ...clockA.context, now: () => new Date(millis) };
  bo = { ...officers.bo, now: () => new Date(millis) };
  tick = (ms) => (millis += ms);
});

const to = (context: VaultContext) => [selfIdentity(context.db).officerId];
async function send(from: VaultContext, into: VaultContext, query?: Parameters<typeof exportForOfficers>[1]['query']) {
  const { file } = await exportForOfficers(from, { to: to(into), scope: 'roll', ...(query ? { query } : {}) });
  return applyImportFile(into, file, {});
}
const responseRows = (context: VaultContext) =>
  context.db.prepare("SELECT id, member_id, response FROM campaign_responses WHERE deleted_at = '' ORDER BY id").all();

describe('campaigns between officers', () => {
  it('concurrent responses from two officers merge into one per member, the later one winning, both ways', async () => {
    const [cy, di] = addMembers(ana, [{ first_name: 'Cy', building: 'Elm', unit: '2A' }, { first_name: 'Di', building: 'Elm', unit: '2B' }]);
    const campaign = createCampaign(ana, { name: 'Card drive', kind: 'card', goal: 50 });
    await send(ana, bo);
    expect(getCampaign(bo, campaign.id).name).toBe('Card drive');

    // Offline: Bo hears yes from Cy at the door; later Ana hears Cy took it back, and Di signs.
    tick(1000);
    recordResponse(bo, { campaignId: campaign.id, memberId: cy!, response: 'yes', by: 'Bo' });
    tick(1000);
    recordResponse(ana, { campaignId: campaign.id, memberId: cy!, response: 'no', by: 'Ana', note: 'took it back' });
    recordResponse(ana, { campaignId: campaign.id, memberId: di!, response: 'yes' });

    tick(1000);
    await send(bo, ana);
    await send(ana, bo);
    for (const context of [ana, bo]) {
      expect(campaignProgress(context, campaign.id).total).toMatchObject({ universe: 2, yes: 1, no: 1 });
    }
    expect(responseRows(bo)).toEqual(responseRows(ana));
    expect(responseRows(ana)).toHaveLength(2);
    // Importing the same file again changes nothing.
    const again = await send(ana, bo);
    expect(again.records?.campaign_response).toMatchObject({ new: 0, changed: 0 });
    // Ana's vault keeps the history of its own correction of Bo's answer.
    expect(responseHistory(ana, campaign.id, cy!).length).toBeGreaterThanOrEqual(1);
  });

  it("a building captain's export carries that building's responses only; their new responses come back", async () => {
    const elm = addMembers(ana, building('Elm', 1, 2));
    const oak = addMembers(ana, building('Oak', 1, 2));
    const campaign = createCampaign(ana, { name: 'Rent strike pledge', kind: 'pledge', goal: 50 });
    recordResponse(ana, { campaignId: campaign.id, memberId: elm[0]!, response: 'yes' });
    recordResponse(ana, { campaignId: campaign.id, memberId: oak[0]!, response: 'yes', note: 'oak-only-canary' });
    recordResponse(ana, { campaignId: campaign.id, memberId: oak[1]!, response: 'no' });
    createCampaign(ana, { name: 'Oak repairs petition', kind: 'petition', filter: { field: 'building', value: 'Oak' } });

    const { file } = await exportForOfficers(ana, { to: to(bo), scope: 'roll', query: { filter: { buildings: ['Elm'] } } });
    expect(Buffer.from(file).includes('oak-only-canary')).toBe(false);
    await applyImportFile(bo, file, {});
    const rows = responseRows(bo) as { member_id: string }[];
    expect(rows.map((row) => row.member_id)).toEqual([elm[0]]);
    // No other building's counts, nor a campaign drawn only over another building.
    expect(campaignSummaries(bo).map((summary) => summary.name)).toEqual(['Rent strike pledge']);
    expect(campaignSummaries(bo)[0]!.tally).toMatchObject({ universe: 2, yes: 1, no: 0 });

    tick(1000);
    recordResponse(bo, { campaignId: campaign.id, memberId: elm[1]!, response: 'yes', by: 'Elm captain' });
    await send(bo, ana);
    const progress = campaignProgress(ana, campaign.id, ['building']);
    expect(progress.groups.map((group) => [group.path[0], group.yes, group.universe, group.met])).toEqual([
      ['Elm', 2, 2, true],
      ['Oak', 1, 2, true],
    ]);
  });
});
