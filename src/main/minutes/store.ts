/**
 * Meetings: rows in, MeetingDetail out; creating (with the agenda filled in), editing the
 * heading, deleting drafts; and the one rule every write checks: approved minutes are frozen.
 */
import { randomUUID } from 'node:crypto';
import type {
  ActionItem,
  AgendaItem,
  Attendee,
  Correction,
  Guest,
  Meeting,
  MeetingDetail,
  MeetingStatus,
  MeetingSummary,
  Motion,
} from '../../shared/meetings';
import { all, assignments, get, prepare, run, sql } from '../db/sql';
import { UserError } from '../errors';
import { longDate } from '../print/pdf';
import { today, type VaultContext } from '../core/context';
import { standingOf } from '../roll/standing';
import { inGoodStanding } from '../../shared/roll';
import { nextStamp } from '../core/clock';
import { audit } from './audit';
import { getMeetingType } from './meeting-types';
import { goodStandingCount, quorumState } from './quorum';

export interface MeetingRow {
  id: string;
  type_id: string;
  title: string;
  starts_at: string;
  place: string;
  chair: string;
  secretary: string;
  status: MeetingStatus;
  quorum_rule: string | null;
  quorum_required: number | null;
  circulated_at: string | null;
  approved_at: string | null;
  approved_by: string | null;
  approved_by_name: string | null;
  approved_by_motion_id: string | null;
  content_hash: string | null;
  signature: string | null;
  created_at: string;
  updated_at: string;
}

interface AgendaRow {
  id: string;
  position: number;
  title: string;
  notes: string;
  status: AgendaItem['status'];
  kind: AgendaItem['kind'];
  ref_meeting_id: string | null;
  ref_action_id: string | null;
}

export interface MotionRow {
  id: string;
  meeting_id: string;
  agenda_item_id: string;
  text: string;
  mover_id: string | null;
  mover_name: string | null;
  seconder_id: string | null;
  seconder_name: string | null;
  amends_motion_id: string | null;
  approves_meeting_id: string | null;
  method: Motion['method'] | null;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  outcome: Motion['outcome'];
  present_at_vote: number | null;
  quorum_met_at_vote: number | null;
}

export interface ActionRow {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  what: string;
  owner_member_id: string | null;
  owner_name: string;
  due: string;
  status: ActionItem['status'];
}

const some = <T>(value: T | null | undefined): T | undefined => (value === null || value === '' ? undefined : value);

/** The calendar date of a meeting, 'YYYY-MM-DD'. */
export const meetingDay = (startsAt: string): string => startsAt.slice(0, 10);

export function findMeetingRow(context: VaultContext, id: string): MeetingRow {
  const row = get<MeetingRow>(context.db, sql`SELECT * FROM meetings WHERE id = ${id}`);
  if (!row) throw new UserError('NOT_FOUND', 'That meeting does not exist (it may have been deleted).');
  return row;
}

/** The sentence every refused edit of approved minutes says. */
export function frozenMessage(row: MeetingRow): string {
  const on = row.approved_at ? ` on ${longDate(row.approved_at.slice(0, 10))}` : '';
  return `These minutes were approved${on} and can't be edited. Add a correction instead.`;
}

/** Every write to a meeting's content goes through here first. */
export function editableMeeting(context: VaultContext, id: string): MeetingRow {
  const row = findMeetingRow(context, id);
  if (row.status === 'approved') throw new UserError('FORBIDDEN', frozenMessage(row));
  return row;
}

export function touchMeeting(context: VaultContext, id: string): void {
  run(context.db, sql`UPDATE meetings SET updated_at = ${context.now().toISOString()} WHERE id = ${id}`);
  stampMeeting(context, id);
}

/**
 * Any change to a meeting (its minutes, an action item's status, a correction) gives it a new
 * clock stamp: meetings travel between officers as whole records, last writer wins.
 */
export function stampMeeting(context: VaultContext, id: string): void {
  run(context.db, sql`UPDATE meetings SET clock = ${nextStamp(context.db, context.officerId, context.now().getTime())} WHERE id = ${id}`);
}

