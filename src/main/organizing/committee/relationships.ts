/**
 * The social map: ties between members (family, roommate, neighbour, friend, coworker, carpool,
 * "influences" — who listens to whom). The most sensitive data a chapter holds: the kind is
 * opt-in for exports (see kinds.ts), and a scoped export carries a tie only when both of its
 * members are in scope.
 */
import { z } from 'zod';
import { RELATIONSHIP_KINDS, type MostTied, type Network, type Relationship, type RelationshipKind } from '../../../shared/committee';
import { createSynced, deleteSynced, updateSynced, type SyncedKind } from '../../core/synced-records';
import { all, get, raw, sql } from '../../db/sql';
import { UserError } from '../../errors';
import type { VaultContext } from '../../core/context';
import { findMemberRow } from '../../roll/members';
import { spokenName } from './followups';

export const relationshipKind: SyncedKind = {
  name: 'relationship',
  table: 'relationships',
  fields: {
    member_id: z.string().max(100),
    other_id: z.string().max(100),
    kind: z.union([z.enum(RELATIONSHIP_KINDS), z.literal('')]),
    note: z.string().max(2000),
  },
  memberColumns: ['member_id', 'other_id'],
  optIn: 'relationships',
  check: (_db, fields) => (fields.member_id && fields.member_id === fields.other_id ? 'a relationship of a member with themself' : null),
  describe: (fields) => `${String(fields.kind || 'tie')} between two members`,
};

export function parseRelationshipKind(word: string): RelationshipKind {
  const key = word.trim().toLowerCase().replace(/^neighbor$/, 'neighbour');
  const found = RELATIONSHIP_KINDS.find((kind) => kind === key);
  if (!found) throw new UserError('INVALID_INPUT', `"${word}" is not a kind of relationship; use one of: ${RELATIONSHIP_KINDS.join(', ')}.`);
  return found;
}

function liveMember(context: VaultContext, id: string) {
  const row = findMemberRow(context.db, id, true);
  if (!row) throw new UserError('NOT_FOUND', `No member has the id ${id}.`);
  // A deleted member's name is erased with the rest of them: the sentence cannot name them.
  if (row.deleted_at) throw new UserError('INVALID_INPUT', 'One of these members has been deleted, so cannot have a relationship.');
  return row;
}

interface TieRow {
  id: string;
  member_id: string;
  other_id: string;
  kind: RelationshipKind;
  note: string;
}

function existingTie(context: VaultContext, a: string, b: string, kind: RelationshipKind): TieRow | undefined {
  // 'influences' has a direction; the other kinds are the same tie either way round.
  return kind === 'influences'
    ? get<TieRow>(context.db, sql`SELECT id, member_id, other_id, kind, note FROM relationships WHERE deleted_at = '' AND kind = ${kind} AND member_id = ${a} AND other_id = ${b}`)
    : get<TieRow>(
        context.db,
        sql`SELECT id, member_id, other_id, kind, note FROM relationships WHERE deleted_at = '' AND kind = ${kind}
            AND ((member_id = ${a} AND other_id = ${b}) OR (member_id = ${b} AND other_id = ${a}))`,
      );
}

/** Adds a tie (the same tie again only updates its note); both members must be live and different. */
export function addRelationship(context: VaultContext, input: { memberId: string; otherId: string; kind: string; note?: string }): Relationship {
  const kind = parseRelationshipKind(input.kind);
  const member = liveMember(context, input.memberId);
  const other = liveMember(context, input.otherId);
  if (member.id === other.id) throw new UserError('INVALID_INPUT', 'A relationship needs two different members.');
  const note = (input.note ?? '').trim();
  const existing = existingTie(context, member.id, other.id, kind);
  const id = context.db.transaction(() => {
    if (existing) {
      if (input.note !== undefined && existing.note !== note) updateSynced(context, relationshipKind, existing.id, { note });
      return existing.id;
    }
    return createSynced(context, relationshipKind, { member_id: member.id, other_id: other.id, kind, note });
  })();
  return listRelationships(context, member.id).find((tie) => tie.id === id)!;
}

