/**
 * Motions and votes: who moved and seconded (both present, two different people), amendments
 * linked to their motion, the vote with its method and counts (a roll call's counts are
 * computed from the members' votes), and quorum as it stood when the vote was taken.
 */
import { randomUUID } from 'node:crypto';
import type { MeetingDetail, Motion, MotionOutcome, VoteChoice, VoteMethod } from '../../shared/meetings';
import { all, get, run, sql } from '../db/sql';
import { UserError } from '../errors';
import { longDate } from '../print/pdf';
import type { VaultContext } from '../core/context';
import type { Sodium } from '../core/sodium';
import { audit } from './audit';
import { approveMeeting } from './lifecycle';
import {
  editableMeeting,
  findMeetingRow,
  meetingDay,
  meetingQuorum,
  presentCount,
  readMeeting,
  touchMeeting,
  type MeetingRow,
  type MotionRow,
} from './store';

function findMotion(context: VaultContext, id: string): MotionRow {
  const row = get<MotionRow>(context.db, sql`SELECT * FROM motions WHERE id = ${id}`);
  if (!row) throw new UserError('NOT_FOUND', 'That motion does not exist (it may have been removed).');
  return row;
}

/** The name as checked in; refuses anyone who is not checked in to this meeting. */
function presentName(context: VaultContext, meetingId: string, memberId: string, role: string): string {
  const row = get<{ name: string }>(context.db, sql`SELECT name FROM attendance WHERE meeting_id = ${meetingId} AND member_id = ${memberId}`);
  if (!row) throw new UserError('INVALID_INPUT', `The ${role} must be a member checked in to this meeting.`);
  return row.name;
}

function checkMoverSeconder(moverId: string | null, seconderId: string | null): void {
  if (moverId && seconderId && moverId === seconderId) throw new UserError('INVALID_INPUT', 'The mover cannot also second the motion.');
}

/** An approval motion names a meeting held before this one whose minutes are not yet approved. */
function checkApprovalTarget(context: VaultContext, meeting: MeetingRow, targetId: string): MeetingRow {
  const target = findMeetingRow(context, targetId);
  if (target.id === meeting.id || target.starts_at >= meeting.starts_at) {
    throw new UserError('INVALID_INPUT', 'Minutes can only be approved at a later meeting.');
  }
  if (target.status === 'approved') {
    throw new UserError('INVALID_INPUT', `The minutes of ${longDate(meetingDay(target.starts_at))} are already approved.`);
  }
  return target;
}

export interface NewMotion {
  meetingId: string;
  agendaItemId: string;
  text: string;
  moverId?: string;
  seconderId?: string;
  amendsMotionId?: string;
  approvesMeetingId?: string;
}

export function addMotion(context: VaultContext, input: NewMotion): MeetingDetail {
  const meeting = editableMeeting(context, input.meetingId);
  const item = get(context.db, sql`SELECT 1 FROM agenda_items WHERE id = ${input.agendaItemId} AND meeting_id = ${meeting.id}`);
  if (!item) throw new UserError('NOT_FOUND', 'That agenda item is not part of this meeting.');
  checkMoverSeconder(input.moverId ?? null, input.seconderId ?? null);
  const moverName = input.moverId ? presentName(context, meeting.id, input.moverId, 'mover') : null;
  const seconderName = input.seconderId ? presentName(context, meeting.id, input.seconderId, 'seconder') : null;
  if (input.amendsMotionId) {
    const amended = get(context.db, sql`SELECT 1 FROM motions WHERE id = ${input.amendsMotionId} AND meeting_id = ${meeting.id}`);
    if (!amended) throw new UserError('NOT_FOUND', 'The motion to amend is not part of this meeting.');
  }
  if (input.approvesMeetingId) checkApprovalTarget(context, meeting, input.approvesMeetingId);
  const id = randomUUID();
  context.db.transaction(() => {
    const position = get<{ n: number }>(context.db, sql`SELECT count(*) AS n FROM motions WHERE meeting_id = ${meeting.id}`)!.n;
    run(
      context.db,
      sql`INSERT INTO motions (id, meeting_id, agenda_item_id, position, text, mover_id, mover_name, seconder_id, seconder_name,
                               amends_motion_id, approves_meeting_id, created_at)
          VALUES (${id}, ${meeting.id}, ${input.agendaItemId}, ${position}, ${input.text.trim()}, ${input.moverId ?? null}, ${moverName},
                  ${input.seconderId ?? null}, ${seconderName}, ${input.amendsMotionId ?? null}, ${input.approvesMeetingId ?? null},
                  ${context.now().toISOString()})`,
    );
    touchMeeting(context, meeting.id);
    audit(context, 'meeting', meeting.id, 'motion', null, { motion_id: id, text: input.text.trim() });
  })();
  return readMeeting(context, meeting.id);
}

