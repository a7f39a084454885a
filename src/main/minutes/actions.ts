/**
 * Action items: what, who (a member, or a name or office typed in), when, and status. The
 * status goes on being tracked after the minutes are approved; the rest is part of the minutes.
 */
import { randomUUID } from 'node:crypto';
import type { ActionItem, ActionStatus, OpenActionItem } from '../../shared/meetings';
import { all, get, run, sql } from '../db/sql';
import { UserError } from '../errors';
import type { VaultContext } from '../core/context';
import { getMember } from '../roll/members';
import { audit } from './audit';
import { memberName } from './attendance';
import { editableMeeting, findMeetingRow, toActionItem, stampMeeting, touchMeeting, type ActionRow } from './store';

export interface NewAction {
  meetingId: string;
  agendaItemId?: string;
  what: string;
  ownerMemberId?: string;
  ownerName?: string;
  due?: string;
}

function readAction(context: VaultContext, id: string): ActionRow {
  const row = get<ActionRow>(context.db, sql`SELECT * FROM action_items WHERE id = ${id}`);
  if (!row) throw new UserError('NOT_FOUND', 'That action item does not exist (it may have been removed).');
  return row;
}

/** A member owner's name comes from the roll; otherwise the free text, e.g. "Treasurer". */
function ownerOf(context: VaultContext, memberId: string | null | undefined, name: string | undefined): { id: string | null; name: string } {
  if (memberId) return { id: memberId, name: memberName(getMember(context, memberId)) };
  return { id: null, name: name?.trim() ?? '' };
}

export function addAction(context: VaultContext, input: NewAction): ActionItem {
  editableMeeting(context, input.meetingId);
  if (input.agendaItemId) {
    const item = get(context.db, sql`SELECT 1 FROM agenda_items WHERE id = ${input.agendaItemId} AND meeting_id = ${input.meetingId}`);
    if (!item) throw new UserError('NOT_FOUND', 'That agenda item is not part of this meeting.');
  }
  const owner = ownerOf(context, input.ownerMemberId, input.ownerName);
  const id = randomUUID();
  context.db.transaction(() => {
    const position = get<{ n: number }>(context.db, sql`SELECT count(*) AS n FROM action_items WHERE meeting_id = ${input.meetingId}`)!.n;
    run(
      context.db,
      sql`INSERT INTO action_items (id, meeting_id, agenda_item_id, position, what, owner_member_id, owner_name, due, created_at)
          VALUES (${id}, ${input.meetingId}, ${input.agendaItemId ?? null}, ${position}, ${input.what.trim()}, ${owner.id}, ${owner.name},
                  ${input.due ?? ''}, ${context.now().toISOString()})`,
    );
    touchMeeting(context, input.meetingId);
    audit(context, 'meeting', input.meetingId, 'action item', null, { action_id: id, what: input.what.trim() });
  })();
  return toActionItem(readAction(context, id));
}

export interface ActionChanges {
  what?: string;
  ownerMemberId?: string | null;
  ownerName?: string;
  due?: string | null;
  status?: ActionStatus;
}

export function updateAction(context: VaultContext, id: string, changes: ActionChanges): ActionItem {
  const row = readAction(context, id);
  const changesMinutes = changes.what !== undefined || changes.ownerMemberId !== undefined || changes.ownerName !== undefined || changes.due !== undefined;
  // Only the status may change once the minutes that recorded the item are approved.
  if (changesMinutes) editableMeeting(context, row.meeting_id);
  else findMeetingRow(context, row.meeting_id);
  const ownerChanged = changes.ownerMemberId !== undefined || changes.ownerName !== undefined;
  const owner = ownerChanged
    ? ownerOf(context, changes.ownerMemberId === undefined ? row.owner_member_id : changes.ownerMemberId, changes.ownerName ?? (changes.ownerMemberId === null ? '' : row.owner_name))
    : { id: row.owner_member_id, name: row.owner_name };
  const next = {
    what: changes.what?.trim() ?? row.what,
    due: changes.due === undefined ? row.due : changes.due ?? '',
    status: changes.status ?? row.status,
  };
  context.db.transaction(() => {
    run(
      context.db,
      sql`UPDATE action_items SET what = ${next.what}, owner_member_id = ${owner.id}, owner_name = ${owner.name}, due = ${next.due},
                                  status = ${next.status},
                                  status_changed_at = ${next.status !== row.status ? context.now().toISOString() : null}
          WHERE id = ${id}`,
    );
    if (changesMinutes) touchMeeting(context, row.meeting_id);
    else stampMeeting(context, row.meeting_id);
    audit(
      context,
      'meeting',
      row.meeting_id,
      'action item update',
      { action_id: id, what: row.what, owner: row.owner_name, due: row.due, status: row.status },
      { action_id: id, what: next.what, owner: owner.name, due: next.due, status: next.status },
    );
  })();
  return toActionItem(readAction(context, id));
}

/** Action items across all meetings: the soonest due first, undated ones after, oldest meeting first. */
export function listActions(context: VaultContext, status?: ActionStatus): OpenActionItem[] {
  return all<ActionRow & { meeting_title: string; meeting_date: string }>(
    context.db,
    sql`SELECT x.*, m.title AS meeting_title, m.starts_at AS meeting_date
        FROM action_items x JOIN meetings m ON m.id = x.meeting_id
        WHERE ${status ?? null} IS NULL OR x.status = ${status ?? null}
        ORDER BY x.due = '', x.due, m.starts_at, x.position`,
  ).map((row) => ({ ...toActionItem(row), meetingTitle: row.meeting_title, meetingDate: row.meeting_date }));
}

export function actionsOwnedBy(context: VaultContext, memberId: string): ActionItem[] {
  return all<ActionRow>(
    context.db,
    sql`SELECT x.* FROM action_items x JOIN meetings m ON m.id = x.meeting_id WHERE x.owner_member_id = ${memberId} ORDER BY m.starts_at DESC, x.position`,
  ).map(toActionItem);
}