export function toActionItem(row: ActionRow): ActionItem {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    agendaItemId: some(row.agenda_item_id),
    what: row.what,
    ownerMemberId: some(row.owner_member_id),
    ownerName: row.owner_name,
    due: some(row.due),
    status: row.status,
  };
}

const SUMMARY_SELECT = sql`
  SELECT m.*, t.name AS type_name,
    (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id) AS attendance_count,
    (SELECT count(*) FROM action_items x WHERE x.meeting_id = m.id AND x.status = 'open') AS open_actions
  FROM meetings m JOIN meeting_types t ON t.id = m.type_id`;
type SummaryRow = MeetingRow & { type_name: string; attendance_count: number; open_actions: number };

function toSummary(row: SummaryRow): MeetingSummary {
  return {
    id: row.id,
    title: row.title,
    date: row.starts_at,
    type: row.type_name,
    typeId: row.type_id,
    status: row.status,
    place: row.place,
    attendance: row.attendance_count,
    openActions: row.open_actions,
  };
}

export function listMeetings(context: VaultContext, filter: { status?: MeetingStatus; q?: string } = {}): MeetingSummary[] {
  const q = filter.q?.trim() ?? '';
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = all<SummaryRow>(
    context.db,
    sql`${SUMMARY_SELECT}
        WHERE (${filter.status ?? null} IS NULL OR m.status = ${filter.status ?? null})
          AND (${q} = '' OR m.title LIKE ${like} ESCAPE '\\' OR m.place LIKE ${like} ESCAPE '\\' OR t.name LIKE ${like} ESCAPE '\\')
        ORDER BY m.starts_at DESC, m.created_at DESC`,
  );
  return rows.map(toSummary);
}

export function readMotions(context: VaultContext, meetingId: string): Motion[] {
  const rows = all<MotionRow>(context.db, sql`SELECT * FROM motions WHERE meeting_id = ${meetingId} ORDER BY position, created_at`);
  const votes = all<{ motion_id: string; member_id: string; name: string; vote: 'for' | 'against' | 'abstain' }>(
    context.db,
    sql`SELECT v.* FROM roll_call_votes v JOIN motions m ON m.id = v.motion_id WHERE m.meeting_id = ${meetingId} ORDER BY v.name COLLATE NOCASE, v.member_id`,
  );
  return rows.map((row) => ({
    id: row.id,
    agendaItemId: row.agenda_item_id,
    text: row.text,
    moverId: some(row.mover_id),
    moverName: some(row.mover_name),
    seconderId: some(row.seconder_id),
    seconderName: some(row.seconder_name),
    amendsMotionId: some(row.amends_motion_id),
    approvesMeetingId: some(row.approves_meeting_id),
    method: some(row.method),
    for: row.votes_for,
    against: row.votes_against,
    abstain: row.votes_abstain,
    outcome: row.outcome,
    presentAtVote: some(row.present_at_vote),
    quorumMetAtVote: row.quorum_met_at_vote === null ? undefined : row.quorum_met_at_vote === 1,
    rollCall: votes.filter((vote) => vote.motion_id === row.id).map((vote) => ({ memberId: vote.member_id, name: vote.name, vote: vote.vote })),
  }));
}

export function readAttendance(context: VaultContext, meetingId: string): Attendee[] {
  type Row = { member_id: string; name: string; checked_in_at: string; dues_paid_through: string | null; status: string | null; deleted_at: string | null };
  const rows = all<Row & { building: string | null; workplace: string | null; unit: string | null }>(
    context.db,
    sql`SELECT a.member_id, a.name, a.checked_in_at, m.dues_paid_through, m.status, m.deleted_at, m.building, m.workplace, m.unit
        FROM attendance a LEFT JOIN members m ON m.id = a.member_id
        WHERE a.meeting_id = ${meetingId} ORDER BY a.name COLLATE NOCASE, a.member_id`,
  );
  const day = today(context);
  return rows.map((row) => {
    const standing = standingOf(row.dues_paid_through ?? '', day, context.settings.duesGraceDays);
    const status = row.status ?? '';
    const onRoll = row.status !== null && row.deleted_at === '';
    const place = [row.building || row.workplace, row.unit].filter(Boolean).join(' · ');
    return { memberId: row.member_id, name: row.name, checkedInAt: row.checked_in_at, standing, status, place, counted: onRoll && inGoodStanding({ status, standing }) };
  });
}

