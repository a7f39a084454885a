/** Who was there: members checked in from the roll, walk-ins added to the roll as prospects, guests. */
import { randomUUID } from 'node:crypto';
import type { MeetingDetail } from '../../shared/meetings';
import type { Member } from '../../shared/roll';
import { get, run, sql } from '../db/sql';
import { UserError } from '../errors';
import type { VaultContext } from '../core/context';
import { addMember, getMember } from '../roll/members';
import { foldText } from '../roll/normalize';
import { audit } from './audit';
import { editableMeeting, readMeeting, touchMeeting } from './store';

/** "José Núñez"; the name the minutes show for a member. */
export function memberName(member: Pick<Member, 'first_name' | 'last_name' | 'preferred_name'>): string {
  return [member.first_name, member.last_name].map((part) => part.trim()).filter(Boolean).join(' ') || member.preferred_name.trim() || '(no name)';
}

export function isPresent(context: VaultContext, meetingId: string, memberId: string): boolean {
  return get(context.db, sql`SELECT 1 FROM attendance WHERE meeting_id = ${meetingId} AND member_id = ${memberId}`) !== undefined;
}

function insertAttendance(context: VaultContext, meetingId: string, member: Member): void {
  if (isPresent(context, meetingId, member.id)) return;
  run(
    context.db,
    sql`INSERT INTO attendance (meeting_id, member_id, name, checked_in_at)
        VALUES (${meetingId}, ${member.id}, ${memberName(member)}, ${context.now().toISOString()})`,
  );
  touchMeeting(context, meetingId);
}

export function checkIn(context: VaultContext, meetingId: string, memberId: string): MeetingDetail {
  editableMeeting(context, meetingId);
  const member = getMember(context, memberId);
  context.db.transaction(() => insertAttendance(context, meetingId, member))();
  return readMeeting(context, meetingId);
}

export function checkOut(context: VaultContext, meetingId: string, memberId: string): MeetingDetail {
  editableMeeting(context, meetingId);
  context.db.transaction(() => {
    const { changes } = run(context.db, sql`DELETE FROM attendance WHERE meeting_id = ${meetingId} AND member_id = ${memberId}`);
    if (changes > 0) touchMeeting(context, meetingId);
  })();
  return readMeeting(context, meetingId);
}

export interface WalkIn {
  firstName: string;
  lastName?: string;
  phone?: string;
  email?: string;
}

/**
 * Someone not on the roll: added through the roll's own addMember (validation, audit, search
 * index), with the chapter's "prospect" status, and checked in, all or nothing.
 */
export function walkIn(context: VaultContext, meetingId: string, person: WalkIn): MeetingDetail {
  editableMeeting(context, meetingId);
  const statuses = context.settings.statuses;
  const status = statuses.find((candidate) => foldText(candidate) === 'prospect') ?? statuses[0]!;
  context.db.transaction(() => {
    const member = addMember(context, {
      first_name: person.firstName.trim(),
      last_name: person.lastName?.trim() ?? '',
      phone: person.phone?.trim() ?? '',
      email: person.email?.trim() ?? '',
      status,
    });
    insertAttendance(context, meetingId, member);
    audit(context, 'meeting', meetingId, 'walk-in', null, { member_id: member.id });
  })();
  return readMeeting(context, meetingId);
}

export function addGuest(context: VaultContext, meetingId: string, name: string, note = ''): MeetingDetail {
  editableMeeting(context, meetingId);
  context.db.transaction(() => {
    run(
      context.db,
      sql`INSERT INTO meeting_guests (id, meeting_id, name, note, created_at)
          VALUES (${randomUUID()}, ${meetingId}, ${name.trim()}, ${note.trim()}, ${context.now().toISOString()})`,
    );
    touchMeeting(context, meetingId);
  })();
  return readMeeting(context, meetingId);
}

export function removeGuest(context: VaultContext, id: string): MeetingDetail {
  const guest = get<{ meeting_id: string }>(context.db, sql`SELECT meeting_id FROM meeting_guests WHERE id = ${id}`);
  if (!guest) throw new UserError('NOT_FOUND', 'That guest is not on the list (they may have been removed).');
  editableMeeting(context, guest.meeting_id);
  context.db.transaction(() => {
    run(context.db, sql`DELETE FROM meeting_guests WHERE id = ${id}`);
    touchMeeting(context, guest.meeting_id);
  })();
  return readMeeting(context, guest.meeting_id);
}
