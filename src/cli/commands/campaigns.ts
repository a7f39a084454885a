/** `campaign add|list|record|progress|chart`, over the same campaign modules as the app. */
import { CAMPAIGN_KINDS, type CampaignKind, type ProgressGroup } from '../../shared/campaigns';
import { STRUCTURE_LEVELS, type StructureLevel } from '../../shared/structure';
import { UserError } from '../../main/errors';
import { checkGoal, createCampaign, findCampaign } from '../../main/organizing/campaigns/campaigns';
import { renderWallChartPdf } from '../../main/organizing/campaigns/print';
import { campaignProgress, campaignSummaries } from '../../main/organizing/campaigns/progress';
import { parseResponseWord, recordResponse } from '../../main/organizing/campaigns/responses';
import type { Command } from '../command';
import { UsageError } from '../errors';
import { printResult, warn, writePrivateFile } from '../output';
import { rollContext } from './members';
import { withVault } from './vault';

const PLAINTEXT_WARNING = 'Warning: the wall chart PDF is NOT encrypted: it names members and how they answered. Keep it safe and shred it after use.';

function parseKind(value: unknown): CampaignKind {
  const kind = String(value).trim().toLowerCase();
  if (!(CAMPAIGN_KINDS as readonly string[]).includes(kind)) {
    throw new UserError('INVALID_INPUT', `"${String(value)}" is not a kind of campaign; use ${CAMPAIGN_KINDS.join(', ')}.`);
  }
  return kind as CampaignKind;
}

function parseGoal(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim().replace(/%$/, '');
  const goal = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(goal)) throw new UserError('INVALID_INPUT', `A goal is a share of the universe from 1 to 100 percent, not "${String(value)}".`);
  return checkGoal(goal);
}

function parseLevel(value: unknown): StructureLevel | undefined {
  if (value === undefined) return undefined;
  const level = String(value).trim().toLowerCase();
  if (!(STRUCTURE_LEVELS as readonly string[]).includes(level)) {
    throw new UserError('INVALID_INPUT', `Progress is broken down by ${STRUCTURE_LEVELS.join(', ')}, not "${String(value)}".`);
  }
  return level as StructureLevel;
}

const add: Command = {
  name: 'campaign add',
  usage: 'campaign add VAULT --name NAME --kind card|petition|pledge|vote|action|survey [--goal PCT] [--statuses S,…] [--filter FIELD=VALUE] [--start DATE] [--deadline DATE]',
  summary: 'create a campaign; prints its id',
  positionals: [1, 1],
  options: {
    name: { type: 'string' },
    kind: { type: 'string' },
    goal: { type: 'string' },
    statuses: { type: 'string' },
    filter: { type: 'string' },
    start: { type: 'string' },
    deadline: { type: 'string' },
  },
  required: ['name', 'kind'],
  async run(context) {
    const { options } = context;
    let filter: { field: string; value: string } | undefined;
    if (options.filter !== undefined) {
      const text = String(options.filter);
      const equals = text.indexOf('=');
      if (equals <= 0) throw new UsageError(`--filter takes FIELD=VALUE, not "${text}".`);
      filter = { field: text.slice(0, equals).trim(), value: text.slice(equals + 1).trim() };
    }
    // Checked before the vault is opened: a refusal needs no passphrase.
    const kind = parseKind(options.kind);
    const goal = parseGoal(options.goal);
    const statuses = options.statuses === undefined ? undefined : String(options.statuses).split(',').map((status) => status.trim()).filter(Boolean);
    const campaign = await withVault(context, (vault) =>
      createCampaign(rollContext(vault), {
        name: String(options.name),
        kind,
        ...(goal !== undefined ? { goal } : {}),
        ...(statuses ? { statuses } : {}),
        ...(filter ? { filter } : {}),
        ...(options.start !== undefined ? { start_date: String(options.start) } : {}),
        ...(options.deadline !== undefined ? { deadline: String(options.deadline) } : {}),
      }),
    );
    printResult(context.json, { id: campaign.id }, campaign.id);
  },
};

const list: Command = {
  name: 'campaign list',
  usage: 'campaign list VAULT',
  summary: 'campaigns with their totals',
  positionals: [1, 1],
  async run(context) {
    const campaigns = await withVault(context, (vault) => campaignSummaries(rollContext(vault)));
    const json = campaigns.map((campaign) => ({
      id: campaign.id,
      name: campaign.name,
      kind: campaign.kind,
      goal: campaign.goal,
      universe: campaign.tally.universe,
      yes: campaign.tally.yes,
      no: campaign.tally.no,
      unsure: campaign.tally.unsure,
      none: campaign.tally.none,
      percent: campaign.percent,
      met: campaign.met,
      status: campaign.closed_on ? 'closed' : 'open',
      start: campaign.start_date,
      deadline: campaign.deadline,
    }));
    const lines = campaigns.map((campaign) =>
      [
        campaign.id,
        campaign.kind.padEnd(8),
        `${campaign.tally.yes}/${campaign.tally.universe} yes (${campaign.percent}%, goal ${campaign.goal}%)`,
        campaign.closed_on ? 'closed' : 'open',
        campaign.name,
      ].join('  '),
    );
    printResult(context.json, json, lines.length ? lines.join('\n') : 'No campaigns yet.');
  },
};

