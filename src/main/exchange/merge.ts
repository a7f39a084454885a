/**
 * Merging records from another officer: last writer wins per field (stamps compare as
 * strings, ties broken by officer id inside the stamp), deletions are tombstones, and applying
 * the same records twice changes nothing. Any two vaults that exchange files, in any order,
 * converge to the same data.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db } from '../db/connection';
import { all, assignments, get, identifiers, placeholders, prepare, run, sql } from '../db/sql';
import { UserError } from '../errors';
import { recordAudit, type AuditRecord } from '../core/audit';
import type { VaultContext } from '../core/context';
import { listCustomFields } from '../roll/custom-fields';
import { deferIndexing } from '../roll/import-bulk';
import { eraseTraces, purgeSearchIndex } from '../roll/erase';
import { DERIVED_COLUMNS, derivedColumns } from '../roll/members';
import { normalizePhones } from '../roll/normalize';
import type { CustomField, MemberFields } from '../../shared/roll';
import type { Sodium } from '../core/sodium';
import { checkStamp, incomingStampRules, observeStamp, parseStamp } from '../core/clock';
import { emptyMeetingSummary, mergeMeetings, type MeetingMergeSummary, type MeetingRecord } from './minutes-records';
import { mergeSyncedRecords, type MemberState, type SyncedMergeSummary, type SyncedRecord } from '../core/synced-records';
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
  customFields: {
    /** Labels of the custom fields the file brings that this vault did not have. */
    added: string[];
    /** Same key, another type: this vault's definition is kept. */
    conflicts: { key: string; label: string; ours: string; theirs: string }[];
  };
  /** Meetings, each merged as a whole (minutes-records.ts). */
  meetings: MeetingMergeSummary;
  /** Organizing records, by kind (core/synced-records.ts); kinds the file does not carry are left out. */
  records: Record<string, SyncedMergeSummary>;
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
  for (const meeting of input.meetings ?? []) if (meeting.clock > latest) latest = meeting.clock;
  for (const records of Object.values(input.records ?? {})) {
    for (const record of records) for (const stamp of Object.values(record.clocks)) if (stamp > latest) latest = stamp;
  }
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

/** What a field holds when a record does not carry it. */
const emptyValue = (field: string): string | null => (field === 'assessment' ? null : field === 'custom' ? '{}' : '');

