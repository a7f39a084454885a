/**
 * The organizing committee's shapes, shared by main and the renderer: contact attempts and
 * follow-ups, turf (who is whose organizer) and coverage, walk lists, and relationships.
 *
 * Imports zod only.
 */
import { z } from 'zod';

/** How an attempt was made; the words the CLI takes. */
export const CONTACT_VIAS = ['door', 'phone', 'text', 'work', 'meeting'] as const;
export const ContactVia = z.enum(CONTACT_VIAS);
export type ContactVia = z.infer<typeof ContactVia>;

/** What came of it; the words the CLI takes. A conversation is an attempt that ended in `talked`. */
export const CONTACT_OUTCOMES = ['talked', 'not-home', 'left-message', 'moved', 'wrong-number', 'refused'] as const;
export const ContactOutcome = z.enum(CONTACT_OUTCOMES);
export type ContactOutcome = z.infer<typeof ContactOutcome>;

export const RELATIONSHIP_KINDS = ['family', 'roommate', 'neighbour', 'friend', 'coworker', 'carpool', 'influences'] as const;
export const RelationshipKind = z.enum(RELATIONSHIP_KINDS);
export type RelationshipKind = z.infer<typeof RelationshipKind>;

const Id = z.string().min(1).max(100);
/** A calendar day as people type it; the service reads it in the chapter's date order. */
const DateText = z.string().max(40);
const Note = z.string().max(20_000);

export const ContactAttempt = z.object({
  id: z.string(),
  member_id: z.string(),
  date: z.string(),
  /** '' for conversations logged before attempts had a "how". */
  via: z.string(),
  outcome: ContactOutcome,
  by: z.string(),
  notes: z.string(),
  assessment_before: z.number().int().nullable(),
  assessment_after: z.number().int().nullable(),
  next_date: z.string(),
  next_reason: z.string(),
  created_at: z.string(),
});
export type ContactAttempt = z.infer<typeof ContactAttempt>;

export const NewContactAttempt = z
  .object({
    memberId: Id,
    /** '' when not said (the roll's conversation form does not ask). */
    via: z.union([ContactVia, z.literal('')]),
    outcome: ContactOutcome,
    date: DateText.optional(),
    by: z.string().max(200).optional(),
    notes: Note.optional(),
    assessment: z.number().int().min(1).max(5).nullable().optional(),
    next: DateText.optional(),
    reason: z.string().max(500).optional(),
    /** With `moved`: the member's new status (e.g. former), changed in the same step. */
    status: z.string().max(60).optional(),
  })
  .strict();
export type NewContactAttempt = z.infer<typeof NewContactAttempt>;

/** A follow-up due: one row of `chapterhouse followups --json`. */
export const FollowUp = z.object({
  member: z.string(),
  name: z.string(),
  organizer: z.string().nullable(),
  next: z.string().nullable(),
  reason: z.string(),
  last_contact: z.string().nullable(),
  overdue: z.boolean(),
});
export type FollowUp = z.infer<typeof FollowUp>;

/** The never-contacted and stale lists show this many at most (the counts stay exact). */
export const QUEUE_LIST_MAX = 500;

export const FollowUpQueue = z.object({
  /** The calendar day the queue was read for, where the officer is. */
  today: z.string(),
  due: z.array(FollowUp),
  /** Never contacted at all. */
  never: z.array(FollowUp),
  /** Last contact more than `staleDays` ago, and nothing due. */
  stale: z.array(FollowUp),
  staleDays: z.number().int(),
  /** How many there are in all: the lists stop at QUEUE_LIST_MAX. */
  neverCount: z.number().int(),
  staleCount: z.number().int(),
});
export type FollowUpQueue = z.infer<typeof FollowUpQueue>;

export const QueueRequest = z
  .object({
    organizer: Id.optional(),
    dueBy: DateText.optional(),
    /** The officer's IANA time zone: "today" is the calendar day there. */
    timeZone: z.string().max(100).optional(),
  })
  .strict();
export type QueueRequest = z.infer<typeof QueueRequest>;

/** A selection of the roll for turf and walk lists: field=value pairs, all of which must hold. */
export const MemberFilter = z.record(z.string().max(40), z.string().max(200));
export type MemberFilter = z.infer<typeof MemberFilter>;

export const Organizer = z.object({ id: z.string(), name: z.string(), members: z.number().int() });
export type Organizer = z.infer<typeof Organizer>;