export interface VoteInput {
  motionId: string;
  method: VoteMethod;
  for?: number;
  against?: number;
  abstain?: number;
  rollCall?: { memberId: string; vote: VoteChoice }[];
  outcome?: Exclude<MotionOutcome, 'pending'>;
}

export interface Tally {
  for: number;
  against: number;
  abstain: number;
}

/** Counts from a roll call: one vote per member, each member checked in. */
export function tallyRollCall(votes: { memberId: string; vote: VoteChoice }[], present: ReadonlySet<string>): Tally {
  const seen = new Set<string>();
  const tally: Tally = { for: 0, against: 0, abstain: 0 };
  for (const { memberId, vote } of votes) {
    if (seen.has(memberId)) throw new UserError('INVALID_INPUT', 'A member can vote only once in a roll call.');
    if (!present.has(memberId)) throw new UserError('INVALID_INPUT', 'Only members checked in to this meeting can vote in the roll call.');
    seen.add(memberId);
    tally[vote] += 1;
  }
  return tally;
}

/** More votes than members present is a counting mistake, whatever the method. */
export function checkTally(tally: Tally, present: number): void {
  const cast = tally.for + tally.against + tally.abstain;
  if (cast > present) {
    throw new UserError('INVALID_INPUT', `${cast} votes were counted, but only ${present} ${present === 1 ? 'member is' : 'members are'} checked in.`);
  }
}

/** Left unsaid, the outcome is a simple majority of those voting for or against. */
export const majorityOutcome = (tally: Tally): 'carried' | 'failed' => (tally.for > tally.against ? 'carried' : 'failed');

function approvedTarget(context: VaultContext, motionId: string): MeetingRow | undefined {
  return get<MeetingRow>(context.db, sql`SELECT * FROM meetings WHERE approved_by_motion_id = ${motionId}`);
}

function refuseIfItApproved(context: VaultContext, motion: MotionRow): void {
  const target = approvedTarget(context, motion.id);
  if (target) {
    throw new UserError('FORBIDDEN', `This motion approved the minutes of ${longDate(meetingDay(target.starts_at))}; its vote can't be changed.`);
  }
}

