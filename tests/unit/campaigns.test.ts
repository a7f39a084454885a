import { beforeEach, describe, expect, it } from 'vitest';
import { closeCampaign, createCampaign, deleteCampaign, getCampaign, listCampaigns, updateCampaign } from '../../src/main/organizing/campaigns/campaigns';
import { campaignMembers, campaignProgress, campaignSummaries, goalMet, percentOf } from '../../src/main/organizing/campaigns/progress';
import { memberResponses, recordResponse, responseHistory } from '../../src/main/organizing/campaigns/responses';
import { wallChart } from '../../src/main/organizing/campaigns/wall-chart';
import { identifier, sql } from '../../src/main/db/sql';
import type { VaultContext } from '../../src/main/core/context';
import { addMember, deleteMembers, updateMember } from '../../src/main/roll/members';
import { listMembers, rollFacets } from '../../src/main/roll/query';
import { addMembers, building } from '../helpers/campaigns';
import { rollBreakdown } from '../../src/main/organizing/campaigns/breakdown';
import { addConversation } from '../../src/main/roll/conversations';
import { addAttempt } from '../../src/main/roll/contact-attempts';
import { errorOf } from '../helpers/errors';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();
let context: VaultContext;
beforeEach(async () => ({ context } = await temp.rollContext()));

const count = (table: string): number => (context.db.prepare(sql`SELECT count(*) AS n FROM ${identifier(table)}`.text).get() as { n: number }).n;
const audits = (): number => count('audit_log');

describe('percentages and goals', () => {
  it('percent is 100 × yes / universe to one decimal, 0 for an empty universe', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(7, 10)).toBe(70);
    expect(percentOf(0, 0)).toBe(0);
  });

  it('exactly at the goal counts as met, one short does not, and rounding never decides it', () => {
    expect(goalMet(7, 10, 70)).toBe(true);
    expect(goalMet(6, 10, 70)).toBe(false);
    expect(goalMet(2, 3, 66.7)).toBe(false); // 66.67% rounds to 66.7 but is below it
    expect(goalMet(2, 3, 66.6)).toBe(true);
    expect(goalMet(1, 2, 50)).toBe(true);
  });

  it('refuses a goal outside 1–100% and writes nothing', () => {
    for (const goal of [0, 0.5, 100.1, 150, -5]) {
      const before = count('campaigns');
      const error = errorOf(() => createCampaign(context, { name: 'Cards', kind: 'card', goal }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(/1 to 100 percent/);
      expect(count('campaigns')).toBe(before);
    }
    expect(createCampaign(context, { name: 'All in', kind: 'card', goal: 100 }).goal).toBe(100);
    expect(createCampaign(context, { name: 'Default', kind: 'card' }).goal).toBe(50);
    const campaign = createCampaign(context, { name: 'Later', kind: 'card', goal: 1 });
    expect(errorOf(() => updateCampaign(context, campaign.id, { goal: 101 })).code).toBe('INVALID_INPUT');
    expect(getCampaign(context, campaign.id).goal).toBe(1);
  });
});

