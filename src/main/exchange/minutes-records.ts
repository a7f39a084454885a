/**
 * Meetings as they travel between officers: one record per meeting (the meeting with its agenda,
 * attendance, guests, motions and roll calls, action items, corrections and approval), stamped
 * with the hybrid logical clock of its last change. A meeting merges as a whole, last writer
 * wins, with one exception: approved minutes are the official record. An approved version
 * replaces a draft or circulated one only when its hash and signature verify against the
 * approving officer's key known in this vault; a non-approved version never replaces an
 * approved one; two different approvals keep ours. Corrections are a union.
 */
import { z } from 'zod';
import type { Db } from '../db/connection';
import { all, get, identifier, identifiers, placeholders, prepare, raw, run, sql } from '../db/sql';
import { UserError } from '../errors';
import { recordAudit } from '../core/audit';
import type { VaultContext } from '../core/context';
import { verifyMinutes } from '../minutes/lifecycle';
import { stampMeeting } from '../minutes/store';
import type { Sodium } from '../core/sodium';
import { parseStamp } from '../core/clock';

const Value = z.union([z.string().max(200_000), z.number(), z.null()]);
const Row = z.record(z.string().max(40), Value);
type Row = z.infer<typeof Row>;
const Rows = (max: number) => z.array(Row).max(max);

export const MeetingRecord = z
  .object({
    id: z.string().min(1).max(100),
    clock: z.string().max(200),
    /** The officer whose change the stamp is. */
    author: z.string().max(100),
    /** A deleted draft: the rest is empty. */
    deleted: z.literal(true).optional(),
    meeting: Row.optional(),
    type: Row.optional(),
    agenda: Rows(2000),
    attendance: Rows(100_000),
    guests: Rows(10_000),
    motions: Rows(5000),
    votes: Rows(500_000),
    actions: Rows(5000),
    corrections: Rows(5000),
  })
  .strict();
export type MeetingRecord = z.infer<typeof MeetingRecord>;

/**
 * The columns that travel, per table. Only these are read from a record and written: column
 * names never come from a file.
 */
const COLUMNS = {
  meetings: [
    'id', 'type_id', 'title', 'starts_at', 'place', 'chair', 'secretary', 'status', 'quorum_rule', 'quorum_required', 'circulated_at',
    'approved_at', 'approved_by', 'approved_by_name', 'approved_by_motion_id', 'content_hash', 'signature', 'created_at', 'updated_at',
  ],
  meeting_types: ['id', 'name', 'quorum', 'agenda', 'position', 'created_at'],
  agenda_items: ['id', 'position', 'title', 'notes', 'status', 'kind', 'ref_meeting_id', 'ref_action_id', 'notes_saved_at'],
  attendance: ['member_id', 'name', 'checked_in_at'],
  meeting_guests: ['id', 'name', 'note', 'created_at'],
  motions: [
    'id', 'agenda_item_id', 'position', 'text', 'mover_id', 'mover_name', 'seconder_id', 'seconder_name', 'amends_motion_id',
    'approves_meeting_id', 'method', 'votes_for', 'votes_against', 'votes_abstain', 'outcome', 'present_at_vote', 'quorum_met_at_vote',
    'voted_at', 'created_at',
  ],
  roll_call_votes: ['motion_id', 'member_id', 'name', 'vote'],
  action_items: ['id', 'agenda_item_id', 'position', 'what', 'owner_member_id', 'owner_name', 'due', 'status', 'status_changed_at', 'created_at'],
  minutes_corrections: ['id', 'text', 'officer_id', 'officer_name', 'at'],
} as const;
type Table = keyof typeof COLUMNS;

const pick = (table: Table, row: Row): Row => Object.fromEntries(COLUMNS[table].map((column) => [column, row[column] ?? null]));
const select = (db: Db, table: Table, where: string, id: string, order: string): Row[] =>
  prepare(db, sql`SELECT ${identifiers(COLUMNS[table], 't')} FROM ${identifier(table)} t ${raw(where)} ORDER BY ${raw(order)}`.text)
    .all(id)
    .map((row) => row as Row);