/** Members present who count towards quorum: those in good standing (shared/roll.ts). */
export function presentCount(context: VaultContext, meetingId: string): number {
  return readAttendance(context, meetingId).filter((person) => person.counted).length;
}

/** The quorum now: the snapshot taken when the minutes circulated, else the live figure. */
export function meetingQuorum(context: VaultContext, row: MeetingRow, present: number): MeetingDetail['quorum'] {
  if (row.quorum_rule !== null && row.quorum_required !== null) {
    return { rule: row.quorum_rule, required: row.quorum_required, present, met: present >= row.quorum_required };
  }
  return quorumState(getMeetingType(context, row.type_id).quorum, goodStandingCount(context), present);
}

export function readMeeting(context: VaultContext, id: string): MeetingDetail {
  const row = get<SummaryRow>(context.db, sql`${SUMMARY_SELECT} WHERE m.id = ${id}`);
  if (!row) throw new UserError('NOT_FOUND', 'That meeting does not exist (it may have been deleted).');
  const meeting: Meeting = {
    ...toSummary(row),
    chair: row.chair,
    secretary: row.secretary,
    circulatedAt: some(row.circulated_at),
    approvedAt: some(row.approved_at),
    approvedBy: some(row.approved_by_name),
    approvedByOfficerId: some(row.approved_by),
    contentHash: some(row.content_hash),
    signature: some(row.signature),
    approvedByMotionId: some(row.approved_by_motion_id),
  };
  const agenda = all<AgendaRow>(context.db, sql`SELECT * FROM agenda_items WHERE meeting_id = ${id} ORDER BY position`).map(
    (item): AgendaItem => ({
      id: item.id,
      position: item.position,
      title: item.title,
      notes: item.notes,
      status: item.status,
      kind: item.kind,
      refMeetingId: some(item.ref_meeting_id),
      refActionId: some(item.ref_action_id),
    }),
  );
  const attendance = readAttendance(context, id);
  const guests = all<Guest>(context.db, sql`SELECT id, name, note FROM meeting_guests WHERE meeting_id = ${id} ORDER BY created_at, name`);
  const actions = all<ActionRow>(context.db, sql`SELECT * FROM action_items WHERE meeting_id = ${id} ORDER BY position, created_at`).map(toActionItem);
  const corrections = all<{ id: string; text: string; officer_name: string; at: string }>(
    context.db,
    sql`SELECT id, text, officer_name, at FROM minutes_corrections WHERE meeting_id = ${id} ORDER BY at, id`,
  ).map((correction): Correction => ({ id: correction.id, text: correction.text, officerName: correction.officer_name, at: correction.at }));
  return {
    meeting,
    agenda,
    attendance,
    guests,
    quorum: meetingQuorum(context, row, attendance.filter((person) => person.counted).length),
    motions: readMotions(context, id),
    actions,
    corrections,
    editable: row.status !== 'approved',
  };
}

export interface NewMeeting {
  typeId: string;
  title?: string;
  startsAt: string;
  place?: string;
  chair?: string;
  secretary?: string;
}

export function insertMeeting(context: VaultContext, input: NewMeeting, options: { id?: string } = {}): string {
  const type = getMeetingType(context, input.typeId);
  const id = options.id ?? randomUUID();
  const now = context.now().toISOString();
  const title = input.title?.trim() || `${type.name} meeting`;
  run(
    context.db,
    sql`INSERT INTO meetings (id, type_id, title, starts_at, place, chair, secretary, created_at, updated_at, clock)
        VALUES (${id}, ${type.id}, ${title}, ${input.startsAt}, ${input.place?.trim() ?? ''}, ${input.chair?.trim() ?? ''},
                ${input.secretary?.trim() ?? ''}, ${now}, ${now}, ${nextStamp(context.db, context.officerId, context.now().getTime())})`,
  );
  audit(context, 'meeting', id, 'create', null, { title, starts_at: input.startsAt, type: type.name });
  return id;
}