function writeMember(context: VaultContext, local: MemberRecord | undefined, incoming: MemberRecord, take: string[]): void {
  const values: Values = { ...(local?.fields ?? {}) };
  const clocks: Record<string, string> = { ...(local?.clocks ?? {}) };
  for (const field of take) {
    values[field] = incoming.fields[field] ?? emptyValue(field);
    if (incoming.clocks[field]) clocks[field] = incoming.clocks[field]!;
  }
  const memberFields = { ...values, custom: JSON.parse(String(values.custom ?? '{}')) } as unknown as MemberFields;
  const phones = normalizePhones(String(values.phone ?? ''), context.settings.phoneCountry);
  const derived = derivedColumns(memberFields, phones.digits);
  const columns = [...SYNCED_MEMBER_FIELDS, ...DERIVED_COLUMNS, 'clocks', 'updated_at'];
  const row = [
    ...SYNCED_MEMBER_FIELDS.map((field) => values[field] ?? emptyValue(field)),
    ...DERIVED_COLUMNS.map((column) => derived[column]),
    packClocks(clocks),
    context.now().toISOString(),
  ];
  if (local) {
    prepare(context.db, sql`UPDATE members SET ${assignments(columns)} WHERE id = ?`.text).run(...row, incoming.id);
  } else {
    prepare(context.db, sql`INSERT INTO members (${identifiers([...columns, 'created_at', 'id'])}) VALUES (${placeholders(columns.length + 2)})`.text).run(
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
  /** The sender's custom field definitions (files from before they travelled have none). */
  customFields?: CustomField[];
  meetings?: MeetingRecord[];
  /** Organizing records by kind name (bundle version 4). */
  records?: Record<string, SyncedRecord[]>;
}

export interface MergeOptions {
  dryRun: boolean;
  /** The officer whose file this is: named in the audit log and in a refusal. */
  sender: { officerId: string; name: string };
  /** The latest stamp of theirs we had: their changes since then are what conflicts are made of. */
  since?: string;
  /** Needed when meetings come: approved minutes are verified before they are taken. */
  sodium?: Sodium;
}

/** Records merged between two progress reports (and, in the app, two turns of the event loop). */
const CHUNK = 2000;

/**
 * The merge, one record at a time, yielding how many records are done after every CHUNK.
 * The caller owns the transaction: `mergeRecords` runs it to the end in one, the app's import
 * (`mergeRecordsInSteps`) lets the event loop run between chunks.
 */
function* mergeSteps(context: VaultContext, input: MergeInput, options: MergeOptions, summary: MergeSummary): Generator<number> {
  const db = context.db;
  const write = !options.dryRun;
  refuseBadStamps(context, input, options.sender);
  const attribution = attributionOf(context, options.sender);
  mergeCustomFields(context, input.customFields ?? [], write, summary);
  const exists = db.prepare('SELECT 1 FROM members WHERE id = ?').pluck();
  const live = db.prepare("SELECT 1 FROM members WHERE id = ? AND deleted_at = ''").pluck();
  const fresh = write ? input.members.reduce((count, member) => count + (exists.get(member.id) ? 0 : 1), 0) : 0;
  const bulk = write ? deferIndexing(db, fresh) : null;
  // Written after the rows and their indexes, which then stay in the page cache meanwhile.
  const audits: AuditRecord[] = [];
  let latest = '';
  let done = 0;
  let erased = 0;
  for (const incoming of input.members) {
    const local = localMember(db, incoming.id);
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
    // Only the first details are shown; the counts stay exact.
    if (summary.details.length > MAX_MERGE_DETAILS * 2) summary.details.length = MAX_MERGE_DETAILS;
    if (write && take.length > 0) {
      writeMember(context, local, incoming, take);
      // A member deleted here (or by this file) keeps no data: whatever values a field brought
      // go, and so do their conversations and the values in their audit entries.
      const deleted = take.includes('deleted_at') ? incomingDeleted : Boolean(local?.fields.deleted_at);
      const erase = deleted && take.some((field) => field === 'deleted_at' || JSON.stringify(incoming.fields[field] ?? emptyValue(field)) !== JSON.stringify(emptyValue(field)));
      if (erase) {
        eraseTraces(db, incoming.id);
        erased++;
      }
      if (deleted) {
        // The audit says when and by whom, never what the member's fields held.
        if (visible.includes('deleted_at')) audits.push({ entity: 'member', entityId: incoming.id, action: 'sync delete', note: attribution([incoming.clocks.deleted_at ?? '']) });
      } else if (visible.length > 0 || !local) {
        const before = local ? Object.fromEntries(visible.map((field) => [field, local.fields[field]])) : null;
        const after = Object.fromEntries((local ? visible : []).map((field) => [field, incoming.fields[field]]));
        const authors = (local ? visible : take).map((field) => incoming.clocks[field]).filter((stamp): stamp is string => Boolean(stamp));
        audits.push({ entity: 'member', entityId: incoming.id, action: local ? 'sync' : 'sync create', before, after, note: attribution(authors) });
      }
    }
    if (++done % CHUNK === 0) yield done;
  }
  bulk?.finish();
  if (erased > 0) purgeSearchIndex(db);
  for (const audit of audits) recordAudit(context, audit);
  for (const conversation of input.conversations) {
    if (conversation.clock > latest) latest = conversation.clock;
    if (++done % CHUNK === 0) yield done;
    if (!write) continue;
    // Its member is not in this vault's scope, or was deleted here: a deleted member's conversations are erased.
    const action = mergeConversation(db, conversation, (id) => Boolean(live.get(id)));
    if (action) recordAudit(context, { entity: 'contact_attempt', entityId: conversation.id, action, note: attribution([conversation.clock]) });
  }
  if (input.meetings?.length) {
    if (!options.sodium) throw new Error('merging meetings needs sodium');
    const steps = mergeMeetings(context, options.sodium, input.meetings, { write, since: options.since ?? '', attribution }, summary.meetings);
    const before = done;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yield before + step.value;
    if (step.value > latest) latest = step.value;
    if (summary.meetings.details.length > MAX_MERGE_DETAILS) summary.meetings.details.length = MAX_MERGE_DETAILS;
  }
  const recordsLatest = mergeOrganizingRecords(context, input, options, attribution, summary);
  if (recordsLatest > latest) latest = recordsLatest;
  if (latest && write) observeStamp(db, latest, context.officerId);
}

/** Details listed per record kind in a preview; the counts stay exact. */
const MAX_RECORD_DETAILS = 50;

/**
 * Organizing records, kind by kind in the context's order (a campaign before its responses),
 * after the members they refer to. A kind this vault does not know refuses the file: its
 * records would otherwise be dropped without a word. Returns the latest stamp they carry.
 */
function mergeOrganizingRecords(context: VaultContext, input: MergeInput, options: MergeOptions, attribution: Attribution, summary: MergeSummary): string {
  const incoming = input.records ?? {};
  const known = new Set(context.kinds.map((kind) => kind.name));
  const unknown = Object.keys(incoming).find((name) => !known.has(name) && (incoming[name]?.length ?? 0) > 0);
  if (unknown) {
    throw new UserError('INVALID_INPUT', `This file holds ${unknown.replace(/_/g, ' ')} records, which this version of Chapterhouse does not know. Update Chapterhouse to import it; nothing was imported.`);
  }
  const write = !options.dryRun;
  // A preview writes no members, so a record may name one that arrives alive in the same file.
  const arriving = new Map(input.members.map((member) => [member.id, !member.fields.deleted_at]));
  const stored = context.db.prepare('SELECT deleted_at FROM members WHERE id = ?').pluck();
  const memberState = (id: string): MemberState => {
    const alive = write ? undefined : arriving.get(id);
    if (alive !== undefined) return alive ? 'live' : 'deleted';
    const deletedAt = stored.get(id) as string | undefined;
    return deletedAt === undefined ? 'unknown' : deletedAt ? 'deleted' : 'live';
  };
  let latest = '';
  for (const kind of context.kinds) {
    const records = incoming[kind.name];
    if (!records?.length) continue;
    for (const record of records) for (const stamp of Object.values(record.clocks)) if (stamp > latest) latest = stamp;
    summary.records[kind.name] = mergeSyncedRecords(context.db, kind, records, {
      write,
      since: options.since ?? '',
      now: context.now().toISOString(),
      maxDetails: MAX_RECORD_DETAILS,
      memberState,
      onApplied: (id, action, before, after, stamps) =>
        recordAudit(context, { entity: kind.name as AuditRecord['entity'], entityId: id, action, before, after, note: attribution(stamps) }),
    });
  }
  return latest;
}

/**
 * A conversation from a file written before contact attempts travelled as their own kind: it
 * becomes (or, when newer, overwrites) the contact attempt with its id, outcome `talked`, every
 * field stamped with its one stamp. Says what it did, for the audit log (null: nothing).
 */
function mergeConversation(db: Db, conversation: ConversationRecord, memberExists: (id: string) => boolean): 'sync' | 'sync create' | null {
  const local = get<{ clocks: string }>(db, sql`SELECT clocks FROM contact_attempts WHERE id = ${conversation.id}`);
  const ours = local ? Object.values(JSON.parse(local.clocks) as Record<string, string>).reduce((max, stamp) => (stamp > max ? stamp : max), '') : '';
  if (local && conversation.clock <= ours) return null;
  if (!memberExists(conversation.member_id)) return null;
  const fields = ['member_id', 'date', 'via', 'outcome', 'by_name', 'officer_id', 'notes', 'assessment_before', 'assessment_after', 'next_date', 'next_reason', 'deleted_at'];
  const clocks = JSON.stringify(Object.fromEntries(fields.map((field) => [field, conversation.clock])));
  run(db, sql`DELETE FROM contact_attempts WHERE id = ${conversation.id}`);
  run(
    db,
    sql`INSERT INTO contact_attempts (id, member_id, date, via, outcome, by_name, officer_id, notes, assessment_before, assessment_after,
                                      clocks, created_at, updated_at, deleted_at)
        VALUES (${conversation.id}, ${conversation.member_id}, ${conversation.date}, '', 'talked', ${conversation.talked_by},
                ${conversation.officer_id}, ${conversation.notes}, ${conversation.assessment_before}, ${conversation.assessment_after},
                ${clocks}, ${conversation.created_at}, ${conversation.created_at}, ${conversation.deleted_at})`,
  );
  return local ? 'sync' : 'sync create';
}

/**
 * Every stamp in the file passes checkStamp before anything is applied: one malformed, unknown
 * or far-future stamp refuses the whole file, with the sentence checkStamp gives.
 */
function refuseBadStamps(context: VaultContext, input: MergeInput, sender: MergeOptions['sender']): void {
  const rules = incomingStampRules(context.db, context.now().getTime(), sender);
  const checked = new Set<string>();
  const check = (stamp: unknown): void => {
    if (typeof stamp === 'string' && checked.has(stamp)) return;
    const reason = checkStamp(stamp, rules);
    if (reason) throw new UserError('INVALID_INPUT', reason);
    checked.add(stamp as string);
  };
  for (const member of input.members) for (const stamp of Object.values(member.clocks)) check(stamp);
  for (const conversation of input.conversations) check(conversation.clock);
  for (const meeting of input.meetings ?? []) {
    check(meeting.clock);
    if (meeting.author !== parseStamp(meeting.clock).officerId) check('');
  }
  for (const records of Object.values(input.records ?? {})) for (const record of records) for (const stamp of Object.values(record.clocks)) check(stamp);
}

/**
 * The audit note of a change from a file: who the stamps say wrote it, and whose file brought
 * it ("by Carol Diaz, via Ana Reyes's file"), so a relayed or forged attribution shows.
 */
export type Attribution = (stamps: string[]) => string;
function attributionOf(context: VaultContext, sender: MergeOptions['sender']): Attribution {
  const names = new Map(all<{ id: string; name: string }>(context.db, sql`SELECT id, name FROM officers`).map((row) => [row.id, row.name]));
  names.set(sender.officerId, names.get(sender.officerId) ?? sender.name);
  return (stamps) => {
    const authors = [...new Set(stamps.map((stamp) => parseStamp(stamp).officerId))].map((id) => names.get(id) ?? id);
    return `by ${authors.length > 0 ? authors.join(' and ') : names.get(sender.officerId)}, via ${names.get(sender.officerId)}'s file`;
  };
}

/** A merge that changes nothing: what a file already imported brings. */
export function emptySummary(): MergeSummary {
  return { new: 0, changed: 0, deleted: 0, conflicts: 0, details: [], customFields: { added: [], conflicts: [] }, meetings: emptyMeetingSummary(), records: {} };
}

function finished(summary: MergeSummary): MergeSummary {
  return { ...summary, details: summary.details.slice(0, MAX_MERGE_DETAILS) };
}

/** Plans (and unless `dryRun`, applies in one transaction) the merge of `input` into the vault. */
export function mergeRecords(context: VaultContext, input: MergeInput, options: MergeOptions): MergeSummary {
  const summary = emptySummary();
  const steps = () => {
    for (const _ of mergeSteps(context, input, options, summary));
  };
  if (options.dryRun) steps();
  else context.db.transaction(steps)();
  return finished(summary);
}

/**
 * The same merge, letting the event loop run between chunks (the window stays responsive and
 * shows `progress`). Unless `dryRun`, it is one transaction that also holds what `finish`
 * writes; a vault locked meanwhile gets nothing.
 */
export async function mergeRecordsInSteps(
  context: VaultContext,
  input: MergeInput,
  options: MergeOptions & { progress?: (done: number, total: number) => void; finish?: (summary: MergeSummary) => void },
): Promise<MergeSummary> {
  const db = context.db;
  const summary = emptySummary();
  const total = input.members.length + input.conversations.length + (input.meetings?.length ?? 0);
  if (!options.dryRun) run(db, sql`BEGIN IMMEDIATE`);
  try {
    for (const done of mergeSteps(context, input, options, summary)) {
      options.progress?.(done, total);
      await yieldToEventLoop();
      if (!db.open) throw new UserError('VAULT_LOCKED', 'The vault was locked during the import; nothing was imported.');
    }
    options.progress?.(total, total);
    if (!options.dryRun) {
      options.finish?.(summary);
      run(db, sql`COMMIT`);
    }
  } catch (error) {
    if (db.open && db.inTransaction) run(db, sql`ROLLBACK`);
    if (!db.open) throw new UserError('VAULT_LOCKED', 'The vault was locked during the import; nothing was imported.');
    throw error;
  }
  return finished(summary);
}

/**
 * Custom field definitions: one this vault lacks is added as the sender defined it; one it has
 * with another type keeps ours, and the preview says so (values still travel, as text).
 */
function mergeCustomFields(context: VaultContext, incoming: CustomField[], write: boolean, summary: MergeSummary): void {
  if (incoming.length === 0) return;
  const ours = new Map(listCustomFields(context.db).map((field) => [field.key, field]));
  for (const field of incoming) {
    const existing = ours.get(field.key);
    if (!existing) {
      summary.customFields.added.push(field.label);
      if (write) {
        const position = get<{ n: number }>(context.db, sql`SELECT count(*) AS n FROM custom_fields`)!.n;
        run(
          context.db,
          sql`INSERT INTO custom_fields (key, label, type, choices, position)
              VALUES (${field.key}, ${field.label}, ${field.type}, ${JSON.stringify(field.type === 'choice' ? field.choices : [])}, ${position})`,
        );
        recordAudit(context, { entity: 'custom_field', entityId: field.key, action: 'sync create', after: field, note: 'from an import' });
      }
      ours.set(field.key, field);
    } else if (existing.type !== field.type) {
      summary.customFields.conflicts.push({ key: field.key, label: existing.label, ours: existing.type, theirs: field.type });
    }
  }
}