export function deleteRelationship(context: VaultContext, id: string): void {
  const row = get<{ id: string }>(context.db, sql`SELECT id FROM relationships WHERE id = ${id} AND deleted_at = ''`);
  if (!row) throw new UserError('NOT_FOUND', 'That relationship is not in the vault.');
  context.db.transaction(() => deleteSynced(context, relationshipKind, id))();
}

/** A member's ties with live members, seen from them: the other member and their name. */
export function listRelationships(context: VaultContext, memberId: string): Relationship[] {
  const rows = all<TieRow & { first_name: string; last_name: string; preferred_name: string; other: string }>(
    context.db,
    sql`SELECT r.id, r.member_id, r.other_id, r.kind, r.note, o.id AS other, o.first_name, o.last_name, o.preferred_name
        FROM relationships r JOIN members o ON o.id = CASE WHEN r.member_id = ${memberId} THEN r.other_id ELSE r.member_id END
        WHERE r.deleted_at = '' AND o.deleted_at = '' AND (r.member_id = ${memberId} OR r.other_id = ${memberId})
        ORDER BY o.sort_name, r.kind`,
  );
  return rows.map((row) => ({ id: row.id, member_id: row.member_id, other_id: row.other_id, kind: row.kind, note: row.note, other_name: spokenName(row) }));
}

/** Live ties, both ends live. */
const LIVE_TIES = sql`SELECT r.id, r.member_id, r.other_id, r.kind FROM relationships r
  JOIN members a ON a.id = r.member_id AND a.deleted_at = '' JOIN members b ON b.id = r.other_id AND b.deleted_at = ''
  WHERE r.deleted_at = ''`;

/** A member's network: them, the people tied to them, and (depth 2) the people tied to those. */
export function memberNetwork(context: VaultContext, memberId: string, depth = 1): Network {
  liveMember(context, memberId);
  const ties = all<{ id: string; member_id: string; other_id: string; kind: RelationshipKind }>(context.db, LIVE_TIES);
  const included = new Set([memberId]);
  for (let step = 0; step < depth; step++) {
    const frontier = [...included];
    for (const tie of ties) {
      if (frontier.includes(tie.member_id)) included.add(tie.other_id);
      if (frontier.includes(tie.other_id)) included.add(tie.member_id);
    }
  }
  const edges = ties.filter((tie) => included.has(tie.member_id) && included.has(tie.other_id));
  const degree = new Map<string, number>();
  for (const tie of ties) for (const end of [tie.member_id, tie.other_id]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const nodes = [...included].map((id) => {
    const row = findMemberRow(context.db, id)!;
    return { id, name: spokenName(row), assessment: row.assessment, ties: degree.get(id) ?? 0 };
  });
  return { nodes, edges: edges.map((tie) => ({ id: tie.id, source: tie.member_id, target: tie.other_id, kind: tie.kind })) };
}

/** Per building (or department): the members with the most ties — the likely organic leaders. */
export function mostTied(context: VaultContext, by: 'building' | 'department', limit = 5): MostTied[] {
  const rows = all<{ id: string; grp: string; first_name: string; last_name: string; preferred_name: string; assessment: number | null; ties: number }>(
    context.db,
    sql`WITH ends AS (SELECT member_id AS id FROM (${LIVE_TIES}) UNION ALL SELECT other_id AS id FROM (${LIVE_TIES})),
             degree AS (SELECT id, count(*) AS ties FROM ends GROUP BY id)
        SELECT m.id, m.${raw(by)} AS grp, m.first_name, m.last_name, m.preferred_name, m.assessment, d.ties
        FROM degree d JOIN members m ON m.id = d.id
        ORDER BY grp, d.ties DESC, m.sort_name`,
  );
  const groups = new Map<string, MostTied>();
  for (const row of rows) {
    const group = groups.get(row.grp) ?? groups.set(row.grp, { group: row.grp, members: [] }).get(row.grp)!;
    if (group.members.length < limit) group.members.push({ id: row.id, name: spokenName(row), assessment: row.assessment, ties: row.ties });
  }
  return [...groups.values()];
}
