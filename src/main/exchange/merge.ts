/**
 * Merging records from another officer: last writer wins per field (stamps compare as
 * strings, ties broken by officer id inside the stamp), deletions are tombstones, and applying
 * the same records twice changes nothing. Any two vaults that exchange files, in any order,
 * converge to the same data.
 */
import type { Db } from '../db/connection';
import { get, prepare, run, sql } from '../db/sql';
import { recordAudit } from '../roll/audit';
import type { RollContext } from '../roll/context';
import { derivedColumns } from '../roll/members';
import { normalizePhones } from '../roll/normalize';
import type { MemberFields } from '../../shared/roll';
import { observeStamp } from './hlc';
import { SYNCED_MEMBER_FIELDS, memberRecordOf, packClocks, type ConversationRecord, type MemberRecord } from './records';

export interface MergeDetail {
  id: string;
  kind: 'new' | 'changed' | 'deleted' | 'conflict';
  name: string;
  fields: string[];
}

/** Details listed per import; the counts are always exact. */
export const MAX_MERGE_DETAILS = 500;

export interface MergeSummary {
  new: number;
  changed: number;
  deleted: number;
  /** Fields where this vault has a later change than the file: ours is kept, theirs noted. */
  conflicts: number;
  details: MergeDetail[];
}

type Values = Record<string, string | number | null>;

function displayName(fields: Values): string {
  return [fields.preferred_name || fields.first_name, fields.last_name].filter(Boolean).join(' ') || '(no name)';
}

/** The latest stamp in a set of records: what "synced up to" means for its sender. */
export function latestStamp(input: MergeInput): string {
  let latest = '';
  for (const member of input.members) for (const stamp of Object.values(member.clocks)) if (stamp > latest) latest = stamp;
  for (const conversation of input.conversations) if (conversation.clock > latest) latest = conversation.clock;
  return latest;
}

/**
 * Which incoming fields to take, and which are conflicts: the sender changed the field since
 * we last heard from them (`since`), but this vault changed it later still.
 */
function planMember(local: MemberRecord | undefined, incoming: MemberRecord, since: string): { take: string[]; conflicts: string[] } {
  const take: string[] = [];
  const conflicts: string[] = [];
  for (const field of SYNCED_MEMBER_FIELDS) {
    const theirs = incoming.clocks[field] ?? '';
    const ours = local?.clocks[field] ?? '';
    if (!local) {
      take.push(field);
    } else if (theirs > ours) {
      take.push(field);
    } else if (theirs > since && theirs < ours && JSON.stringify(incoming.fields[field] ?? null) !== JSON.stringify(local.fields[field] ?? null)) {
      conflicts.push(field);
    }
  }
  return { take, conflicts };
}

function writeMember(context: RollContext, local: MemberRecord | undefined, incoming: MemberRecord, take: string[]): void {
  const values: Values = { ...(local?.fields ?? {}) };
  const clocks: Record<string, string> = { ...(local?.clocks ?? {}) };
  for (const field of take) {
    values[field] = incoming.fields[field] ?? (field === 'assessment' ? null : field === 'custom' ? '{}' : '');
    if (incoming.clocks[field]) clocks[field] = incoming.clocks[field]!;
  }
  const memberFields = { ...values, custom: JSON.parse(String(values.custom ?? '{}')) } as unknown as MemberFields;
  const phones = normalizePhones(String(values.phone ?? ''), context.settings.phoneCountry);
  const derived = derivedColumns(memberFields, phones.digits);
  const columns = [...SYNCED_MEMBER_FIELDS, 'sort_name', 'name_key', 'phone_digits', 'clocks', 'updated_at'];
  const row = [
    ...SYNCED_MEMBER_FIELDS.map((field) => values[field] ?? (field === 'assessment' ? null : field === 'custom' ? '{}' : '')),
    derived.sort_name,
    derived.name_key,
    derived.phone_digits,
    packClocks(clocks),
    context.now().toISOString(),
  ];
  if (local) {
    prepare(context.db, `UPDATE members SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`).run(...row, incoming.id);
  } else {
    prepare(context.db, `INSERT INTO members (${[...columns, 'created_at', 'id'].join(', ')}) VALUES (${[...columns, 'c', 'i'].map(() => '?').join(', ')})`).run(
      ...row,
      incoming.created_at,
      incoming.id,
    );
  }
}

