/**
 * What a scoped export carries of places/: a building scope (its members) carries its place
 * record, the targets linked to it with the links, its issues with their history, and its
 * demands with their sent copies; nothing about other places. An issue or a demand that names
 * a member outside the scope stays behind, so no file names a person it was not meant to.
 */
import type { Db } from '../../db/connection';
import { all, sql } from '../../db/sql';
import { placeKey } from './fold';

export interface ScopedPlaceRecords {
  places: Set<string>;
  targets: Set<string>;
  links: Set<string>;
  issues: Set<string>;
  events: Set<string>;
  demands: Set<string>;
  copies: Set<string>;
}

const ids = (list: string): string[] => (list ? (JSON.parse(list) as string[]) : []);

export function scopedPlaceRecords(db: Db, memberIds: ReadonlySet<string>): ScopedPlaceRecords {
  const places = new Set<string>();
  const placeRows = all<{ id: string; kind: string; name: string; deleted_at: string }>(db, sql`SELECT id, kind, name, deleted_at FROM places`);
  // A whole-vault export does not ask: it carries every record. This is for a part of the roll.
  const keys = new Set<string>();
  for (const member of all<{ id: string; building: string; workplace: string }>(db, sql`SELECT id, building, workplace FROM members WHERE deleted_at = ''`)) {
    if (!memberIds.has(member.id)) continue;
    if (member.building) keys.add(`building:${placeKey(member.building)}`);
    if (member.workplace) keys.add(`workplace:${placeKey(member.workplace)}`);
  }
  for (const row of placeRows) if (row.deleted_at === '' && keys.has(`${row.kind}:${placeKey(row.name)}`)) places.add(row.id);
  const inScope = (list: string) => ids(list).every((id) => memberIds.has(id));

  const links = new Set<string>();
  const targets = new Set<string>();
  const linkRows = all<{ id: string; place_id: string; target_id: string }>(db, sql`SELECT id, place_id, target_id FROM place_targets`);
  for (const link of linkRows) {
    if (!places.has(link.place_id)) continue;
    links.add(link.id);
    if (link.target_id) targets.add(link.target_id);
  }

  const issues = new Set<string>();
  for (const issue of all<{ id: string; place_id: string; members: string }>(db, sql`SELECT id, place_id, members FROM issues`)) {
    if (places.has(issue.place_id) && inScope(issue.members)) issues.add(issue.id);
  }
  const events = new Set<string>();
  for (const event of all<{ id: string; issue_id: string }>(db, sql`SELECT id, issue_id FROM issue_events`)) {
    if (issues.has(event.issue_id)) events.add(event.id);
  }
  const demands = new Set<string>();
  for (const demand of all<{ id: string; place_id: string; named_members: string }>(db, sql`SELECT id, place_id, named_members FROM demands`)) {
    if (places.has(demand.place_id) && inScope(demand.named_members)) demands.add(demand.id);
  }
  const copies = new Set<string>();
  for (const copy of all<{ id: string; demand_id: string }>(db, sql`SELECT id, demand_id FROM demand_copies`)) {
    if (demands.has(copy.demand_id)) copies.add(copy.id);
  }
  return { places, targets, links, issues, events, demands, copies };
}
