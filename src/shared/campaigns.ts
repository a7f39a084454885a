/**
 * Campaigns (issue #13): card drives, petitions, pledges, votes, actions and surveys over a
 * universe of members, with responses, progress per unit of the chapter's structure, and the
 * wall chart. The shapes main and the renderer share, and the `campaigns:` channels that
 * contract.ts spreads into its list.
 *
 * Imports zod only: no node:, no electron, no DOM.
 */
import { z } from 'zod';
import { AuditEntry, RollQuery } from './roll';
import { STRUCTURE_LEVELS, type StructureLevel as Level } from './structure';

const Id = z.string().min(1).max(100);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-14.');

export const CAMPAIGN_KINDS = ['card', 'petition', 'pledge', 'vote', 'action', 'survey'] as const;
export const CampaignKind = z.enum(CAMPAIGN_KINDS);
export type CampaignKind = z.infer<typeof CampaignKind>;

/** What a member answered; 'none' is "not reached" (no answer, or one taken back to nothing). */
export const RESPONSE_WORDS = ['yes', 'no', 'unsure', 'none'] as const;
export const ResponseWord = z.enum(RESPONSE_WORDS);
export type ResponseWord = z.infer<typeof ResponseWord>;

/** The chapter's structure, top to bottom: building → floor → unit, or workplace → department → shift. */
export const StructureLevel = z.enum(STRUCTURE_LEVELS as [Level, ...Level[]]);
export type StructureLevel = Level;

/** A goal is a share of the universe, 1–100 percent (70 and 75 are common supermajorities). */
export const Goal = z.number().min(1, 'A goal is at least 1%.').max(100, 'A goal is at most 100%.');

export const UniverseFilter = z.object({ field: z.string().min(1).max(60), value: z.string().max(200) }).strict();
export type UniverseFilter = z.infer<typeof UniverseFilter>;

export const Campaign = z.object({
  id: z.string(),
  name: z.string(),
  kind: CampaignKind,
  goal: z.number(),
  /** The statuses that count: the universe is the live members with one of them. */
  statuses: z.array(z.string()),
  filter: UniverseFilter.nullable(),
  start_date: z.string(),
  deadline: z.string(),
  /** '' while open; the date results were frozen. */
  closed_on: z.string(),
  notes: z.string(),
  created_at: z.string(),
});
export type Campaign = z.infer<typeof Campaign>;

export const Tally = z.object({
  universe: z.number().int(),
  yes: z.number().int(),
  no: z.number().int(),
  unsure: z.number().int(),
  none: z.number().int(),
  /** Action campaigns: how many actually came. */
  attended: z.number().int(),
});
export type Tally = z.infer<typeof Tally>;

export const CampaignSummary = Campaign.extend({ tally: Tally, percent: z.number(), met: z.boolean() });
export type CampaignSummary = z.infer<typeof CampaignSummary>;

export const ProgressGroup = Tally.extend({
  /** The group's value at each level asked for ('' for members without one). */
  path: z.array(z.string()),
  /** 100 × yes / universe, to one decimal. */
  percent: z.number(),
  /** yes × 100 ≥ goal × universe: exactly at the goal counts. */
  met: z.boolean(),
});
export type ProgressGroup = z.infer<typeof ProgressGroup>;

export const CampaignProgress = z.object({
  campaign: Campaign,
  by: z.array(StructureLevel),
  total: ProgressGroup,
  groups: z.array(ProgressGroup),
  /** Yes responses over time, cumulative by day: how fast the structure moved. */
  timeline: z.array(z.object({ date: z.string(), yes: z.number().int(), responses: z.number().int() })),
});
export type CampaignProgress = z.infer<typeof CampaignProgress>;

/** One member of a campaign's universe, with their response: the names behind a number. */
export const CampaignMember = z.object({
  id: z.string(),
  name: z.string(),
  building: z.string(),
  floor: z.string(),
  unit: z.string(),
  workplace: z.string(),
  department: z.string(),
  shift: z.string(),
  assessment: z.number().int().nullable(),
  response: ResponseWord,
  attended: z.boolean(),
  date: z.string(),
  collected_by: z.string(),
  note: z.string(),
});
export type CampaignMember = z.infer<typeof CampaignMember>;

export const MemberCampaignResponse = z.object({
  campaign: Campaign,
  /** Whether the member counts in this campaign's universe now. */
  inUniverse: z.boolean(),
  response: ResponseWord,
  attended: z.boolean(),
  date: z.string(),
  collected_by: z.string(),
  note: z.string(),
  /** Earlier values, newest first: a taken-back signature is recorded, not erased. */
  history: z.array(AuditEntry),
});
export type MemberCampaignResponse = z.infer<typeof MemberCampaignResponse>;

export const CampaignInput = z
  .object({
    name: z.string().trim().min(1, 'A campaign needs a name.').max(200),
    kind: CampaignKind,
    goal: Goal.optional(),
    statuses: z.array(z.string().trim().min(1).max(60)).max(30).optional(),
    filter: UniverseFilter.nullable().optional(),
    start_date: IsoDate.optional(),
    deadline: z.union([IsoDate, z.literal('')]).optional(),
    notes: z.string().max(20_000).optional(),
  })
  .strict();