export const CoverageGroup = z.object({
  group: z.array(z.string()),
  members: z.number().int(),
  organizers: z.number().int(),
  unassigned: z.number().int(),
  leaders: z.number().int(),
  /** Members per organizer on the committee among them (null: no organizer). */
  ratio: z.number().nullable(),
  /** Organizers short of the target ratio. */
  short: z.number().int(),
});
export type CoverageGroup = z.infer<typeof CoverageGroup>;

export const Coverage = z.object({
  by: z.array(z.string()),
  target: z.number().int(),
  groups: z.array(CoverageGroup),
  /** Units (building · unit, or department · shift) with members but no assessment-1 member. */
  leaderless: z.array(z.string()),
  unassigned: z.number().int(),
  organizers: z.array(Organizer),
});
export type Coverage = z.infer<typeof Coverage>;

export const WalkRow = z.object({
  id: z.string(),
  building: z.string(),
  floor: z.string(),
  unit: z.string(),
  name: z.string(),
  preferred_name: z.string(),
  languages: z.string(),
  assessment: z.number().int().nullable(),
  last_contact: z.string().nullable(),
  phone: z.string(),
  organizer: z.string(),
});
export type WalkRow = z.infer<typeof WalkRow>;

export const WalkRequest = z
  .object({
    filter: MemberFilter.optional(),
    organizer: Id.optional(),
  })
  .strict();
export type WalkRequest = z.infer<typeof WalkRequest>;

export const Relationship = z.object({
  id: z.string(),
  member_id: z.string(),
  other_id: z.string(),
  kind: RelationshipKind,
  note: z.string(),
  /** The other member's name, seen from the member asked about. */
  other_name: z.string(),
});
export type Relationship = z.infer<typeof Relationship>;

export const NetworkNode = z.object({ id: z.string(), name: z.string(), assessment: z.number().int().nullable(), ties: z.number().int() });
export const NetworkEdge = z.object({ id: z.string(), source: z.string(), target: z.string(), kind: RelationshipKind });
export const Network = z.object({ nodes: z.array(NetworkNode), edges: z.array(NetworkEdge) });
export type Network = z.infer<typeof Network>;

export const MostTied = z.object({ group: z.string(), members: z.array(NetworkNode) });
export type MostTied = z.infer<typeof MostTied>;

const Empty = z.object({}).strict();
const ById = z.object({ id: Id }).strict();
const Pdf = z.object({ fileName: z.string(), pdfBase64: z.string() });

export const committeeChannels = {
  'committee:attempts': { input: z.object({ memberId: Id }).strict(), output: z.array(ContactAttempt) },
  'committee:addAttempt': { input: NewContactAttempt, output: ContactAttempt },
  /** A whole walk sheet's outcomes in one transaction: every row saved, or none. */
  'committee:addAttempts': {
    input: z.object({ attempts: z.array(NewContactAttempt).min(1).max(5000) }).strict(),
    output: z.object({ saved: z.number().int() }),
  },
  'committee:setFollowUp': {
    input: z.object({ memberId: Id, next: DateText, reason: z.string().max(500) }).strict(),
    output: z.null(),
  },
  'committee:queue': { input: QueueRequest, output: FollowUpQueue },
  'committee:organizers': { input: Empty, output: z.array(Organizer) },
  /** Assign (or with organizer '' unassign) many members at once: the selection, or everyone the filter picks. */
  'committee:assign': {
    input: z
      .object({ organizer: z.string().max(100), memberIds: z.array(Id).max(200_000).optional(), filter: MemberFilter.optional() })
      .strict(),
    output: z.object({ assigned: z.number().int() }),
  },
  'committee:coverage': {
    input: z.object({ by: z.array(z.enum(['building', 'floor', 'unit', 'workplace', 'department', 'shift'])).min(1).max(3).optional() }).strict(),
    output: Coverage,
  },
  'committee:walkRows': { input: WalkRequest, output: z.array(WalkRow) },
  'committee:walkListPdf': { input: WalkRequest, output: Pdf },
  'committee:callListPdf': { input: WalkRequest, output: Pdf },
  'committee:relationships': { input: z.object({ memberId: Id }).strict(), output: z.array(Relationship) },
  'committee:addRelationship': {
    input: z.object({ memberId: Id, otherId: Id, kind: RelationshipKind, note: z.string().max(2000).optional() }).strict(),
    output: Relationship,
  },
  'committee:deleteRelationship': { input: ById, output: z.null() },
  'committee:network': { input: z.object({ memberId: Id, depth: z.number().int().min(1).max(2).optional() }).strict(), output: Network },
  'committee:mostTied': {
    input: z.object({ by: z.enum(['building', 'department']), limit: z.number().int().min(1).max(20).optional() }).strict(),
    output: z.array(MostTied),
  },
} as const;