describe('the universe', () => {
  it('is every status but former by default, live members only', () => {
    const [current, prospect, lapsed, former, gone] = addMembers(context, [
      { first_name: 'Cur', status: 'member' },
      { first_name: 'Pro', status: 'prospect' },
      { first_name: 'Lap', status: 'member', dues_paid_through: '2025-01-31' },
      { first_name: 'For', status: 'former' },
      { first_name: 'Gone', status: 'prospect' },
    ]);
    deleteMembers(context, [gone!]);
    const campaign = createCampaign(context, { name: 'Cards', kind: 'card' });
    expect(campaign.statuses).toEqual(['member', 'prospect']);
    const members = campaignMembers(context, campaign.id).rows.map((row) => row.id).sort();
    expect(members).toEqual([current, prospect, lapsed].sort());
    expect(members).not.toContain(former);
    expect(campaignProgress(context, campaign.id).total.universe).toBe(3);
  });

  it('takes the statuses asked for, spelled any way, and refuses one the chapter does not have', () => {
    addMembers(context, [{ first_name: 'Cur', status: 'member' }, { first_name: 'Pro', status: 'prospect' }]);
    const campaign = createCampaign(context, { name: 'Strike vote', kind: 'vote', statuses: ['MEMBER'] });
    expect(campaign.statuses).toEqual(['member']);
    expect(campaignProgress(context, campaign.id).total.universe).toBe(1);
    const error = errorOf(() => createCampaign(context, { name: 'X', kind: 'vote', statuses: ['boss'] }));
    expect(error.message).toMatch(/"boss" is not one of the chapter's statuses/);
  });

  it('is narrowed by FIELD=VALUE (case aside), and a field it cannot be drawn by is refused', () => {
    addMembers(context, [...building('Elm', 2, 2), ...building('Oak', 1, 3)]);
    const campaign = createCampaign(context, { name: 'Elm petition', kind: 'petition', filter: { field: 'building', value: 'elm' } });
    expect(campaignProgress(context, campaign.id).total.universe).toBe(4);
    expect(errorOf(() => createCampaign(context, { name: 'X', kind: 'petition', filter: { field: 'notes', value: 'x' } })).message).toMatch(/cannot be drawn by "notes"/);
    expect(errorOf(() => createCampaign(context, { name: 'X', kind: 'petition', filter: { field: 'shoe_size', value: '9' } })).code).toBe('INVALID_INPUT');
  });

  it('follows the roll: a member who lapses to former leaves it, and their answer stops counting', () => {
    const [ana] = addMembers(context, [{ first_name: 'Ana' }, { first_name: 'Bo' }]);
    const campaign = createCampaign(context, { name: 'Cards', kind: 'card' });
    recordResponse(context, { campaignId: campaign.id, memberId: ana!, response: 'yes' });
    expect(campaignProgress(context, campaign.id).total).toMatchObject({ universe: 2, yes: 1 });
    updateMember(context, ana!, { status: 'former' });
    expect(campaignProgress(context, campaign.id).total).toMatchObject({ universe: 1, yes: 0, none: 1 });
  });
});

describe('progress unit by unit', () => {
  it('counts yes / no / unsure / not reached per building and per floor, with percent and met', () => {
    const ids = addMembers(context, [...building('Elm', 2, 3), ...building('Oak', 1, 2)]);
    const campaign = createCampaign(context, { name: 'Rent strike pledge', kind: 'pledge', goal: 66.7 });
    const answer = (index: number, response: 'yes' | 'no' | 'unsure') => recordResponse(context, { campaignId: campaign.id, memberId: ids[index]!, response });
    answer(0, 'yes'); // Elm 1A
    answer(1, 'yes'); // Elm 1B
    answer(2, 'no'); // Elm 1C
    answer(3, 'unsure'); // Elm 2A
    answer(6, 'yes'); // Oak 1A
    answer(7, 'yes'); // Oak 1B

    const byBuilding = campaignProgress(context, campaign.id, ['building']);
    expect(byBuilding.total).toMatchObject({ universe: 8, yes: 4, no: 1, unsure: 1, none: 2, percent: 50, met: false });
    expect(byBuilding.groups.map((group) => [group.path[0], group.yes, group.universe, group.percent, group.met])).toEqual([
      ['Elm', 2, 6, 33.3, false],
      ['Oak', 2, 2, 100, true],
    ]);

    const byFloor = campaignProgress(context, campaign.id, ['building', 'floor']);
    expect(byFloor.groups.map((group) => [group.path.join(' '), group.yes, group.no, group.unsure, group.none, group.percent, group.met])).toEqual([
      ['Elm 1', 2, 1, 0, 0, 66.7, false], // 2 of 3 is 66.67%, just under a 66.7% goal
      ['Elm 2', 0, 0, 1, 2, 0, false],
      ['Oak 1', 2, 0, 0, 0, 100, true],
    ]);
    expect(byFloor.timeline.at(-1)).toMatchObject({ yes: 4, responses: 6 });
  });

  it('sorts groups naturally, 2 before 10, members without a value last', () => {
    addMembers(context, [
      { first_name: 'A', building: 'Tower', unit: '10A' },
      { first_name: 'B', building: 'Tower', unit: '2A' },
      { first_name: 'C', building: '', unit: '' },
      { first_name: 'D', building: 'Annex', unit: '1' },
    ]);
    const campaign = createCampaign(context, { name: 'Cards', kind: 'card' });
    expect(campaignProgress(context, campaign.id, ['unit']).groups.map((group) => group.path[0])).toEqual(['1', '2A', '10A', '']);
    expect(campaignProgress(context, campaign.id, ['building']).groups.map((group) => group.path[0])).toEqual(['Annex', 'Tower', '']);
  });

  it('names the people behind a number: who on floor 2 of Elm has not been reached', () => {
    const ids = addMembers(context, building('Elm', 2, 3));
    const campaign = createCampaign(context, { name: 'Cards', kind: 'card' });
    recordResponse(context, { campaignId: campaign.id, memberId: ids[3]!, response: 'yes' });
    const unreached = campaignMembers(context, campaign.id, { by: ['building', 'floor'], path: ['Elm', '2'], response: 'none' });
    expect(unreached.total).toBe(2);
    expect(unreached.rows.map((row) => row.unit)).toEqual(['2B', '2C']);
  });

  it('lists campaigns with their totals', () => {
    const [ana] = addMembers(context, [{ first_name: 'Ana' }, { first_name: 'Bo' }]);
    const campaign = createCampaign(context, { name: 'Cards', kind: 'card' });
    recordResponse(context, { campaignId: campaign.id, memberId: ana!, response: 'yes' });
    expect(campaignSummaries(context)).toEqual([expect.objectContaining({ id: campaign.id, tally: { universe: 2, yes: 1, no: 0, unsure: 0, none: 1, attended: 0 }, percent: 50, met: true })]);
  });
});

describe('responses', () => {
  it('a correction is recorded, not erased: the history shows each value with who and when', () => {
    const [ana] = addMembers(context, [{ first_name: 'Ana' }]);
    const campaign = createCampaign(context, { name: 'Cards', kind: 'card' });
    recordResponse(context, { campaignId: campaign.id, memberId: ana!, response: 'yes', date: '2026-06-01', by: 'Rosa', note: 'signed at the door' });
    const taken = recordResponse(context, { campaignId: campaign.id, memberId: ana!, response: 'no', date: '2026-06-09', note: 'took it back after the meeting with management' });
    expect(taken).toMatchObject({ response: 'no', date: '2026-06-09' });
    const history = responseHistory(context, campaign.id, ana!);
    expect(history.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(history[0]!.changes).toEqual(expect.arrayContaining([{ field: 'response', before: 'yes', after: 'no' }, { field: 'date', before: '2026-06-01', after: '2026-06-09' }]));
    expect(memberResponses(context, ana!)[0]).toMatchObject({ response: 'no', history: expect.arrayContaining([expect.objectContaining({ action: 'create' })]) });
    // none: back to not reached, still with its history
    recordResponse(context, { campaignId: campaign.id, memberId: ana!, response: 'none' });
    expect(campaignProgress(context, campaign.id).total).toMatchObject({ yes: 0, no: 0, none: 1 });
    expect(responseHistory(context, campaign.id, ana!)).toHaveLength(3);
  });

  it('an action records who actually came; other kinds refuse it', () => {
    const [ana] = addMembers(context, [{ first_name: 'Ana' }]);
    const march = createCampaign(context, { name: 'March on the boss', kind: 'action' });
    expect(recordResponse(context, { campaignId: march.id, memberId: ana!, response: 'yes', attended: true })).toMatchObject({ response: 'yes', attended: true });
    expect(campaignProgress(context, march.id).total.attended).toBe(1);
    const cards = createCampaign(context, { name: 'Cards', kind: 'card' });
    expect(errorOf(() => recordResponse(context, { campaignId: cards.id, memberId: ana!, response: 'yes', attended: true })).message).toMatch(/Only an action/);
  });

  it('refuses, with nothing changed: a member outside the universe, a closed campaign, a deleted member, an unknown word', () => {
    const [inside, former, deleted] = addMembers(context, [{ first_name: 'In' }, { first_name: 'Out', status: 'former' }, { first_name: 'Del' }]);
    const campaign = createCampaign(context, { name: 'Cards', kind: 'card' });
    deleteMembers(context, [deleted!]);
    const before = { audits: audits(), responses: count('campaign_responses') };
    const refusals = [
      errorOf(() => recordResponse(context, { campaignId: campaign.id, memberId: former!, response: 'yes' })),
      errorOf(() => recordResponse(context, { campaignId: campaign.id, memberId: deleted!, response: 'yes' })),
      errorOf(() => recordResponse(context, { campaignId: campaign.id, memberId: inside!, response: 'maybe' as 'yes' })),
    ];
    expect(refusals.map((error) => error.code)).toEqual(['INVALID_INPUT', 'INVALID_INPUT', 'INVALID_INPUT']);
    expect(refusals[0]!.message).toMatch(/Out is not in the universe of "Cards" \(status former\)/);
    expect(refusals[1]!.message).toMatch(/That member was deleted from the roll/);
    expect(refusals[2]!.message).toMatch(/"maybe" is not a response; use yes, no, unsure or none/);
    closeCampaign(context, campaign.id);
    const afterClose = { audits: audits(), responses: count('campaign_responses') };
    expect(errorOf(() => recordResponse(context, { campaignId: campaign.id, memberId: inside!, response: 'yes' })).message).toMatch(/closed on 2026-06-15; its results are frozen/);
    expect({ audits: audits(), responses: count('campaign_responses') }).toEqual(afterClose);
    expect(afterClose.responses).toBe(before.responses);
    // Reopened, it takes responses again.
    closeCampaign(context, campaign.id, true);
    expect(recordResponse(context, { campaignId: campaign.id, memberId: inside!, response: 'yes' }).response).toBe('yes');
  });
});

describe('closing and deleting', () => {
  it('deletes a campaign without responses; with responses only when the officer confirmed how many', () => {
    const [ana] = addMembers(context, [{ first_name: 'Ana' }]);
    const empty = createCampaign(context, { name: 'Empty', kind: 'survey' });
    expect(deleteCampaign(context, empty.id)).toBe(0);
    const campaign = createCampaign(context, { name: 'Cards', kind: 'card' });
    recordResponse(context, { campaignId: campaign.id, memberId: ana!, response: 'yes' });
    expect(errorOf(() => deleteCampaign(context, campaign.id)).message).toMatch(/has 1 response; deleting it deletes them too/);
    expect(errorOf(() => deleteCampaign(context, campaign.id, 2)).code).toBe('INVALID_INPUT');
    expect(listCampaigns(context)).toHaveLength(1);
    expect(deleteCampaign(context, campaign.id, 1)).toBe(1);
    expect(listCampaigns(context)).toHaveLength(0);
    expect(memberResponses(context, ana!)).toEqual([]);
    // Tombstones stay, emptied, so other officers learn of the deletion.
    const row = context.db.prepare('SELECT name, deleted_at FROM campaigns WHERE id = ?').get(campaign.id) as { name: string; deleted_at: string };
    expect(row).toMatchObject({ name: '' });
    expect(row.deleted_at).not.toBe('');
  });

  it('a closed campaign is still listed with its results', () => {
    const [ana] = addMembers(context, [{ first_name: 'Ana' }]);
    const campaign = createCampaign(context, { name: 'Cards', kind: 'card' });
    recordResponse(context, { campaignId: campaign.id, memberId: ana!, response: 'yes' });
    closeCampaign(context, campaign.id);
    expect(campaignSummaries(context)[0]).toMatchObject({ closed_on: '2026-06-15', tally: expect.objectContaining({ yes: 1 }) });
  });

  it('refuses a deadline before the start', () => {
    expect(errorOf(() => createCampaign(context, { name: 'X', kind: 'card', start_date: '2026-06-10', deadline: '2026-06-01' })).message).toMatch(/before the campaign starts/);
  });
});

describe('the wall chart', () => {
  it('has a column per building, floors in order, a card per member with response and leader marks', () => {
    const ids = addMembers(context, [...building('Oak', 1, 2), ...building('Elm', 2, 2)]);
    updateMember(context, ids[2]!, { assessment: 1 });
    const campaign = createCampaign(context, { name: 'Cards', kind: 'card' });
    recordResponse(context, { campaignId: campaign.id, memberId: ids[2]!, response: 'yes' });
    const chart = wallChart(context, { campaignId: campaign.id });
    expect(chart.members).toBe(6);
    expect(chart.columns.map((column) => [column.label, column.total])).toEqual([['Elm', 4], ['Oak', 2]]);
    const elm = chart.columns[0]!;
    expect(elm.groups.map((group) => [group.label, group.total, group.cards.map((card) => card.unit)])).toEqual([
      ['1', 2, ['1A', '1B']],
      ['2', 2, ['2A', '2B']],
    ]);
    expect(elm.groups[0]!.cards[0]).toMatchObject({ name: 'Elm1A Tenant', response: 'yes', leader: true, assessment: 1 });
    expect(elm.groups[0]!.cards[1]).toMatchObject({ response: 'none', leader: false });
    // paged: one column at a time, and "more" within a column
    expect(wallChart(context, { campaignId: campaign.id, offset: 1, limit: 1 }).columns.map((column) => column.label)).toEqual(['Oak']);
    expect(wallChart(context, { column: 'Elm', cards: 3 }).columns[0]).toMatchObject({ shown: 3, total: 4 });
    // a roll view narrows it
    expect(wallChart(context, { query: { search: 'Oak1A' } }).members).toBe(1);
  });
});

describe('the roll by floor', () => {
  it('filters and sorts by the derived floor, the override winning, and offers the floors in natural order', () => {
    addMembers(context, [
      { first_name: 'Ten', building: 'Elm', unit: '10A' },
      { first_name: 'Two', building: 'Elm', unit: '2B' },
      { first_name: 'Over', building: 'Elm', unit: '2C', floor: '3rd' },
      { first_name: 'Pent', building: 'Elm', unit: 'PH2' },
    ]);
    expect(rollFacets(context).floors).toEqual(['2', '3', '10', 'PH']);
    expect(listMembers(context, { filter: { floors: ['2'] } }).rows.map((member) => member.first_name)).toEqual(['Two']);
    expect(listMembers(context, { filter: { floors: ['3'] } }).rows.map((member) => member.first_name)).toEqual(['Over']);
    expect(listMembers(context, { sort: { field: 'floor', direction: 'asc' } }).rows.map((member) => member.first_name)).toEqual(['Pent', 'Two', 'Over', 'Ten']);
  });
});

describe('the breakdown of a roll view', () => {
  it('counts, per building and floor, who has never been talked to: a talked attempt counts, a knock on a closed door does not', () => {
    const ana = addMember(context, { first_name: 'Ana', building: 'Elm Court', unit: '2A' });
    const bo = addMember(context, { first_name: 'Bo', building: 'Elm Court', unit: '2B' });
    addMember(context, { first_name: 'Cy', building: 'Elm Court', unit: '3A' });
    addConversation(context, { memberId: ana.id, notes: 'talked about the heat' });
    addAttempt(context, { memberId: bo.id, via: 'door', outcome: 'not-home' });
    const result = rollBreakdown(context, undefined, ['building', 'floor']);
    expect(result.rows.map((row) => [row.path, row.total, row.counts.never_talked_to])).toEqual([
      [['Elm Court', '2'], 2, 1],
      [['Elm Court', '3'], 1, 1],
    ]);
  });
});