interface LocalMeeting {
  id: string;
  status: string;
  clock: string;
  content_hash: string | null;
  title: string;
  starts_at: string;
}

/** Gives a stamp to meetings from before migration 9, so they can travel. */
export function stampUnstampedMeetings(context: VaultContext): void {
  const ids = all<{ id: string }>(context.db, sql`SELECT id FROM meetings WHERE clock = '' ORDER BY id`);
  for (const { id } of ids) stampMeeting(context, id);
}

function readOne(db: Db, id: string, clock: string): MeetingRecord | null {
  const meeting = select(db, 'meetings', 'WHERE t.id = ?', id, 't.id')[0];
  if (!meeting) return null;
  return {
    id,
    clock,
    author: parseStamp(clock).officerId,
    meeting,
    type: select(db, 'meeting_types', 'WHERE t.id = ?', String(meeting.type_id), 't.id')[0],
    agenda: select(db, 'agenda_items', 'WHERE t.meeting_id = ?', id, 't.position, t.id'),
    attendance: select(db, 'attendance', 'WHERE t.meeting_id = ?', id, 't.member_id'),
    guests: select(db, 'meeting_guests', 'WHERE t.meeting_id = ?', id, 't.id'),
    motions: select(db, 'motions', 'WHERE t.meeting_id = ?', id, 't.position, t.created_at, t.id'),
    votes: select(db, 'roll_call_votes', 'JOIN motions m ON m.id = t.motion_id WHERE m.meeting_id = ?', id, 't.motion_id, t.member_id'),
    actions: select(db, 'action_items', 'WHERE t.meeting_id = ?', id, 't.position, t.created_at, t.id'),
    corrections: select(db, 'minutes_corrections', 'WHERE t.meeting_id = ?', id, 't.at, t.id'),
  };
}

/** Meetings (all, or the chosen ones) and the tombstones of deleted drafts among them. */
export function readMeetingRecords(db: Db, ids?: string[]): MeetingRecord[] {
  const chosen = ids ? new Set(ids) : null;
  const records: MeetingRecord[] = [];
  for (const row of all<{ id: string; clock: string }>(db, sql`SELECT id, clock FROM meetings ORDER BY id`)) {
    if (chosen && !chosen.has(row.id)) continue;
    records.push(readOne(db, row.id, row.clock)!);
  }
  for (const tomb of all<{ id: string; clock: string }>(db, sql`SELECT id, clock FROM meeting_tombstones ORDER BY id`)) {
    if (chosen && !chosen.has(tomb.id)) continue;
    const empty = { agenda: [], attendance: [], guests: [], motions: [], votes: [], actions: [], corrections: [] };
    records.push({ id: tomb.id, clock: tomb.clock, author: parseStamp(tomb.clock).officerId, deleted: true, ...empty });
  }
  return records;
}

/** The content of a record, comparable: its clock and author left out, corrections as a set. */
function contentOf(record: MeetingRecord): string {
  const { clock: _clock, author: _author, corrections, ...rest } = record;
  return JSON.stringify({ ...rest, corrections: [...corrections].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)) });
}

export type MeetingConflictReason = 'approval-unverifiable' | 'approval-invalid' | 'ours-approved' | 'other-approval' | 'edited-both' | 'ours-circulated';

export interface MeetingMergeDetail {
  id: string;
  kind: 'new' | 'changed' | 'deleted' | 'conflict';
  title: string;
  date: string;
  reason?: MeetingConflictReason;
}

export interface MeetingMergeSummary {
  new: number;
  changed: number;
  deleted: number;
  conflicts: number;
  details: MeetingMergeDetail[];
}

export const emptyMeetingSummary = (): MeetingMergeSummary => ({ new: 0, changed: 0, deleted: 0, conflicts: 0, details: [] });

const malformed = () => new UserError('INVALID_INPUT', 'A meeting in this file holds something this vault cannot store, so nothing was imported.');