function localMember(db: Db, id: string): MemberRecord | undefined {
  const row = get<Parameters<typeof memberRecordOf>[0]>(db, sql`SELECT * FROM members WHERE id = ${id}`);
  return row ? memberRecordOf(row) : undefined;
}

export interface MergeInput {
  members: MemberRecord[];
  conversations: ConversationRecord[];
}

/**
 * Plans (and unless `dryRun`, applies in one transaction) the merge of `input` into the vault.
 * `source` names the sender in the audit log; `since` is the latest stamp of theirs we had.
 */
export function mergeRecords(
  context: RollContext,
  input: MergeInput,
  options: { dryRun: boolean; source: string; since?: string },
): MergeSummary {
  const summary: MergeSummary = { new: 0, changed: 0, deleted: 0, conflicts: 0, details: [] };
  const apply = (): void => {
    let latest = '';
    for (const incoming of input.members) {
      const local = localMember(context.db, incoming.id);
      const { take, conflicts } = planMember(local, incoming, options.since ?? '');
      for (const stamp of Object.values(incoming.clocks)) if (stamp > latest) latest = stamp;
      const incomingDeleted = Boolean(incoming.fields.deleted_at);
      const name = displayName(local?.fields ?? incoming.fields);
      if (conflicts.length > 0) {
        summary.conflicts++;
        summary.details.push({ id: incoming.id, kind: 'conflict', name, fields: conflicts });
      }
      const visible = take.filter((field) => JSON.stringify(incoming.fields[field] ?? null) !== JSON.stringify(local?.fields[field] ?? null));
      if (!local) {
        if (!incomingDeleted) {
          summary.new++;
          summary.details.push({ id: incoming.id, kind: 'new', name, fields: [] });
        }
      } else if (visible.includes('deleted_at') && incomingDeleted) {
        summary.deleted++;
        summary.details.push({ id: incoming.id, kind: 'deleted', name, fields: [] });
      } else if (visible.length > 0) {
        summary.changed++;
        summary.details.push({ id: incoming.id, kind: 'changed', name, fields: visible });
      }
      if (options.dryRun || take.length === 0) continue;
      writeMember(context, local, incoming, take);
      if (visible.length > 0 || !local) {
        const before = local ? Object.fromEntries(visible.map((field) => [field, local.fields[field]])) : null;
        const after = Object.fromEntries((local ? visible : []).map((field) => [field, incoming.fields[field]]));
        recordAudit(context, { entity: 'member', entityId: incoming.id, action: local ? 'sync' : 'sync create', before, after, note: options.source });
      }
    }
    for (const conversation of input.conversations) {
      const local = get<{ clocks: string }>(context.db, sql`SELECT clocks FROM conversations WHERE id = ${conversation.id}`);
      const ours = local ? ((JSON.parse(local.clocks) as { all?: string }).all ?? '') : '';
      if (conversation.clock > latest) latest = conversation.clock;
      if (local && conversation.clock <= ours) continue;
      if (options.dryRun) continue;
      if (!localMember(context.db, conversation.member_id)) continue; // its member is not in this vault's scope
      run(context.db, sql`DELETE FROM conversations WHERE id = ${conversation.id}`);
      run(
        context.db,
        sql`INSERT INTO conversations (id, member_id, date, officer_id, talked_by, notes, assessment_before, assessment_after, clocks, created_at, deleted_at)
            VALUES (${conversation.id}, ${conversation.member_id}, ${conversation.date}, ${conversation.officer_id}, ${conversation.talked_by},
                    ${conversation.notes}, ${conversation.assessment_before}, ${conversation.assessment_after},
                    ${JSON.stringify({ all: conversation.clock })}, ${conversation.created_at}, ${conversation.deleted_at})`,
      );
    }
    if (latest && !options.dryRun) observeStamp(context.db, latest, context.officerId);
  };
  if (options.dryRun) apply();
  else context.db.transaction(apply)();
  return { ...summary, details: summary.details.slice(0, MAX_MERGE_DETAILS) };
}
