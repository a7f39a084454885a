/**
 * The agenda: a new meeting starts from its type's template, plus an item to approve the last
 * unapproved minutes of that type and one to review each action item still open from earlier
 * meetings of that type. Items can be added, reordered, tabled, removed; notes save cheaply.
 */
import { randomUUID } from 'node:crypto';
import type { AgendaItem, MeetingDetail } from '../../shared/meetings';
import { all, get, run, sql } from '../db/sql';
import { UserError } from '../errors';
import { longDate } from '../print/pdf';
import type { VaultContext } from '../core/context';
import { getMeetingType } from './meeting-types';
import { editableMeeting, insertMeeting, meetingDay, readMeeting, touchMeeting, type NewMeeting } from './store';

interface NewItem {
  title: string;
  kind?: AgendaItem['kind'];
  refMeetingId?: string;
  refActionId?: string;
}

export function approvalTitle(startsAt: string): string {
  return `Approval of the minutes of ${longDate(meetingDay(startsAt))}`;
}

/** What the automation adds: [approval of the last minutes?, one review per open action item]. */
export function automaticItems(context: VaultContext, typeId: string, startsAt: string, excludeMeetingId = ''): NewItem[] {
  const items: NewItem[] = [];
  const previous = get<{ id: string; starts_at: string; status: string }>(
    context.db,
    sql`SELECT id, starts_at, status FROM meetings
        WHERE type_id = ${typeId} AND starts_at < ${startsAt} AND id != ${excludeMeetingId}
        ORDER BY starts_at DESC LIMIT 1`,
  );
  if (previous && previous.status !== 'approved') {
    items.push({ title: approvalTitle(previous.starts_at), kind: 'approve-minutes', refMeetingId: previous.id });
  }
  const open = all<{ id: string; meeting_id: string; what: string; owner_name: string; due: string }>(
    context.db,
    sql`SELECT x.id, x.meeting_id, x.what, x.owner_name, x.due FROM action_items x JOIN meetings m ON m.id = x.meeting_id
        WHERE x.status = 'open' AND m.type_id = ${typeId} AND m.starts_at < ${startsAt} AND m.id != ${excludeMeetingId}
        ORDER BY m.starts_at, x.position`,
  );
  for (const action of open) {
    const owner = action.owner_name ? ` — ${action.owner_name}` : '';
    const due = action.due ? ` (due ${longDate(action.due)})` : '';
    items.push({ title: `Action item: ${action.what}${owner}${due}`, kind: 'action-review', refMeetingId: action.meeting_id, refActionId: action.id });
  }
  return items;
}

function insertItems(context: VaultContext, meetingId: string, items: NewItem[], from: number): void {
  items.forEach((item, offset) => {
    run(
      context.db,
      sql`INSERT INTO agenda_items (id, meeting_id, position, title, kind, ref_meeting_id, ref_action_id)
          VALUES (${randomUUID()}, ${meetingId}, ${from + offset}, ${item.title}, ${item.kind ?? 'item'},
                  ${item.refMeetingId ?? null}, ${item.refActionId ?? null})`,
    );
  });
}

/** The template's first item (the call to order) stays first; approval and reviews follow it. */
export function createMeeting(context: VaultContext, input: NewMeeting): MeetingDetail {
  const type = getMeetingType(context, input.typeId);
  const id = context.db.transaction(() => {
    const meetingId = insertMeeting(context, input);
    const template: NewItem[] = type.agenda.map((title) => ({ title }));
    const automatic = automaticItems(context, type.id, input.startsAt, meetingId);
    insertItems(context, meetingId, [...template.slice(0, 1), ...automatic, ...template.slice(1)], 0);
    return meetingId;
  })();
  return readMeeting(context, id);
}

interface ItemRow {
  id: string;
  meeting_id: string;
  position: number;
  title: string;
  status: AgendaItem['status'];
}

export function findAgendaItem(context: VaultContext, id: string): ItemRow {
  const row = get<ItemRow>(context.db, sql`SELECT id, meeting_id, position, title, status FROM agenda_items WHERE id = ${id}`);
  if (!row) throw new UserError('NOT_FOUND', 'That agenda item does not exist (it may have been removed).');
  return row;
}