function insertRow(db: Db, table: Table, row: Row, extra: Record<string, string> = {}): void {
  const columns = [...COLUMNS[table], ...Object.keys(extra)];
  const values = [...COLUMNS[table].map((column) => row[column] ?? null), ...Object.values(extra)];
  try {
    prepare(db, sql`INSERT INTO ${identifier(table)} (${identifiers(columns)}) VALUES (${placeholders(columns.length)})`.text).run(...values);
  } catch {
    throw malformed();
  }
}

/**
 * Members the minutes name but this vault's roll does not hold (a file with only the minutes)
 * get a deleted placeholder row, so the minutes keep their ids (the approval's hash covers
 * them) and the names as recorded. The placeholder has no stamps: the real member, when it
 * arrives with the roll, replaces it field by field.
 */
function ensureMembers(context: VaultContext, record: MeetingRecord): void {
  const ids = new Set<string>();
  for (const row of [...record.attendance, ...record.votes]) if (typeof row.member_id === 'string') ids.add(row.member_id);
  for (const row of record.motions) for (const column of ['mover_id', 'seconder_id']) if (typeof row[column] === 'string') ids.add(row[column] as string);
  for (const row of record.actions) if (typeof row.owner_member_id === 'string') ids.add(row.owner_member_id);
  const now = context.now().toISOString();
  for (const id of ids) {
    if (get(context.db, sql`SELECT 1 AS x FROM members WHERE id = ${id}`)) continue;
    run(context.db, sql`INSERT INTO members (id, clocks, created_at, updated_at, deleted_at) VALUES (${id}, '{}', ${now}, ${now}, ${now})`);
  }
}

/**
 * What a file may change in minutes approved here: corrections it brings that this vault lacks
 * are added (a correction this vault has keeps its text), and, when the file's version is later,
 * action items this vault has take its status. Everything the approval signed is ours.
 */
function approvedUpdate(ours: MeetingRecord, theirs: MeetingRecord, theirsLater: boolean): MeetingRecord {
  const known = new Set(ours.corrections.map((row) => String(row.id)));
  const corrections = [...ours.corrections, ...theirs.corrections.filter((row) => !known.has(String(row.id)))];
  const statuses = new Map(theirs.actions.map((row) => [String(row.id), row]));
  const actions = ours.actions.map((row) => {
    const incoming = statuses.get(String(row.id));
    return theirsLater && incoming ? { ...row, status: incoming.status ?? null, status_changed_at: incoming.status_changed_at ?? null } : row;
  });
  return { ...ours, clock: theirsLater ? theirs.clock : ours.clock, corrections, actions };
}

const alteredApproval = (local: LocalMeeting) =>
  new UserError(
    'INVALID_INPUT',
    `This file would change the approved minutes of the meeting of ${local.starts_at.slice(0, 10)} (${local.title}), which no file may do, so nothing was imported.`,
  );

/** Replaces this vault's copy of the meeting with the record; a correction this vault has keeps its text. */
function writeMeeting(context: VaultContext, record: MeetingRecord): void {
  const db = context.db;
  const meeting = record.meeting!;
  if (meeting.id !== record.id) throw malformed();
  const corrections = new Map<string, Row>();
  for (const row of record.corrections) corrections.set(String(row.id), row);
  for (const row of select(db, 'minutes_corrections', 'WHERE t.meeting_id = ?', record.id, 't.id')) corrections.set(String(row.id), row);
  run(db, sql`DELETE FROM meetings WHERE id = ${record.id}`);
  run(db, sql`DELETE FROM meeting_tombstones WHERE id = ${record.id}`);
  if (record.type && !get(db, sql`SELECT 1 AS x FROM meeting_types WHERE id = ${String(meeting.type_id)}`)) {
    insertRow(db, 'meeting_types', pick('meeting_types', record.type));
  }
  ensureMembers(context, record);
  insertRow(db, 'meetings', pick('meetings', meeting), { clock: record.clock });
  const meetingId = { meeting_id: record.id };
  for (const row of record.agenda) insertRow(db, 'agenda_items', row, meetingId);
  for (const row of record.attendance) insertRow(db, 'attendance', row, meetingId);
  for (const row of record.guests) insertRow(db, 'meeting_guests', row, meetingId);
  // An amendment after the motion it amends.
  const pending = [...record.motions];
  const written = new Set<string>();
  while (pending.length > 0) {
    const index = pending.findIndex((row) => !row.amends_motion_id || written.has(String(row.amends_motion_id)));
    if (index < 0) throw malformed();
    const [row] = pending.splice(index, 1);
    insertRow(db, 'motions', row!, meetingId);
    written.add(String(row!.id));
  }
  // A vote belongs to one of this record's motions: never to a motion of other minutes.
  for (const row of record.votes) {
    if (!written.has(String(row.motion_id))) throw malformed();
    insertRow(db, 'roll_call_votes', row);
  }
  for (const row of record.actions) insertRow(db, 'action_items', row, meetingId);
  for (const row of corrections.values()) insertRow(db, 'minutes_corrections', row, meetingId);
}

