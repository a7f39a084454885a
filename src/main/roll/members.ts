/**
 * Members: validation and normalization of what people type, and the writes (add, update,
 * delete, which erases, with undo held in memory, bulk changes), each recorded in the audit log and stamped per field for
 * merging.
 */
import { randomUUID } from 'node:crypto';
import {
  MEMBER_TEXT_FIELDS,
  type CustomField,
  type Member,
  type MemberFields,
  type MemberInput,
  type ImportRowError,
} from '../../shared/roll';
import type { Db } from '../db/connection';
import { all, assignments, get, identifiers, placeholders, prepare, raw, run, sql } from '../db/sql';
import { UserError } from '../errors';
import { nextStamp } from '../core/clock';
import { recordAudit } from '../core/audit';
import { eraseRecordsOfMembers } from '../core/synced-records';
import { eraseMember, purgeSearchIndex, restoreSnapshot, snapshotMembers, type ErasedSnapshot } from './erase';
import { today, type VaultContext } from '../core/context';
import { listCustomFields } from './custom-fields';
import { foldText, isEmail, listItems, normalizeDate, normalizeList, normalizePhones, splitMulti } from './normalize';
import { standingOf } from './standing';
import { effectiveFloor } from '../../shared/structure';

export type FieldError = Omit<ImportRowError, 'row'>;

export const EMPTY_MEMBER: MemberFields = {
  ...(Object.fromEntries(MEMBER_TEXT_FIELDS.map((field) => [field, ''])) as Record<(typeof MEMBER_TEXT_FIELDS)[number], string>),
  assessment: null,
  custom: {},
};

/** Columns written from MemberFields; identifiers from code, never from input. */
const STORED_FIELDS = [...MEMBER_TEXT_FIELDS, 'assessment', 'custom'] as const;
type StoredField = (typeof STORED_FIELDS)[number];

export interface MemberRow extends Record<(typeof MEMBER_TEXT_FIELDS)[number], string> {
  id: string;
  assessment: number | null;
  custom: string;
  created_at: string;
  updated_at: string;
  deleted_at: string;
  /** Present when the query joined the member's contact summary. */
  last_contact?: string | null;
}

export function rowToMember(row: MemberRow, context: VaultContext): Member {
  const fields = Object.fromEntries(MEMBER_TEXT_FIELDS.map((field) => [field, row[field]]));
  return {
    ...(fields as Record<(typeof MEMBER_TEXT_FIELDS)[number], string>),
    id: row.id,
    assessment: row.assessment,
    custom: JSON.parse(row.custom) as Record<string, string>,
    standing: standingOf(row.dues_paid_through, today(context), context.settings.duesGraceDays),
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...(row.last_contact !== undefined ? { last_contact: row.last_contact } : {}),
  };
}

/**
 * Strings from a CSV row or `--set field=value` → a MemberInput. Custom fields are addressed
 * by their key, like canonical ones.
 */
export function inputFromStrings(values: Record<string, string>, customFields: CustomField[]): { input: MemberInput; errors: FieldError[] } {
  const input: MemberInput = {};
  const errors: FieldError[] = [];
  const custom: Record<string, string> = {};
  for (const [field, value] of Object.entries(values)) {
    if (field === 'assessment') {
      const trimmed = value.trim();
      if (!trimmed) input.assessment = null;
      else if (/^[1-5]$/.test(trimmed)) input.assessment = Number(trimmed);
      else errors.push({ field, message: `assessment must be a whole number from 1 to 5, not "${trimmed}"` });
    } else if ((MEMBER_TEXT_FIELDS as readonly string[]).includes(field)) {
      (input as Record<string, string>)[field] = value;
    } else if (customFields.some((definition) => definition.key === field)) {
      custom[field] = value;
    } else {
      errors.push({ field, message: `there is no member field named "${field}"` });
    }
  }
  if (Object.keys(custom).length > 0) input.custom = custom;
  return { input, errors };
}

/**
 * Applies `input` over `base` and normalizes every field: trimmed text, lowercase e-mails,
 * formatted phones, ISO dates, statuses spelled as the chapter spells them, lists de-duplicated.
 */