const record: Command = {
  name: 'campaign record',
  usage: 'campaign record VAULT CAMPAIGN MEMBER --response yes|no|unsure|none [--date DATE] [--by NAME] [--note TEXT] [--attended yes|no]',
  summary: "record or correct one member's response (none: back to not reached)",
  positionals: [3, 3],
  options: {
    response: { type: 'string' },
    date: { type: 'string' },
    by: { type: 'string' },
    note: { type: 'string' },
    attended: { type: 'string' },
  },
  required: ['response'],
  async run(context) {
    const [, campaignArg, memberId] = context.args as [string, string, string];
    const response = parseResponseWord(String(context.options.response));
    const attendedText = context.options.attended === undefined ? undefined : String(context.options.attended).trim().toLowerCase();
    if (attendedText !== undefined && attendedText !== 'yes' && attendedText !== 'no') {
      throw new UserError('INVALID_INPUT', `--attended is yes or no, not "${attendedText}".`);
    }
    const result = await withVault(context, (vault) => {
      const roll = rollContext(vault);
      const campaign = findCampaign(roll, campaignArg);
      const member = recordResponse(roll, {
        campaignId: campaign.id,
        memberId,
        response,
        ...(attendedText !== undefined ? { attended: attendedText === 'yes' } : {}),
        ...(context.options.date !== undefined ? { date: String(context.options.date) } : {}),
        ...(context.options.by !== undefined ? { by: String(context.options.by) } : {}),
        ...(context.options.note !== undefined ? { note: String(context.options.note) } : {}),
      });
      return { campaign, member };
    });
    const { member } = result;
    printResult(
      context.json,
      {
        campaign: result.campaign.id,
        member: member.id,
        name: member.name,
        response: member.response,
        attended: member.attended,
        date: member.date,
        by: member.collected_by,
        note: member.note,
      },
      `Recorded ${member.response === 'none' ? 'not reached' : member.response} for ${member.name} in "${result.campaign.name}".`,
    );
  },
};

function groupJson(group: ProgressGroup, label: string | null) {
  const { universe, yes, no, unsure, none, percent, met } = group;
  return { group: label, universe, yes, no, unsure, none, percent, met };
}

const progress: Command = {
  name: 'campaign progress',
  usage: 'campaign progress VAULT CAMPAIGN [--by building|floor|unit|workplace|department|shift]',
  summary: 'progress, whole and per group',
  positionals: [2, 2],
  options: { by: { type: 'string' } },
  async run(context) {
    const by = parseLevel(context.options.by);
    const result = await withVault(context, (vault) => {
      const roll = rollContext(vault);
      return campaignProgress(roll, findCampaign(roll, context.args[1]!).id, by ? [by] : undefined);
    });
    const json = {
      campaign: result.campaign.id,
      name: result.campaign.name,
      goal: result.campaign.goal,
      by: result.by[0],
      total: groupJson(result.total, null),
      groups: result.groups.map((group) => groupJson(group, group.path[0] ?? '')),
    };
    const line = (label: string, group: ProgressGroup): string =>
      `${label.padEnd(24)} ${String(group.yes).padStart(6)} / ${String(group.universe).padEnd(6)} ${`${group.percent}%`.padStart(6)}  ${group.met ? 'goal met' : ''}`;
    const human = [
      `${result.campaign.name} (goal ${result.campaign.goal}%)`,
      line('All', result.total),
      ...result.groups.map((group) => line(group.path[0] || `(no ${result.by[0]})`, group)),
    ].join('\n');
    printResult(context.json, json, human);
  },
};

const chart: Command = {
  name: 'campaign chart',
  usage: 'campaign chart VAULT CAMPAIGN OUT.pdf [--language en|es]',
  summary: 'the wall chart as a PDF (plaintext: warns)',
  positionals: [3, 3],
  options: { language: { type: 'string' } },
  async run(context) {
    const [, campaignArg, out] = context.args as [string, string, string];
    if (!out.toLowerCase().endsWith('.pdf')) throw new UsageError('The output file ends in .pdf.');
    const language = (context.options.language as string | undefined) ?? 'en';
    if (language !== 'en' && language !== 'es') throw new UsageError('--language is en or es.');
    const pdf = await withVault(context, async (vault) => {
      const roll = rollContext(vault);
      return renderWallChartPdf(roll, { campaignId: findCampaign(roll, campaignArg).id, language });
    });
    writePrivateFile(out, pdf);
    warn(PLAINTEXT_WARNING);
    printResult(context.json, { file: out }, `Wrote the wall chart to ${out}.`);
  },
};

export const campaignCommands: Command[] = [add, list, record, progress, chart];
