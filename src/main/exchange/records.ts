/**
 * Records as they travel between officers: every field with the hybrid-logical-clock stamp of
 * its last write. Members merge field by field; conversations are written once and merge as a
 * whole (their one stamp, plus deletion).
 */
import { z } from 'zod';
import { MEMBER_TEXT_FIELDS } from '../../shared/roll';
import type { Db } from '../db/connection';
import { all, sql } from '../db/sql';

/** The fields a member carries in an export, each with its own stamp. */
export const SYNCED_MEMBER_FIELDS = [...MEMBER_TEXT_FIELDS, 'assessment', 'custom', 'deleted_at'] as const;
export type SyncedMemberField = (typeof SYNCED_MEMBER_FIELDS)[number];

const Stamp = z.string().max(200);
const FieldValue = z.union([z.string().max(50_000), z.number().int().min(1).max(5), z.null()]);

export const MemberRecord = z
  .object({
    id: z.string().uuid(),
    fields: z.record(z.string().max(40), FieldValue),
    clocks: z.record(z.string().max(40), Stamp),
    created_at: z.string().max(40),
  })
  .strict();
export type MemberRecord = z.infer<typeof MemberRecord>;

export const ConversationRecord = z
  .object({
    id: z.string().uuid(),
    member_id: z.string().uuid(),
    date: z.string().max(40),
    officer_id: z.string().max(100),
    talked_by: z.string().max(500),
    notes: z.string().max(50_000),
    assessment_before: z.number().int().nullable(),
    assessment_after: z.number().int().min(1).max(5).nullable(),
    deleted_at: z.string().max(40),
    clock: Stamp,
    created_at: z.string().max(40),
  })
  .strict();
export type ConversationRecord = z.infer<typeof ConversationRecord>;

interface StoredMember {
  id: string;
  clocks: string;
  custom: string;
  created_at: string;
  [field: string]: string | number | null;
}

/**
 * A member's stored clocks as one stamp per field. Since migration 7 a row may keep a base stamp
 * under '' for every field it does not list: a new member then stores one stamp, not 25 copies.
 */
export function fieldClocks(stored: string): Record<string, string> {
  return expandClocks(JSON.parse(stored) as Record<string, string>);
}

/** The short stored form of per-field clocks: the most common stamp becomes the base. */
export function packClocks(clocks: Record<string, string>): string {
  const counts = new Map<string, number>();
  for (const stamp of Object.values(clocks)) counts.set(stamp, (counts.get(stamp) ?? 0) + 1);
  let base = '';
  for (const [stamp, count] of counts) if (count > (counts.get(base) ?? 0)) base = stamp;
  if ((counts.get(base) ?? 0) < 2) return JSON.stringify(clocks);
  const packed: Record<string, string> = { '': base };
  // A field without a stamp must stay without one, not inherit the base.
  for (const field of SYNCED_MEMBER_FIELDS) if ((clocks[field] ?? '') !== base) packed[field] = clocks[field] ?? '';
  return JSON.stringify(packed);
}

/** What a synced field holds when it holds nothing. */
function emptyValue(field: SyncedMemberField): string | null {
  return field === 'assessment' ? null : field === 'custom' ? '{}' : '';
}

function expandClocks(clocks: Record<string, string>): Record<string, string> {
  const base = clocks[''];
  if (base === undefined) return clocks;
  const full: Record<string, string> = {};
  for (const field of SYNCED_MEMBER_FIELDS) {
    const stamp = clocks[field] ?? base;
    if (stamp) full[field] = stamp;
  }
  return full;
}

/**
 * A member as it travels in a version 2 bundle: empty fields left out and the clocks in their
 * short form, about a quarter of the size: at 100,000 members that is the difference between
 * 230 MB and 60 MB to encrypt, hash, parse and decrypt.
 */
export function toWire(record: MemberRecord): MemberRecord {
  const fields: MemberRecord['fields'] = {};
  for (const field of SYNCED_MEMBER_FIELDS) {
    const value = record.fields[field];
    if (value !== undefined && value !== emptyValue(field)) fields[field] = value;
  }
  return { id: record.id, fields, clocks: JSON.parse(packClocks(record.clocks)) as Record<string, string>, created_at: record.created_at };
}

/** The full record again, exactly as memberRecordOf gives it. */
export function fromWire(record: MemberRecord): MemberRecord {
  const fields: MemberRecord['fields'] = {};
  for (const field of SYNCED_MEMBER_FIELDS) fields[field] = record.fields[field] ?? emptyValue(field);
  return { id: record.id, fields, clocks: expandClocks(record.clocks), created_at: record.created_at };
}

export function memberRecordOf(row: StoredMember): MemberRecord {
  const fields: Record<string, string | number | null> = {};
  for (const field of SYNCED_MEMBER_FIELDS) fields[field] = row[field] ?? null;
  return { id: row.id, fields, clocks: fieldClocks(row.clocks), created_at: row.created_at };
}

/** Members (including tombstones, so deletions travel) whose ids pass `include`. */
export function readMemberRecords(db: Db, include: (id: string) => boolean = () => true): MemberRecord[] {
  return all<StoredMember>(db, sql`SELECT * FROM members ORDER BY id`)
    .filter((row) => include(row.id))
    .map(memberRecordOf);
}

/**
 * Conversations in the form files from before contact attempts carried them (one stamp for the
 * whole record): a conversation is a contact attempt whose outcome is `talked` (migration 15).
 * Its one stamp is the latest of its fields' stamps.
 */
export function readConversationRecords(db: Db, memberIds: Set<string> | null): ConversationRecord[] {
  return all<Omit<ConversationRecord, 'clock' | 'talked_by'> & { by_name: string; clocks: string }>(
    db,
    sql`SELECT id, member_id, date, officer_id, by_name, notes, assessment_before, assessment_after, deleted_at, clocks, created_at
        FROM contact_attempts WHERE outcome = 'talked' OR deleted_at != '' ORDER BY id`,
  )
    .filter((row) => memberIds === null || memberIds.has(row.member_id))
    .map(({ clocks, by_name, ...row }) => ({
      ...row,
      talked_by: by_name,
      clock: Object.values(JSON.parse(clocks) as Record<string, string>).reduce((latest, stamp) => (stamp > latest ? stamp : latest), ''),
    }));
}