export type MeetingFieldChanges = Partial<Pick<NewMeeting, 'title' | 'startsAt' | 'place' | 'chair' | 'secretary' | 'typeId'>>;

const COLUMN_OF = { title: 'title', startsAt: 'starts_at', place: 'place', chair: 'chair', secretary: 'secretary', typeId: 'type_id' } as const;

export function updateMeeting(context: VaultContext, id: string, fields: MeetingFieldChanges): MeetingDetail {
  const row = editableMeeting(context, id);
  if (fields.typeId) getMeetingType(context, fields.typeId);
  if (fields.title !== undefined && !fields.title.trim()) throw new UserError('INVALID_INPUT', 'A meeting needs a title.');
  if (fields.startsAt !== undefined && fields.startsAt !== row.starts_at) checkStillAfterApproved(context, id, fields.startsAt);
  const before: Record<string, string> = {};
  const after: Record<string, string> = {};
  for (const [key, column] of Object.entries(COLUMN_OF) as [keyof typeof COLUMN_OF, (typeof COLUMN_OF)[keyof typeof COLUMN_OF]][]) {
    const value = fields[key];
    if (value === undefined) continue;
    const next = value.trim();
    if (next === row[column]) continue;
    before[column] = row[column];
    after[column] = next;
  }
  if (Object.keys(after).length > 0) {
    context.db.transaction(() => {
      for (const [column, value] of Object.entries(after)) {
        // Column names come from COLUMN_OF above, never from input.
        prepare(context.db, sql`UPDATE meetings SET ${assignments([column])} WHERE id = ?`.text).run(value, id);
      }
      touchMeeting(context, id);
      audit(context, 'meeting', id, 'update', before, after);
    })();
  }
  return readMeeting(context, id);
}

/** A meeting that approved earlier minutes has to stay later than them, or the record contradicts itself. */
function checkStillAfterApproved(context: VaultContext, id: string, startsAt: string): void {
  const approved = get<{ starts_at: string }>(
    context.db,
    sql`SELECT t.starts_at FROM motions m JOIN meetings t ON t.id = m.approves_meeting_id
        WHERE m.meeting_id = ${id} AND t.approved_by_motion_id = m.id AND t.starts_at >= ${startsAt}
        ORDER BY t.starts_at DESC LIMIT 1`,
  );
  if (approved) {
    const day = longDate(meetingDay(approved.starts_at));
    throw new UserError('INVALID_INPUT', `This meeting approved the minutes of ${day}, so it has to take place after ${day}.`);
  }
}

/** Drafts only: circulated minutes are a record others have seen. */
export function deleteMeeting(context: VaultContext, id: string): number {
  const row = findMeetingRow(context, id);
  if (row.status !== 'draft') {
    throw new UserError('FORBIDDEN', `Only draft minutes can be deleted; these are ${row.status}.`);
  }
  const approved = get<{ title: string; starts_at: string }>(
    context.db,
    sql`SELECT t.title, t.starts_at FROM motions m JOIN meetings t ON t.id = m.approves_meeting_id
        WHERE m.meeting_id = ${id} AND t.approved_by_motion_id = m.id`,
  );
  if (approved) {
    throw new UserError('FORBIDDEN', `This meeting approved the minutes of ${longDate(meetingDay(approved.starts_at))}, so it can't be deleted.`);
  }
  context.db.transaction(() => {
    run(context.db, sql`DELETE FROM meetings WHERE id = ${id}`);
    // The deletion travels to other officers (and keeps a stale file from bringing it back).
    run(
      context.db,
      sql`INSERT INTO meeting_tombstones (id, clock, deleted_at)
          VALUES (${id}, ${nextStamp(context.db, context.officerId, context.now().getTime())}, ${context.now().toISOString()})
          ON CONFLICT (id) DO UPDATE SET clock = excluded.clock, deleted_at = excluded.deleted_at`,
    );
    audit(context, 'meeting', id, 'delete', { title: row.title, starts_at: row.starts_at }, null);
  })();
  return 1;
}
