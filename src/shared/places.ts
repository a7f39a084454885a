/**
 * Places, targets, issues and demands (issue #15): the shapes main and the renderer share, and
 * the channels contract.ts spreads into its list.
 *
 * Imports zod only: no node:, no electron, no DOM.
 */
import { z } from 'zod';

const Id = z.string().min(1).max(100);
const Text = (max: number) => z.string().trim().min(1).max(max);
const Optional = (max: number) => z.string().trim().max(max);
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-14.');
const Empty = z.object({}).strict();
const ById = z.object({ id: Id }).strict();
const Lines = z.array(Optional(200)).max(5000);

export const PLACE_KINDS = ['building', 'workplace'] as const;
export const PlaceKind = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKind>;

export const TARGET_ROLES = ['owner', 'management', 'employer', 'property-manager', 'super', 'supervisor'] as const;
export const TargetRole = z.enum(TARGET_ROLES);
export type TargetRole = z.infer<typeof TargetRole>;

export const ISSUE_STATUSES = ['open', 'reported', 'in-progress', 'fixed', 'dismissed'] as const;
export const IssueStatus = z.enum(ISSUE_STATUSES);
export type IssueStatus = z.infer<typeof IssueStatus>;
/** Statuses that still need something to happen: what "open issues" counts. */
export const UNRESOLVED_STATUSES: readonly IssueStatus[] = ['open', 'reported', 'in-progress'];

export const GRIEVANCE_STEPS = ['informal', 'step-1', 'step-2', 'step-3', 'arbitration'] as const;
export const GrievanceStep = z.enum(GRIEVANCE_STEPS);
export type GrievanceStep = z.infer<typeof GrievanceStep>;

export const IssueKind = z.enum(['tenant', 'grievance']);
export type IssueKind = z.infer<typeof IssueKind>;

export const DEFAULT_CATEGORIES: Record<IssueKind, readonly string[]> = {
  tenant: ['heat', 'water', 'pests', 'mould', 'repairs', 'safety', 'rent increase', 'eviction notice', 'harassment', 'other'],
  grievance: ['schedules', 'pay', 'safety', 'discipline', 'harassment', 'other'],
};
export const Categories = z.object({ tenant: z.array(Text(60)).min(1).max(100), grievance: z.array(Text(60)).min(1).max(100) });
export type Categories = z.infer<typeof Categories>;

export const Place = z.object({
  id: z.string(),
  kind: PlaceKind,
  name: z.string(),
  address: z.string(),
  unitCount: z.number().int().nullable(),
  units: z.array(z.string()),
  vacant: z.array(z.string()),
  departments: z.array(z.string()),
  shifts: z.array(z.string()),
  notes: z.string(),
});
export type Place = z.infer<typeof Place>;

export const PlaceSummary = z.object({
  id: z.string(),
  kind: PlaceKind,
  name: z.string(),
  address: z.string(),
  /** The building's number of units: its unit count when known, else the units known. */
  units: z.number().int(),
  members: z.number().int(),
  openIssues: z.number().int(),
  overdue: z.number().int(),
});
export type PlaceSummary = z.infer<typeof PlaceSummary>;

export const PlaceInput = z
  .object({
    id: Id.optional(),
    kind: PlaceKind,
    name: Text(200),
    address: Optional(500).default(''),
    unitCount: z.number().int().min(0).max(100_000).nullable().default(null),
    units: Lines.default([]),
    vacant: Lines.default([]),
    departments: Lines.default([]),
    shifts: Lines.default([]),
    notes: Optional(20_000).default(''),
  })
  .strict();

export const PlaceLink = z.object({
  id: z.string(),
  placeId: z.string(),
  placeName: z.string(),
  targetId: z.string(),
  targetName: z.string(),
  role: TargetRole,
  since: z.string(),
  until: z.string(),
  notes: z.string(),
});
export type PlaceLink = z.infer<typeof PlaceLink>;

export const Target = z.object({
  id: z.string(),
  name: z.string(),
  role: TargetRole,
  organization: z.string(),
  phone: z.string(),
  email: z.string(),
  address: z.string(),
  notes: z.string(),
  /** Every place it owned, managed or ran, current and past, newest first. */
  links: z.array(PlaceLink),
});
export type Target = z.infer<typeof Target>;

export const TargetInput = z
  .object({
    id: Id.optional(),
    // Not Text(): an empty name gets the domain's own sentence, the same from the UI and tests.
    name: Optional(200),
    role: TargetRole,
    organization: Optional(200).default(''),
    phone: Optional(100).default(''),
    email: Optional(200).default(''),
    address: Optional(500).default(''),
    notes: Optional(20_000).default(''),
  })
  .strict();

export const IssueEvent = z.object({
  id: z.string(),
  kind: z.enum(['status', 'step']),
  value: z.string(),
  date: z.string(),
  note: z.string(),
  /** Its creation's clock stamp: orders events of the same day. */
  at: z.string(),
});
export type IssueEvent = z.infer<typeof IssueEvent>;

export const Issue = z.object({
  id: z.string(),
  placeId: z.string(),
  placeName: z.string(),
  kind: IssueKind,
  category: z.string(),
  /** '' for the whole building (or workplace). */
  unit: z.string(),
  reported: z.string(),
  members: z.array(z.object({ id: z.string(), name: z.string() })),
  status: IssueStatus,
  notes: z.string(),
  article: z.string(),
  /** The grievance's current step ('' for a tenant issue) and its deadline ('' when none). */
  step: z.string(),
  deadline: z.string(),
  deadlines: z.record(z.string(), z.string()),
  /** The current step's deadline has passed and the grievance is not resolved. */
  overdue: z.boolean(),
  outcome: z.string(),
  /** The target(s) that owned or ran the place on the reported date. */
  targetsThen: z.array(z.string()),
  history: z.array(IssueEvent),
});
export type Issue = z.infer<typeof Issue>;

