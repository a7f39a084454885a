/**
 * The roll's shapes, shared by main and the renderer. Every canonical field is a string
 * ('' when empty) except `assessment` (1–5 or null), so CSV, CLI and UI agree on one form.
 */
import { z } from 'zod';

/**
 * The canonical member fields, in the order of DESIGN.md: CSV headers, `--set` keys, `--map`
 * targets and JSON keys all use these names.
 */
export const CANONICAL_MEMBER_FIELDS = [
  'first_name',
  'last_name',
  'preferred_name',
  'pronouns',
  'email',
  'phone',
  'street',
  'unit',
  'city',
  'region',
  'postal_code',
  'workplace',
  'department',
  'shift',
  'building',
  'status',
  'join_date',
  'dues_paid_through',
  'assessment',
  'tags',
  'languages',
  'notes',
  // Organizing (DESIGN.md "Organizing"): the OC member responsible for this member (a member id),
  // whether this member is on the organizing committee ('yes' or ''), and a floor that overrides
  // the one read from the unit.
  'organizer',
  'organizing_committee',
  'floor',
] as const;
export type CanonicalMemberField = (typeof CANONICAL_MEMBER_FIELDS)[number];

/** Every canonical field but `assessment`, which is a number. */
export const MEMBER_TEXT_FIELDS = CANONICAL_MEMBER_FIELDS.filter(
  (field): field is Exclude<CanonicalMemberField, 'assessment'> => field !== 'assessment',
);
export type MemberTextField = Exclude<CanonicalMemberField, 'assessment'>;

const FieldText = z.string().max(20_000);
const textFields = Object.fromEntries(MEMBER_TEXT_FIELDS.map((field) => [field, FieldText])) as {
  [K in MemberTextField]: typeof FieldText;
};

/** A custom field's key: letters, digits and underscores, so it can be a CSV header and a --set key. */
export const CustomFieldKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lowercase letters, digits and underscores, starting with a letter.');

export const MemberFields = z.object({
  ...textFields,
  assessment: z.number().int().min(1).max(5).nullable(),
  custom: z.record(CustomFieldKey, z.string().max(20_000)),
});
export type MemberFields = z.infer<typeof MemberFields>;

/** What a person submits: any subset; the service validates and normalizes. */
export const MemberInput = MemberFields.partial().strict();
export type MemberInput = z.infer<typeof MemberInput>;

export const Standing = z.enum(['current', 'grace', 'lapsed', 'unknown']);
export type Standing = z.infer<typeof Standing>;

/**
 * The one model of membership (README, "Status and standing"): a member's *status* says what they
 * are (prospect, member, former, or a chapter's own word), their *standing* says whether their
 * dues are current (worked out from dues paid through), and *in good standing* means both: a
 * status that names a member, and dues current or in grace. Quorum, counts and filters all use it.
 *
 * These statuses name someone who is not a member (yet, or any more). `lapsed` is here for vaults
 * that kept it as a status: it is a standing, and lapsed people are not in good standing.
 */
export const NOT_MEMBER_STATUSES = ['prospect', 'former', 'lapsed'] as const;

const foldStatus = (status: string): string => status.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

export function isMemberStatus(status: string): boolean {
  return !(NOT_MEMBER_STATUSES as readonly string[]).includes(foldStatus(status));
}

export function inGoodStanding(member: { status: string; standing: Standing }): boolean {
  return isMemberStatus(member.status) && (member.standing === 'current' || member.standing === 'grace');
}