export type CampaignInput = z.infer<typeof CampaignInput>;

export const ResponseInput = z
  .object({
    campaignId: Id,
    memberId: Id,
    response: ResponseWord,
    attended: z.boolean().optional(),
    date: z.string().max(40).optional(),
    by: z.string().max(200).optional(),
    note: z.string().max(20_000).optional(),
  })
  .strict();
export type ResponseInput = z.infer<typeof ResponseInput>;

/** A card on the wall chart: who, where, and the marks that tell the organizer where to look. */
export const WallCard = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  assessment: z.number().int().nullable(),
  /** The response in the chosen campaign; null without a campaign. */
  response: ResponseWord.nullable(),
  /** Assessment 1: an organic leader. */
  leader: z.boolean(),
  /** No organizing-committee member is assigned (null where the roll does not track it). */
  unassigned: z.boolean().nullable(),
});
export type WallCard = z.infer<typeof WallCard>;

/** One floor (or shift) of a column: how many members it has, and the cards shown so far. */
export const WallGroup = z.object({ label: z.string(), total: z.number().int(), cards: z.array(WallCard) });
export const WallColumn = z.object({
  key: z.string(),
  label: z.string(),
  /** Members in the column; `groups` holds the first `cards` of them, in floor/shift then unit order. */
  total: z.number().int(),
  groups: z.array(WallGroup),
  shown: z.number().int(),
});
export type WallColumn = z.infer<typeof WallColumn>;

export const WallChart = z.object({
  columnLevel: z.array(StructureLevel),
  groupLevel: StructureLevel,
  /** How many columns there are in all; `columns` is one page of them. */
  columnCount: z.number().int(),
  offset: z.number().int(),
  members: z.number().int(),
  columns: z.array(WallColumn),
});
export type WallChart = z.infer<typeof WallChart>;

export const WallChartQuery = z
  .object({
    campaignId: Id.optional(),
    query: RollQuery.optional(),
    /** Paging over columns. */
    offset: z.number().int().min(0).max(1_000_000).optional(),
    limit: z.number().int().min(1).max(50).optional(),
    /** Cards per column on this page. */
    cards: z.number().int().min(1).max(2000).optional(),
    /** Only this column (its key), for "show more" within it. */
    column: z.string().max(500).optional(),
  })
  .strict();
export type WallChartQuery = z.infer<typeof WallChartQuery>;

/** Counts per group of any roll view: "of each building, how many are assessed 1 or 2". */
export const BreakdownRow = z.object({
  path: z.array(z.string()),
  total: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
});
export const RollBreakdown = z.object({ by: z.array(StructureLevel), rows: z.array(BreakdownRow), total: BreakdownRow });
export type RollBreakdown = z.infer<typeof RollBreakdown>;

const Empty = z.object({}).strict();
/** The language of the printed words (the data is printed as it is). */
const PrintLanguage = z.enum(['en', 'es']);
const Pdf = z.object({ fileName: z.string(), pdfBase64: z.string() });

export const campaignChannels = {
  'campaigns:list': { input: Empty, output: z.array(CampaignSummary) },
  'campaigns:create': { input: CampaignInput, output: Campaign },
  'campaigns:update': { input: z.object({ id: Id, fields: CampaignInput.partial() }).strict(), output: Campaign },
  /** Results frozen: no more responses; still visible. `open: true` reopens. */
  'campaigns:close': { input: z.object({ id: Id, open: z.boolean().optional() }).strict(), output: Campaign },
  /** Refused while it has responses, unless `confirm` says the officer saw how many. */
  'campaigns:delete': { input: z.object({ id: Id, confirmResponses: z.number().int().min(0).optional() }).strict(), output: z.object({ responses: z.number().int() }) },
  'campaigns:progress': { input: z.object({ id: Id, by: z.array(StructureLevel).max(3).optional() }).strict(), output: CampaignProgress },
  /** The members of the universe behind one number: a group (path over `by`) and a response. */
  'campaigns:members': {
    input: z
      .object({
        id: Id,
        by: z.array(StructureLevel).max(3).optional(),
        path: z.array(z.string().max(500)).max(3).optional(),
        response: ResponseWord.optional(),
        limit: z.number().int().min(1).max(5000).optional(),
      })
      .strict(),
    output: z.object({ total: z.number().int(), rows: z.array(CampaignMember) }),
  },
  'campaigns:record': { input: ResponseInput, output: CampaignMember },
  'campaigns:memberResponses': { input: z.object({ memberId: Id }).strict(), output: z.array(MemberCampaignResponse) },
  'campaigns:wallChart': { input: WallChartQuery, output: WallChart },
  'campaigns:printWallChart': { input: z.object({ campaignId: Id.optional(), query: RollQuery.optional(), language: PrintLanguage.optional() }).strict(), output: Pdf },
  'campaigns:printUnsigned': { input: z.object({ id: Id, language: PrintLanguage.optional() }).strict(), output: Pdf },
  /** The structure breakdown of any roll view. */
  'campaigns:breakdown': { input: z.object({ query: RollQuery.optional(), by: z.array(StructureLevel).max(3).optional() }).strict(), output: RollBreakdown },
} as const;
