/**
 * Meetings and minutes (issue #4): the shapes main and the renderer share, and the `meetings:`
 * channels, which contract.ts spreads into its channel list.
 *
 * Imports zod only: no node:, no electron, no DOM.
 *
 * Differences from the plan in /tmp/meetings-plan.md, on purpose:
 * - The channels live here as `meetingChannels` and contract.ts spreads them in, so the two
 *   files cannot drift and contract.ts stays short.
 * - `meetings:deleteType` returns the remaining MeetingType[] (the plan left it open).
 * - AgendaItem has `refActionId` (the action item an 'action-review' item was made for), so the
 *   UI can show that action item's status next to it and change it (meetings:updateAction).
 * - `meetings:recordVote` takes `outcome` optionally: left out, it is 'carried' when more voted
 *   for than against and 'failed' otherwise. Roll-call counts always come from `rollCall`.
 * - `meetings:verify {id}` answers whether approved minutes still match their hash and the
 *   approving officer's signature (for a "signature checked" badge).
 * - Meeting has `approvedByOfficerId` next to `approvedBy` (the name), for verification.
 * - An action item's `status` is tracking, not minutes: it can change after approval and is
 *   not part of the content hash. Everything else in approved minutes is frozen.
 * - Search `snippet` is plain text (never HTML) with '…' where text was cut.
 * - Fields that can be cleared take `null` in updates (e.g. `moverId: null`).
 */
import { z } from 'zod';
import { isMemberStatus, Standing } from './roll';

const Id = z.string().min(1).max(100);
const Text = (max: number) => z.string().trim().min(1).max(max);
const Optional = (max: number) => z.string().trim().max(max);
/** Local date and time of a meeting, as a datetime-local input gives it. */
export const MeetingDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use a date and time like 2026-03-14T19:00.');
export const DueDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-14.');
/** Markdown notes can be long (a whole meeting's discussion), but not unbounded. */
const Notes = z.string().max(200_000);

export const QuorumRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), count: z.number().int().min(0).max(100_000) }).strict(),
  /** Percent of the members in good standing (current or in grace), rounded up. */
  z.object({ kind: z.literal('percent'), percent: z.number().min(0).max(100) }).strict(),
]);
export type QuorumRule = z.infer<typeof QuorumRule>;

export const MeetingType = z.object({
  id: z.string(),
  name: z.string(),
  quorum: QuorumRule,
  /** The agenda template: item titles, in order. */
  agenda: z.array(z.string()),
});
export type MeetingType = z.infer<typeof MeetingType>;

export const MeetingTypeInput = z
  .object({
    /** Absent for a new type. */
    id: Id.optional(),
    name: Text(100),
    quorum: QuorumRule,
    agenda: z.array(Text(300)).max(100),
  })
  .strict();
export type MeetingTypeInput = z.infer<typeof MeetingTypeInput>;