/**
 * Writes the record in a savepoint and checks what the approval vouches for, with this vault's
 * own verification: the approving officer's key as this vault knows it. Kept only when it
 * verifies and `keep` is true.
 */
function writeApproved(context: VaultContext, sodium: Sodium, record: MeetingRecord): 'ok' | 'approval-unverifiable' | 'approval-invalid' {
  const approver = String(record.meeting?.approved_by ?? '');
  // Unknown approver: refused, not imported unchecked. Adding their card and importing again brings it.
  if (!get(context.db, sql`SELECT 1 AS x FROM officers WHERE id = ${approver}`)) return 'approval-unverifiable';
  run(context.db, sql`SAVEPOINT incoming_minutes`);
  let verdict: 'ok' | 'approval-invalid' = 'approval-invalid';
  try {
    writeMeeting(context, record);
    verdict = verifyMinutes(context, sodium, record.id).ok ? 'ok' : 'approval-invalid';
  } finally {
    if (verdict !== 'ok') run(context.db, sql`ROLLBACK TO incoming_minutes`);
    run(context.db, sql`RELEASE incoming_minutes`);
  }
  return verdict;
}

/** Meetings merged between two turns of the event loop. */
const BATCH = 25;

/**
 * Merges meeting records in batches, yielding how many are done after each. Every decision is
 * made by writing, as the import would: a preview (`write` false) writes each batch in a
 * savepoint and takes it back, so what it reports (a record this vault cannot store included)
 * is what the import does. Returns the latest stamp seen.
 */
export function* mergeMeetings(
  context: VaultContext,
  sodium: Sodium,
  records: MeetingRecord[],
  options: { write: boolean; since: string; attribution: (stamps: string[]) => string },
  summary: MeetingMergeSummary,
): Generator<number, string> {
  let latest = '';
  const approved = verifiedApprovals(context, sodium);
  const mergeChecked = (batch: MeetingRecord[]): string => {
    const stamp = mergeBatch(context, sodium, batch, options, summary);
    for (const meeting of approved) if (!verifyMinutes(context, sodium, meeting.id).ok) throw alteredApproval(meeting);
    return stamp;
  };
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH);
    if (options.write) {
      latest = maxStamp(latest, mergeChecked(batch));
    } else {
      run(context.db, sql`SAVEPOINT preview_minutes`);
      try {
        latest = maxStamp(latest, mergeChecked(batch));
      } finally {
        run(context.db, sql`ROLLBACK TO preview_minutes`);
        run(context.db, sql`RELEASE preview_minutes`);
      }
    }
    yield start + batch.length;
  }
  return latest;
}

const maxStamp = (a: string, b: string): string => (a > b ? a : b);

/**
 * The approved minutes that verify before an import: after every batch they must still verify
 * (whatever rows a file's records reach), or the whole import is rolled back.
 */
function verifiedApprovals(context: VaultContext, sodium: Sodium): LocalMeeting[] {
  return all<LocalMeeting>(context.db, sql`SELECT id, status, clock, content_hash, title, starts_at FROM meetings WHERE status = 'approved' ORDER BY id`).filter(
    (meeting) => verifyMinutes(context, sodium, meeting.id).ok,
  );
}

