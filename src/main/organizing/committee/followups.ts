/**
 * The follow-up queue: who is due (their next follow-up is on or before the day asked about),
 * per organizer, oldest first; and who has never been contacted or not for N days. Days are
 * calendar days where the officer is (see calendar.ts). Reads the per-member summary the
 * attempt triggers keep (migration 15), so it stays fast at 100,000 members.
 */
import { QUEUE_LIST_MAX, type FollowUp, type FollowUpQueue, type QueueRequest } from '../../../shared/committee';
import { all, get, sql, type SqlQuery } from '../../db/sql';
import type { VaultContext } from '../../core/context';
import { getMember } from '../../roll/members';
import { parseDay } from '../../roll/contact-attempts';
import { addDays, calendarDay } from '../../../shared/calendar';

interface QueueRow {
  id: string;
  first_name: string;
  last_name: string;
  preferred_name: string;
  organizer: string;
  next_date: string | null;
  next_reason: string | null;
  last_contact: string | null;
}

/** "Pepe Núñez": the name people use, then the last name. */
export function spokenName(member: { first_name: string; last_name: string; preferred_name: string }): string {
  return [member.preferred_name || member.first_name, member.last_name].map((part) => part.trim()).filter(Boolean).join(' ') || '(no name)';
}

const toFollowUp = (row: QueueRow, today: string): FollowUp => ({
  member: row.id,
  name: spokenName(row),
  organizer: row.organizer || null,
  next: row.next_date || null,
  reason: row.next_reason ?? '',
  last_contact: row.last_contact || null,
  overdue: Boolean(row.next_date) && row.next_date! < today,
});

interface Scope {
  today: string;
  dueBy: string;
  organizer: SqlQuery;
  byOrganizer: boolean;
}

function scopeOf(context: VaultContext, request: QueueRequest): Scope {
  const today = calendarDay(context.now(), request.timeZone);
  const dueBy = request.dueBy?.trim() ? parseDay(context, request.dueBy, 'due-by date') : today;
  // An organizer who is not in the roll is one sentence, not an empty queue. The organizer
  // index (migration 10) holds only assigned members: `<> ''` lets SQLite see it applies.
  const organizer = request.organizer ? getMember(context, request.organizer).id : null;
  return { today, dueBy, organizer: organizer === null ? sql`1` : sql`(m.organizer = ${organizer} AND m.organizer <> '')`, byOrganizer: organizer !== null };
}

const COLUMNS = sql`m.id, m.first_name, m.last_name, m.preferred_name, m.organizer, c.next_date, c.next_reason, c.last_contact`;

function dueRows(context: VaultContext, scope: Scope): FollowUp[] {
  // One organizer's turf is a few dozen members: start from them (the organizer index), not
  // from every follow-up due in the chapter. CROSS JOIN keeps SQLite to that order.
  const from = scope.byOrganizer
    ? sql`members m CROSS JOIN member_contact c ON c.member_id = m.id`
    : sql`member_contact c JOIN members m ON m.id = c.member_id`;
  return all<QueueRow>(
    context.db,
    sql`SELECT ${COLUMNS} FROM ${from}
        WHERE c.next_date != '' AND c.next_date <= ${scope.dueBy} AND m.deleted_at = '' AND ${scope.organizer}
        ORDER BY c.next_date, m.sort_name, m.id`,
  ).map((row) => toFollowUp(row, scope.today));
}

/** Who is due for follow-up by `dueBy` (default today), oldest first: `chapterhouse followups`. */
export function followUps(context: VaultContext, request: QueueRequest = {}): FollowUp[] {
  return dueRows(context, scopeOf(context, request));
}

/** The whole queue for the follow-up page: due, never contacted, and not contacted in N days. */
export function followUpQueue(context: VaultContext, request: QueueRequest = {}): FollowUpQueue {
  const scope = scopeOf(context, request);
  const staleDays = context.settings.staleContactDays;
  const staleBefore = addDays(scope.today, -staleDays);
  const never = sql`FROM members m LEFT JOIN member_contact c ON c.member_id = m.id
                    WHERE m.deleted_at = '' AND c.member_id IS NULL AND ${scope.organizer}`;
  const stale = sql`FROM member_contact c JOIN members m ON m.id = c.member_id
                    WHERE c.last_contact < ${staleBefore} AND (c.next_date = '' OR c.next_date > ${scope.dueBy})
                      AND m.deleted_at = '' AND ${scope.organizer}`;
  const count = (from: SqlQuery): number => get<{ n: number }>(context.db, sql`SELECT count(*) AS n ${from}`)!.n;
  const rows = (from: SqlQuery, order: SqlQuery): FollowUp[] =>
    all<QueueRow>(context.db, sql`SELECT ${COLUMNS} ${from} ORDER BY ${order} LIMIT ${QUEUE_LIST_MAX}`).map((row) => toFollowUp(row, scope.today));
  return {
    today: scope.today,
    due: dueRows(context, scope),
    never: rows(never, sql`m.sort_name, m.id`),
    stale: rows(stale, sql`c.last_contact, m.sort_name`),
    staleDays,
    neverCount: count(never),
    staleCount: count(stale),
  };
}
