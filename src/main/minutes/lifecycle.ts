/**
 * Draft → circulated → approved. Approval happens only when a motion to approve carries at a
 * later meeting: the minutes are frozen, and their SHA-256 over a canonical serialization is
 * signed with the approving officer's Ed25519 key, so any later change to the stored minutes
 * shows. After that only corrections (text, officer, time) are appended.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { MeetingDetail, MinutesVerification } from '../../shared/meetings';
import { get, run, sql } from '../db/sql';
import { UserError } from '../errors';
import { selfIdentity } from '../exchange/officers';
import { longDate } from '../print/pdf';
import type { VaultContext } from '../core/context';
import type { Sodium } from '../core/sodium';
import { audit } from './audit';
import { editableMeeting, findMeetingRow, meetingDay, meetingQuorum, presentCount, readMeeting, stampMeeting, touchMeeting } from './store';

const SIGNATURE_CONTEXT = 'chapterhouse-minutes:v1';

/** JSON with keys sorted at every level and no white space: the same minutes, the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What approval vouches for: the heading, the quorum as recorded, agenda and notes, who was
 * there (names as checked in), motions and votes, action items. Not an action item's status:
 * that is tracking that goes on after approval. Not the type's name: types can be renamed.
 */
export function canonicalMinutes(detail: MeetingDetail): string {
  const { meeting } = detail;
  const byId = <T extends { id: string }>(items: T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return canonicalJson({
    v: 1,
    id: meeting.id,
    typeId: meeting.typeId,
    title: meeting.title,
    startsAt: meeting.date,
    place: meeting.place,
    chair: meeting.chair,
    secretary: meeting.secretary,
    quorum: { rule: detail.quorum.rule, required: detail.quorum.required },
    agenda: detail.agenda,
    attendance: [...detail.attendance]
      .sort((a, b) => (a.memberId < b.memberId ? -1 : 1))
      .map(({ memberId, name, checkedInAt }) => ({ memberId, name, checkedInAt })),
    guests: byId(detail.guests),
    motions: detail.motions.map((motion) => ({
      ...motion,
      rollCall: [...motion.rollCall].sort((a, b) => (a.memberId < b.memberId ? -1 : 1)),
    })),
    actions: detail.actions.map(({ status: _status, ...action }) => action),
  });
}

export function minutesHash(context: VaultContext, meetingId: string): string {
  return createHash('sha256').update(canonicalMinutes(readMeeting(context, meetingId)), 'utf8').digest('hex');
}

const signedMessage = (meetingId: string, contentHash: string, approvedAt: string): Uint8Array =>
  new TextEncoder().encode(`${SIGNATURE_CONTEXT}\n${meetingId}\n${contentHash}\n${approvedAt}`);

/** Draft → circulated; the quorum rule and figure are fixed from now on. */
export function circulate(context: VaultContext, id: string): MeetingDetail {
  const row = editableMeeting(context, id);
  if (row.status === 'circulated') return readMeeting(context, id);
  const quorum = meetingQuorum(context, row, presentCount(context, id));
  context.db.transaction(() => {
    run(
      context.db,
      sql`UPDATE meetings SET status = 'circulated', circulated_at = ${context.now().toISOString()},
                              quorum_rule = ${quorum.rule}, quorum_required = ${quorum.required}
          WHERE id = ${id}`,
    );
    touchMeeting(context, id);
    audit(context, 'meeting', id, 'circulate', { status: 'draft' }, { status: 'circulated' });
  })();
  return readMeeting(context, id);
}

/** Called inside the transaction that records the carried approval motion. */
export function approveMeeting(context: VaultContext, sodium: Sodium, targetId: string, motionId: string): void {
  const target = findMeetingRow(context, targetId);
  if (target.status !== 'circulated') {
    throw new UserError(
      'FORBIDDEN',
      `The minutes of ${longDate(meetingDay(target.starts_at))} have not been circulated yet. Circulate them before they are approved.`,
    );
  }
  const officer = selfIdentity(context.db);
  const approvedAt = context.now().toISOString();
  const contentHash = minutesHash(context, targetId);
  const signature = Buffer.from(sodium.crypto_sign_detached(signedMessage(targetId, contentHash, approvedAt), officer.signingSecretKey)).toString('base64');
  officer.signingSecretKey.fill(0);
  run(
    context.db,
    sql`UPDATE meetings SET status = 'approved', approved_at = ${approvedAt}, approved_by = ${officer.officerId},
                            approved_by_name = ${officer.name}, approved_by_motion_id = ${motionId},
                            content_hash = ${contentHash}, signature = ${signature}, updated_at = ${approvedAt}
        WHERE id = ${targetId}`,
  );
  stampMeeting(context, targetId);
  audit(context, 'meeting', targetId, 'approve', { status: 'circulated' }, { status: 'approved', content_hash: contentHash, motion_id: motionId });
}

/** Whether approved minutes are still exactly what was approved, and signed by that officer. */
export function verifyMinutes(context: VaultContext, sodium: Sodium, id: string): MinutesVerification {
  const row = findMeetingRow(context, id);
  if (row.status !== 'approved' || !row.content_hash || !row.signature || !row.approved_by || !row.approved_at) {
    return { ok: false, message: 'These minutes have not been approved, so there is no signature to check.' };
  }
  const officer = get<{ name: string; signing_public_key: Buffer }>(context.db, sql`SELECT name, signing_public_key FROM officers WHERE id = ${row.approved_by}`);
  const contentHash = minutesHash(context, id);
  const signer = officer?.name ?? row.approved_by_name ?? undefined;
  if (contentHash !== row.content_hash) {
    return { ok: false, contentHash, signer, message: 'These minutes have changed since they were approved: they no longer match the approved record.' };
  }
  const signature = new Uint8Array(Buffer.from(row.signature, 'base64'));
  const key = officer ? new Uint8Array(officer.signing_public_key) : null;
  const valid =
    key !== null &&
    key.length === sodium.crypto_sign_PUBLICKEYBYTES &&
    signature.length === sodium.crypto_sign_BYTES &&
    sodium.crypto_sign_verify_detached(signature, signedMessage(id, row.content_hash, row.approved_at), key);
  if (!valid) return { ok: false, contentHash, signer, message: 'The approving officer’s signature on these minutes does not check out.' };
  return { ok: true, contentHash, signer, message: `These minutes are exactly as ${signer} approved them.` };
}

/** The only change approved minutes take: a correction appended, with the officer and the time. */
export function addCorrection(context: VaultContext, meetingId: string, text: string): MeetingDetail {
  const row = findMeetingRow(context, meetingId);
  if (row.status !== 'approved') {
    throw new UserError('FORBIDDEN', 'These minutes are not approved yet, so edit them directly instead of adding a correction.');
  }
  const officer = get<{ name: string }>(context.db, sql`SELECT name FROM officers WHERE id = ${context.officerId}`);
  const id = randomUUID();
  context.db.transaction(() => {
    run(
      context.db,
      sql`INSERT INTO minutes_corrections (id, meeting_id, text, officer_id, officer_name, at)
          VALUES (${id}, ${meetingId}, ${text.trim()}, ${context.officerId}, ${officer?.name ?? ''}, ${context.now().toISOString()})`,
    );
    stampMeeting(context, meetingId);
    audit(context, 'meeting', meetingId, 'correction', null, { correction_id: id });
  })();
  return readMeeting(context, meetingId);
}