export function normalizeMember(
  base: MemberFields,
  input: MemberInput,
  context: VaultContext,
  customFields: CustomField[],
  /** The member being changed, when there is one: nobody is their own organizer. */
  selfId?: string,
): { fields: MemberFields; errors: FieldError[]; phoneDigits: string } {
  const errors: FieldError[] = [];
  const fields: MemberFields = { ...base, ...input, custom: { ...base.custom, ...(input.custom ?? {}) } };
  for (const field of MEMBER_TEXT_FIELDS) fields[field] = fields[field].trim();

  const emails = splitMulti(fields.email).map((email) => email.toLowerCase());
  for (const email of emails) if (!isEmail(email)) errors.push({ field: 'email', message: `"${email}" is not an e-mail address` });
  fields.email = [...new Set(emails)].join('; ');

  const phones = normalizePhones(fields.phone, context.settings.phoneCountry);
  for (const phone of phones.invalid) errors.push({ field: 'phone', message: `"${phone}" is not a phone number` });
  if (phones.invalid.length === 0) fields.phone = phones.display;

  for (const field of ['join_date', 'dues_paid_through'] as const) {
    if (!fields[field]) continue;
    const date = normalizeDate(fields[field], context.settings.dateOrder);
    if (date) fields[field] = date;
    else errors.push({ field, message: `"${fields[field]}" is not a date (use YYYY-MM-DD)` });
  }

  const statuses = context.settings.statuses;
  if (!fields.status) fields.status = statuses[0]!;
  const status = statuses.find((candidate) => foldText(candidate) === foldText(fields.status));
  if (status) fields.status = status;
  else errors.push({ field: 'status', message: `"${fields.status}" is not one of the chapter's statuses (${statuses.join(', ')})` });

  fields.tags = normalizeList(fields.tags);
  fields.languages = normalizeList(fields.languages);

  for (const [key, value] of Object.entries(fields.custom)) {
    const definition = customFields.find((candidate) => candidate.key === key);
    const trimmed = value.trim();
    if (!definition) {
      errors.push({ field: key, message: `there is no custom field named "${key}"` });
    } else if (!trimmed) {
      delete fields.custom[key];
    } else if (definition.type === 'number' && !Number.isFinite(Number(trimmed))) {
      errors.push({ field: key, message: `${definition.label} must be a number, not "${trimmed}"` });
    } else if (definition.type === 'date') {
      const date = normalizeDate(trimmed, context.settings.dateOrder);
      if (date) fields.custom[key] = date;
      else errors.push({ field: key, message: `${definition.label}: "${trimmed}" is not a date` });
    } else if (definition.type === 'choice') {
      const choice = definition.choices.find((candidate) => foldText(candidate) === foldText(trimmed));
      if (choice) fields.custom[key] = choice;
      else errors.push({ field: key, message: `${definition.label} must be one of: ${definition.choices.join(', ')}` });
    } else {
      fields.custom[key] = trimmed;
    }
  }

  // On the committee or not, however a spreadsheet says it: stored as 'yes' or ''.
  const onCommittee = foldText(fields.organizing_committee);
  if (YES_WORDS.has(onCommittee)) fields.organizing_committee = 'yes';
  else if (NO_WORDS.has(onCommittee)) fields.organizing_committee = '';
  else errors.push({ field: 'organizing_committee', message: `organizing_committee is yes or empty, not "${fields.organizing_committee}"` });

  // Checked only when it changes: an organizer who later left the committee does not block
  // every other edit of the members still assigned to them.
  if (fields.organizer && fields.organizer !== base.organizer) {
    const problem = organizerProblem(context.db, fields.organizer, selfId);
    if (problem) errors.push({ field: 'organizer', message: problem });
  }

  if (!fields.first_name && !fields.last_name && !fields.preferred_name) {
    errors.push({ field: 'first_name', message: 'a member needs a name' });
  }
  return { fields, errors, phoneDigits: phones.digits };
}

const YES_WORDS = new Set(['yes', 'y', 'true', '1', 'x', 'si', 'oc']);
const NO_WORDS = new Set(['', 'no', 'n', 'false', '0']);

/** Why `organizerId` cannot be a member's organizer (a live member on the OC, not themself), or null. */
function organizerProblem(db: Db, organizerId: string, selfId: string | undefined): string | null {
  if (organizerId === selfId) return 'a member cannot be their own organizer';
  const organizer = get<{ first_name: string; last_name: string; preferred_name: string; organizing_committee: string }>(
    db,
    sql`SELECT first_name, last_name, preferred_name, organizing_committee FROM members WHERE id = ${organizerId} AND deleted_at = ''`,
  );
  if (!organizer) return `no member has the id "${organizerId}" to be the organizer`;
  const name = [organizer.preferred_name || organizer.first_name, organizer.last_name].filter(Boolean).join(' ');
  if (organizer.organizing_committee !== 'yes') return `${name} is not on the organizing committee, so cannot be an organizer`;
  return null;
}