export const Member = MemberFields.extend({
  id: z.string(),
  standing: Standing,
  /** The day of the latest contact attempt (the committee's log), when the roll listing read it. */
  last_contact: z.string().nullable().optional(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Member = z.infer<typeof Member>;

export const SORTABLE_FIELDS = [
  'name',
  'status',
  'building',
  'unit',
  'floor',
  'workplace',
  'department',
  'join_date',
  'dues_paid_through',
  'assessment',
  'updated_at',
  'last_contact',
] as const;
export const SortField = z.enum(SORTABLE_FIELDS);
export type SortField = z.infer<typeof SortField>;

export const RollFilter = z
  .object({
    statuses: z.array(z.string().max(200)).max(50).optional(),
    standings: z.array(Standing).max(4).optional(),
    tags: z.array(z.string().max(200)).max(50).optional(),
    buildings: z.array(z.string().max(200)).max(200).optional(),
    workplaces: z.array(z.string().max(200)).max(200).optional(),
    units: z.array(z.string().max(200)).max(200).optional(),
    /** The floor members are counted on (the override, else read from the unit). */
    floors: z.array(z.string().max(200)).max(200).optional(),
    languages: z.array(z.string().max(200)).max(50).optional(),
    assessments: z.array(z.number().int().min(1).max(5)).max(5).optional(),
    /** never: no contact attempt at all; stale: none in the chapter's "not contacted in N days". */
    contact: z.array(z.enum(['never', 'stale'])).max(2).optional(),
    /** custom field key → accepted values */
    custom: z.record(CustomFieldKey, z.array(z.string().max(200)).max(50)).optional(),
  })
  .strict();
export type RollFilter = z.infer<typeof RollFilter>;

export const RollQuery = z
  .object({
    search: z.string().max(200).optional(),
    filter: RollFilter.optional(),
    sort: z.object({ field: SortField, direction: z.enum(['asc', 'desc']) }).strict().optional(),
    offset: z.number().int().min(0).max(10_000_000).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();
export type RollQuery = z.infer<typeof RollQuery>;

export const RollPage = z.object({ total: z.number().int(), offset: z.number().int(), rows: z.array(Member) });
export type RollPage = z.infer<typeof RollPage>;

export const Conversation = z.object({
  id: z.string(),
  member_id: z.string(),
  date: z.string(),
  talked_by: z.string(),
  notes: z.string(),
  assessment_before: z.number().int().nullable(),
  assessment_after: z.number().int().nullable(),
  created_at: z.string(),
});
export type Conversation = z.infer<typeof Conversation>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  officer: z.string(),
  action: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
  note: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const MemberDetail = z.object({
  member: Member,
  conversations: z.array(Conversation),
  audit: z.array(AuditEntry),
});
export type MemberDetail = z.infer<typeof MemberDetail>;

export const CustomFieldType = z.enum(['text', 'number', 'date', 'choice']);
export const CustomField = z.object({
  key: CustomFieldKey,
  label: z.string().trim().min(1).max(100),
  type: CustomFieldType,
  choices: z.array(z.string().trim().min(1).max(100)).max(100),
});
export type CustomField = z.infer<typeof CustomField>;

export const SavedView = z.object({
  id: z.string(),
  name: z.string(),
  query: RollQuery,
});
export type SavedView = z.infer<typeof SavedView>;

export const DuplicateReason = z.enum(['email', 'name', 'phone']);
export type DuplicateReason = z.infer<typeof DuplicateReason>;

export const DuplicatePair = z.object({
  a: Member,
  b: Member,
  /** Why they may be one person; the renderer words each in the officer's language. */
  reasons: z.array(DuplicateReason),
});
export type DuplicatePair = z.infer<typeof DuplicatePair>;

export const Facets = z.object({
  statuses: z.array(z.string()),
  tags: z.array(z.string()),
  buildings: z.array(z.string()),
  units: z.array(z.string()),
  floors: z.array(z.string()),
  workplaces: z.array(z.string()),
  languages: z.array(z.string()),
});
export type Facets = z.infer<typeof Facets>;

export const MatchPolicy = z.enum(['update', 'skip', 'create']);
export type MatchPolicy = z.infer<typeof MatchPolicy>;

/** header index → canonical field key, custom field key, 'full_name', or null (ignore). */
export const ColumnMapping = z.array(z.string().max(60).nullable()).max(500);
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const ImportRowError = z.object({ row: z.number().int(), field: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportPreview = z.object({
  importId: z.string(),
  fileName: z.string(),
  encoding: z.string(),
  delimiter: z.string(),
  headers: z.array(z.string()),
  mapping: ColumnMapping,
  /** True when the mapping came from one saved for files with these headers. */
  mappingSaved: z.boolean(),
  sample: z.array(z.array(z.string())),
  totalRows: z.number().int(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({
  total: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  /** The first 1,000 problems; `errorCount` says how many there were in all. */
  errors: z.array(ImportRowError),
  errorCount: z.number().int(),
  /**
   * Rows that repeat an earlier row of the same file (same e-mail or phone), the first 1,000:
   * handled by the match policy like rows for people already on the roll.
   */
  repeats: z.array(z.object({ row: z.number().int(), of: z.number().int(), field: z.enum(['email', 'phone']) })),
  applied: z.boolean(),
});
export type ImportResult = z.infer<typeof ImportResult>;