function mergeBatch(
  context: VaultContext,
  sodium: Sodium,
  records: MeetingRecord[],
  options: { write: boolean; since: string; attribution: (stamps: string[]) => string },
  summary: MeetingMergeSummary,
): string {
  const db = context.db;
  let latest = '';
  const note = (kind: MeetingMergeDetail['kind'], record: MeetingRecord, local: LocalMeeting | undefined, reason?: MeetingConflictReason) => {
    summary[kind === 'conflict' ? 'conflicts' : kind]++;
    const title = String(local?.title ?? record.meeting?.title ?? '');
    const date = String(local?.starts_at ?? record.meeting?.starts_at ?? '');
    summary.details.push({ id: record.id, kind, title, date, ...(reason ? { reason } : {}) });
  };
  const audit = (record: MeetingRecord, action: string) =>
    options.write && recordAudit(context, { entity: 'meeting', entityId: record.id, action, after: { clock: record.clock }, note: options.attribution([record.clock]) });
  for (const record of records) {
    if (record.clock > latest) latest = record.clock;
    const local = get<LocalMeeting>(db, sql`SELECT id, status, clock, content_hash, title, starts_at FROM meetings WHERE id = ${record.id}`);
    const tomb = get<{ clock: string }>(db, sql`SELECT clock FROM meeting_tombstones WHERE id = ${record.id}`);
    if (record.deleted) {
      if (local) {
        if (record.clock <= local.clock) continue;
        // Only drafts are ever deleted; minutes others have seen stay.
        if (local.status !== 'draft') {
          note('conflict', record, local, 'ours-circulated');
          continue;
        }
        note('deleted', record, local);
        run(db, sql`DELETE FROM meetings WHERE id = ${record.id}`);
        audit(record, 'sync delete');
      } else if (tomb && record.clock <= tomb.clock) {
        continue;
      }
      run(
        db,
        sql`INSERT INTO meeting_tombstones (id, clock, deleted_at) VALUES (${record.id}, ${record.clock}, ${context.now().toISOString()})
            ON CONFLICT (id) DO UPDATE SET clock = excluded.clock`,
      );
      continue;
    }
    if (!record.meeting) throw malformed();
    const approved = record.meeting.status === 'approved';
    if (!local && tomb && record.clock <= tomb.clock) continue; // deleted here after that version
    const ours = local ? readOne(db, record.id, local.clock) : null;
    const differs = !ours || contentOf(ours) !== contentOf(record);
    if (approved) {
      if (local?.status === 'approved') {
        if (local.content_hash !== record.meeting.content_hash) {
          note('conflict', record, local, 'other-approval');
          continue;
        }
        // The same approval: the minutes stay exactly as approved here, whatever the file's clock
        // says. Only new corrections join, and the later action statuses win (neither is part of
        // what the approval signed).
        const merged = approvedUpdate(ours!, record, record.clock > local.clock);
        if (contentOf(merged) === contentOf(ours!) && merged.clock === ours!.clock) continue;
        writeMeeting(context, merged);
        if (!verifyMinutes(context, sodium, record.id).ok) throw alteredApproval(local);
        note('changed', record, local);
        audit(record, 'sync');
        continue;
      }
      if (!differs && local && record.clock <= local.clock) continue;
      const verdict = writeApproved(context, sodium, record);
      if (verdict !== 'ok') {
        note('conflict', record, local, verdict);
        continue;
      }
      note(local ? 'changed' : 'new', record, local);
      audit(record, local ? 'sync' : 'sync create');
      continue;
    }
    if (local?.status === 'approved') {
      // Approved minutes are the official record: a later draft from elsewhere is reported, never taken.
      if (record.clock > local.clock) note('conflict', record, local, 'ours-approved');
      continue;
    }
    if (local && record.clock <= local.clock) {
      if (record.clock > options.since && record.clock < local.clock && differs) note('conflict', record, local, 'edited-both');
      continue;
    }
    if (differs) note(local ? 'changed' : 'new', record, local);
    writeMeeting(context, record);
    if (differs) audit(record, local ? 'sync' : 'sync create');
  }
  return latest;
}