/**
 * Columns computed from the fields at every write: folded names for search, sorting and
 * duplicates, phone digits, and the effective floor (the override, else read from the unit) for
 * the organizing structure. Writers take the column names from here, so a new one is added once.
 */
export function derivedColumns(fields: MemberFields, phoneDigits: string) {
  const given = fields.preferred_name || fields.first_name;
  return {
    sort_name: foldText(`${fields.last_name} ${given}`) || foldText(given),
    name_key: foldText(`${fields.first_name} ${fields.last_name}`),
    phone_digits: phoneDigits,
    floor_key: effectiveFloor(fields),
  };
}
export const DERIVED_COLUMNS = Object.keys(derivedColumns(EMPTY_MEMBER, '')) as (keyof ReturnType<typeof derivedColumns>)[];

const storedValue = (fields: MemberFields, field: StoredField): string | number | null =>
  field === 'custom' ? JSON.stringify(fields.custom) : (fields[field] as string | number | null);

function fieldsOf(member: Member): MemberFields {
  const { id: _id, standing: _standing, created_at: _created, updated_at: _updated, last_contact: _contact, ...fields } = member;
  return fields;
}

function rejectIfInvalid(errors: FieldError[]): void {
  if (errors.length === 0) return;
  const detail = errors.map((error) => error.message).join('; ');
  throw new UserError('INVALID_INPUT', `Not saved: ${detail}.`);
}

/** Low-level insert of already-normalized fields; the caller owns the transaction and the audit. */
export function insertMember(
  context: VaultContext,
  fields: MemberFields,
  phoneDigits: string,
  options: { id?: string; stamp?: string } = {},
): string {
  const id = options.id ?? randomUUID();
  const now = context.now().toISOString();
  // A bulk write may share one stamp: its rows are one event on this officer's clock.
  const stamp = options.stamp ?? nextStamp(context.db, context.officerId, context.now().getTime());
  // Every field has this stamp: stored once, as the base (migration 7), not once per field.
  const clocks = { '': stamp };
  const derived = derivedColumns(fields, phoneDigits);
  const columns = [...STORED_FIELDS, ...DERIVED_COLUMNS, 'clocks', 'created_at', 'updated_at', 'id'];
  const values = [
    ...STORED_FIELDS.map((field) => storedValue(fields, field)),
    ...DERIVED_COLUMNS.map((column) => derived[column]),
    JSON.stringify(clocks),
    now,
    now,
    id,
  ];
  prepare(context.db, sql`INSERT INTO members (${identifiers(columns)}) VALUES (${placeholders(columns.length)})`.text).run(...values);
  return id;
}

/** Low-level update of the fields that changed; returns them. The caller owns transaction and audit. */
export function writeMemberChanges(
  context: VaultContext,
  id: string,
  before: MemberFields,
  after: MemberFields,
  phoneDigits: string,
): StoredField[] {
  const changed = STORED_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
  if (changed.length === 0) return [];
  const stamp = nextStamp(context.db, context.officerId, context.now().getTime());
  const clocksRow = get<{ clocks: string }>(context.db, sql`SELECT clocks FROM members WHERE id = ${id}`);
  const clocks = { ...(JSON.parse(clocksRow?.clocks ?? '{}') as Record<string, string>) };
  for (const field of changed) clocks[field] = stamp;
  const derived = derivedColumns(after, phoneDigits);
  const columns = [...changed, ...DERIVED_COLUMNS, 'clocks', 'updated_at'];
  prepare(context.db, sql`UPDATE members SET ${assignments(columns)} WHERE id = ?`.text).run(
      ...changed.map((field) => storedValue(after, field)),
      ...DERIVED_COLUMNS.map((column) => derived[column]),
      JSON.stringify(clocks),
      context.now().toISOString(),
      id,
    );
  return changed;
}

export function pick(fields: MemberFields, keys: readonly StoredField[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, fields[key]]));
}

function nonEmpty(fields: MemberFields): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== '' && value !== null && !(typeof value === 'object' && Object.keys(value).length === 0)),
  );
}

export function findMemberRow(db: Db, id: string, includeDeleted = false): MemberRow | undefined {
  return get<MemberRow>(
    db,
    includeDeleted ? sql`SELECT * FROM members WHERE id = ${id}` : sql`SELECT * FROM members WHERE id = ${id} AND deleted_at = ''`,
  );
}

