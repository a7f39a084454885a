/**
 * Targets — who can fix it: the owner (often an LLC), the management company, the employer, and
 * the people who act for them — and which places each owns, manages or runs, when. A link is
 * never rewritten when a building changes hands: the old owner's link gets its last day, the new
 * owner gets a new link, so every complaint can be set against who owned the place that day.
 */
import type { z } from 'zod';
import { TargetInput, type PlaceLink, type Target, type TargetRole } from '../../../shared/places';
import { all, sql } from '../../db/sql';
import { UserError } from '../../errors';
import type { VaultContext } from '../../core/context';
import { isCalendarDate } from './dates';
import { groupBy } from './fold';
import { placeTargetKind, targetKind } from './kinds';
import { getPlace } from './places';
import { createSynced, deleteSynced, readSynced, updateSynced } from '../../core/synced-records';

/** Roles of which a place has one at a time: a new one ends the old one's link. */
const ONE_AT_A_TIME: readonly TargetRole[] = ['owner', 'management', 'employer'];

interface LinkRow {
  id: string;
  place_id: string;
  place_name: string | null;
  target_id: string;
  target_name: string | null;
  role: string | null;
  since: string;
  until: string;
  notes: string;
}

const toLink = (row: LinkRow): PlaceLink => ({
  id: row.id,
  placeId: row.place_id,
  placeName: row.place_name ?? '',
  targetId: row.target_id,
  targetName: row.target_name ?? '',
  role: (row.role ?? 'owner') as TargetRole,
  since: row.since,
  until: row.until,
  notes: row.notes,
});

/** Live links with their place and target, newest first; `where` narrows them. */
function links(context: VaultContext, where = sql`1 = 1`): PlaceLink[] {
  return all<LinkRow>(
    context.db,
    sql`SELECT l.id, l.place_id, p.name AS place_name, l.target_id, t.name AS target_name, t.role, l.since, l.until, l.notes
        FROM place_targets l
        JOIN targets t ON t.id = l.target_id AND t.deleted_at = ''
        JOIN places p ON p.id = l.place_id AND p.deleted_at = ''
        WHERE l.deleted_at = '' AND ${where}
        ORDER BY l.since DESC, l.created_at DESC`,
  ).map(toLink);
}

export function placeLinks(context: VaultContext, placeId: string): PlaceLink[] {
  return links(context, sql`l.place_id = ${placeId}`);
}

/** Who owned, managed or ran the place on `day`. */
export function targetsOn(allLinks: readonly PlaceLink[], day: string): PlaceLink[] {
  return allLinks.filter((link) => (!link.since || link.since <= day) && (!link.until || link.until >= day));
}

export function listTargets(context: VaultContext): Target[] {
  const byTarget = groupBy(links(context), (link) => link.targetId);
  return all<{ id: string; name: string; role: string; organization: string; phone: string; email: string; address: string; notes: string }>(
    context.db,
    sql`SELECT id, name, role, organization, phone, email, address, notes FROM targets WHERE deleted_at = '' ORDER BY name COLLATE NOCASE`,
  ).map((row) => ({ ...row, role: row.role as TargetRole, links: byTarget.get(row.id) ?? [] }));
}

function getTarget(context: VaultContext, id: string): Target {
  const target = listTargets(context).find((candidate) => candidate.id === id);
  if (!target) throw new UserError('NOT_FOUND', 'That target is not in the vault (it may have been deleted).');
  return target;
}

export function saveTarget(context: VaultContext, input: z.output<typeof TargetInput>): Target {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw new UserError('INVALID_INPUT', 'A target needs a name: the owner, the company or the person who can fix it.');
  const fields = { name, role: input.role, organization: input.organization, phone: input.phone, email: input.email, address: input.address, notes: input.notes };
  const id = context.db.transaction(() => {
    if (!input.id) return createSynced(context, targetKind, fields);
    if (!readSynced(context, targetKind, input.id)) throw new UserError('NOT_FOUND', 'That target is not in the vault (it may have been deleted).');
    updateSynced(context, targetKind, input.id, fields);
    return input.id;
  })();
  return getTarget(context, id);
}

/** Deletes a target and its links (the places and their issues stay). */
export function deleteTarget(context: VaultContext, id: string): Target[] {
  getTarget(context, id);
  context.db.transaction(() => {
    for (const link of links(context, sql`l.target_id = ${id}`)) deleteSynced(context, placeTargetKind, link.id);
    deleteSynced(context, targetKind, id);
  })();
  return listTargets(context);
}

/** The target takes on the place from `since`; whoever held the same one-at-a-time role there stops that day. */
export function linkTarget(context: VaultContext, input: { targetId: string; placeId: string; since: string; notes: string }): PlaceLink[] {
  if (!isCalendarDate(input.since)) throw new UserError('INVALID_INPUT', `"${input.since}" is not a date (use YYYY-MM-DD).`);
  const target = getTarget(context, input.targetId);
  getPlace(context, input.placeId);
  context.db.transaction(() => {
    if (ONE_AT_A_TIME.includes(target.role)) {
      for (const link of placeLinks(context, input.placeId)) {
        if (link.role !== target.role || link.targetId === target.id || link.until) continue;
        if (link.since > input.since) throw new UserError('INVALID_INPUT', `${link.targetName} has been the ${target.role} since ${link.since}, after ${input.since}; end that first or pick a later date.`);
        updateSynced(context, placeTargetKind, link.id, { until: input.since });
      }
    }
    createSynced(context, placeTargetKind, { place_id: input.placeId, target_id: input.targetId, since: input.since, until: '', notes: input.notes });
  })();
  return placeLinks(context, input.placeId);
}

export function endLink(context: VaultContext, id: string, until: string): PlaceLink[] {
  const link = links(context, sql`l.id = ${id}`)[0];
  if (!link) throw new UserError('NOT_FOUND', 'That link between a target and a place is not in the vault.');
  if (!isCalendarDate(until)) throw new UserError('INVALID_INPUT', `"${until}" is not a date (use YYYY-MM-DD).`);
  if (link.since && until < link.since) throw new UserError('INVALID_INPUT', `It cannot end on ${until}, before it began (${link.since}).`);
  updateSynced(context, placeTargetKind, id, { until });
  return placeLinks(context, link.placeId);
}