export const IssueInput = z
  .object({
    placeId: Id,
    category: Text(60),
    unit: Optional(50).default(''),
    /** The unit is not one the building has on record: add it (the UI asks first). */
    addUnit: z.boolean().default(false),
    members: z.array(Id).max(10_000).default([]),
    reported: IsoDate.optional(),
    notes: Optional(20_000).default(''),
    article: Optional(300).default(''),
    step: GrievanceStep.optional(),
    deadline: IsoDate.optional(),
  })
  .strict();

export const CategoryCount = z.object({
  category: z.string(),
  issues: z.number().int(),
  /** Units with an issue of this category (a whole-building issue counts every unit). */
  units: z.number().int(),
  /** Units where such an issue is still unresolved. */
  unitsOpen: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
});
export type CategoryCount = z.infer<typeof CategoryCount>;

export const UnitRow = z.object({
  unit: z.string(),
  floor: z.string(),
  state: z.enum(['occupied', 'vacant', 'unknown']),
  members: z.array(z.object({ id: z.string(), name: z.string() })),
  openIssues: z.number().int(),
});
export type UnitRow = z.infer<typeof UnitRow>;

export const TimelineEntry = z.object({ date: z.string(), issueId: z.string(), category: z.string(), unit: z.string(), what: z.string() });
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const DemandCopy = z.object({ id: z.string(), sentOn: z.string(), letter: z.string() });
export const Demand = z.object({
  id: z.string(),
  placeId: z.string(),
  targetId: z.string(),
  title: z.string(),
  body: z.string(),
  issueIds: z.array(z.string()),
  namedMembers: z.array(z.string()),
  copies: z.array(DemandCopy),
});
export type Demand = z.infer<typeof Demand>;

export const DemandInput = z
  .object({
    id: Id.optional(),
    placeId: Id,
    targetId: z.string().max(100).default(''),
    title: Optional(300).default(''),
    body: z.string().max(40_000).default(''),
    issueIds: z.array(Id).max(10_000).default([]),
    namedMembers: z.array(Id).max(10_000).default([]),
  })
  .strict();

export const PlaceDetail = z.object({
  place: Place,
  units: z.array(UnitRow),
  members: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string(), floor: z.string() })),
  issues: z.array(Issue),
  links: z.array(PlaceLink),
  counts: z.array(CategoryCount),
  timeline: z.array(TimelineEntry),
  demands: z.array(Demand),
  /** Campaign progress per campaign, once campaigns (#13) expose it; empty until then. */
  campaigns: z.array(z.object({ id: z.string(), name: z.string(), yes: z.number(), universe: z.number(), percent: z.number() })),
});
export type PlaceDetail = z.infer<typeof PlaceDetail>;

const Pdf = z.object({ fileName: z.string(), pdfBase64: z.string() });

export const placeChannels = {
  'places:list': { input: Empty, output: z.array(PlaceSummary) },
  'places:get': { input: ById, output: PlaceDetail },
  'places:save': { input: PlaceInput, output: Place },
  'places:targets': { input: Empty, output: z.array(Target) },
  'places:saveTarget': { input: TargetInput, output: Target },
  'places:deleteTarget': { input: ById, output: z.array(Target) },
  /** The target takes on the place from `since`; whoever had the same role there until then stops that day. */
  'places:linkTarget': {
    input: z.object({ targetId: Id, placeId: Id, since: IsoDate, notes: Optional(2000).default('') }).strict(),
    output: z.array(PlaceLink),
  },
  'places:endLink': { input: z.object({ id: Id, until: IsoDate }).strict(), output: z.array(PlaceLink) },
  'places:issues': { input: z.object({ placeId: Id.optional(), status: IssueStatus.optional() }).strict(), output: z.array(Issue) },
  'places:addIssue': { input: IssueInput, output: Issue },
  'places:setStatus': {
    input: z.object({ id: Id, status: IssueStatus, date: IsoDate.optional(), note: Optional(2000).default('') }).strict(),
    output: Issue,
  },
  'places:setStep': {
    input: z.object({ id: Id, step: GrievanceStep, deadline: IsoDate.optional(), date: IsoDate.optional() }).strict(),
    output: Issue,
  },
  'places:updateIssue': {
    input: z
      .object({
        id: Id,
        notes: Optional(20_000).optional(),
        outcome: Optional(20_000).optional(),
        article: Optional(300).optional(),
        members: z.array(Id).max(10_000).optional(),
      })
      .strict(),
    output: Issue,
  },
  /** Grievances whose current step's deadline has passed, oldest deadline first (for the home). */
  'places:overdue': { input: Empty, output: z.array(Issue) },
  'places:categories': { input: Empty, output: Categories },
  'places:saveCategories': { input: Categories.strict(), output: Categories },
  'places:saveDemand': { input: DemandInput, output: Demand },
  /** The whole letter as it would be sent, as Markdown (the renderer sanitizes it to show it). */
  'places:demandLetter': { input: ById, output: z.object({ markdown: z.string() }) },
  /** The letter as a PDF; `sent` keeps a dated copy of it in the vault. */
  'places:demandPdf': { input: z.object({ id: Id, sent: z.boolean().default(false) }).strict(), output: Pdf },
} as const;