export function getMember(context: VaultContext, id: string): Member {
  const row = findMemberRow(context.db, id);
  if (!row) throw new UserError('NOT_FOUND', 'That member is not in the roll (it may have been deleted).');
  return rowToMember(row, context);
}

export function addMember(context: VaultContext, input: MemberInput): Member {
  const { fields, errors, phoneDigits } = normalizeMember(EMPTY_MEMBER, input, context, listCustomFields(context.db));
  rejectIfInvalid(errors);
  const id = context.db.transaction(() => {
    const newId = insertMember(context, fields, phoneDigits);
    recordAudit(context, { entity: 'member', entityId: newId, action: 'create', after: nonEmpty(fields) });
    return newId;
  })();
  return getMember(context, id);
}

export function updateMember(context: VaultContext, id: string, input: MemberInput, action = 'update'): Member {
  const before = fieldsOf(getMember(context, id));
  const { fields, errors, phoneDigits } = normalizeMember(before, input, context, listCustomFields(context.db), id);
  rejectIfInvalid(errors);
  context.db.transaction(() => {
    const changed = writeMemberChanges(context, id, before, fields, phoneDigits);
    if (changed.length > 0) {
      recordAudit(context, { entity: 'member', entityId: id, action, before: pick(before, changed), after: pick(fields, changed) });
    }
  })();
  return getMember(context, id);
}

/**
 * Deleting erases the members (roll/erase.ts): a tombstone stays, so other officers' copies learn
 * of it. Returns how many were deleted and what an undo needs, for the caller to hold in memory.
 */
export function deleteMembers(context: VaultContext, ids: string[]): { count: number; undo: ErasedSnapshot } {
  return context.db.transaction(() => {
    const undo = snapshotMembers(context.db, ids);
    let count = 0;
    for (const member of undo.members) {
      if (!eraseMember(context, String(member.id))) continue;
      recordAudit(context, { entity: 'member', entityId: String(member.id), action: 'delete' });
      count++;
    }
    // The organizing records that name them (campaign responses…) go too; attempts and ties
    // went with the member's traces above.
    eraseRecordsOfMembers(context, context.kinds, undo.members.map((member) => String(member.id)));
    if (count > 0) purgeSearchIndex(context.db);
    return { count, undo };
  })();
}

/** Undoes a delete (or a merge) from what it returned: the members come back as they were. */
export function undoErase(context: VaultContext, undo: ErasedSnapshot, action = 'restore'): number {
  return context.db.transaction(() => {
    const count = restoreSnapshot(context, undo);
    for (const member of undo.members) recordAudit(context, { entity: 'member', entityId: String(member.id), action });
    return count;
  })();
}

export interface BulkChange {
  addTags?: string[];
  removeTags?: string[];
  status?: string;
}

/** One change to many members, in one transaction: all of them change or none does. */
export function bulkUpdate(context: VaultContext, ids: string[], change: BulkChange): number {
  const customFields = listCustomFields(context.db);
  let updated = 0;
  context.db.transaction(() => {
    for (const id of new Set(ids)) {
      const before = fieldsOf(getMember(context, id));
      const removed = new Set((change.removeTags ?? []).map(foldText));
      const tags = [...listItems(before.tags).filter((tag) => !removed.has(foldText(tag))), ...(change.addTags ?? [])].join(', ');
      const input: MemberInput = { tags, ...(change.status ? { status: change.status } : {}) };
      const { fields, errors, phoneDigits } = normalizeMember(before, input, context, customFields, id);
      rejectIfInvalid(errors);
      const changed = writeMemberChanges(context, id, before, fields, phoneDigits);
      if (changed.length > 0) {
        recordAudit(context, { entity: 'member', entityId: id, action: 'bulk update', before: pick(before, changed), after: pick(fields, changed) });
        updated++;
      }
    }
  })();
  return updated;
}

export function countMembers(db: Db): number {
  return get<{ n: number }>(db, sql`SELECT count(*) AS n FROM members WHERE deleted_at = ''`)!.n;
}

/** Distinct non-empty values of a column among live members, for filter menus. */
export function distinctValues(db: Db, column: 'status' | 'building' | 'unit' | 'workplace' | 'floor_key'): string[] {
  // Grouping in the column's case-blind index (migration 5) reads the index, not every row.
  return all<{ value: string }>(
    db,
    sql`SELECT min(${raw(column)}) AS value FROM members WHERE deleted_at = '' AND ${raw(column)} != ''
        GROUP BY ${raw(column)} COLLATE NOCASE ORDER BY ${raw(column)} COLLATE NOCASE`,
  ).map((row) => row.value);
}