export function recordVote(context: VaultContext, sodium: Sodium, input: VoteInput): MeetingDetail {
  const motion = findMotion(context, input.motionId);
  const meeting = editableMeeting(context, motion.meeting_id);
  refuseIfItApproved(context, motion);
  const presentIds = new Set(
    all<{ member_id: string }>(context.db, sql`SELECT member_id FROM attendance WHERE meeting_id = ${meeting.id}`).map((row) => row.member_id),
  );
  let tally: Tally;
  if (input.method === 'roll-call') {
    if (!input.rollCall?.length) throw new UserError('INVALID_INPUT', 'A roll-call vote needs each member’s vote.');
    tally = tallyRollCall(input.rollCall, presentIds);
  } else {
    if (input.rollCall?.length) throw new UserError('INVALID_INPUT', 'Members’ votes are recorded only for a roll-call vote.');
    tally = { for: input.for ?? 0, against: input.against ?? 0, abstain: input.abstain ?? 0 };
  }
  checkTally(tally, presentIds.size);
  const outcome = input.outcome ?? majorityOutcome(tally);
  const quorum = meetingQuorum(context, meeting, presentCount(context, meeting.id));
  const names = new Map(
    all<{ member_id: string; name: string }>(context.db, sql`SELECT member_id, name FROM attendance WHERE meeting_id = ${meeting.id}`).map((row) => [row.member_id, row.name]),
  );
  context.db.transaction(() => {
    run(
      context.db,
      sql`UPDATE motions SET method = ${input.method}, votes_for = ${tally.for}, votes_against = ${tally.against}, votes_abstain = ${tally.abstain},
                             outcome = ${outcome}, present_at_vote = ${quorum.present}, quorum_met_at_vote = ${quorum.met ? 1 : 0},
                             voted_at = ${context.now().toISOString()}
          WHERE id = ${motion.id}`,
    );
    run(context.db, sql`DELETE FROM roll_call_votes WHERE motion_id = ${motion.id}`);
    for (const vote of input.method === 'roll-call' ? input.rollCall ?? [] : []) {
      run(context.db, sql`INSERT INTO roll_call_votes (motion_id, member_id, name, vote) VALUES (${motion.id}, ${vote.memberId}, ${names.get(vote.memberId)!}, ${vote.vote})`);
    }
    touchMeeting(context, meeting.id);
    audit(context, 'meeting', meeting.id, 'vote', null, { motion_id: motion.id, method: input.method, ...tally, outcome });
    if (outcome === 'carried' && motion.approves_meeting_id) {
      approveMeeting(context, sodium, checkApprovalTarget(context, meeting, motion.approves_meeting_id).id, motion.id);
    }
  })();
  return readMeeting(context, meeting.id);
}

export interface MotionChanges {
  text?: string;
  moverId?: string | null;
  seconderId?: string | null;
  outcome?: MotionOutcome;
}

export function updateMotion(context: VaultContext, sodium: Sodium, id: string, changes: MotionChanges): MeetingDetail {
  const motion = findMotion(context, id);
  const meeting = editableMeeting(context, motion.meeting_id);
  if (changes.outcome !== undefined && changes.outcome !== motion.outcome) refuseIfItApproved(context, motion);
  const moverId = changes.moverId === undefined ? motion.mover_id : changes.moverId;
  const seconderId = changes.seconderId === undefined ? motion.seconder_id : changes.seconderId;
  checkMoverSeconder(moverId, seconderId);
  const moverName = changes.moverId === undefined ? motion.mover_name : moverId ? presentName(context, meeting.id, moverId, 'mover') : null;
  const seconderName =
    changes.seconderId === undefined ? motion.seconder_name : seconderId ? presentName(context, meeting.id, seconderId, 'seconder') : null;
  const outcome = changes.outcome ?? motion.outcome;
  const text = changes.text?.trim() ?? motion.text;
  context.db.transaction(() => {
    run(
      context.db,
      sql`UPDATE motions SET text = ${text}, mover_id = ${moverId}, mover_name = ${moverName}, seconder_id = ${seconderId},
                             seconder_name = ${seconderName}, outcome = ${outcome}
          WHERE id = ${id}`,
    );
    touchMeeting(context, meeting.id);
    audit(context, 'meeting', meeting.id, 'motion update', { text: motion.text, outcome: motion.outcome }, { text, outcome });
    if (outcome === 'carried' && motion.outcome !== 'carried' && motion.approves_meeting_id) {
      approveMeeting(context, sodium, checkApprovalTarget(context, meeting, motion.approves_meeting_id).id, id);
    }
  })();
  return readMeeting(context, meeting.id);
}

export type { Motion };