/** Positions 0..n-1 in the given order. */
function renumber(context: VaultContext, ids: string[]): void {
  ids.forEach((id, position) => run(context.db, sql`UPDATE agenda_items SET position = ${position} WHERE id = ${id}`));
}

function orderedIds(context: VaultContext, meetingId: string): string[] {
  return all<{ id: string }>(context.db, sql`SELECT id FROM agenda_items WHERE meeting_id = ${meetingId} ORDER BY position, seq`).map((row) => row.id);
}

export function addAgendaItem(context: VaultContext, meetingId: string, title: string, index?: number): MeetingDetail {
  editableMeeting(context, meetingId);
  context.db.transaction(() => {
    const ids = orderedIds(context, meetingId);
    const id = randomUUID();
    run(context.db, sql`INSERT INTO agenda_items (id, meeting_id, position, title) VALUES (${id}, ${meetingId}, ${ids.length}, ${title.trim()})`);
    ids.splice(Math.min(index ?? ids.length, ids.length), 0, id);
    renumber(context, ids);
    touchMeeting(context, meetingId);
  })();
  return readMeeting(context, meetingId);
}

export function updateAgendaItem(context: VaultContext, id: string, changes: { title?: string; status?: AgendaItem['status'] }): MeetingDetail {
  const item = findAgendaItem(context, id);
  editableMeeting(context, item.meeting_id);
  context.db.transaction(() => {
    if (changes.title !== undefined && changes.title.trim() !== item.title) {
      run(context.db, sql`UPDATE agenda_items SET title = ${changes.title.trim()} WHERE id = ${id}`);
    }
    if (changes.status && changes.status !== item.status) run(context.db, sql`UPDATE agenda_items SET status = ${changes.status} WHERE id = ${id}`);
    touchMeeting(context, item.meeting_id);
  })();
  return readMeeting(context, item.meeting_id);
}

export function moveAgendaItem(context: VaultContext, id: string, index: number): MeetingDetail {
  const item = findAgendaItem(context, id);
  editableMeeting(context, item.meeting_id);
  context.db.transaction(() => {
    const ids = orderedIds(context, item.meeting_id).filter((other) => other !== id);
    ids.splice(Math.min(index, ids.length), 0, id);
    renumber(context, ids);
    touchMeeting(context, item.meeting_id);
  })();
  return readMeeting(context, item.meeting_id);
}

/** Motions and action items are the record: an item that has them is tabled or closed, not removed. */
export function removeAgendaItem(context: VaultContext, id: string): MeetingDetail {
  const item = findAgendaItem(context, id);
  editableMeeting(context, item.meeting_id);
  const attached = get<{ n: number }>(
    context.db,
    sql`SELECT (SELECT count(*) FROM motions WHERE agenda_item_id = ${id}) + (SELECT count(*) FROM action_items WHERE agenda_item_id = ${id}) AS n`,
  )!.n;
  if (attached > 0) {
    throw new UserError('FORBIDDEN', `"${item.title}" has motions or action items, so it can't be removed. Mark it tabled or done instead.`);
  }
  context.db.transaction(() => {
    run(context.db, sql`DELETE FROM agenda_items WHERE id = ${id}`);
    renumber(context, orderedIds(context, item.meeting_id));
    touchMeeting(context, item.meeting_id);
  })();
  return readMeeting(context, item.meeting_id);
}

/** Called by autosave about once a second while the secretary types: one small write. */
export function saveNotes(context: VaultContext, agendaItemId: string, notes: string): { savedAt: string } {
  const item = findAgendaItem(context, agendaItemId);
  editableMeeting(context, item.meeting_id);
  const savedAt = context.now().toISOString();
  context.db.transaction(() => {
    run(context.db, sql`UPDATE agenda_items SET notes = ${notes}, notes_saved_at = ${savedAt} WHERE id = ${agendaItemId} AND notes != ${notes}`);
    touchMeeting(context, item.meeting_id);
  })();
  return { savedAt };
}