export const MeetingStatus = z.enum(['draft', 'circulated', 'approved']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const MeetingSummary = z.object({
  id: z.string(),
  title: z.string(),
  /** Local date and time, 'YYYY-MM-DDTHH:mm'. */
  date: z.string(),
  /** The type's name. */
  type: z.string(),
  typeId: z.string(),
  status: MeetingStatus,
  place: z.string(),
  attendance: z.number().int(),
  openActions: z.number().int(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const Meeting = MeetingSummary.extend({
  chair: z.string(),
  secretary: z.string(),
  circulatedAt: z.string().optional(),
  approvedAt: z.string().optional(),
  /** The approving officer's name. */
  approvedBy: z.string().optional(),
  approvedByOfficerId: z.string().optional(),
  /** SHA-256 (hex) of the canonical serialization of the minutes at approval. */
  contentHash: z.string().optional(),
  /** Ed25519 signature (base64) of the content hash by the approving officer. */
  signature: z.string().optional(),
  approvedByMotionId: z.string().optional(),
});
export type Meeting = z.infer<typeof Meeting>;

export const AgendaItemStatus = z.enum(['open', 'tabled', 'done']);
export const AgendaItemKind = z.enum(['item', 'approve-minutes', 'action-review']);
export const AgendaItem = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  /** Markdown; the renderer shows it sanitized. */
  notes: z.string(),
  status: AgendaItemStatus,
  kind: AgendaItemKind,
  /** The meeting whose minutes an 'approve-minutes' item is for, or an action item came from. */
  refMeetingId: z.string().optional(),
  /** The action item an 'action-review' item reviews. */
  refActionId: z.string().optional(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Attendee = z.object({
  memberId: z.string(),
  name: z.string(),
  checkedInAt: z.string(),
  standing: Standing,
  /** The member's status on the roll now ('' for someone no longer on it). */
  status: z.string(),
  /** Where they live or work, for telling namesakes apart: "Maple Court · 4B" ('' when not known). */
  place: z.string(),
  /** In good standing, so counted towards quorum; the others are listed but not counted. */
  counted: z.boolean(),
});
export type Attendee = z.infer<typeof Attendee>;

/** Why someone present does not count towards quorum, or null when they do. */
export type NotCountedReason = 'not-on-roll' | 'not-a-member' | 'lapsed' | 'no-dues';
export function notCountedReason(person: Attendee): NotCountedReason | null {
  if (person.counted) return null;
  if (!person.status) return 'not-on-roll';
  if (!isMemberStatus(person.status)) return 'not-a-member';
  return person.standing === 'lapsed' ? 'lapsed' : 'no-dues';
}

export const Guest = z.object({ id: z.string(), name: z.string(), note: z.string() });
export type Guest = z.infer<typeof Guest>;

export const QuorumState = z.object({
  /** In words: "10% of 212 members in good standing". */
  rule: z.string(),
  required: z.number().int(),
  /** Members present who count towards quorum (in good standing). */
  present: z.number().int(),
  met: z.boolean(),
});
export type QuorumState = z.infer<typeof QuorumState>;

export const VoteMethod = z.enum(['voice', 'hands', 'ballot', 'roll-call']);
export type VoteMethod = z.infer<typeof VoteMethod>;
export const VoteChoice = z.enum(['for', 'against', 'abstain']);
export type VoteChoice = z.infer<typeof VoteChoice>;
export const MotionOutcome = z.enum(['pending', 'carried', 'failed', 'tabled', 'withdrawn']);
export type MotionOutcome = z.infer<typeof MotionOutcome>;

export const Motion = z.object({
  id: z.string(),
  agendaItemId: z.string(),
  text: z.string(),
  moverId: z.string().optional(),
  moverName: z.string().optional(),
  seconderId: z.string().optional(),
  seconderName: z.string().optional(),
  amendsMotionId: z.string().optional(),
  approvesMeetingId: z.string().optional(),
  method: VoteMethod.optional(),
  for: z.number().int(),
  against: z.number().int(),
  abstain: z.number().int(),
  outcome: MotionOutcome,
  /** How many members were checked in when the vote was recorded, and whether that met quorum. */
  presentAtVote: z.number().int().optional(),
  quorumMetAtVote: z.boolean().optional(),
  rollCall: z.array(z.object({ memberId: z.string(), name: z.string(), vote: VoteChoice })),
});
export type Motion = z.infer<typeof Motion>;

export const ActionStatus = z.enum(['open', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatus>;
export const ActionItem = z.object({
  id: z.string(),
  meetingId: z.string(),
  agendaItemId: z.string().optional(),
  what: z.string(),
  ownerMemberId: z.string().optional(),
  /** The member's name, or the free text (a name or an office) given instead. */
  ownerName: z.string(),
  due: z.string().optional(),
  status: ActionStatus,
});
export type ActionItem = z.infer<typeof ActionItem>;

export const OpenActionItem = ActionItem.extend({ meetingTitle: z.string(), meetingDate: z.string() });
export type OpenActionItem = z.infer<typeof OpenActionItem>;

export const Correction = z.object({ id: z.string(), text: z.string(), officerName: z.string(), at: z.string() });
export type Correction = z.infer<typeof Correction>;

export const MeetingDetail = z.object({
  meeting: Meeting,
  agenda: z.array(AgendaItem),
  attendance: z.array(Attendee),
  guests: z.array(Guest),
  quorum: QuorumState,
  motions: z.array(Motion),
  actions: z.array(ActionItem),
  corrections: z.array(Correction),
  /** False once approved: only corrections can be added then. */
  editable: z.boolean(),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

export const MinutesSearchHit = z.object({
  meetingId: z.string(),
  title: z.string(),
  date: z.string(),
  agendaItemId: z.string().optional(),
  itemTitle: z.string().optional(),
  /** Plain text around the match. */
  snippet: z.string(),
});
export type MinutesSearchHit = z.infer<typeof MinutesSearchHit>;

export const MemberMeetingRecord = z.object({
  attended: z.array(z.object({ meetingId: z.string(), title: z.string(), date: z.string() })),
  motions: z.array(
    z.object({
      meetingId: z.string(),
      title: z.string(),
      date: z.string(),
      motionId: z.string(),
      text: z.string(),
      role: z.enum(['mover', 'seconder']),
    }),
  ),
  actions: z.array(ActionItem),
});
export type MemberMeetingRecord = z.infer<typeof MemberMeetingRecord>;

export const MinutesVerification = z.object({
  /** True when the stored minutes still hash to the approved hash and the signature checks. */
  ok: z.boolean(),
  /** Plain sentence for the officer. */
  message: z.string(),
  contentHash: z.string().optional(),
  signer: z.string().optional(),
});
export type MinutesVerification = z.infer<typeof MinutesVerification>;

const Empty = z.object({}).strict();
const ById = z.object({ id: Id }).strict();
const PdfFile = z.object({ fileName: z.string(), pdfBase64: z.string() });
const Nullable = <T extends z.ZodTypeAny>(schema: T) => schema.nullable().optional();

const MeetingFields = {
  title: Optional(300),
  startsAt: MeetingDateTime,
  place: Optional(300),
  chair: Optional(200),
  secretary: Optional(200),
  typeId: Id,
};

export const meetingChannels = {
  'meetings:types': { input: Empty, output: z.array(MeetingType) },
  'meetings:saveType': { input: MeetingTypeInput, output: z.array(MeetingType) },
  /** Refused while meetings of that type exist. */
  'meetings:deleteType': { input: ById, output: z.array(MeetingType) },
  'meetings:list': {
    input: z.object({ status: MeetingStatus.optional(), q: z.string().max(200).optional() }).strict(),
    output: z.array(MeetingSummary),
  },
  /** Adds the type's agenda template, the earlier meeting's open action items and its approval item. */
  'meetings:create': {
    input: z
      .object({
        typeId: Id,
        title: MeetingFields.title.optional(),
        startsAt: MeetingDateTime,
        place: MeetingFields.place.optional(),
        chair: MeetingFields.chair.optional(),
        secretary: MeetingFields.secretary.optional(),
      })
      .strict(),
    output: MeetingDetail,
  },
  'meetings:get': { input: ById, output: MeetingDetail },
  'meetings:update': {
    input: z
      .object({
        id: Id,
        fields: z
          .object({
            title: MeetingFields.title.optional(),
            startsAt: MeetingFields.startsAt.optional(),
            place: MeetingFields.place.optional(),
            chair: MeetingFields.chair.optional(),
            secretary: MeetingFields.secretary.optional(),
            typeId: MeetingFields.typeId.optional(),
          })
          .strict(),
      })
      .strict(),
    output: MeetingDetail,
  },
  /** Drafts only. */
  'meetings:delete': { input: ById, output: z.object({ count: z.number().int() }) },
  'meetings:addAgendaItem': {
    input: z.object({ meetingId: Id, title: Text(300), index: z.number().int().min(0).max(10_000).optional() }).strict(),
    output: MeetingDetail,
  },
  'meetings:updateAgendaItem': {
    input: z.object({ id: Id, title: Text(300).optional(), status: AgendaItemStatus.optional() }).strict(),
    output: MeetingDetail,
  },
  'meetings:moveAgendaItem': {
    input: z.object({ id: Id, index: z.number().int().min(0).max(10_000) }).strict(),
    output: MeetingDetail,
  },
  'meetings:removeAgendaItem': { input: ById, output: MeetingDetail },
  /** Cheap, for autosave while the secretary types. */
  'meetings:saveNotes': {
    input: z.object({ agendaItemId: Id, notes: Notes }).strict(),
    output: z.object({ savedAt: z.string() }),
  },
  'meetings:checkIn': { input: z.object({ meetingId: Id, memberId: Id }).strict(), output: MeetingDetail },
  'meetings:checkOut': { input: z.object({ meetingId: Id, memberId: Id }).strict(), output: MeetingDetail },
  /** Adds the person to the roll with status "prospect" and checks them in. */
  'meetings:walkIn': {
    input: z
      .object({
        meetingId: Id,
        firstName: Text(200),
        lastName: Optional(200).optional(),
        phone: Optional(100).optional(),
        email: Optional(300).optional(),
      })
      .strict(),
    output: MeetingDetail,
  },
  'meetings:addGuest': {
    input: z.object({ meetingId: Id, name: Text(200), note: Optional(500).optional() }).strict(),
    output: MeetingDetail,
  },
  'meetings:removeGuest': { input: ById, output: MeetingDetail },
  /** Mover and seconder must be checked in, and differ. */
  'meetings:addMotion': {
    input: z
      .object({
        meetingId: Id,
        agendaItemId: Id,
        text: Text(10_000),
        moverId: Id.optional(),
        seconderId: Id.optional(),
        amendsMotionId: Id.optional(),
        approvesMeetingId: Id.optional(),
      })
      .strict(),
    output: MeetingDetail,
  },
  /** Snapshots quorum; a carried approval motion approves (freezes and signs) that meeting. */
  'meetings:recordVote': {
    input: z
      .object({
        motionId: Id,
        method: VoteMethod,
        for: z.number().int().min(0).max(1_000_000).optional(),
        against: z.number().int().min(0).max(1_000_000).optional(),
        abstain: z.number().int().min(0).max(1_000_000).optional(),
        rollCall: z.array(z.object({ memberId: Id, vote: VoteChoice }).strict()).max(100_000).optional(),
        outcome: MotionOutcome.exclude(['pending']).optional(),
      })
      .strict(),
    output: MeetingDetail,
  },
  'meetings:updateMotion': {
    input: z
      .object({
        id: Id,
        text: Text(10_000).optional(),
        moverId: Nullable(Id),
        seconderId: Nullable(Id),
        outcome: MotionOutcome.optional(),
      })
      .strict(),
    output: MeetingDetail,
  },
  'meetings:addAction': {
    input: z
      .object({
        meetingId: Id,
        agendaItemId: Id.optional(),
        what: Text(2000),
        ownerMemberId: Id.optional(),
        ownerName: Optional(200).optional(),
        due: DueDate.optional(),
      })
      .strict(),
    output: ActionItem,
  },
  'meetings:updateAction': {
    input: z
      .object({
        id: Id,
        what: Text(2000).optional(),
        ownerMemberId: Nullable(Id),
        ownerName: Optional(200).optional(),
        due: Nullable(DueDate),
        status: ActionStatus.optional(),
      })
      .strict(),
    output: ActionItem,
  },
  /** Action items across all meetings, oldest due first. */
  'meetings:actions': {
    input: z.object({ status: ActionStatus.optional() }).strict(),
    output: z.array(OpenActionItem),
  },
  'meetings:circulate': { input: ById, output: MeetingDetail },
  /** Approved minutes only: appends a correction, the minutes themselves stay as approved. */
  'meetings:correct': { input: z.object({ meetingId: Id, text: Text(10_000) }).strict(), output: MeetingDetail },
  'meetings:verify': { input: ById, output: MinutesVerification },
  'meetings:search': { input: z.object({ q: z.string().max(200) }).strict(), output: z.array(MinutesSearchHit) },
  'meetings:exportMarkdown': { input: ById, output: z.object({ fileName: z.string(), markdown: z.string() }) },
  'meetings:printPdf': { input: ById, output: PdfFile },
  'meetings:signInSheet': { input: ById, output: PdfFile },
  'meetings:memberRecord': { input: z.object({ memberId: Id }).strict(), output: MemberMeetingRecord },
} as const;
